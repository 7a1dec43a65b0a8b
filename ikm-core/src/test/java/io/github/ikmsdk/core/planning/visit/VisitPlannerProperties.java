package io.github.ikmsdk.core.planning.visit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.HashMultiset;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.Multiset;
import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.OpeningHours;
import io.github.ikmsdk.core.calendar.TimeWindow;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.geo.TravelModel;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.rules.Rule;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Validator;
import io.github.ikmsdk.core.rules.Violation;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

class VisitPlannerProperties {

  // ---------------------------------------------------------------------------------------
  // Optimality of the per mentor-week solver against brute force
  // ---------------------------------------------------------------------------------------

  private static DaySchedule randomSchedule(Random r) {
    int start = 7 * 60 + 30 * r.nextInt(4);
    int length = 60 * (3 + r.nextInt(4));
    int end = start + length;
    if (r.nextBoolean()) {
      int breakStart = start + 60 * (1 + r.nextInt(length / 60 - 1));
      int breakEnd = Math.min(breakStart + 30 + 30 * r.nextInt(2), end - 30);
      if (breakEnd > breakStart && breakStart > start) {
        return DaySchedule.of(
            Minutes.time(start),
            Minutes.time(end),
            List.of(TimeWindow.of(Minutes.time(breakStart), Minutes.time(breakEnd))));
      }
    }
    return DaySchedule.of(Minutes.time(start), Minutes.time(end), List.of());
  }

  private static WeekBruteForce randomWeek(long seed) {
    Random r = new Random(seed);
    int days = 1 + r.nextInt(3);
    int items = r.nextInt(6);
    int grid = items >= 5 ? 60 : 30 + 30 * r.nextInt(2);
    int minVisit = new int[] {60, 90, 120, 180}[r.nextInt(4)];
    int[] dayOfWeek = new int[days];
    DaySchedule[] schedules = new DaySchedule[days];
    int dow = r.nextInt(3);
    for (int d = 0; d < days; d++) {
      dayOfWeek[d] = dow;
      dow += 1 + r.nextInt(2);
      schedules[d] = randomSchedule(r);
    }
    // Sites and base as points in a plane: travel times obey the triangle inequality.
    Plane plane = Plane.random(r, items, 40, 3);
    int[][] windowStart = new int[items][days];
    int[][] windowEnd = new int[items][days];
    boolean[][] closed = new boolean[items][days];
    int[] targetDay = new int[items];
    int[] targetStart = new int[items];
    for (int i = 0; i < items; i++) {
      int open = r.nextInt(4) == 0 ? 9 * 60 : 0;
      int close = r.nextInt(4) == 0 ? 14 * 60 : 1440;
      for (int d = 0; d < days; d++) {
        closed[i][d] = r.nextInt(6) == 0;
        // Other hours on some days, as on Fridays (sholat Jumat) and Saturdays.
        boolean other = r.nextInt(4) == 0;
        windowStart[i][d] = other ? 8 * 60 + 30 * r.nextInt(4) : open;
        windowEnd[i][d] = other ? 11 * 60 + 30 * r.nextInt(6) : close;
      }
      targetDay[i] = r.nextInt(3) == 0 ? -1 : dayOfWeek[r.nextInt(days)];
      targetStart[i] = r.nextBoolean() ? -1 : 7 * 60 + 30 * r.nextInt(8);
    }
    return new WeekBruteForce(
        dayOfWeek,
        schedules,
        minVisit,
        grid,
        plane.base(),
        plane.back(),
        plane.travel(),
        windowStart,
        windowEnd,
        closed,
        targetDay,
        targetStart);
  }

  /**
   * Sites and a base as points of a square grid, so that travel times obey the triangle inequality:
   * the travel from the base to each site, back to the base (0 in about one week in {@code
   * stayOneIn}, when the day ends at the last site) and between sites.
   */
  private record Plane(int[] base, int[] back, int[][] travel) {
    static Plane random(Random r, int items, int side, int stayOneIn) {
      double[][] points = new double[items + 1][2];
      for (double[] p : points) {
        p[0] = r.nextInt(side);
        p[1] = r.nextInt(side);
      }
      int[] base = new int[items];
      int[] back = new int[items];
      int[][] travel = new int[items][items];
      boolean returnToBase = r.nextInt(stayOneIn) > 0;
      for (int i = 0; i < items; i++) {
        base[i] = distance(points[items], points[i]);
        back[i] = returnToBase ? base[i] : 0;
        for (int j = 0; j < items; j++) {
          travel[i][j] = distance(points[i], points[j]);
        }
      }
      return new Plane(base, back, travel);
    }
  }

