package io.github.ikmsdk.core.compliance;

/**
 * The compliance status of one IKM in one programme week (status kepatuhan mingguan), as of a date.
 *
 * <table>
 *   <caption>Which status a week gets, as of a date {@code today}</caption>
 *   <tr><th>week</th><th>met</th><th>not met</th></tr>
 *   <tr><td>no visit required</td><td colspan="2">{@link #NOT_REQUIRED}</td></tr>
 *   <tr><td>due: its last working day is on or before {@code today} (overdue once not
 *       met)</td><td>{@link #MET}</td>
 *       <td>{@link #VISIT_TOO_SHORT} or {@link #NOT_VISITED}</td></tr>
 *   <tr><td>contains {@code today}, not yet due</td><td>{@link #MET}</td>
 *       <td>{@link #AT_RISK}</td></tr>
 *   <tr><td>starts after {@code today}</td><td colspan="2">{@link #UPCOMING}</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public enum WeekStatus {
  /** Enough visits of enough working minutes were completed (terpenuhi). */
  MET("terpenuhi"),
  /**
   * The week is due and not met although at least as many visits as required were completed (by
   * existing mentors, each the first listed with its id): they were too short, for example held on
   * a holiday (kunjungan kurang dari jam minimum). Overdue.
   */
  VISIT_TOO_SHORT("kunjungan kurang dari jam minimum"),
  /**
   * The week is due and fewer visits than required were completed, none with the default policy
   * (tidak dikunjungi). Overdue.
   */
  NOT_VISITED("tidak dikunjungi"),
  /** The week has too few working days in the programme period to need a visit (tidak wajib). */
  NOT_REQUIRED("tidak wajib"),
  /**
   * The week contains the as-of date, is not yet due and not yet met (berisiko); a visit can still
   * be made on the working days left. Not overdue.
   */
  AT_RISK("berisiko"),
  /** The week starts after the as-of date (belum jatuh tempo). Not overdue. */
  UPCOMING("belum jatuh tempo");

  private final String indonesianName;

  WeekStatus(String indonesianName) {
    this.indonesianName = indonesianName;
  }

  /**
   * Returns the Indonesian name.
   *
   * @return the name, for example {@code "terpenuhi"}
   */
  public String indonesianName() {
    return indonesianName;
  }

  /**
   * Returns whether a week with this status is overdue: it is due and it was not met.
   *
   * @return true for {@link #VISIT_TOO_SHORT} and {@link #NOT_VISITED} only
   */
  public boolean isOverdue() {
    return this == VISIT_TOO_SHORT || this == NOT_VISITED;
  }
}
