package io.github.ikmsdk.core.planning.visit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.primitives.Ints;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * <p>When some item {@linkplain WeekProblem#need needs} more than one visit, each item gets at most
 * its need of visits, at most one a day, and the objective gains two levels (weights {@link
 * Weights#MULTI}): most visits; then most items with at least one visit (a first visit of one item
 * before a further visit of another); then fewest pairs of visits of one item on consecutive
 * calendar days (the spreading objective: a day apart where the week allows it); then most regular
 * visits, least travel and earliest as above. Every term is bounded for {@link #MAX_ITEMS} items
 * with up to seven visits each, so the levels stay apart.
 *
 * <p>Algorithm: per day, a dynamic programme over (set of items visited that day, last item) keeps
 * the Pareto front of (end of the last visit, value) and finds the best sequence for every set of
 * items the day can hold; each visit takes the first candidate at which the mentor can arrive or
 * its regular start, which dominate every other start, so the work does not grow with the number of
 * candidates (minutes of the day). Then a dynamic programme over days and subsets of items combines
 * the days; with several visits a week its state is the number of visits of each item so far
 * (capped at its need) and, when the next day is the next calendar day, the items visited on the
 * day that still need more, which is all the spreading term needs. Ties keep the first solution in
 * a fixed order (items by index, days in order, candidates by time), so the result is
 * deterministic.
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

  /** The weights of the lexicographic levels. */
  static final class Weights {

    /** One visit per item: earliness below 2^17, travel minutes below 2^15, 12 regular visits. */
    static final Weights SINGLE = new Weights(COVER, 0, 0, REGULAR, TRAVEL);

    /**
     * Several visits per item: at most 84 visits (12 items on 7 days), so earliness below 2^20,
     * travel below 7 * 1440 minutes, at most 12 regular visits, 72 consecutive-day pairs and 12
     * visited items, each level below the next one's weight.
     */
    static final Weights MULTI = new Weights(1L << 49, 1L << 45, 1L << 38, 1L << 34, 1L << 20);

    final long cover;
    final long visited;
    final long adjacent;
    final long regular;
    final long travel;

    private Weights(long cover, long visited, long adjacent, long regular, long travel) {
      this.cover = cover;
      this.visited = visited;
      this.adjacent = adjacent;
      this.regular = regular;
      this.travel = travel;
    }
  }

  /**
   * A solution: per item its visits as day and candidate indexes, in day order, and the first of
   * them ({@link #day} -1 if the item is not visited).
   */
  static final class Solution {
    final int[] day;
    final int[] candidate;
    final int[][] days;
    final int[][] candidates;
    final long cost;

    Solution(int[][] days, int[][] candidates, long cost) {
      this.days = days;
      this.candidates = candidates;
      this.cost = cost;
      this.day = new int[days.length];
      this.candidate = new int[days.length];
      for (int i = 0; i < days.length; i++) {
        day[i] = days[i].length == 0 ? -1 : days[i][0];
        candidate[i] = candidates[i].length == 0 ? -1 : candidates[i][0];
      }
    }

    /** Returns the number of visits. */
    int covered() {
      int n = 0;
      for (int[] d : days) {
        n += d.length;
      }
      return n;
    }
  }

  static long visitCost(WeekProblem p, int item, int day, int candidate, int travelMinutes) {
    return visitCost(Weights.SINGLE, p, item, day, candidate, travelMinutes);
  }

  private static long visitCost(
      Weights w, WeekProblem p, int item, int day, int candidate, int travelMinutes) {
    return -w.cover
        - (p.regular(item, day, candidate) ? w.regular : 0)
        + w.travel * travelMinutes
        + (long) p.dayOfWeek[day] * CandidateStarts.MINUTES_PER_DAY
        + p.candidates[day].starts[candidate];
  }

  static Solution solve(WeekProblem p) {
    int n = p.items;
    checkArgument(n <= MAX_ITEMS, "at most %s items per week problem, was %s", MAX_ITEMS, n);
    if (n == 0 || p.days == 0) {
      return new Solution(new int[n][0], new int[n][0], 0);
    }
    Weights weights = p.multi ? Weights.MULTI : Weights.SINGLE;
    DayTable[] tables = new DayTable[p.days];
    for (int d = 0; d < p.days; d++) {
      tables[d] = solveDay(p, d, weights);
    }
    return p.multi ? solveSeveral(p, tables) : solveOnce(p, tables);
  }

  /** Combines the days when every item needs one visit: a dynamic programme over item sets. */
  private static Solution solveOnce(WeekProblem p, DayTable[] tables) {
    int n = p.items;
    int full = 1 << n;
    int[] day = new int[n];
    int[] cand = new int[n];
    Arrays.fill(day, -1);
    Arrays.fill(cand, -1);
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
    int[][] days = new int[n][];
    int[][] cands = new int[n][];
    for (int i = 0; i < n; i++) {
      days[i] = day[i] < 0 ? new int[0] : new int[] {day[i]};
      cands[i] = day[i] < 0 ? new int[0] : new int[] {cand[i]};
    }
    return new Solution(days, cands, cost);
  }

  /**
   * A state of the several-visits programme after a day: the visits per item so far (mixed radix)
   * and the items of the day that still need more when the next day is the next calendar day.
   */
  private static final class Node {
    final long value;
    final Node parent;
    final int set;
    final int visits;

    Node(long value, Node parent, int set, int visits) {
      this.value = value;
      this.parent = parent;
      this.set = set;
      this.visits = visits;
    }
  }

  /**
   * Combines the days when some item needs several visits: a dynamic programme over days whose
   * state is the visits of each item so far, capped at its need, and the previous day's items that
   * may be visited again, so that a visit on the day after another of its item costs {@link
   * Weights#adjacent}; at the end each item with at least one visit gains {@link Weights#visited}.
   * A state is dropped when its visits plus the most the remaining days can add (their largest item
   * sets, at most the visits still needed) fall short of the visits of a greedy plan or of another
   * state: it cannot reach the most visits, the first level of the objective.
   */
  private static Solution solveSeveral(WeekProblem p, DayTable[] tables) {
    Weights w = Weights.MULTI;
    int n = p.items;
    int[] cap = new int[n];
    long[] radix = new long[n];
    long r = 1;
    for (int i = 0; i < n; i++) {
      cap[i] = Math.min(p.need[i], p.days);
      radix[i] = r;
      r *= cap[i] + 1;
    }
    int needed = 0;
    for (int c : cap) {
      needed += c;
    }
    // The most visits the days from d on can hold, by their largest item sets.
    int[] later = new int[p.days + 1];
    for (int d = p.days - 1; d >= 0; d--) {
      int largest = 0;
      for (int set : tables[d].subsets) {
        largest = Math.max(largest, Integer.bitCount(set));
      }
      later[d] = later[d + 1] + largest;
    }
    int floor = greedyVisits(tables, cap);
    Map<Long, Node> layer = new LinkedHashMap<>();
    layer.put(0L, new Node(0, null, 0, 0));
    for (int d = 0; d < p.days; d++) {
      DayTable t = tables[d];
      long[] delta = new long[t.subsets.length];
      for (int s = 0; s < delta.length; s++) {
        for (int i = 0; i < n; i++) {
          if ((t.subsets[s] & (1 << i)) != 0) {
            delta[s] += radix[i];
          }
        }
      }
      boolean nextIsAdjacent = d + 1 < p.days && p.dayOfWeek[d + 1] == p.dayOfWeek[d] + 1;
      Map<Long, Node> next = new LinkedHashMap<>(layer.size() * 4);
      for (Map.Entry<Long, Node> e : layer.entrySet()) {
        long key = e.getKey();
        Node node = e.getValue();
        if (node.visits + Math.min(later[d], needed - node.visits) < floor) {
          continue;
        }
        int prev = (int) (key & ((1L << n) - 1));
        long code = key >>> n;
        int saturated = 0;
        int lastNeeded = 0;
        for (int i = 0; i < n; i++) {
          long count = code / radix[i] % (cap[i] + 1);
          if (count == cap[i]) {
            saturated |= 1 << i;
          } else if (count == cap[i] - 1) {
            lastNeeded |= 1 << i;
          }
        }
        relax(next, code << n, node.value, node, 0, node.visits);
        for (int s = 0; s < t.subsets.length; s++) {
          int set = t.subsets[s];
          if ((set & saturated) != 0) {
            continue;
          }
          long v = node.value + t.subsetBest[s] + w.adjacent * Integer.bitCount(set & prev);
          int again = nextIsAdjacent ? set & ~lastNeeded : 0;
          int visits = node.visits + Integer.bitCount(set);
          floor = Math.max(floor, visits);
          relax(next, ((code + delta[s]) << n) | again, v, node, set, visits);
        }
      }
      layer = next;
    }
    Node best = null;
    long bestValue = INF;
    for (Map.Entry<Long, Node> e : layer.entrySet()) {
      long code = e.getKey() >>> n;
      long v = e.getValue().value;
      for (int i = 0; i < n; i++) {
        if (code / radix[i] % (cap[i] + 1) > 0) {
          v -= w.visited;
        }
      }
      if (v < bestValue) {
        bestValue = v;
        best = e.getValue();
      }
    }
    List<List<Integer>> dayLists = new ArrayList<>(n);
    List<List<Integer>> candLists = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      dayLists.add(new ArrayList<>(cap[i]));
      candLists.add(new ArrayList<>(cap[i]));
    }
    int[] day = new int[n];
    int[] cand = new int[n];
    Node node = best;
    for (int d = p.days - 1; d >= 0; d--, node = node.parent) {
      if (node.set == 0) {
        continue;
      }
      Arrays.fill(day, -1);
      tables[d].reconstruct(node.set, day, cand, d);
      for (int i = 0; i < n; i++) {
        if (day[i] >= 0) {
          dayLists.get(i).add(0, d);
          candLists.get(i).add(0, cand[i]);
        }
      }
    }
    int[][] days = new int[n][];
    int[][] cands = new int[n][];
    for (int i = 0; i < n; i++) {
      days[i] = Ints.toArray(dayLists.get(i));
      cands[i] = Ints.toArray(candLists.get(i));
    }
    return new Solution(days, cands, bestValue);
  }

  /** Keeps the node for a state if it is the first or strictly better. */
  private static void relax(
      Map<Long, Node> layer, long key, long value, Node parent, int set, int visits) {
    Node old = layer.get(key);
    if (old == null || value < old.value) {
      layer.put(key, new Node(value, parent, set, visits));
    }
  }

  /**
   * Returns the visits of a greedy plan, a lower bound of the most visits: day by day the largest
   * item set of the day whose items still need a visit, ties to the first in the day's order.
   */
  private static int greedyVisits(DayTable[] tables, int[] cap) {
    int[] left = cap.clone();
    int visits = 0;
    for (DayTable t : tables) {
      int best = 0;
      for (int set : t.subsets) {
        if (Integer.bitCount(set) > Integer.bitCount(best) && fits(set, left)) {
          best = set;
        }
      }
      for (int i = 0; i < left.length; i++) {
        if ((best & (1 << i)) != 0) {
          left[i]--;
          visits++;
        }
      }
    }
    return visits;
  }

  private static boolean fits(int set, int[] left) {
    for (int i = 0; i < left.length; i++) {
      if ((set & (1 << i)) != 0 && left[i] == 0) {
        return false;
      }
    }
    return true;
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

  private static DayTable solveDay(WeekProblem p, int d, Weights w) {
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
      singleBest[j] = visitCost(w, p, j, d, k, p.travelFromBase[j]) + w.travel * p.travelToBase[j];
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
      f.add(new Label(j, firstK[j], visitCost(w, p, j, d, firstK[j], p.travelFromBase[j]), null));
      int regular = regularCandidate(p, j, d, firstK[j]);
      if (regular > firstK[j]) {
        f.add(new Label(j, regular, visitCost(w, p, j, d, regular, p.travelFromBase[j]), null));
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
              long base = l.value + w.travel * leg;
              Front f = fronts[newMask][j];
              f.add(new Label(j, k, base + visitCost(w, p, j, d, k, 0), l));
              int regular = regularCandidate(p, j, d, k);
              if (regular > k) {
                f.add(new Label(j, regular, base + visitCost(w, p, j, d, regular, 0), l));
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
        long back = w.travel * p.travelToBase[last];
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
