package io.github.ikmsdk.core.planning.visit;

import io.github.ikmsdk.core.calendar.DaySchedule;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A reference for {@link WeekSolver}: a small mentor-week given by raw inputs, its candidate visits
 * found by scanning minutes with {@link DaySchedule#workingMinutes(LocalTime, LocalTime)}, a
 * feasibility check and objective written from the rules (the mentor's day from the base, between
 * the sites and back to the base by the end of the working day, the way back counted as travel,
 * each IKM inside its opening window of the day), and exhaustive enumeration.
 */
final class WeekBruteForce {

  final int[] dayOfWeek;
  final DaySchedule[] schedules;
  final int minVisit;
  final int grid;
  final int[] base;

  /** Per item the travel back to the base after a day's last visit, 0 if the day ends there. */
  final int[] back;

  final int[][] travel;

  /** Per [item][day] the opening window's first minute and end minute (1440 for 24:00). */
  final int[][] windowStart;

  final int[][] windowEnd;
  final boolean[][] closed;
  final int[] targetDay;
  final int[] targetStart;

  /** Per day: candidate starts and ends. */
  final int[][] starts;

  final int[][] ends;
  final int[] dayStart;
  final int[] dayEnd;

  WeekBruteForce(
      int[] dayOfWeek,
      DaySchedule[] schedules,
      int minVisit,
      int grid,
      int[] base,
      int[] back,
      int[][] travel,
      int[][] windowStart,
      int[][] windowEnd,
      boolean[][] closed,
      int[] targetDay,
      int[] targetStart) {
    this.dayOfWeek = dayOfWeek;
    this.schedules = schedules;
    this.minVisit = minVisit;
    this.grid = grid;
    this.base = base;
    this.back = back;
    this.travel = travel;
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
    this.closed = closed;
    this.targetDay = targetDay;
    this.targetStart = targetStart;
    int days = dayOfWeek.length;
    starts = new int[days][];
    ends = new int[days][];
    dayStart = new int[days];
    dayEnd = new int[days];
    for (int d = 0; d < days; d++) {
      DaySchedule s = schedules[d];
      int first = Minutes.minute(s.start().get());
      int last = Minutes.minute(s.end().get());
      dayStart[d] = first;
      dayEnd[d] = last;
      List<int[]> list = new ArrayList<>();
      for (int m = first; m < last; m += grid) {
        if (s.workingMinutes(Minutes.time(m), Minutes.time(m + 1)) != 1) {
          continue;
        }
        for (int e = m + 1; e <= last; e++) {
          if (s.workingMinutes(Minutes.time(m), Minutes.time(e)) >= minVisit) {
            list.add(new int[] {m, e});
            break;
          }
        }
      }
      starts[d] = list.stream().mapToInt(a -> a[0]).toArray();
      ends[d] = list.stream().mapToInt(a -> a[1]).toArray();
    }
  }

  int items() {
    return base.length;
  }

  WeekProblem problem() {
    int[] once = new int[items()];
    Arrays.fill(once, 1);
    return problem(once);
  }

  /** Returns the problem with per item the visits it needs. */
  WeekProblem problem(int[] need) {
    WeekProblem.Builder b = WeekProblem.builder(items());
    for (int d = 0; d < dayOfWeek.length; d++) {
      b.addDay(dayOfWeek[d], CandidateStarts.of(schedules[d], minVisit, grid, false));
    }
    for (int i = 0; i < items(); i++) {
      b.travelFromBase(i, base[i]);
      b.travelToBase(i, back[i]);
      for (int j = 0; j < items(); j++) {
        b.travel(i, j, travel[i][j]);
      }
      b.target(i, targetDay[i], targetStart[i]);
      b.need(i, need[i]);
      for (int d = 0; d < dayOfWeek.length; d++) {
        b.window(i, d, windowStart[i][d], windowEnd[i][d]);
        if (closed[i][d]) {
          b.closed(i, d);
        }
      }
    }
    return b.build();
  }

  /**
   * Returns the objective {covered, regular, travel, earliness} of visits given as per-item day
   * index and start minute (day -1: not visited), or null if they break a rule.
   */
  long[] evaluate(int[] day, int[] start) {
    long covered = 0;
    long regular = 0;
    long travelMinutes = 0;
    long earliness = 0;
    for (int d = 0; d < dayOfWeek.length; d++) {
      List<Integer> onDay = new ArrayList<>();
      for (int i = 0; i < items(); i++) {
        if (day[i] == d) {
          onDay.add(i);
        }
      }
      onDay.sort((a, b) -> Integer.compare(start[a], start[b]));
      int prev = -1;
      int prevEnd = 0;
      for (int i : onDay) {
        int k = Arrays.binarySearch(starts[d], start[i]);
        if (k < 0 || closed[i][d]) {
          return null;
        }
        int end = ends[d][k];
        if (start[i] < windowStart[i][d] || end > windowEnd[i][d]) {
          return null;
        }
        int leg = prev < 0 ? base[i] : travel[prev][i];
        int earliest = prev < 0 ? dayStart[d] + leg : prevEnd + leg;
        if (start[i] < earliest) {
          return null;
        }
        covered++;
        travelMinutes += leg;
        earliness += dayOfWeek[d] * 1440L + start[i];
        if (targetDay[i] == dayOfWeek[d] && (targetStart[i] < 0 || targetStart[i] == start[i])) {
          regular++;
        }
        prev = i;
        prevEnd = end;
      }
      if (prev >= 0) {
        // The way home: back at the base by the end of the working day.
        if (prevEnd + back[prev] > dayEnd[d]) {
          return null;
        }
        travelMinutes += back[prev];
      }
    }
    return new long[] {covered, regular, travelMinutes, earliness};
  }

  /** Returns whether objective a is better than b. */
  static boolean better(long[] a, long[] b) {
    if (b == null) {
      return a != null;
    }
    if (a[0] != b[0]) {
      return a[0] > b[0];
    }
    if (a[1] != b[1]) {
      return a[1] > b[1];
    }
    if (a[2] != b[2]) {
      return a[2] < b[2];
    }
    return a[3] < b[3];
  }

  /** Returns the best objective over every assignment. */
  long[] optimum() {
    int[] day = new int[items()];
    int[] start = new int[items()];
    Arrays.fill(day, -1);
    long[][] best = {null};
    enumerate(0, day, start, best);
    return best[0];
  }

  private void enumerate(int i, int[] day, int[] start, long[][] best) {
    long[] value = evaluate(day, start);
    if (value == null) {
      // With travel times that obey the triangle inequality, adding visits never repairs a
      // broken partial assignment: a visit after a day's last one ends later and is no nearer
      // home than the last one plus the leg between them.
      return;
    }
    if (i == items()) {
      if (better(value, best[0])) {
        best[0] = value;
      }
      return;
    }
    enumerate(i + 1, day, start, best);
    for (int d = 0; d < dayOfWeek.length; d++) {
      for (int k = 0; k < starts[d].length; k++) {
        day[i] = d;
        start[i] = starts[d][k];
        enumerate(i + 1, day, start, best);
      }
    }
    day[i] = -1;
  }
}
