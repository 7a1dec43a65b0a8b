package io.github.ikmsdk.core.programme;

/**
 * The remedies (solusi) a policy may allow when the strict rules cannot cover an IKM-week, for
 * example in a week with a public holiday.
 *
 * <p>The planner never applies a remedy on its own: it offers those the policy allows, and the
 * caller chooses.
 *
 * @since 0.1.0
 */
public enum RemedyKind {
  /** Visit on the Saturday of the week (kunjungan hari Sabtu), with the Friday's hours. */
  SATURDAY_VISIT("kunjungan hari Sabtu"),
  /** Extend a working day beyond its normal end (perpanjangan jam kerja). */
  EXTENDED_DAY("perpanjangan jam kerja"),
  /** Count the break a visit spans as visit time (kunjungan melewati jam istirahat). */
  VISIT_ACROSS_BREAK("kunjungan melewati jam istirahat");

  private final String indonesianName;

  RemedyKind(String indonesianName) {
    this.indonesianName = indonesianName;
  }

  /**
   * Returns the Indonesian name.
   *
   * @return the name, for example {@code "kunjungan hari Sabtu"}
   */
  public String indonesianName() {
    return indonesianName;
  }
}
