package io.github.ikmsdk.core.calendar;

/**
 * The kind of a holiday (jenis hari libur).
 *
 * @since 0.1.0
 */
public enum HolidayKind {
  /** A national public holiday set by the government (hari libur nasional). */
  PUBLIC_HOLIDAY("hari libur nasional"),
  /**
   * A day of collective leave for civil servants set by joint ministerial decree (cuti bersama).
   */
  CUTI_BERSAMA("cuti bersama"),
  /** A holiday of a province or kabupaten/kota only (hari libur daerah). */
  REGIONAL_HOLIDAY("hari libur daerah");

  private final String indonesianName;

  HolidayKind(String indonesianName) {
    this.indonesianName = indonesianName;
  }

  /**
   * Returns the Indonesian name of this kind, in lower case.
   *
   * @return the name, for example {@code "hari libur nasional"}
   */
  public String indonesianName() {
    return indonesianName;
  }
}
