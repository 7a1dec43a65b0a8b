package io.github.ikmsdk.core.visit;

/**
 * The status of a visit (status kunjungan).
 *
 * <p>Only {@link #COMPLETED} visits count towards the weekly visit rule.
 *
 * @since 0.1.0
 */
public enum VisitStatus {
  /** Planned, not yet held (direncanakan). */
  PLANNED("direncanakan"),
  /** Held and recorded (terlaksana). */
  COMPLETED("terlaksana"),
  /** Cancelled in advance (dibatalkan). */
  CANCELLED("dibatalkan"),
  /** Planned but not held (tidak terlaksana). */
  MISSED("tidak terlaksana");

  private final String indonesianName;

  VisitStatus(String indonesianName) {
    this.indonesianName = indonesianName;
  }

  /**
   * Returns the Indonesian name.
   *
   * @return the name, for example {@code "terlaksana"}
   */
  public String indonesianName() {
    return indonesianName;
  }
}
