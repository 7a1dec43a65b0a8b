package io.github.ikmsdk.core.identifier;

/**
 * The level of a Kemendagri region (tingkat wilayah administrasi), from the province down to the
 * village. Constants are declared from the top level down, so their natural order is the hierarchy
 * order.
 *
 * @see RegionCode#level()
 * @since 0.1.0
 */
public enum RegionLevel {
  /** A province (provinsi), code {@code PP}, for example {@code 53} Nusa Tenggara Timur. */
  PROVINCE("provinsi", 2),
  /**
   * A regency or city (kabupaten/kota), code {@code PP.KK}, for example {@code 53.15} Manggarai
   * Barat.
   */
  REGENCY("kabupaten/kota", 4),
  /** A district (kecamatan), code {@code PP.KK.CC}, for example {@code 53.15.05} Komodo. */
  DISTRICT("kecamatan", 6),
  /**
   * A village (desa/kelurahan), code {@code PP.KK.CC.DDDD}, for example {@code 53.15.05.2019} Desa
   * Batu Cermin.
   */
  VILLAGE("desa/kelurahan", 10);

  private final String indonesianName;
  private final int digitCount;

  RegionLevel(String indonesianName, int digitCount) {
    this.indonesianName = indonesianName;
    this.digitCount = digitCount;
  }

  /**
   * Returns the Indonesian name of this level.
   *
   * @return for example {@code "kecamatan"} for {@link #DISTRICT}
   */
  public String indonesianName() {
    return indonesianName;
  }

  /**
   * Returns the number of digits of a region code at this level, without the dots.
   *
   * @return 2, 4, 6 or 10
   */
  public int digitCount() {
    return digitCount;
  }
}
