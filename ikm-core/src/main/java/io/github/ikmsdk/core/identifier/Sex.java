package io.github.ikmsdk.core.identifier;

/**
 * Sex (jenis kelamin) as encoded in a NIK or a NIP.
 *
 * @since 0.1.0
 */
public enum Sex {
  /** Male (laki-laki): NIP digit 1, NIK birth day 1-31. */
  MALE("laki-laki"),
  /** Female (perempuan): NIP digit 2, NIK birth day plus 40. */
  FEMALE("perempuan");

  private final String indonesianName;

  Sex(String indonesianName) {
    this.indonesianName = indonesianName;
  }

  /**
   * Returns the Indonesian name.
   *
   * @return {@code "laki-laki"} or {@code "perempuan"}
   */
  public String indonesianName() {
    return indonesianName;
  }
}