  private static int distance(double[] a, double[] b) {
    return (int) Math.ceil(Math.hypot(a[0] - b[0], a[1] - b[1]));
  }

  /**
   * Asserts that the solver finds the brute force's candidates and a plan that keeps the rules and
   * reaches the optimum; returns the solution.
   */
  private static WeekSolver.Solution assertOptimal(WeekBruteForce week) {
    WeekProblem problem = week.problem();
    for (int d = 0; d < week.dayOfWeek.length; d++) {
      assertArrayEquals(week.starts[d], problem.candidates[d].starts, "candidate starts");
      assertArrayEquals(week.ends[d], problem.candidates[d].ends, "candidate ends");
    }
    WeekSolver.Solution solution = WeekSolver.solve(problem);
    int[] start = new int[week.items()];
    for (int i = 0; i < week.items(); i++) {
      if (solution.day[i] >= 0) {
        start[i] = problem.candidates[solution.day[i]].starts[solution.candidate[i]];
      }
    }
    long[] value = week.evaluate(solution.day, start);
    assertNotNull(value, "the solver's visits break a rule");
    assertArrayEquals(week.optimum(), value, "objective {covered, regular, travel, earliness}");
    return solution;
  }

  @Property(tries = 150)
  void solverIsOptimalAgainstBruteForce(@ForAll long seed) {
    WeekBruteForce week = randomWeek(seed);
    WeekSolver.Solution solution = assertOptimal(week);
    Statistics.label("items").collect(week.items());
    Statistics.label("max visits on a day")
        .collect(
            Arrays.stream(solution.day)
                .filter(d -> d >= 0)
                .boxed()
                .collect(Collectors.groupingBy(d -> d, Collectors.counting()))
                .values()
                .stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(0));
  }

  /**
   * Small weeks in whole minutes: one day with up to three IKMs or two days with up to two, short
   * days and long visits, so that exhaustive enumeration of every start minute stays small.
   */
  private static WeekBruteForce randomMinuteWeek(long seed) {
    Random r = new Random(seed);
    int days = 1 + r.nextInt(2);
    int items = days == 1 ? 1 + r.nextInt(3) : 1 + r.nextInt(2);
    return minuteWeek(r, days, items, d -> 2 * d + r.nextInt(2));
  }

  /**
   * A small week in whole minutes with the given days and items, the weekday of day {@code d} drawn
   * by {@code dayOfWeekOf}: short days and long visits, so that a day holds one or two.
   */
  private static WeekBruteForce minuteWeek(
      Random r, int days, int items, IntUnaryOperator dayOfWeekOf) {
    int minVisit = 120 + 30 * r.nextInt(3);
    int[] dayOfWeek = new int[days];
    DaySchedule[] schedules = new DaySchedule[days];
    for (int d = 0; d < days; d++) {
      dayOfWeek[d] = dayOfWeekOf.applyAsInt(d);
      int start = 7 * 60 + r.nextInt(60);
      int end = start + minVisit + 60 + r.nextInt(minVisit);
      int breakStart = start + 30 + r.nextInt(120);
      int breakEnd = r.nextBoolean() ? -1 : breakStart + 7 + r.nextInt(50);
      // A break that would reach the end of a short day is left out.
      schedules[d] =
          breakEnd < 0 || breakEnd >= end
              ? DaySchedule.of(Minutes.time(start), Minutes.time(end), List.of())
              : DaySchedule.of(
                  Minutes.time(start),
                  Minutes.time(end),
                  List.of(TimeWindow.of(Minutes.time(breakStart), Minutes.time(breakEnd))));
    }
    Plane plane = Plane.random(r, items, 30, 4);
    int[][] windowStart = new int[items][days];
    int[][] windowEnd = new int[items][days];
    boolean[][] closed = new boolean[items][days];
    int[] targetDay = new int[items];
    int[] targetStart = new int[items];
    for (int i = 0; i < items; i++) {
      int open = r.nextInt(4) == 0 ? 7 * 60 + r.nextInt(90) : 0;
      for (int d = 0; d < days; d++) {
        // Other hours on some days, minute-exact: a morning-only day or a late opening.
        boolean other = r.nextInt(4) == 0;
        windowStart[i][d] = other ? 7 * 60 + r.nextInt(180) : open;
        windowEnd[i][d] = other ? 11 * 60 + r.nextInt(240) : 1440;
      }
      closed[i][r.nextInt(days)] = r.nextInt(8) == 0;
      targetDay[i] = r.nextInt(3) == 0 ? -1 : dayOfWeek[r.nextInt(days)];
      targetStart[i] = r.nextBoolean() ? -1 : 7 * 60 + r.nextInt(120);
    }
    return new WeekBruteForce(
        dayOfWeek,
        schedules,
        minVisit,
        1,
        plane.base(),
        plane.back(),
        plane.travel(),
        windowStart,
        windowEnd,
        closed,
        targetDay,
        targetStart);
  }

