package io.github.ikmsdk.core.planning.visit;

/**
 * Why the planner could not plan a required visit (alasan kekurangan kunjungan), a stable code that
 * machines can match on; {@link Shortfall#message(java.util.Locale)} explains it in Bahasa
 * Indonesia or English with the shortfall's numbers.
 *
 * @since 0.1.0
 */
public enum ShortfallReason {
  /**
   * The usable working days of the week cannot hold every visit with its minimum working minutes,
   * the travel and the working hours (waktu kerja tidak cukup), for example a week with a public
   * holiday for a mentor with five IKMs.
   */
  NOT_ENOUGH_WORKING_TIME,
  /** The mentor is on leave (pendamping sedang cuti) on some or all working days of the week. */
  MENTOR_ON_LEAVE,
  /** The IKM is closed or unavailable (IKM tidak tersedia) on the days its mentor could come. */
  IKM_UNAVAILABLE,
  /**
   * The way back to the base by the end of the working day (tidak cukup waktu untuk kembali), as
   * {@link io.github.ikmsdk.core.programme.ProgrammePolicy#returnToBase()} asks, is why the visit
   * does not fit: on no usable day does a visit to the IKM leave time for it, or the week would
   * hold more visits if the days ended at the last site.
   */
  NO_TIME_TO_RETURN,
  /**
   * Part of the week lies outside the programme period (di luar periode program) and the days
   * inside it are not enough.
   */
  OUTSIDE_PERIOD,
  /**
   * No assignment lists the IKM, or its assigned mentor is not in the snapshot (belum ada
   * pendamping).
   */
  NO_MENTOR_ASSIGNED,
  /** The IKM takes part but is not in the snapshot, so its production site is unknown. */
  UNKNOWN_IKM,
  /**
   * The policy asks for more visits a week than there are usable working days on which the mentor
   * can visit the IKM (lebih banyak kunjungan daripada hari kerja): a week holds at most one visit
   * per IKM and day, for example three visits a week in a week of two working days.
   */
  MORE_VISITS_REQUIRED;

  /**
   * Returns the stable code, the constant's name.
   *
   * @return the code, for example {@code "NOT_ENOUGH_WORKING_TIME"}
   */
  public String code() {
    return name();
  }
}
