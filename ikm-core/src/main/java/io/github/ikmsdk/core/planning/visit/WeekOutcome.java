package io.github.ikmsdk.core.planning.visit;

import java.time.LocalDate;
import java.util.List;

/** The outcome of one mentor-week: per IKM index the planned (date, start, end) or a miss. */
final class WeekOutcome {
  final LocalDate[] date;
  final int[] start;
  final int[] end;
  final int planned;
  final List<LocalDate> usableDays;

  /** Per IKM index: whether it has an allowed candidate on some usable day. */
  final boolean[] reachable;

  /**
   * Per IKM index: whether it has allowed candidates but, on every usable day, none that leaves the
   * travel back to the base before the end of the day.
   */
  final boolean[] noTimeToReturn;

  /** Per IKM index: the usable days on which it has no allowed candidate. */
  final int[] unavailableDays;

  WeekOutcome(int n, List<LocalDate> usableDays, int planned) {
    this.date = new LocalDate[n];
    this.start = new int[n];
    this.end = new int[n];
    this.reachable = new boolean[n];
    this.noTimeToReturn = new boolean[n];
    this.unavailableDays = new int[n];
    this.usableDays = usableDays;
    this.planned = planned;
  }
}