  @Property(tries = 40)
  void solverIsOptimalInWholeMinutesAgainstBruteForce(@ForAll long seed) {
    WeekSolver.Solution solution = assertOptimal(randomMinuteWeek(seed));
    Statistics.label("visits").collect(solution.covered());
  }

  /**
   * Small weeks of several visits in whole minutes: two to four days, mostly one after another, one
   * to three IKMs that need two or three visits each.
   */
  private static SeveralVisitsBruteForce randomSeveralVisitsWeek(long seed) {
    Random r = new Random(seed);
    int days = 2 + r.nextInt(3);
    int items = days == 4 ? 1 + r.nextInt(2) : 1 + r.nextInt(3);
    int[] next = {r.nextInt(2)};
    WeekBruteForce week =
        minuteWeek(
            r,
            days,
            items,
            d -> {
              int dow = next[0];
              next[0] += r.nextInt(4) == 0 ? 2 : 1;
              return dow;
            });
    int[] need = new int[items];
    for (int i = 0; i < items; i++) {
      need[i] = 2 + r.nextInt(2);
    }
    return new SeveralVisitsBruteForce(week, need);
  }

  @Property(tries = 60)
  void severalVisitsAWeekAreOptimalAgainstBruteForce(@ForAll long seed) {
    SeveralVisitsBruteForce week = randomSeveralVisitsWeek(seed);
    WeekProblem problem = week.problem();
    WeekSolver.Solution solution = WeekSolver.solve(problem);
    int items = week.week.items();
    int[][] start = new int[items][problem.days];
    for (int[] row : start) {
      Arrays.fill(row, -1);
    }
    for (int i = 0; i < items; i++) {
      for (int v = 0; v < solution.days[i].length; v++) {
        int d = solution.days[i][v];
        assertEquals(-1, start[i][d], "one visit per item and day");
        start[i][d] = problem.candidates[d].starts[solution.candidates[i][v]];
      }
    }
    long[] value = week.evaluate(start);
    assertNotNull(value, "the solver's visits break a rule");
    assertArrayEquals(
        week.optimum(),
        value,
        "objective {visits, items visited, consecutive-day pairs, regular, travel, earliness}");
    Statistics.label("visits").collect(value[0]);
    Statistics.label("consecutive-day pairs").collect(value[2]);
  }

  @Property(tries = 100)
  void solverIsDeterministic(@ForAll long seed) {
    WeekBruteForce week = randomWeek(seed);
    WeekSolver.Solution a = WeekSolver.solve(week.problem());
    WeekSolver.Solution b = WeekSolver.solve(week.problem());
    assertArrayEquals(a.day, b.day);
    assertArrayEquals(a.candidate, b.candidate);
  }

  // ---------------------------------------------------------------------------------------
  // Whole plans over generated snapshots
  // ---------------------------------------------------------------------------------------

  private static final GeoPoint CENTRE = GeoPoint.of(-8.4793, 119.8992);

  private static PlanningRequest randomRequest(long seed) {
    return randomRequest(seed, 1);
  }

