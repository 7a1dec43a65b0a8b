package io.github.ikmsdk.core.logbook;

/**
 * The stages of mentoring (tahap pendampingan), in their fixed order (rule S1): diagnosis, plan,
 * mentoring, evaluation.
 *
 * <p>Diagnosis, plan and evaluation are recorded once each; mentoring repeats. A logbook is locked
 * once evaluation is recorded.
 *
 * @since 0.1.0
 */
public enum Stage {
  /** Business diagnosis (diagnosis usaha). */
  DIAGNOSIS("diagnosis usaha", false),
  /** Planning (penyusunan rencana). */
  PLAN("penyusunan rencana", false),
  /** Mentoring (proses pendampingan); repeatable. */
  MENTORING("proses pendampingan", true),
  /** Evaluation of results (evaluasi hasil); locks the logbook. */
  EVALUATION("evaluasi hasil", false);

  private final String indonesianName;
  private final boolean repeatable;

  Stage(String indonesianName, boolean repeatable) {
    this.indonesianName = indonesianName;
    this.repeatable = repeatable;
  }

  /**
   * Returns the Indonesian name used in the source.
   *
   * @return the name, for example {@code "diagnosis usaha"}
   */
  public String indonesianName() {
    return indonesianName;
  }

  /**
   * Returns whether the stage may be recorded more than once.
   *
   * @return true for {@link #MENTORING} only
   */
  public boolean isRepeatable() {
    return repeatable;
  }
}
