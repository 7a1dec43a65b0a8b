package io.github.ikmsdk.core.planning.visit;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Solves a {@link WeekProblem} exactly.
 *
 * <p>The objective is lexicographic and encoded as one {@code long} to minimise, the sum over
 * planned visits of {@code -COVER - REGULAR * [visit is regular] + TRAVEL * travelMinutes +
 * earliness}, where a visit's travel is the leg that reaches it (from the base for the first visit
 * of a day) plus, for the last visit of a day, the leg back to the base ({@link
 * WeekProblem#travelToBase}), and its earliness is {@code dayOfWeek * 1440 + startMinute}. The last
 * visit of a day must leave that leg before the end of the working day. The weights keep the levels
 * apart for up to {@link #MAX_ITEMS} items: most visits, then most regular visits, then least
 * travel, then earliest.
 *
 * <p>Algorithm: per day, a dynamic programme over (set of items visited that day, last item) keeps
 * the Pareto front of (end of the last visit, value) and finds the best sequence for every set of
 * items the day can hold; each visit takes the first candidate at which the mentor can arrive or
 * its regular start, which dominate every other start, so the work does not grow with the number of
 * candidates (minutes of the day). Then a dynamic programme over days and subsets of items combines
 * the days. Ties keep the first solution in a fixed order (items by index, days in order,
 * candidates by time), so the result is deterministic.
 */
final class WeekSolver {

  /** The most items solved at once; the weights below are sized for it. */
  static final int MAX_ITEMS = 12;

  static final long EARLINESS_LIMIT = 1L << 17;
  static final long TRAVEL = 1L << 17;
  static final long REGULAR = 1L << 32;
  static final long COVER = 1L << 36;
  private static final long INF = Long.MAX_VALUE / 4;

  private WeekSolver() {}

  /** A solution: per item the day index and candidate index, or -1 if not visited. */
  static final class Solution {
    final int[] day;
    final int[] candidate;
    final long cost;

    Solution(int[] day, int[] candidate, long cost) {
      this.day = day;
      this.candidate = candidate;
      this.cost = cost;
    }

    int covered() {
      int n = 0;
      for (int d : day) {
        if (d >= 0) {
          n++;
        }
      }
      return n;
    }
  }

  static long visitCost(WeekProblem p, int item, int day, int candidate, int travelMinutes) {
    return -COVER
        - (p.regular(item, day, candidate) ? REGULAR : 0)
        + TRAVEL * travelMinutes
        + (long) p.dayOfWeek[day] * CandidateStarts.MINUTES_PER_DAY
        + p.candidates[day].starts[candidate];
  }

  static Solution solve(WeekProblem p) {
    int n = p.items;
    checkArgument(n <= MAX_ITEMS, "at most %s items per week problem, was %s", MAX_ITEMS, n);
    int full = 1 << n;
    int[] day = new int[n];
    int[] cand = new int[n];
    Arrays.fill(day, -1);
    Arrays.fill(cand, -1);
    if (n == 0 || p.days == 0) {
      return new Solution(day, cand, 0);
    }
    DayTable[] tables = new DayTable[p.days];
    for (int d = 0; d < p.days; d++) {
      tables[d] = solveDay(p, d);
    }
    long[] w = new long[full];
    Arrays.fill(w, INF);
    w[0] = 0;
    int[][] choice = new int[p.days][];
    for (int d = 0; d < p.days; d++) {
      long[] next = w.clone();
      int[] ch = new int[full];
      DayTable t = tables[d];
      int[] subsets = t.subsets;
      if (subsets.length <= n) {
        for (int m = 0; m < full; m++) {
          long base = w[m];
          if (base >= INF) {
            continue;
          }
          for (int s = 0; s < subsets.length; s++) {
            int set = subsets[s];
            if ((set & m) != 0) {
              continue;
            }
            long v = base + t.subsetBest[s];
            if (v < next[m | set]) {
              next[m | set] = v;
              ch[m | set] = set;
            }
          }
        }
      } else {
        // The same pairs in the same order: the day's sets disjoint from m, ascending, found
        // by enumerating the submasks of m's complement in ascending order.
        long[] bestOf = new long[full];
        Arrays.fill(bestOf, INF);
        for (int s = 0; s < subsets.length; s++) {
          bestOf[subsets[s]] = t.subsetBest[s];
        }
        for (int m = 0; m < full; m++) {
          long base = w[m];
          if (base >= INF) {
            continue;
          }
          int free = (full - 1) & ~m;
          for (int set = -free & free; set != 0; set = (set - free) & free) {
            long best = bestOf[set];
            if (best >= INF) {
              continue;
            }
            long v = base + best;
            if (v < next[m | set]) {
              next[m | set] = v;
              ch[m | set] = set;
            }
          }
        }
      }
      choice[d] = ch;
      w = next;
    }
    int bestMask = 0;
    for (int m = 1; m < full; m++) {
      if (w[m] < w[bestMask]) {
        bestMask = m;
      }
    }
    long cost = w[bestMask];
    int m = bestMask;
    for (int d = p.days - 1; d >= 0; d--) {
      int set = choice[d][m];
      if (set != 0) {
        tables[d].reconstruct(set, day, cand, d);
        m ^= set;
      }
    }
    return new Solution(day, cand, cost);
  }

  /** Best sequences of one day for every item set the day can hold. */
  private static final class DayTable {

    /** The reachable non-empty masks, ascending, with their best value and last visit. */
    int[] subsets;

    long[] subsetBest;
    Label[] subsetLast;

    void reconstruct(int mask, int[] day, int[] cand, int d) {
      int index = 0;
      while (subsets[index] != mask) {
        index++;
      }
      for (Label l = subsetLast[index]; l != null; l = l.parent) {
        day[l.item] = d;
        cand[l.item] = l.k;
      }
    }
  }

  /**
   * A day's sequence of visits ending with {@code item} at candidate {@code k}, with the value of
   * the sequence (without the way home) and the sequence before it.
   */
  private static final class Label {
    final int item;
    final int k;
    final long value;
    final Label parent;

    Label(int item, int k, long value, Label parent) {
      this.item = item;
      this.k = k;
      this.value = value;
      this.parent = parent;
    }
  }

  /**
   * The Pareto front of the sequences of one item set that end with one item: ascending in
   * candidate (so in end time), strictly descending in value. A sequence that ends no earlier and
   * costs no less than another is dominated: whatever can follow it can follow the other.
   */
  private static final class Front {
    final ArrayList<Label> labels = new ArrayList<>(2);

    void add(Label l) {
      int i = 0;
      int size = labels.size();
      while (i < size && labels.get(i).k <= l.k) {
        if (labels.get(i).value <= l.value) {
          return;
        }
        i++;
      }
      // Labels from i on end later; drop those that do not cost less.
      int j = i;
      while (j < size && labels.get(j).value >= l.value) {
        j++;
      }
      labels.subList(i, j).clear();
      labels.add(i, l);
    }
  }

  /**
   * Returns false if no item can follow any single visit of the day: the earliest end of a first
   * visit plus the shortest leg is after every item's last allowed start.
   */
  private static boolean secondVisitPossible(WeekProblem p, int d, int singles, int earliestEnd) {
    if (singles < 2 || p.shortestLeg >= WeekProblem.UNREACHABLE) {
      return false;
    }
    CandidateStarts cs = p.candidates[d];
    int latestStart = -1;
    for (int i = 0; i < p.items; i++) {
      if (p.lo[i][d] <= p.hi[i][d]) {
        latestStart = Math.max(latestStart, cs.starts[p.hi[i][d]]);
      }
    }
    return earliestEnd + p.shortestLeg <= latestStart;
  }

  /**
   * Returns the items, as a bit mask, that {@link #solve} can visit on a day without obstacles when
   * it finds that the day holds at most one visit (the same test as for a day of a problem); -1 if
   * the day may hold two. Two such days with the same mask give every problem the same maximal
   * coverage.
   *
   * @param lo per item the first allowed candidate, as {@link WeekProblem#firstAllowed}
   * @param hi per item the last allowed candidate, as {@link WeekProblem#lastAllowed}
   * @param hiReturning per item the last allowed candidate as the day's last visit, as {@link
   *     WeekProblem#lastReturning}
   * @param shortestLeg the shortest leg between two different items
   */
  static long singleVisitItems(
      CandidateStarts cs, int[] lo, int[] hi, int[] hiReturning, int shortestLeg) {
    long mask = 0;
    int singles = 0;
    int earliestEnd = Integer.MAX_VALUE;
    int latestStart = -1;
    for (int i = 0; i < lo.length; i++) {
      if (lo[i] <= hiReturning[i]) {
        mask |= 1L << i;
      }
      if (lo[i] <= hi[i]) {
        singles++;
        earliestEnd = Math.min(earliestEnd, cs.ends[lo[i]]);
        latestStart = Math.max(latestStart, cs.starts[hi[i]]);
      }
    }
    boolean second =
        singles >= 2
            && shortestLeg < WeekProblem.UNREACHABLE
            && earliestEnd + shortestLeg <= latestStart;
    return second ? -1 : mask;
  }

  private static DayTable solveDay(WeekProblem p, int d) {
    int n = p.items;
    CandidateStarts cs = p.candidates[d];
    int c = cs.size();
    DayTable t = new DayTable();
    if (c == 0) {
      t.subsets = new int[0];
      t.subsetBest = new long[0];
      t.subsetLast = new Label[0];
      return t;
    }
    // Singles first, without fronts: the best candidate of each item alone.
    int[] firstK = new int[n];
    int[] singleK = new int[n];
    long[] singleBest = new long[n];
    boolean[] startable = new boolean[n];
    int singles = 0;
    int returningSingles = 0;
    int earliestEnd = Integer.MAX_VALUE;
    // Starts and ends grow with the candidate index, so the first allowed candidate has the
    // earliest end and is the best unless the item's regular candidate is allowed.
    for (int j = 0; j < n; j++) {
      singleBest[j] = INF;
      int first = firstAllowedFrom(p, j, d, p.lo[j][d]);
      if (first > p.hi[j][d]) {
        continue;
      }
      startable[j] = true;
      firstK[j] = first;
      earliestEnd = Math.min(earliestEnd, cs.ends[first]);
      singles++;
      int returning = p.lastReturning(j, d);
      if (first > returning) {
        continue;
      }
      int k = first;
      int regular = regularCandidate(p, j, d, first);
      if (regular > first && regular <= returning) {
        k = regular;
      }
      singleBest[j] = visitCost(p, j, d, k, p.travelFromBase[j]) + TRAVEL * p.travelToBase[j];
      singleK[j] = k;
      returningSingles++;
    }
    if (!secondVisitPossible(p, d, singles, earliestEnd)) {
      t.subsets = new int[returningSingles];
      t.subsetBest = new long[returningSingles];
      t.subsetLast = new Label[returningSingles];
      int i = 0;
      for (int j = 0; j < n; j++) {
        if (singleBest[j] < INF) {
          t.subsets[i] = 1 << j;
          t.subsetBest[i] = singleBest[j];
          t.subsetLast[i] = new Label(j, singleK[j], singleBest[j], null);
          i++;
        }
      }
      return t;
    }
    // Sequences by item set and last item, each visit at the first candidate it can reach (the
    // earliest arrival) or at its regular start: a later non-regular start only ends later and
    // costs more earliness, so these two dominate every other start.
    Front[][] fronts = new Front[1 << n][];
    List<Integer> layer = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      if (!startable[j]) {
        continue;
      }
      int mask = 1 << j;
      fronts[mask] = new Front[n];
      Front f = new Front();
      fronts[mask][j] = f;
      f.add(new Label(j, firstK[j], visitCost(p, j, d, firstK[j], p.travelFromBase[j]), null));
      int regular = regularCandidate(p, j, d, firstK[j]);
      if (regular > firstK[j]) {
        f.add(new Label(j, regular, visitCost(p, j, d, regular, p.travelFromBase[j]), null));
      }
      layer.add(mask);
    }
    List<Integer> reached = new ArrayList<>(layer);
    while (!layer.isEmpty()) {
      List<Integer> nextLayer = new ArrayList<>();
      for (int mask : layer) {
        Front[] byLast = fronts[mask];
        for (int last = 0; last < n; last++) {
          if (byLast[last] == null) {
            continue;
          }
          for (Label l : byLast[last].labels) {
            for (int j = 0; j < n; j++) {
              if ((mask & (1 << j)) != 0 || !startable[j]) {
                continue;
              }
              int leg = p.travel[last][j];
              if (leg >= WeekProblem.UNREACHABLE) {
                continue;
              }
              int from = Math.max(cs.firstAtOrAfter(cs.ends[l.k] + leg), p.lo[j][d]);
              int k = firstAllowedFrom(p, j, d, from);
              if (k > p.hi[j][d]) {
                continue;
              }
              int newMask = mask | (1 << j);
              if (fronts[newMask] == null) {
                fronts[newMask] = new Front[n];
                nextLayer.add(newMask);
              }
              if (fronts[newMask][j] == null) {
                fronts[newMask][j] = new Front();
              }
              long base = l.value + TRAVEL * leg;
              Front f = fronts[newMask][j];
              f.add(new Label(j, k, base + visitCost(p, j, d, k, 0), l));
              int regular = regularCandidate(p, j, d, k);
              if (regular > k) {
                f.add(new Label(j, regular, base + visitCost(p, j, d, regular, 0), l));
              }
            }
          }
        }
      }
      nextLayer.sort(null);
      reached.addAll(nextLayer);
      layer = nextLayer;
    }
    reached.sort(null);
    // A set's sequences end with the travel back to the base; a set none of whose sequences leaves
    // time for it is not a day's set.
    int[] subsets = new int[reached.size()];
    long[] subsetBest = new long[reached.size()];
    Label[] subsetLast = new Label[reached.size()];
    int count = 0;
    for (int mask : reached) {
      long best = INF;
      Label bestLabel = null;
      for (int last = 0; last < n; last++) {
        Front f = fronts[mask][last];
        if (f == null) {
          continue;
        }
        long back = TRAVEL * p.travelToBase[last];
        int returning = p.lastReturning(last, d);
        for (Label l : f.labels) {
          if (l.k > returning) {
            break;
          }
          if (l.value + back < best) {
            best = l.value + back;
            bestLabel = l;
          }
        }
      }
      if (bestLabel != null) {
        subsets[count] = mask;
        subsetBest[count] = best;
        subsetLast[count] = bestLabel;
        count++;
      }
    }
    t.subsets = Arrays.copyOf(subsets, count);
    t.subsetBest = Arrays.copyOf(subsetBest, count);
    t.subsetLast = Arrays.copyOf(subsetLast, count);
    return t;
  }

  /** The first candidate from {@code k} on that the item may take on the day; > hi if none. */
  private static int firstAllowedFrom(WeekProblem p, int item, int d, int k) {
    int hi = p.hi[item][d];
    boolean[] blocked = p.blocked[item][d];
    if (blocked != null) {
      while (k <= hi && blocked[k]) {
        k++;
      }
    }
    return k;
  }

  /**
   * The item's regular candidate on the day if it has a target start there, at or after {@code
   * from} and allowed; -1 otherwise (a target day without a start makes every candidate regular).
   */
  private static int regularCandidate(WeekProblem p, int item, int d, int from) {
    if (p.targetDay[item] != p.dayOfWeek[d] || p.targetStart[item] < 0) {
      return -1;
    }
    int regular = p.candidates[d].indexOfStart(p.targetStart[item]);
    return regular >= from && p.allowed(item, d, regular) ? regular : -1;
  }
}
