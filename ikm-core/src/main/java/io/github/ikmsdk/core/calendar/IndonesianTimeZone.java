package io.github.ikmsdk.core.calendar;

import java.time.ZoneId;

/**
 * The three time zones of Indonesia (zona waktu), with their IANA zone ids.
 *
 * <p>None of them observes daylight saving time.
 *
 * @since 0.1.0
 */
public enum IndonesianTimeZone {
  /** Waktu Indonesia Barat, UTC+7: Sumatra, Java, West and Central Kalimantan. */
  WIB("Asia/Jakarta"),
  /** Waktu Indonesia Tengah, UTC+8: Bali, Nusa Tenggara (Manggarai Barat), Sulawesi. */
  WITA("Asia/Makassar"),
  /** Waktu Indonesia Timur, UTC+9: Maluku and Papua. */
  WIT("Asia/Jayapura");

  private final ZoneId zoneId;

  IndonesianTimeZone(String zoneId) {
    this.zoneId = ZoneId.of(zoneId);
  }

  /**
   * Returns the IANA zone of this Indonesian time zone.
   *
   * @return the zone, for example {@code Asia/Makassar} for WITA
   */
  public ZoneId zoneId() {
    return zoneId;
  }
}
