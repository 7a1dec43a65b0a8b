package io.github.ikmsdk.examples.bench;

import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.geo.TravelModel;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.planning.visit.MentorPlan;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
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
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Times {@link VisitPlanner#standard()} on the generated national programme ({@link
 * NationalScenario}: mentors with five IKMs each, 26 weeks from 3 July 2023 on the civil-servant
 * calendar, so the holiday weeks of 17 August, 28 September and the end of the year produce
 * explained shortfalls) and checks a sample of mentor-weeks against brute force.
 *
 * <p>The planner runs through its streaming API, {@link VisitPlanner#plan(PlanningRequest,
 * Consumer)}, with a consumer that only counts the plans, visits and shortfalls and folds the
 * visits into a digest (so that the work cannot be skipped and runs can be compared): the figures
 * are those of planning, not of holding a national plan in memory.
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
 * <p>Usage: {@code PlanningBenchmark [mentors [samples [runs]]]}, defaults 20,000 mentors (an even
 * number; 100,000 is five times the national scenario), 200 sampled mentor-weeks and 5 timed runs.
 * The system properties {@code ikm.bench.visitsPerWeek} and {@code ikm.bench.visitMinutes} set the
 * policy's visits a week and minimum working minutes of a visit for the measured programme. Run one
 * size per JVM: the first plan, in the fresh JVM, is timed on its own (wall and process CPU time,
 * class loading and JIT compilation included, and its peak heap). After untimed warm-up plans (at
 * least one, and at least 100,000 mentor-weeks in all, so that the JIT has compiled the planner)
 * the planner runs {@code runs} times with the default request (parallel on the common pool, the
 * planner's fastest deterministic configuration); the report gives the best and the median wall
 * time and process CPU time (on a shared machine CPU time shows the work done, wall time the load),
 * the peak heap (sum of the heap pools' peaks during a run, input and garbage not yet collected
 * included; see {@code Measure}), the peak of the old generation alone (what the run held long
 * enough to be promoted) and whether all runs gave the same plans. Then the target size, 38 mentors
 * × 26 weeks (988 mentor-weeks), is planned 30 times in the warm JVM. Generation of the input is
 * excluded from the times. Run it on the packaged jars with the class path built as the README's
 * "Benchmarks" section shows, for example {@code java -Xmx3g -cp "ikm-examples/target/classes:$(cat
 * ikm-examples/target/classpath.txt)" io.github.ikmsdk.examples.bench.PlanningBenchmark 100000 0
 * 2}. A benchmark, not a test: numbers depend on the machine and its load.
 */
public final class PlanningBenchmark {

  /** The grid of the brute-force check's plan: whole minutes make the exhaustive search too big. */
  private static final int GRID = 15;

  /** The mentors of the target size: 38 × 26 = 988 mentor-weeks. */
  static final int TARGET_MENTORS = 38;

  /** The fewest mentor-weeks planned untimed after the first run and before the timed ones. */
  static final int WARM_UP_MENTOR_WEEKS = 100_000;

  /** The timed runs at the target size. */
  static final int TARGET_RUNS = 30;

  private PlanningBenchmark() {}

  /** What a run handed over: counts and an order-sensitive digest of the visits and shortfalls. */
  private static final class Tally implements Consumer<MentorPlan> {
    long mentors;
    long visits;
    long shortfalls;
    long digest = 17;

    @Override
    public void accept(MentorPlan plan) {
      mentors++;
      visits += plan.plannedVisits().size();
      shortfalls += plan.shortfalls().size();
      digest = digest * 31 + plan.plannedVisits().hashCode();
      digest = digest * 31 + plan.shortfalls().hashCode();
    }

    boolean sameAs(Tally other) {
      return mentors == other.mentors
          && visits == other.visits
          && shortfalls == other.shortfalls
          && digest == other.digest;
    }
  }

