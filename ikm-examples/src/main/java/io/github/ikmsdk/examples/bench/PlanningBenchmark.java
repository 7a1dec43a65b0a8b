package io.github.ikmsdk.examples.bench;

import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.geo.TravelModel;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.planning.visit.VisitPlanner;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.visit.Visit;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Times {@link VisitPlanner#standard()} on the generated national programme ({@link
 * NationalScenario}: 20,000 mentors with five IKMs each, 26 weeks from 3 July 2023 on the
 * civil-servant calendar, so the holiday weeks of 17 August, 28 September and the end of the year
 * produce explained shortfalls) and checks a sample of mentor-weeks against brute force.
 *
 * <p>The brute force works from the rules alone: for each of the mentor's IKMs it tries "no visit"
 * and every working day of the week with every start on the 15-minute grid at which {@link
 * WorkCalendar#workingMinutes(LocalDate, LocalTime, LocalTime)} reaches the minimum inside the day,
 * keeps the assignments where each day's visits, in time order, leave room for the travel from the
 * mentor's base, between sites and (unless the policy lets the day end at the last site) back to
 * the base by the end of the working day, and ranks them by the planner's objective (covered,
 * regular, travel, earliness), with the regularity target taken from the plan's earlier weeks. It
 * prunes with an optimistic bound, never with the planner's own code.
 *
 * <p>The brute force searches every start on a 15-minute grid and checks a plan of the same
 * programme made on that grid ({@link PlanningRequest.Builder#gridMinutes(int)}); in whole minutes,
 * the planner's default, the exhaustive search is too large at five IKMs per mentor, and the core's
 * property tests check optimality in whole minutes on small weeks instead.
 *
 * <p>Usage: {@code PlanningBenchmark [fraction [samples [runs]]]}, defaults 1.0, 200 and 5. The
 * first plan, in the fresh JVM, is timed on its own (wall and process CPU time, class loading and
 * JIT compilation included). After a warm-up (three plans of a 5% programme and one untimed plan at
 * the chosen size) the planner runs {@code runs} times with the default request (parallel on the
 * common pool, the planner's fastest deterministic configuration); the report gives the best and
 * the median wall time, the mean microseconds per mentor-week of the median, the process CPU time
 * of the median run (on a shared machine CPU time shows the work done, wall time the load), the
 * peak heap (sum of the heap pools' peaks during the runs, input included) and whether all runs
 * gave equal plans. Generation of the input is excluded from the times. Run it on the packaged
 * jars, for example {@code java -Xmx3g -cp ikm-examples.jar:ikm-json.jar:ikm-core.jar:guava.jar:...
 * io.github.ikmsdk.examples.bench.PlanningBenchmark 1.0}, with the class path built as the README's
 * "Benchmarks" section shows. A benchmark, not a test: numbers depend on the machine and its load.
 */
public final class PlanningBenchmark {

  /** The grid of the brute-force check's plan: whole minutes make the exhaustive search too big. */
  private static final int GRID = 15;

  private PlanningBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional size fraction in (0, 1], number of sampled mentor-weeks and number of
   *     timed runs
   */
  public static void main(String[] args) {
    double fraction = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
    int samples = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int runs = args.length > 2 ? Math.max(1, Integer.parseInt(args[2])) : 5;

    ProgrammeSnapshot snapshot = withVisitPolicy(NationalScenario.generate(fraction, true, false));
    PlanningRequest request = PlanningRequest.of(snapshot);
    int mentorWeeks = snapshot.mentors().size() * NationalScenario.WEEKS;
    // The first run in a fresh JVM: class loading and the JIT's work included.
    System.gc();
    long firstCpuStart = processCpuNanos();
    long firstStart = System.nanoTime();
    VisitPlan first = VisitPlanner.standard().plan(request);
    long firstWall = System.nanoTime() - firstStart;
    long firstCpu = processCpuNanos() - firstCpuStart;

    // Warm up the JIT on a small input.
    ProgrammeSnapshot warmUp = withVisitPolicy(NationalScenario.generate(0.05, true, false));
    for (int i = 0; i < 3; i++) {
      VisitPlanner.standard().plan(PlanningRequest.of(warmUp));
    }
    VisitPlanner.standard().plan(request); // untimed warm-up at full size
    System.gc();
    long inputHeap = usedHeap();
    resetPeaks();
    long[] wall = new long[runs];
    long[] cpu = new long[runs];
    boolean identical = true;
    for (int r = 0; r < runs; r++) {
      System.gc();
      long cpuStart = processCpuNanos();
      long start = System.nanoTime();
      VisitPlan plan = VisitPlanner.standard().plan(request);
      wall[r] = System.nanoTime() - start;
      cpu[r] = processCpuNanos() - cpuStart;
      identical &= plan.equals(first);
    }
    long peakHeap = peakHeap();
    int median = medianIndex(wall);
    long best = Arrays.stream(wall).min().getAsLong();

    System.out.println(
        String.format(
            Locale.ROOT,
            "planning benchmark: %d CPUs, java %s, max heap %d MB, parallel=%s",
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"),
            Runtime.getRuntime().maxMemory() >> 20,
            request.parallel()));
    System.out.println(
        String.format(
            Locale.ROOT,
            "%-22s %.3f%n%-22s %d%n%-22s %d%n%-22s %d%n%-22s %d planned visits, %d shortfalls",
            "size (fraction)",
            fraction,
            "mentors",
            snapshot.mentors().size(),
            "IKMs",
            snapshot.ikms().size(),
            "mentor-weeks",
            mentorWeeks,
            "plan",
            first.plannedVisits().size(),
            first.shortfalls().size()));
    System.out.println(
        String.format(
            Locale.ROOT,
            "%-22s %d ms wall, %d ms process CPU (%.2f us CPU per mentor-week)",
            "first run (cold JVM)",
            firstWall / 1_000_000,
            firstCpu / 1_000_000,
            firstCpu / 1000.0 / mentorWeeks));
    System.out.println(
        String.format(
            Locale.ROOT,
            "%-22s best %d ms, median %d ms of %d runs after warm-up (all: %s)",
            "time",
            best / 1_000_000,
            wall[median] / 1_000_000,
            runs,
            Arrays.stream(wall)
                .mapToObj(n -> Long.toString(n / 1_000_000))
                .collect(Collectors.joining(", "))));
    System.out.println(
        String.format(
            Locale.ROOT,
            "%-22s best %.2f us, median %.2f us",
            "per mentor-week",
            best / 1000.0 / mentorWeeks,
            wall[median] / 1000.0 / mentorWeeks));
    System.out.println(
        String.format(
            Locale.ROOT,
            "%-22s %d ms in the median run (%.2f us per mentor-week)",
            "process CPU time",
            cpu[median] / 1_000_000,
            cpu[median] / 1000.0 / mentorWeeks));
    System.out.println(
        String.format(
            Locale.ROOT,
            "%-22s %d MB (input after GC %d MB)",
            "peak heap",
            peakHeap >> 20,
            inputHeap >> 20));
    System.out.println(
        String.format(Locale.ROOT, "%-22s %s", "identical plans", identical ? "yes" : "NO"));
    if (samples > 0 && snapshot.programme().policy().minVisitsPerWeek() == 1) {
      PlanningRequest onGrid = PlanningRequest.builder(snapshot).gridMinutes(GRID).build();
      bruteForceCheck(snapshot, VisitPlanner.standard().plan(onGrid), samples);
    }
  }

  /**
   * Returns the snapshot with the visits a week and the minimum working minutes of a visit set by
   * the system properties {@code ikm.bench.visitsPerWeek} and {@code ikm.bench.visitMinutes}, if
   * given (the sampled brute-force check assumes one visit a week and is skipped otherwise).
   */
  private static ProgrammeSnapshot withVisitPolicy(ProgrammeSnapshot snapshot) {
    ProgrammePolicy policy = snapshot.programme().policy();
    return snapshot.withPolicy(
        ProgrammePolicy.builder()
            .from(policy)
            .minVisitsPerWeek(
                Integer.getInteger("ikm.bench.visitsPerWeek", policy.minVisitsPerWeek()))
            .minVisitWorkingMinutes(
                Integer.getInteger("ikm.bench.visitMinutes", policy.minVisitWorkingMinutes()))
            .build());
  }

  private static int medianIndex(long[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(values[a], values[b]));
    return order[(order.length - 1) / 2];
  }

  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean) {
      return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
    }
    return 0;
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static void bruteForceCheck(ProgrammeSnapshot snapshot, VisitPlan plan, int samples) {
    Map<MentorId, List<Visit>> byMentor = new HashMap<>();
    for (Visit v : plan.plannedVisits()) {
      byMentor.computeIfAbsent(v.mentor(), k -> new ArrayList<>()).add(v);
    }
    SplittableRandom random = new SplittableRandom(33);
    IsoWeek first = IsoWeek.from(NationalScenario.START);
    int optimal = 0;
    long nodes = 0;
    long start = System.nanoTime();
    for (int s = 0; s < samples; s++) {
      Mentor mentor = snapshot.mentors().get(random.nextInt(snapshot.mentors().size()));
      // Half the samples from weeks with a holiday, where the planner must choose whom to miss.
      IsoWeek week =
          s % 2 == 0
              ? List.of(
                      IsoWeek.parse("2023-W33"),
                      IsoWeek.parse("2023-W39"),
                      IsoWeek.parse("2023-W52"))
                  .get(random.nextInt(3))
              : first.plusWeeks(random.nextInt(NationalScenario.WEEKS));
      Check check =
          new Check(snapshot, mentor, week, byMentor.getOrDefault(mentor.id(), List.of()));
      long[] planned = check.plannedObjective();
      long[] best = check.bruteForce();
      nodes += check.nodes;
      if (planned != null && Arrays.equals(planned, best)) {
        optimal++;
      } else {
        System.out.println(
            "NOT OPTIMAL: "
                + mentor.id()
                + " "
                + week
                + " planned "
                + Arrays.toString(planned)
                + " brute force "
                + Arrays.toString(best));
      }
    }
    System.out.println(
        String.format(
            Locale.ROOT,
            "%-22s %d of %d sampled mentor-weeks optimal (%s; objective = covered, regular,"
                + " travel min, earliness); %d search nodes, %d ms",
            "brute-force check",
            optimal,
            samples,
            optimal == samples ? "all optimal" : "NOT ALL OPTIMAL",
            nodes,
            (System.nanoTime() - start) / 1_000_000));
  }

  /** One mentor-week checked from the rules. */
  private static final class Check {
    final int n;
    final List<IkmId> ikms;
    final List<LocalDate> days = new ArrayList<>();
    final List<int[]> starts = new ArrayList<>();
    final List<int[]> ends = new ArrayList<>();
    final int[] dayStart;
    final int[] dayEnd;
    final int[] base;
    final int[] home;
    final int[][] travel;
    final int[] targetDow;
    final int[] targetStart;
    final Map<IkmId, Visit> plannedThisWeek = new HashMap<>();
    long nodes;
    long[] best;

    Check(ProgrammeSnapshot snapshot, Mentor mentor, IsoWeek week, List<Visit> mentorVisits) {
      WorkCalendar calendar = snapshot.calendar();
      int minVisit = snapshot.programme().policy().minVisitWorkingMinutes();
      ikms = new ArrayList<>(snapshot.ikmsOf(mentor.id()));
      ikms.sort(null);
      n = ikms.size();
      for (LocalDate date : week.days()) {
        if (!snapshot.programme().contains(date) || !calendar.isWorkingDay(date)) {
          continue;
        }
        DaySchedule day = calendar.schedule(date);
        int open = minute(day.start().get());
        int close = minute(day.end().get());
        List<int[]> cands = new ArrayList<>();
        for (int m = open; m < close; m += GRID) {
          if (calendar.workingMinutes(date, time(m), time(m + 1)) != 1) {
            continue; // starts in a break
          }
          for (int e = m + 1; e <= close && e < 1440; e++) {
            if (calendar.workingMinutes(date, time(m), time(e)) >= minVisit) {
              cands.add(new int[] {m, e});
              break;
            }
          }
        }
        days.add(date);
        starts.add(cands.stream().mapToInt(a -> a[0]).toArray());
        ends.add(cands.stream().mapToInt(a -> a[1]).toArray());
      }
      dayStart = new int[days.size()];
      dayEnd = new int[days.size()];
      for (int d = 0; d < days.size(); d++) {
        dayStart[d] = minute(calendar.schedule(days.get(d)).start().get());
        dayEnd[d] = minute(calendar.schedule(days.get(d)).end().get());
      }
      TravelModel model = TravelModel.roads();
      GeoPoint[] sites = new GeoPoint[n];
      for (int i = 0; i < n; i++) {
        sites[i] = snapshot.ikm(ikms.get(i)).get().productionSite();
      }
      base = new int[n];
      home = new int[n];
      travel = new int[n][n];
      boolean returnToBase = snapshot.programme().policy().returnToBase();
      for (int i = 0; i < n; i++) {
        base[i] = minutes(model.travelTime(mentor.base(), sites[i]));
        home[i] = returnToBase ? minutes(model.travelTime(sites[i], mentor.base())) : 0;
        for (int j = 0; j < n; j++) {
          travel[i][j] = minutes(model.travelTime(sites[i], sites[j]));
        }
      }
      targetDow = new int[n];
      targetStart = new int[n];
      for (int i = 0; i < n; i++) {
        Visit latest = null;
        for (Visit v : mentorVisits) {
          if (!v.ikm().equals(ikms.get(i))) {
            continue;
          }
          if (v.week().equals(week)) {
            plannedThisWeek.put(v.ikm(), v);
          } else if (v.week().compareTo(week) < 0
              && (latest == null || v.date().isAfter(latest.date()))) {
            latest = v;
          }
        }
        targetDow[i] = latest == null ? -1 : latest.date().getDayOfWeek().getValue() - 1;
        targetStart[i] = latest == null ? -1 : minute(latest.start());
      }
    }

    long[] plannedObjective() {
      int[] day = new int[n];
      int[] start = new int[n];
      for (int i = 0; i < n; i++) {
        Visit v = plannedThisWeek.get(ikms.get(i));
        day[i] = v == null ? -1 : days.indexOf(v.date());
        start[i] = v == null ? 0 : minute(v.start());
        if (v != null && day[i] < 0) {
          return null;
        }
      }
      return evaluate(day, start, n);
    }

    private LocalDate targetDate(int i) {
      for (LocalDate date : days) {
        if (date.getDayOfWeek().getValue() - 1 == targetDow[i]) {
          return date;
        }
      }
      return null;
    }

    long[] bruteForce() {
      int[] day = new int[n];
      int[] start = new int[n];
      Arrays.fill(day, -1);
      best = null;
      search(0, day, start);
      return best;
    }

    private void search(int i, int[] day, int[] start) {
      nodes++;
      long[] value = evaluate(day, start, i);
      if (value == null) {
        return;
      }
      // Optimistic bound on what the remaining IKMs can add. Travel times obey the triangle
      // inequality, so adding a visit never shortens a day's route.
      // Covered is also bounded by the free room of the days: the most further visits each day
      // could hold, ignoring travel (interval scheduling, earliest end first).
      int room = 0;
      int[] roomOf = new int[days.size()];
      int[] visitsOn = new int[days.size()];
      for (int d = 0; d < days.size(); d++) {
        roomOf[d] = room(d, day, start, i);
        room += roomOf[d];
      }
      for (int k = 0; k < i; k++) {
        if (day[k] >= 0) {
          visitsOn[day[k]]++;
        }
      }
      int more = Math.min(n - i, room);
      // Travel: a further visit on a day that is empty and has room for one visit only adds
      // the trips from and back to the base; elsewhere it may add nothing (triangle inequality).
      long[] legs = new long[n - i];
      for (int r = i; r < n; r++) {
        long least = Long.MAX_VALUE;
        for (int d = 0; d < days.size(); d++) {
          if (roomOf[d] > 0) {
            least = Math.min(least, visitsOn[d] == 0 && roomOf[d] == 1 ? base[r] + home[r] : 0);
          }
        }
        legs[r - i] = least == Long.MAX_VALUE ? 0 : least;
      }
      Arrays.sort(legs);
      long moreTravel = 0;
      for (int k = 0; k < more; k++) {
        moreTravel += legs[k];
      }
      int canBeRegular = 0;
      for (int r = i; r < n; r++) {
        if (targetDate(r) != null) {
          canBeRegular++;
        }
      }
      // Earliness: the further visits take the earliest free slots of the days with room.
      List<Long> slots = new ArrayList<>();
      for (int d = 0; d < days.size(); d++) {
        long slot = (days.get(d).getDayOfWeek().getValue() - 1) * 1440L + starts.get(d)[0];
        for (int k = 0; k < roomOf[d]; k++) {
          slots.add(slot);
        }
      }
      slots.sort(null);
      long moreEarliness = 0;
      for (int k = 0; k < more; k++) {
        moreEarliness += slots.get(k);
      }
      long[] bound = {
        value[0] + more, value[1] + canBeRegular, value[2] + moreTravel, value[3] + moreEarliness
      };
      if (best != null && !better(bound, best)) {
        return;
      }
      if (i == n) {
        if (best == null || better(value, best)) {
          best = value;
        }
        return;
      }
      // Try the IKM's regular slot first so that a good solution is found early; then every
      // working day and grid start; then no visit.
      for (int d = -1; d < days.size(); d++) {
        int dd = d < 0 ? days.indexOf(targetDate(i)) : d;
        if (d < 0 && dd < 0) {
          continue;
        }
        int[] s = starts.get(dd);
        for (int k = 0; k < s.length; k++) {
          if (d < 0 && s[k] != targetStart[i]) {
            continue;
          }
          day[i] = dd;
          start[i] = s[k];
          search(i + 1, day, start);
        }
      }
      day[i] = -1;
      search(i + 1, day, start);
    }

    /** The most further candidate visits day d can hold next to the first count IKMs' visits. */
    private int room(int d, int[] day, int[] start, int count) {
      int[] s = starts.get(d);
      int[] e = ends.get(d);
      int lastEnd = -1;
      int fit = 0;
      for (int k = 0; k < s.length; k++) {
        if (s[k] < lastEnd) {
          continue;
        }
        boolean free = true;
        for (int i = 0; i < count && free; i++) {
          if (day[i] == d) {
            int pk = Arrays.binarySearch(s, start[i]);
            free = e[k] <= start[i] || e[pk] <= s[k];
          }
        }
        if (free) {
          fit++;
          lastEnd = e[k];
        }
      }
      return fit;
    }

    /** The objective of the first {@code count} IKMs' visits, or null if they break a rule. */
    long[] evaluate(int[] day, int[] start, int count) {
      long covered = 0;
      long regular = 0;
      long travelMinutes = 0;
      long earliness = 0;
      for (int d = 0; d < days.size(); d++) {
        List<Integer> onDay = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          if (day[i] == d) {
            onDay.add(i);
          }
        }
        onDay.sort((a, b) -> Integer.compare(start[a], start[b]));
        int prev = -1;
        int prevEnd = 0;
        int dow = days.get(d).getDayOfWeek().getValue() - 1;
        for (int i : onDay) {
          int k = Arrays.binarySearch(starts.get(d), start[i]);
          if (k < 0) {
            return null;
          }
          int leg = prev < 0 ? base[i] : travel[prev][i];
          if (start[i] < (prev < 0 ? dayStart[d] : prevEnd) + leg) {
            return null;
          }
          covered++;
          travelMinutes += leg;
          earliness += dow * 1440L + start[i];
          if (targetDow[i] == dow && targetStart[i] == start[i]) {
            regular++;
          }
          prev = i;
          prevEnd = ends.get(d)[k];
        }
        if (prev >= 0) {
          // The way home, zero if the policy lets the day end at the last site.
          if (prevEnd + home[prev] > dayEnd[d]) {
            return null;
          }
          travelMinutes += home[prev];
        }
      }
      return new long[] {covered, regular, travelMinutes, earliness};
    }

    static boolean better(long[] a, long[] b) {
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
  }

  private static int minutes(Duration d) {
    return (int) ((d.toSeconds() + 59) / 60);
  }

  private static int minute(LocalTime t) {
    return t.getHour() * 60 + t.getMinute();
  }

  private static LocalTime time(int minuteOfDay) {
    return minuteOfDay >= 1440 ? LocalTime.MAX : LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
  }
}
