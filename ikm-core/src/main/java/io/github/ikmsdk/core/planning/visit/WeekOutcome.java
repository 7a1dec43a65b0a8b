package io.github.ikmsdk.core.planning.visit;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of one mentor-week: per IKM index its planned visits (dates, starts and ends, in date
 * order; none if it is missed), and what the explanations of the misses need.
 */
final class WeekOutcome {
  private static final LocalDate[] NO_DATES = new LocalDate[0];
  private static final int[] NO_MINUTES = new int[0];

  final LocalDate[][] date;
  final int[][] start;
  final int[][] end;

  /** The visits planned in the week, over all IKMs. */
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
    this.date = new LocalDate[n][];
    this.start = new int[n][];
    this.end = new int[n][];
    for (int i = 0; i < n; i++) {
      date[i] = NO_DATES;
      start[i] = NO_MINUTES;
      end[i] = NO_MINUTES;
    }
    this.reachable = new boolean[n];
    this.noTimeToReturn = new boolean[n];
    this.unavailableDays = new int[n];
    this.usableDays = usableDays;
    this.planned = planned;
  }

  /** Returns the visits planned for an IKM. */
  int visits(int i) {
    return date[i].length;
  }
}
