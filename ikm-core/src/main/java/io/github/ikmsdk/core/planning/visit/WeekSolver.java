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
 * <p>Algorithm: per day, a dynamic programme over (set of items visited that day, last item, last
 * candidate) finds the best sequence for every set of items the day can hold; then a dynamic
 * programme over days and subsets of items combines the days. Ties keep the first solution in a
 * fixed order (items by index, days in order, candidates by time), so the result is deterministic.
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
    final int n;
    final int c;

    /**
     * Per mask and last item: values per candidate, or null if unreached; null as a whole when the
     * day holds at most one visit (then only {@link #subsets} and their best values exist).
     */
    long[][][] vals;

    /** Per mask and last item: the previous state (last * c + candidate), -1 for the first. */
    int[][][] parents;

    /** The reachable non-empty masks, ascending, with their best value and final state. */
    int[] subsets;

    long[] subsetBest;
    int[] subsetState;

    DayTable(int n, int c) {
      this.n = n;
      this.c = c;
    }

    void allocate() {
      this.vals = new long[1 << n][][];
      this.parents = new int[1 << n][][];
    }

    void reconstruct(int mask, int[] day, int[] cand, int d) {
      int index = 0;
      while (subsets[index] != mask) {
        index++;
      }
      int state = subsetState[index];
      while (mask != 0) {
        int last = state / c;
        int k = state % c;
        day[last] = d;
        cand[last] = k;
        mask &= ~(1 << last);
        state = parents == null ? -1 : parents[mask | (1 << last)][last][k];
      }
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
    DayTable t = new DayTable(n, c);
    if (c == 0) {
      t.subsets = new int[0];
      t.subsetBest = new long[0];
      t.subsetState = new int[0];
      return t;
    }
    // Singles first, without tables: the best candidate of each item alone.
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
      int hi = p.hi[j][d];
      int first = p.lo[j][d];
      boolean[] blocked = p.blocked[j][d];
      if (blocked != null) {
        while (first <= hi && blocked[first]) {
          first++;
        }
      }
      if (first > hi) {
        continue;
      }
      startable[j] = true;
      earliestEnd = Math.min(earliestEnd, cs.ends[first]);
      singles++;
      int returning = p.lastReturning(j, d);
      if (first > returning) {
        continue;
      }
      int k = first;
      if (p.targetDay[j] == p.dayOfWeek[d] && p.targetStart[j] >= 0) {
        int regular = cs.indexOfStart(p.targetStart[j]);
        if (regular > first && regular <= returning && p.allowed(j, d, regular)) {
          k = regular;
        }
      }
      singleBest[j] = visitCost(p, j, d, k, p.travelFromBase[j]) + TRAVEL * p.travelToBase[j];
      singleK[j] = k;
      returningSingles++;
    }
    if (!secondVisitPossible(p, d, singles, earliestEnd)) {
      t.subsets = new int[returningSingles];
      t.subsetBest = new long[returningSingles];
      t.subsetState = new int[returningSingles];
      int i = 0;
      for (int j = 0; j < n; j++) {
        if (singleBest[j] < INF) {
          t.subsets[i] = 1 << j;
          t.subsetBest[i] = singleBest[j];
          t.subsetState[i] = j * c + singleK[j];
          i++;
        }
      }
      return t;
    }
    t.allocate();
    List<Integer> layer = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      if (!startable[j]) {
        continue;
      }
      long[] v = new long[c];
      int[] par = new int[c];
      Arrays.fill(v, INF);
      for (int k = p.lo[j][d]; k <= p.hi[j][d]; k++) {
        if (p.allowed(j, d, k)) {
          v[k] = visitCost(p, j, d, k, p.travelFromBase[j]);
          par[k] = -1;
        }
      }
      int mask = 1 << j;
      t.vals[mask] = new long[n][];
      t.parents[mask] = new int[n][];
      t.vals[mask][j] = v;
      t.parents[mask][j] = par;
      layer.add(mask);
    }
    List<Integer> reached = new ArrayList<>(layer);
    long[] bucket = new long[c + 1];
    int[] bucketArg = new int[c + 1];
    while (!layer.isEmpty()) {
      List<Integer> nextLayer = new ArrayList<>();
      for (int mask : layer) {
        long[][] v = t.vals[mask];
        for (int j = 0; j < n; j++) {
          if ((mask & (1 << j)) != 0 || p.lo[j][d] > p.hi[j][d]) {
            continue;
          }
          int hiJ = p.hi[j][d];
          Arrays.fill(bucket, 0, hiJ + 1, INF);
          boolean any = false;
          int firstTh = hiJ + 1;
          for (int last = 0; last < n; last++) {
            if ((mask & (1 << last)) == 0) {
              continue;
            }
            int leg = p.travel[last][j];
            if (leg >= WeekProblem.UNREACHABLE) {
              continue;
            }
            long[] row = v[last];
            if (row == null) {
              continue;
            }
            // Finite values lie in the item's allowed range; thresholds grow with k.
            for (int k = p.lo[last][d], hiLast = p.hi[last][d]; k <= hiLast; k++) {
              long val = row[k];
              if (val >= INF) {
                continue;
              }
              int th = cs.firstAtOrAfter(cs.ends[k] + leg);
              if (th > hiJ) {
                break;
              }
              firstTh = Math.min(firstTh, th);
              long withLeg = val + TRAVEL * leg;
              if (withLeg < bucket[th]) {
                bucket[th] = withLeg;
                bucketArg[th] = last * c + k;
                any = true;
              }
            }
          }
          if (!any) {
            continue;
          }
          int newMask = mask | (1 << j);
          long[] nv = t.vals[newMask] == null ? null : t.vals[newMask][j];
          int[] np = t.parents[newMask] == null ? null : t.parents[newMask][j];
          long run = INF;
          int runArg = -1;
          for (int k = firstTh; k <= hiJ; k++) {
            if (bucket[k] < run) {
              run = bucket[k];
              runArg = bucketArg[k];
            }
            if (run >= INF || k < p.lo[j][d] || !p.allowed(j, d, k)) {
              continue;
            }
            long cand = run + visitCost(p, j, d, k, 0);
            if (nv == null) {
              if (t.vals[newMask] == null) {
                t.vals[newMask] = new long[n][];
                t.parents[newMask] = new int[n][];
                nextLayer.add(newMask);
              }
              nv = new long[c];
              np = new int[c];
              Arrays.fill(nv, INF);
              t.vals[newMask][j] = nv;
              t.parents[newMask][j] = np;
            }
            if (cand < nv[k]) {
              nv[k] = cand;
              np[k] = runArg;
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
    int[] subsetState = new int[reached.size()];
    int count = 0;
    for (int mask : reached) {
      long best = INF;
      int bestState = -1;
      long[][] v = t.vals[mask];
      for (int last = 0; last < n; last++) {
        if (v[last] == null) {
          continue;
        }
        long back = TRAVEL * p.travelToBase[last];
        for (int k = p.lo[last][d], hiLast = p.lastReturning(last, d); k <= hiLast; k++) {
          if (v[last][k] < INF && v[last][k] + back < best) {
            best = v[last][k] + back;
            bestState = last * c + k;
          }
        }
      }
      if (best < INF) {
        subsets[count] = mask;
        subsetBest[count] = best;
        subsetState[count] = bestState;
        count++;
      }
    }
    t.subsets = Arrays.copyOf(subsets, count);
    t.subsetBest = Arrays.copyOf(subsetBest, count);
    t.subsetState = Arrays.copyOf(subsetState, count);
    return t;
  }
}