  /** A random request whose policy asks for the given visits a week, shorter visits above one. */
  private static PlanningRequest randomRequest(long seed, int visitsPerWeek) {
    Random r = new Random(seed);
    ProgrammeSnapshot seedSnapshot = PlanningFixtures.seed();
    LocalDate start = LocalDate.of(2023, 7, 31).plusDays(r.nextInt(200));
    LocalDate end = start.plusDays(6 + r.nextInt(35));
    int[] minutes = visitsPerWeek == 1 ? new int[] {120, 180, 240} : new int[] {60, 90, 120};
    int minVisit = minutes[r.nextInt(3)];
    ProgrammePolicy policy =
        ProgrammePolicy.builder()
            .minVisitWorkingMinutes(minVisit)
            .minVisitsPerWeek(visitsPerWeek)
            .build();
    List<Mentor> mentors = new ArrayList<>();
    List<Ikm> ikms = new ArrayList<>();
    List<Assignment> assignments = new ArrayList<>();
    List<MentorLeave> leaves = new ArrayList<>();
    List<IkmId> participants = new ArrayList<>();
    Ikm template = seedSnapshot.ikms().get(0);
    int mentorCount = 1 + r.nextInt(2);
    for (int m = 0; m < mentorCount; m++) {
      MentorId mentor = MentorId.of("M-" + m);
      mentors.add(Mentor.builder().id(mentor).name("Mentor " + m).base(jitter(r, 0.05)).build());
      List<IkmId> own = new ArrayList<>();
      int count = 1 + r.nextInt(7);
      for (int i = 0; i < count; i++) {
        IkmId id = IkmId.of("IKM-" + m + "-" + i);
        own.add(id);
        Ikm.Builder ikm = Ikm.builder().from(template).id(id).productionSite(jitter(r, 0.05));
        if (r.nextInt(3) == 0) {
          ikm.openingHours(randomOpeningHours(r, start));
        }
        ikms.add(ikm.build());
      }
      participants.addAll(own);
      assignments.add(Assignment.of(mentor, own));
      if (r.nextBoolean()) {
        LocalDate first = start.plusDays(r.nextInt(20));
        leaves.add(MentorLeave.of(mentor, first, first.plusDays(r.nextInt(5))));
      }
    }
    ProgrammeSnapshot snapshot =
        ProgrammeSnapshot.builder()
            .from(seedSnapshot)
            .programme(
                Programme.builder()
                    .from(seedSnapshot.programme())
                    .startDate(start)
                    .endDate(end)
                    .policy(policy)
                    .participants(participants)
                    .build())
            .mentors(mentors)
            .ikms(ikms)
            .assignments(assignments)
            .leaves(leaves)
            .build();
    PlanningRequest.Builder request = PlanningRequest.builder(snapshot);
    for (IkmId ikm : participants) {
      if (r.nextInt(4) == 0) {
        request.closedDay(ikm, start.plusDays(r.nextInt(20)));
      }
      if (r.nextInt(6) == 0) {
        request.closedWeekday(ikm, DayOfWeek.of(1 + r.nextInt(5)));
      }
      if (r.nextInt(6) == 0) {
        request.openingHours(ikm, TimeWindow.of(LocalTime.of(8, 0), LocalTime.of(15, 0)));
      }
      if (r.nextInt(5) == 0) {
        request.preferredWeekday(ikm, DayOfWeek.of(1 + r.nextInt(5)));
      }
    }
    if (r.nextBoolean()) {
      request.gridMinutes(30);
    }
    return request.build();
  }

  /**
   * Opening hours of a business that keeps other hours on Fridays (sholat Jumat) and closes on
   * Saturdays, with one date closed or open for other hours, in whole minutes.
   */
  private static OpeningHours randomOpeningHours(Random r, LocalDate from) {
    LocalTime open = LocalTime.of(7, 0).plusMinutes(r.nextInt(120));
    OpeningHours.Builder hours =
        OpeningHours.builder()
            .every(TimeWindow.of(open, LocalTime.of(14, 0).plusMinutes(r.nextInt(180))))
            .day(
                DayOfWeek.FRIDAY,
                TimeWindow.of(open, LocalTime.of(11, 0).plusMinutes(r.nextInt(45))))
            .closed(DayOfWeek.SATURDAY);
    LocalDate date = from.plusDays(r.nextInt(20));
    if (r.nextBoolean()) {
      hours.closedOn(date);
    } else {
      hours.date(
          date, TimeWindow.of(LocalTime.of(10, 0), LocalTime.of(14, 0).plusMinutes(r.nextInt(60))));
    }
    return hours.build();
  }