  /** The wall time, process CPU time and peak heap of one measured run. */
  private static final class Run {
    final long wall;
    final long cpu;
    final long peakHeap;
    final long peakOld;
    final Tally tally;

    Run(long wall, long cpu, long peakHeap, long peakOld, Tally tally) {
      this.wall = wall;
      this.cpu = cpu;
      this.peakHeap = peakHeap;
      this.peakOld = peakOld;
      this.tally = tally;
    }
  }

  /** Plans the request once through the streaming API and measures it. */
  private static Run measure(PlanningRequest request) {
    System.gc();
    System.gc();
    resetPeaks();
    Tally tally = new Tally();
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    VisitPlanner.standard().plan(request, tally);
    long wall = System.nanoTime() - start;
    long cpu = processCpuNanos() - cpuStart;
    return new Run(wall, cpu, peakHeap(), peakOldGeneration(), tally);
  }

  /**
   * Runs the benchmark.
   *
   * @param args optional number of mentors (rounded to an even number), number of sampled
   *     mentor-weeks and number of timed runs
   */
  public static void main(String[] args) {
    int mentorCount = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int samples = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int runs = args.length > 2 ? Math.max(1, Integer.parseInt(args[2])) : 5;
    double fraction = mentorCount / (double) NationalScenario.mentors(1.0);

    long generation = System.nanoTime();
    ProgrammeSnapshot snapshot = withVisitPolicy(NationalScenario.generate(fraction, true, false));
    generation = System.nanoTime() - generation;
    PlanningRequest request = PlanningRequest.of(snapshot);
    int mentorWeeks = snapshot.mentors().size() * NationalScenario.WEEKS;
    System.gc();
    long inputHeap = usedHeap();
    // The first run in a fresh JVM: class loading and the JIT's work included.
    Run first = measure(request);
    // Untimed warm-up at full size, at least WARM_UP_MENTOR_WEEKS in all, so that the JIT has
    // compiled the planner before the timed runs at every size (its threads count as process CPU).
    for (int planned = 0; planned < WARM_UP_MENTOR_WEEKS; planned += mentorWeeks) {
      measure(request);
    }
    Run[] warm = new Run[runs];
    boolean identical = true;
    for (int r = 0; r < runs; r++) {
      warm[r] = measure(request);
      identical &= warm[r].tally.sameAs(first.tally);
    }
    Run[] target = new Run[TARGET_RUNS];
    PlanningRequest small =
        PlanningRequest.of(
            NationalScenario.generate(
                TARGET_MENTORS / (double) NationalScenario.mentors(1.0), true, false));
    measure(small);
    for (int r = 0; r < TARGET_RUNS; r++) {
      target[r] = measure(small);
    }
    int targetMentorWeeks = (int) target[0].tally.mentors * NationalScenario.WEEKS;

    System.out.println(
        String.format(
            Locale.ROOT,
            "planning benchmark: %d CPUs, java %s, max heap %d MB, parallel=%s, load average %.2f",
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"),
            Runtime.getRuntime().maxMemory() >> 20,
            request.parallel(),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    System.out.println(
        String.format(
            Locale.ROOT,
            "%-22s %d%n%-22s %d%n%-22s %d%n%-22s %d planned visits, %d shortfalls%n"
                + "%-22s %d ms, %d MB heap after GC",
            "mentors",
            snapshot.mentors().size(),
            "IKMs",
            snapshot.ikms().size(),
            "mentor-weeks",
            mentorWeeks,
            "plan",
            first.tally.visits,
            first.tally.shortfalls,
            "input",
            generation / 1_000_000,
            inputHeap >> 20));
    System.out.println(
        String.format(
            Locale.ROOT,
            "%-22s %d ms wall, %d ms process CPU (%.2f us CPU per mentor-week)%n"
                + "%-22s peak heap %d MB (old generation %d MB)",
            "first run (cold JVM)",
            first.wall / 1_000_000,
            first.cpu / 1_000_000,
            first.cpu / 1000.0 / mentorWeeks,
            "",
            first.peakHeap >> 20,
            first.peakOld >> 20));
    report("warm", warm, mentorWeeks);
    System.out.println(
        String.format(Locale.ROOT, "%-22s %s", "identical plans", identical ? "yes" : "NO"));
    report(
        String.format(Locale.ROOT, "target (%d m-weeks)", targetMentorWeeks),
        target,
        targetMentorWeeks);
    if (samples > 0 && snapshot.programme().policy().minVisitsPerWeek() == 1) {
      PlanningRequest onGrid = PlanningRequest.builder(snapshot).gridMinutes(GRID).build();
      bruteForceCheck(snapshot, onGrid, samples);
    }
  }

  /** Prints the best and median wall and CPU times and the highest peak heap of some runs. */
  private static void report(String label, Run[] runs, int mentorWeeks) {
    long[] wall = Arrays.stream(runs).mapToLong(r -> r.wall).sorted().toArray();
    long[] cpu = Arrays.stream(runs).mapToLong(r -> r.cpu).sorted().toArray();
    long peak = Arrays.stream(runs).mapToLong(r -> r.peakHeap).max().getAsLong();
    long old = Arrays.stream(runs).mapToLong(r -> r.peakOld).max().getAsLong();
    System.out.println(
        String.format(
            Locale.ROOT,
            "%-22s wall best %s, median %s (%.2f / %.2f us per mentor-week) of %d runs%n"
                + "%-22s CPU best %s, median %s (%.2f / %.2f us per mentor-week)%n"
                + "%-22s peak heap %d MB (old generation %d MB)",
            label,
            millis(wall[0]),
            millis(wall[(wall.length - 1) / 2]),
            wall[0] / 1000.0 / mentorWeeks,
            wall[(wall.length - 1) / 2] / 1000.0 / mentorWeeks,
            runs.length,
            "",
            millis(cpu[0]),
            millis(cpu[(cpu.length - 1) / 2]),
            cpu[0] / 1000.0 / mentorWeeks,
            cpu[(cpu.length - 1) / 2] / 1000.0 / mentorWeeks,
            "",
            peak >> 20,
            old >> 20));
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
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

  /** The peak of the old generation since the reset: what the run kept alive for a while. */
  private static long peakOldGeneration() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old")) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
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

  private static void bruteForceCheck(
      ProgrammeSnapshot snapshot, PlanningRequest onGrid, int samples) {
    SplittableRandom random = new SplittableRandom(33);
    IsoWeek first = IsoWeek.from(NationalScenario.START);
    List<Mentor> mentors = new ArrayList<>();
    List<IsoWeek> weeks = new ArrayList<>();
    for (int s = 0; s < samples; s++) {
      mentors.add(snapshot.mentors().get(random.nextInt(snapshot.mentors().size())));
      // Half the samples from weeks with a holiday, where the planner must choose whom to miss.
      weeks.add(
          s % 2 == 0
              ? List.of(
                      IsoWeek.parse("2023-W33"),
                      IsoWeek.parse("2023-W39"),
                      IsoWeek.parse("2023-W52"))
                  .get(random.nextInt(3))
              : first.plusWeeks(random.nextInt(NationalScenario.WEEKS)));
    }
    // Keep only the sampled mentors' visits of the grid plan.
    Set<MentorId> sampled = mentors.stream().map(Mentor::id).collect(Collectors.toSet());
    Map<MentorId, List<Visit>> byMentor = new HashMap<>();
    VisitPlanner.standard()
        .plan(
            onGrid,
            plan -> {
              if (sampled.contains(plan.mentor())) {
                byMentor.put(plan.mentor(), plan.plannedVisits());
              }
            });
    int optimal = 0;
    long nodes = 0;
    long start = System.nanoTime();
    for (int s = 0; s < samples; s++) {
      Mentor mentor = mentors.get(s);
      IsoWeek week = weeks.get(s);
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
