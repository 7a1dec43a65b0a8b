package io.github.ikmsdk.json.document;

/**
 * Whether a document holds personal data (data pribadi), namely the owners' NIK. The value is
 * written as the {@code personalData} field: {@code "included"} or {@code "omitted"}.
 *
 * @since 0.1.0
 */
public enum PersonalData {
  /** Every NIK of the source is written ({@code "included"}); only on the caller's opt-in. */
  INCLUDED("included"),
  /** No NIK is written ({@code "omitted"}); the default. */
  OMITTED("omitted");

  private final String wireName;

  PersonalData(String wireName) {
    this.wireName = wireName;
  }

  /**
   * Returns the value of the {@code personalData} field.
   *
   * @return {@code "included"} or {@code "omitted"}
   */
  public String wireName() {
    return wireName;
  }
}