  private static GeoPoint jitter(Random r, double degrees) {
    return GeoPoint.of(
        CENTRE.latitude() + (r.nextDouble() - 0.5) * degrees,
        CENTRE.longitude() + (r.nextDouble() - 0.5) * degrees);
  }

  /** Checks the hard rules directly against the snapshot, the request and the calendar. */
  private static void assertHardRules(PlanningRequest request, VisitPlan plan) {
    ProgrammeSnapshot snapshot = request.snapshot();
    WorkCalendar calendar = snapshot.calendar();
    Programme programme = snapshot.programme();
    TravelModel travel = request.travelModel();
    int minVisit = programme.policy().minVisitWorkingMinutes();
    for (Visit v : plan.plannedVisits()) {
      assertTrue(programme.contains(v.date()), "inside the period: " + v);
      assertTrue(calendar.isWorkingDay(v.date()), "on a working day: " + v);
      DaySchedule day = calendar.schedule(v.date());
      assertFalse(v.start().isBefore(day.start().get()), "starts in working hours: " + v);
      assertFalse(v.end().isAfter(day.end().get()), "ends in working hours: " + v);
      assertTrue(
          calendar.workingMinutes(v.date(), v.start(), v.end()) >= minVisit,
          "minimum working minutes: " + v);
      assertTrue(
          snapshot.leaves().stream()
              .noneMatch(l -> l.mentor().equals(v.mentor()) && l.contains(v.date())),
          "not on leave: " + v);
      assertFalse(
          request.closedDays().getOrDefault(v.ikm(), Set.of()).contains(v.date()),
          "IKM open: " + v);
      assertFalse(
          request
              .closedWeekdays()
              .getOrDefault(v.ikm(), Set.of())
              .contains(v.date().getDayOfWeek()),
          "IKM open on the weekday: " + v);
      assertInsideOpeningWindow(request, v);
      assertEquals(snapshot.ikm(v.ikm()).get().productionSite(), v.location().get());
      assertEquals(VisitStatus.PLANNED, v.status());
      assertEquals(snapshot.mentorOf(v.ikm()).get(), v.mentor());
    }
    // No overlap for a mentor, travel included, from the base at the start of the day.
    for (Mentor mentor : snapshot.mentors()) {
      List<Visit> mine =
          plan.visits().stream()
              .filter(v -> v.mentor().equals(mentor.id()))
              .filter(v -> v.status() == VisitStatus.PLANNED || v.status() == VisitStatus.COMPLETED)
              .sorted(VisitPlan.VISIT_ORDER)
              .collect(Collectors.toList());
      for (int k = 0; k < mine.size(); k++) {
        Visit v = mine.get(k);
        GeoPoint site = snapshot.ikm(v.ikm()).get().productionSite();
        if (k == 0 || !mine.get(k - 1).date().equals(v.date())) {
          LocalTime earliest =
              calendar
                  .schedule(v.date())
                  .start()
                  .get()
                  .plus(travel.travelTime(mentor.base(), site));
          assertFalse(v.start().isBefore(earliest), "travel from the base: " + v);
        } else {
          Visit p = mine.get(k - 1);
          GeoPoint from = snapshot.ikm(p.ikm()).get().productionSite();
          LocalTime earliest = p.end().plus(travel.travelTime(from, site));
          assertFalse(v.start().isBefore(earliest), "no overlap incl. travel: " + p + " " + v);
        }
      }
    }
    // Every required visit of an IKM-week is completed, planned or explained, once.
    int required = programme.policy().minVisitsPerWeek();
    IsoWeek firstWeek = IsoWeek.from(request.asOf().orElse(programme.startDate()));
    Set<IsoWeek> requiredWeeks =
        calendar.programmeWeeks(programme.startDate(), programme.endDate()).stream()
            .filter(w -> w.visitRequired() && w.week().compareTo(firstWeek) >= 0)
            .map(w -> w.week())
            .collect(Collectors.toSet());
    Multiset<String> completed = HashMultiset.create();
    Multiset<String> planned = HashMultiset.create();
    ListMultimap<String, Shortfall> explained = ArrayListMultimap.create();
    for (Visit v : plan.keptVisits()) {
      if (v.status() == VisitStatus.COMPLETED && requiredWeeks.contains(v.week())) {
        completed.add(v.ikm() + "@" + v.week());
      }
    }
    Set<String> days = new HashSet<>();
    for (Visit v : plan.plannedVisits()) {
      planned.add(v.ikm() + "@" + v.week());
      assertTrue(days.add(v.ikm() + "@" + v.date()), "one visit per IKM and day: " + v);
    }
    for (Shortfall s : plan.shortfalls()) {
      explained.put(s.ikm() + "@" + s.week(), s);
      assertFalse(s.message(Locale.ENGLISH).isBlank());
    }
    Set<String> ikmWeeks = new HashSet<>(completed.elementSet());
    ikmWeeks.addAll(planned.elementSet());
    ikmWeeks.addAll(explained.keySet());
    for (String key : ikmWeeks) {
      int done = Math.min(completed.count(key), required);
      int shortfalls = explained.get(key).size();
      assertEquals(required, done + planned.count(key) + shortfalls, "visits of " + key);
      if (required > 1) {
        for (int k = 0; k < shortfalls; k++) {
          assertEquals(
              Optional.of((long) done + planned.count(key) + k + 1),
              explained.get(key).get(k).number("visitOrdinal"),
              "which visit: " + explained.get(key).get(k));
        }
      }
    }
    assertEquals(plan.requiredIkmWeeks(), ikmWeeks.size());
  }

