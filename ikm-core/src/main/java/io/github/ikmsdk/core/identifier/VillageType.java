package io.github.ikmsdk.core.identifier;

/**
 * The kind of a village-level region: an urban kelurahan or a rural desa. The first digit of the
 * village part of a region code tells them apart: {@code 1} for a kelurahan, {@code 2} for a desa.
 *
 * @see RegionCode#villageType()
 * @since 0.1.0
 */
public enum VillageType {
  /**
   * An urban village (kelurahan), headed by a civil servant (lurah); village part {@code 1xxx}, for
   * example {@code 53.15.05.1024} Kelurahan Wae Kelambu.
   */
  KELURAHAN("kelurahan", '1'),
  /**
   * A rural village (desa), headed by an elected village head (kepala desa); village part {@code
   * 2xxx}, for example {@code 53.15.05.2019} Desa Batu Cermin.
   */
  DESA("desa", '2');

  private final String indonesianName;
  private final char codeDigit;

  VillageType(String indonesianName, char codeDigit) {
    this.indonesianName = indonesianName;
    this.codeDigit = codeDigit;
  }

  /**
   * Returns the Indonesian name of this kind of village.
   *
   * @return {@code "kelurahan"} or {@code "desa"}
   */
  public String indonesianName() {
    return indonesianName;
  }

  /**
   * Returns the first digit of the village part of the codes of this kind of village.
   *
   * @return {@code '1'} for a kelurahan, {@code '2'} for a desa
   */
  public char codeDigit() {
    return codeDigit;
  }
}
