package io.github.ikmsdk.core.planning.visit;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One mentor's visits in one ISO week as a small combinatorial problem: the usable days with their
 * candidate visits, the IKMs ("items") to visit, travel minutes, each item's daily availability,
 * its regularity target, how many visits it still needs (on distinct days) and the fixed visits
 * (obstacles) already on the days.
 *
 * <p>Travel: a day starts at the mentor's base at the start of the working day, so an item's first
 * visit of a day starts no earlier than the day start plus the travel from the base; a visit after
 * another starts no earlier than the other's end plus the travel between the sites; and the last
 * visit of a day ends no later than the end of the working day minus the travel back to the base
 * (zero when the day may end at the last site). Built once, then read by {@link WeekSolver}; not
 * thread-safe while building.
 */
final class WeekProblem {

  /** Travel minutes treated as unreachable within a day. */
  static final int UNREACHABLE = CandidateStarts.MINUTES_PER_DAY + 1;

  final int items;
  final int days;
  final int[] dayOfWeek;
  final CandidateStarts[] candidates;
  final int[] travelFromBase;

  /** Per item the travel back to the base after the day's last visit; 0 if the day ends there. */
  final int[] travelToBase;

  final int[][] travel;
  final int[] targetDay;
  final int[] targetStart;

  /** Per item the visits the week still needs (1 unless the policy asks for several a week). */
  final int[] need;

  /** Whether some item needs more than one visit. */
  final boolean multi;

  /** First allowed candidate index per [item][day]; greater than hi if the item is unavailable. */
  final int[][] lo;

  /** Last allowed candidate index per [item][day]. */
  final int[][] hi;

  /** Per [item][day] null, or the candidates blocked by obstacles. */
  final boolean[][][] blocked;

  /** The shortest leg between two different items; {@link #UNREACHABLE} if none. */
  final int shortestLeg;

  private WeekProblem(Builder b) {
    this.items = b.itemCount;
    this.days = b.dayList.size();
    this.dayOfWeek = new int[days];
    this.candidates = new CandidateStarts[days];
    for (int d = 0; d < days; d++) {
      dayOfWeek[d] = b.dayList.get(d).dayOfWeek;
      candidates[d] = b.dayList.get(d).candidates;
    }
    this.travelFromBase = Arrays.copyOf(b.travelFromBase, items);
    this.travelToBase = Arrays.copyOf(b.travelToBase, items);
    this.travel = new int[items][];
    int shortest = UNREACHABLE;
    for (int i = 0; i < items; i++) {
      travel[i] = Arrays.copyOf(b.travel[i], items);
      for (int j = 0; j < items; j++) {
        if (i != j) {
          shortest = Math.min(shortest, travel[i][j]);
        }
      }
    }
    this.shortestLeg = shortest;
    this.targetDay = Arrays.copyOf(b.targetDay, items);
    this.targetStart = Arrays.copyOf(b.targetStart, items);
    this.need = Arrays.copyOf(b.need, items);
    boolean several = false;
    for (int r : need) {
      several |= r > 1;
    }
    this.multi = several;
    this.lo = new int[items][days];
    this.hi = new int[items][days];
    this.blocked = new boolean[items][days][];
    for (int i = 0; i < items; i++) {
      for (int d = 0; d < days; d++) {
        CandidateStarts c = candidates[d];
        lo[i][d] = firstAllowed(c, b.closed[i][d], travelFromBase[i], b.windowStart[i][d]);
        hi[i][d] = lastAllowed(c, b.closed[i][d], travelFromBase[i], b.windowEnd[i][d]);
        if (lo[i][d] > hi[i][d]) {
          continue;
        }
        for (Obstacle o : b.obstacles) {
          if (o.day != d) {
            continue;
          }
          if (blocked[i][d] == null) {
            blocked[i][d] = new boolean[c.size()];
          }
          for (int k = 0; k < c.size(); k++) {
            boolean before = c.ends[k] + o.travelTo[i] <= o.start;
            boolean after = o.end + o.travelFrom[i] <= c.starts[k];
            if (!before && !after) {
              blocked[i][d][k] = true;
            }
          }
        }
      }
    }
  }

  /**
   * The first candidate an item may take on a day before obstacles: after the travel from the base
   * and inside its window; 0 if the item is unavailable (then {@link #lastAllowed} is -1).
   */
  static int firstAllowed(CandidateStarts c, boolean closed, int travelFromBase, int windowStart) {
    if (closed || c.size() == 0 || travelFromBase >= UNREACHABLE) {
      return 0;
    }
    return c.firstAtOrAfter(Math.max(c.dayStart + travelFromBase, windowStart));
  }

  /** The last candidate an item may take on a day before obstacles; -1 if unavailable. */
  static int lastAllowed(CandidateStarts c, boolean closed, int travelFromBase, int windowEnd) {
    if (closed || c.size() == 0 || travelFromBase >= UNREACHABLE) {
      return -1;
    }
    return c.lastEndingBy(windowEnd);
  }

  /**
   * The last candidate an item may take on a day as the day's last visit: its end leaves the travel
   * back to the base before the end of the day.
   */
  int lastReturning(int item, int day) {
    return lastReturning(candidates[day], hi[item][day], travelToBase[item]);
  }