  /** The IKM's opening window of the visit's date, as the request gives it, encloses the visit. */
  private static void assertInsideOpeningWindow(PlanningRequest request, Visit v) {
    Ikm ikm = request.snapshot().ikm(v.ikm()).get();
    Optional<TimeWindow> window = request.openingHours(ikm).window(v.date());
    assertTrue(window.isPresent(), "IKM open on the date: " + v);
    assertTrue(
        window.get().encloses(TimeWindow.of(v.start(), v.end())),
        "inside the opening window " + window.get() + ": " + v);
  }

  @Property(tries = 60)
  void plannedVisitsLieInsideTheIkmsOpeningWindowOfTheirDate(@ForAll long seed) {
    PlanningRequest generated = randomRequest(seed);
    Random r = new Random(seed);
    // Every IKM keeps other hours on Fridays and Saturdays and has a date exception.
    List<Ikm> ikms = new ArrayList<>();
    for (Ikm ikm : generated.snapshot().ikms()) {
      LocalDate from = generated.snapshot().programme().startDate();
      ikms.add(Ikm.builder().from(ikm).openingHours(randomOpeningHours(r, from)).build());
    }
    PlanningRequest request =
        generated.withSnapshot(
            ProgrammeSnapshot.builder().from(generated.snapshot()).ikms(ikms).build());
    VisitPlan plan = VisitPlanner.standard().plan(request);
    for (Visit v : plan.plannedVisits()) {
      assertInsideOpeningWindow(request, v);
    }
    Statistics.label("planned visits").collect(plan.plannedVisits().size());
  }

  @Property(tries = 60)
  void everyPlannedVisitKeepsTheHardRules(@ForAll long seed) {
    PlanningRequest request = randomRequest(seed);
    VisitPlan plan = VisitPlanner.standard().plan(request);
    assertHardRules(request, plan);
    Statistics.label("shortfalls").collect(plan.shortfalls().isEmpty() ? "none" : "some");
  }

  @Property(tries = 40)
  void plansAreDeterministicAndReplanningIsIdempotent(@ForAll long seed) {
    PlanningRequest request = randomRequest(seed);
    VisitPlan plan = VisitPlanner.standard().plan(request);
    assertEquals(plan, VisitPlanner.standard().plan(request.toBuilder().parallel(false).build()));
    VisitPlan again =
        VisitPlanner.standard().plan(request.withSnapshot(plan.applyTo(request.snapshot())));
    assertEquals(plan.plannedVisits(), again.plannedVisits());
    assertEquals(plan.shortfalls(), again.shortfalls());
  }

