package io.github.ikmsdk.core.planning.visit;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A reference for {@link WeekSolver} with several visits a week: the objective written from its
 * definition, {visits, IKMs visited, pairs of visits of one IKM on consecutive calendar days,
 * regular visits, travel, earliness}, and its optimum by exhaustive enumeration. Each day's visits
 * are enumerated exhaustively over item sets and start minutes with {@link WeekBruteForce#evaluate}
 * on that day alone; the day's best {regular, travel, earliness} per item set is exact because
 * those terms add up over days and the remaining terms depend only on which items each day holds;
 * then every combination of the days' item sets is tried.
 */
final class SeveralVisitsBruteForce {

  final WeekBruteForce week;
  final int[] need;

  SeveralVisitsBruteForce(WeekBruteForce week, int[] need) {
    this.week = week;
    this.need = need;
  }

  WeekProblem problem() {
    return week.problem(need);
  }

  /**
   * Returns the objective of visits given per [item][day] as a start minute or -1, or null if they
   * break a rule (including more visits than an item needs).
   */
  long[] evaluate(int[][] start) {
    int items = week.items();
    int days = week.dayOfWeek.length;
    long[] total = new long[6];
    for (int d = 0; d < days; d++) {
      long[] day = evaluateDay(d, start);
      if (day == null) {
        return null;
      }
      total[0] += day[0];
      total[3] += day[1];
      total[4] += day[2];
      total[5] += day[3];
    }
    for (int i = 0; i < items; i++) {
      int count = 0;
      for (int d = 0; d < days; d++) {
        if (start[i][d] >= 0) {
          count++;
          if (d > 0 && start[i][d - 1] >= 0 && week.dayOfWeek[d] == week.dayOfWeek[d - 1] + 1) {
            total[2]++;
          }
        }
      }
      if (count > need[i]) {
        return null;
      }
      if (count > 0) {
        total[1]++;
      }
    }
    return total;
  }

  /** The {covered, regular, travel, earliness} of one day's visits, or null. */
  private long[] evaluateDay(int d, int[][] start) {
    int items = week.items();
    int[] day = new int[items];
    int[] minute = new int[items];
    for (int i = 0; i < items; i++) {
      day[i] = start[i][d] >= 0 ? d : -1;
      minute[i] = Math.max(start[i][d], 0);
    }
    return week.evaluate(day, minute);
  }

  /** Returns whether objective a is better than b. */
  static boolean better(long[] a, long[] b) {
    if (b == null) {
      return a != null;
    }
    // visits, visited IKMs and regular visits: more is better; the others: less is better.
    boolean[] more = {true, true, false, true, false, false};
    for (int k = 0; k < a.length; k++) {
      if (a[k] != b[k]) {
        return more[k] == (a[k] > b[k]);
      }
    }
    return false;
  }

  /** Returns the best objective over every plan. */
  long[] optimum() {
    int items = week.items();
    int days = week.dayOfWeek.length;
    // Per day: the best {regular, -travel, -earliness} of each item set (by its start minutes).
    @SuppressWarnings("unchecked")
    Map<Integer, long[]>[] best = new Map[days];
    @SuppressWarnings("unchecked")
    Map<Integer, int[]>[] bestStarts = new Map[days];
    for (int d = 0; d < days; d++) {
      best[d] = new HashMap<>();
      bestStarts[d] = new HashMap<>();
      int[][] start = new int[items][days];
      for (int[] row : start) {
        Arrays.fill(row, -1);
      }
      enumerateDay(d, 0, start, best[d], bestStarts[d]);
    }
    int[][] plan = new int[items][days];
    long[][] result = {null};
    combine(0, plan, bestStarts, result);
    return result[0];
  }

  private void enumerateDay(
      int d, int i, int[][] start, Map<Integer, long[]> best, Map<Integer, int[]> bestStarts) {
    long[] value = evaluateDay(d, start);
    if (value == null) {
      // As in WeekBruteForce: with the triangle inequality more visits never repair a day.
      return;
    }
    int items = week.items();
    if (i == items) {
      int mask = 0;
      int[] starts = new int[items];
      for (int j = 0; j < items; j++) {
        starts[j] = start[j][d];
        if (start[j][d] >= 0) {
          mask |= 1 << j;
        }
      }
      long[] key = {value[1], -value[2], -value[3]};
      long[] old = best.get(mask);
      if (old == null || Arrays.compare(key, old) > 0) {
        best.put(mask, key);
        bestStarts.put(mask, starts);
      }
      return;
    }
    enumerateDay(d, i + 1, start, best, bestStarts);
    for (int k = 0; k < week.starts[d].length; k++) {
      start[i][d] = week.starts[d][k];
      enumerateDay(d, i + 1, start, best, bestStarts);
    }
    start[i][d] = -1;
  }

  private void combine(int d, int[][] plan, Map<Integer, int[]>[] bestStarts, long[][] result) {
    int items = week.items();
    if (d == week.dayOfWeek.length) {
      long[] value = evaluate(plan);
      if (value != null && better(value, result[0])) {
        result[0] = value;
      }
      return;
    }
    for (int[] starts : bestStarts[d].values()) {
      for (int i = 0; i < items; i++) {
        plan[i][d] = starts[i];
      }
      combine(d + 1, plan, bestStarts, result);
    }
  }
}