  /**
   * The last of the candidates up to {@code hi} whose end leaves {@code travelToBase} minutes
   * before the end of the day; less than the first if none.
   */
  static int lastReturning(CandidateStarts c, int hi, int travelToBase) {
    return Math.min(hi, c.lastEndingBy(c.dayEnd - travelToBase));
  }

  boolean allowed(int item, int day, int candidate) {
    return candidate >= lo[item][day]
        && candidate <= hi[item][day]
        && (blocked[item][day] == null || !blocked[item][day][candidate]);
  }

  boolean regular(int item, int day, int candidate) {
    return targetDay[item] == dayOfWeek[day]
        && (targetStart[item] < 0 || targetStart[item] == candidates[day].starts[candidate]);
  }

  static Builder builder(int items) {
    return new Builder(items);
  }

  private static int clampTravel(int minutes) {
    checkArgument(minutes >= 0, "travel minutes must not be negative, was %s", minutes);
    return Math.min(minutes, UNREACHABLE);
  }

  private static final class Day {
    final int dayOfWeek;
    final CandidateStarts candidates;

    Day(int dayOfWeek, CandidateStarts candidates) {
      this.dayOfWeek = dayOfWeek;
      this.candidates = candidates;
    }
  }

  private static final class Obstacle {
    final int day;
    final int start;
    final int end;
    final int[] travelTo;
    final int[] travelFrom;

    Obstacle(int day, int start, int end, int[] travelTo, int[] travelFrom) {
      this.day = day;
      this.start = start;
      this.end = end;
      this.travelTo = travelTo;
      this.travelFrom = travelFrom;
    }
  }

  /** Builds a problem: add all days first, then set items, travel and obstacles. */
  static final class Builder {
    private final int itemCount;
    private final List<Day> dayList = new ArrayList<>(7);
    private final int[] travelFromBase;
    private final int[] travelToBase;
    private final int[][] travel;
    private final int[] targetDay;
    private final int[] targetStart;
    private final int[] need;
    private int[][] windowStart;
    private int[][] windowEnd;
    private boolean[][] closed;
    private final List<Obstacle> obstacles = new ArrayList<>(0);

    private Builder(int items) {
      this.itemCount = items;
      this.travelFromBase = new int[items];
      this.travelToBase = new int[items];
      this.travel = new int[items][items];
      this.targetDay = new int[items];
      this.targetStart = new int[items];
      Arrays.fill(targetDay, -1);
      Arrays.fill(targetStart, -1);
      this.need = new int[items];
      Arrays.fill(need, 1);
    }

    /** Adds a usable day; {@code dayOfWeek} is 0 for Monday to 6 for Sunday. */
    Builder addDay(int dayOfWeek, CandidateStarts candidates) {
      dayList.add(new Day(dayOfWeek, candidates));
      return this;
    }

    int dayCount() {
      return dayList.size();
    }

    private boolean[][] closed() {
      if (closed == null || closed[0].length != dayList.size()) {
        closed = new boolean[itemCount][dayList.size()];
      }
      return closed;
    }

    /** Allocates the per [item][day] windows once all days are added; all day by default. */
    private void windows() {
      if (windowStart == null || (itemCount > 0 && windowStart[0].length != dayList.size())) {
        windowStart = new int[itemCount][dayList.size()];
        windowEnd = new int[itemCount][dayList.size()];
        for (int[] ends : windowEnd) {
          Arrays.fill(ends, CandidateStarts.MINUTES_PER_DAY);
        }
      }
    }

    Builder travelFromBase(int item, int minutes) {
      travelFromBase[item] = clampTravel(minutes);
      return this;
    }

    Builder travelToBase(int item, int minutes) {
      travelToBase[item] = clampTravel(minutes);
      return this;
    }

    Builder travel(int from, int to, int minutes) {
      travel[from][to] = clampTravel(minutes);
      return this;
    }

    /** Sets an item's opening window on one day, in minutes of the day (end 1440 for 24:00). */
    Builder window(int item, int day, int startMinute, int endMinute) {
      windows();
      windowStart[item][day] = startMinute;
      windowEnd[item][day] = endMinute;
      return this;
    }

    Builder target(int item, int dayOfWeek, int startMinute) {
      targetDay[item] = dayOfWeek;
      targetStart[item] = startMinute;
      return this;
    }

    /** Sets how many visits on distinct days the item still needs this week; 1 by default. */
    Builder need(int item, int visits) {
      checkArgument(visits >= 1, "an item needs at least one visit, was %s", visits);
      need[item] = visits;
      return this;
    }

    Builder closed(int item, int day) {
      closed()[item][day] = true;
      return this;
    }

    Builder obstacle(int day, int start, int end, int[] travelTo, int[] travelFrom) {
      int[] to = new int[itemCount];
      int[] from = new int[itemCount];
      for (int i = 0; i < itemCount; i++) {
        to[i] = clampTravel(travelTo[i]);
        from[i] = clampTravel(travelFrom[i]);
      }
      obstacles.add(new Obstacle(day, start, end, to, from));
      return this;
    }

    WeekProblem build() {
      closed();
      windows();
      return new WeekProblem(this);
    }
  }
}