  @Property(tries = 40)
  void replanningFromAnAsOfDateKeepsThePastAndIsIdempotent(@ForAll long seed) {
    PlanningRequest request = randomRequest(seed);
    VisitPlan plan = VisitPlanner.standard().plan(request);
    Random r = new Random(seed);
    Programme programme = request.snapshot().programme();
    LocalDate asOf = programme.startDate().plusDays(r.nextInt((int) programme.lengthInDays()));
    // Visits before the as-of date happened (or were missed); later ones stay planned.
    List<Visit> recorded = new ArrayList<>();
    for (Visit v : plan.plannedVisits()) {
      if (v.date().isBefore(asOf)) {
        recorded.add(
            Visit.builder()
                .from(v)
                .status(r.nextInt(5) == 0 ? VisitStatus.MISSED : VisitStatus.COMPLETED)
                .build());
      } else {
        recorded.add(v);
      }
    }
    ProgrammeSnapshot after =
        ProgrammeSnapshot.builder().from(request.snapshot()).visits(recorded).build();
    PlanningRequest replanRequest = request.toBuilder().asOf(asOf).build().withSnapshot(after);
    VisitPlan replan = VisitPlanner.standard().plan(replanRequest);
    assertTrue(replan.plannedVisits().stream().noneMatch(v -> v.date().isBefore(asOf)));
    assertTrue(
        replan
            .keptVisits()
            .containsAll(
                recorded.stream()
                    .filter(v -> v.date().isBefore(asOf))
                    .collect(Collectors.toList())));
    for (Shortfall s : replan.shortfalls()) {
      assertTrue(s.week().compareTo(IsoWeek.from(asOf)) >= 0, s.toString());
    }
    assertHardRules(replanRequest, replan);
    VisitPlan again =
        VisitPlanner.standard().plan(replanRequest.withSnapshot(replan.applyTo(after)));
    assertEquals(replan, again);
  }

  private static final Set<Rule> VISIT_RULES =
      EnumSet.of(
          Rule.VISIT_OUTSIDE_PERIOD,
          Rule.VISIT_ON_NON_WORKING_DAY,
          Rule.VISIT_OUTSIDE_WORKING_HOURS,
          Rule.VISIT_TOO_SHORT,
          Rule.VISIT_AWAY_FROM_SITE,
          Rule.VISITS_OVERLAP,
          Rule.INSUFFICIENT_TRAVEL_TIME,
          Rule.MENTOR_ON_LEAVE,
          Rule.VISIT_BY_UNASSIGNED_MENTOR,
          Rule.PLANNED_VISIT_TOO_SHORT);

  @Property(tries = 60)
  void everyPlanPassesTheValidatorApartFromExplainedShortfalls(@ForAll long seed) {
    PlanningRequest request = randomRequest(seed);
    assertValidatorAgrees(request, VisitPlanner.standard().plan(request));
  }

  @Property(tries = 40)
  void plansOfSeveralVisitsAWeekKeepTheRulesAndPassTheValidator(@ForAll long seed) {
    int visitsPerWeek = 2 + (int) Math.floorMod(seed, 2L);
    PlanningRequest request = randomRequest(seed, visitsPerWeek);
    VisitPlan plan = VisitPlanner.standard().plan(request);
    assertHardRules(request, plan);
    assertValidatorAgrees(request, plan);
    Statistics.label("visits a week").collect(visitsPerWeek);
    Statistics.label("shortfalls").collect(plan.shortfalls().isEmpty() ? "none" : "some");
  }

  /**
   * The validator finds no broken visit rule in a planned visit, and reports too few visits
   * (IKM-R305) for exactly the IKM-weeks the shortfalls name.
   */
  private static void assertValidatorAgrees(PlanningRequest request, VisitPlan plan) {
    ProgrammeSnapshot planned = plan.applyTo(request.snapshot());
    ValidationReport report =
        Validator.standard().withTravelModel(request.travelModel()).validate(planned);
    Set<String> plannedIds =
        plan.plannedVisits().stream().map(v -> v.id().value()).collect(Collectors.toSet());
    Set<String> explained =
        plan.shortfalls().stream().map(s -> s.ikm() + "@" + s.week()).collect(Collectors.toSet());
    Set<String> notVisited = new HashSet<>();
    for (Violation v : report.violations()) {
      if (VISIT_RULES.contains(v.rule())) {
        assertFalse(
            plannedIds.contains(v.arguments().get("visit"))
                || plannedIds.contains(v.arguments().get("other")),
            v.toString());
      }
      if (v.rule() == Rule.WEEK_NOT_VISITED) {
        String key = v.arguments().get("ikm") + "@" + v.arguments().get("week");
        assertTrue(explained.contains(key), "unexplained " + v);
        notVisited.add(key);
      }
    }
    assertEquals(explained, notVisited, "every shortfall is a week the validator misses");
  }
}
