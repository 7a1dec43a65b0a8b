package io.github.ikmsdk.core.planning.visit;

import static io.github.ikmsdk.core.planning.visit.PlanningFixtures.MENTOR;
import static io.github.ikmsdk.core.planning.visit.PlanningFixtures.ikm;
import static io.github.ikmsdk.core.planning.visit.PlanningFixtures.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.rules.Rule;
import io.github.ikmsdk.core.rules.Validator;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed scenario with a policy of two or three visits a week. */
class SeveralVisitsAWeekTest {

  private static final IsoWeek W33 = IsoWeek.parse("2023-W33");
  private static final IsoWeek W34 = IsoWeek.parse("2023-W34");
  private static final VisitPlanner PLANNER = VisitPlanner.standard();

  private static ProgrammeSnapshot seedWith(int visitsPerWeek, int minutesPerVisit) {
    ProgrammeSnapshot seed = seed();
    return seed.withPolicy(
        ProgrammePolicy.builder()
            .from(seed.programme().policy())
            .minVisitsPerWeek(visitsPerWeek)
            .minVisitWorkingMinutes(minutesPerVisit)
            .build());
  }

  private static ImmutableListMultimap<String, Visit> byIkmWeek(List<Visit> visits) {
    return Multimaps.index(visits, v -> v.ikm().value() + "@" + v.week());
  }

  /** The pairs of visits of one IKM on consecutive calendar days. */
  private static int consecutiveDayPairs(List<Visit> ikmWeek) {
    List<LocalDate> dates = ikmWeek.stream().map(Visit::date).sorted().collect(Collectors.toList());
    int pairs = 0;
    for (int k = 1; k < dates.size(); k++) {
      if (ChronoUnit.DAYS.between(dates.get(k - 1), dates.get(k)) == 1) {
        pairs++;
      }
    }
    return pairs;
  }

  private static void assertDistinctDays(List<Visit> ikmWeek) {
    assertEquals(
        ikmWeek.size(),
        ikmWeek.stream().map(Visit::date).distinct().count(),
        "one visit per IKM and day: " + ikmWeek);
  }

  @Test
  void twoVisitsAWeekFallOnDaysThatAreNotConsecutive() {
    ProgrammeSnapshot twice = seedWith(2, 90);
    VisitPlan plan = PLANNER.plan(PlanningRequest.of(twice));
    assertEquals(List.of(), plan.shortfalls());
    assertEquals(plan.requiredIkmWeeks(), plan.coveredIkmWeeks());
    ImmutableListMultimap<String, Visit> weeks = byIkmWeek(plan.plannedVisits());
    assertEquals(plan.requiredIkmWeeks(), weeks.keySet().size());
    for (String key : weeks.keySet()) {
      List<Visit> ikmWeek = weeks.get(key);
      assertEquals(2, ikmWeek.size(), key);
      assertDistinctDays(ikmWeek);
      assertEquals(0, consecutiveDayPairs(ikmWeek), "spread over the week: " + ikmWeek);
    }
    // The second visit of an IKM-week takes the next free suffix.
    assertEquals(
        List.of(VisitId.of("P-IKM-01-2023-W34"), VisitId.of("P-IKM-01-2023-W34-2")),
        weeks.get("IKM-01@2023-W34").stream().map(Visit::id).collect(Collectors.toList()));
    assertTrue(
        Validator.standard()
            .validate(plan.applyTo(twice))
            .violations(Rule.WEEK_NOT_VISITED)
            .isEmpty());
  }

  @Test
  void threeVisitsAWeekFallOnMondayWednesdayAndFriday() {
    ProgrammeSnapshot thrice = seedWith(3, 60);
    VisitPlan plan = PLANNER.plan(PlanningRequest.of(thrice));
    assertEquals(List.of(), plan.shortfalls());
    ImmutableListMultimap<String, Visit> weeks = byIkmWeek(plan.plannedVisits());
    for (String key : weeks.keySet()) {
      List<Visit> ikmWeek = weeks.get(key);
      assertEquals(3, ikmWeek.size(), key);
      assertDistinctDays(ikmWeek);
      assertEquals(0, consecutiveDayPairs(ikmWeek), "spread over the week: " + ikmWeek);
    }
    // Week 33 has its holiday on Thursday 17 August: Monday, Wednesday and Friday remain.
    assertEquals(
        List.of(LocalDate.of(2023, 8, 14), LocalDate.of(2023, 8, 16), LocalDate.of(2023, 8, 18)),
        weeks.get("IKM-03@2023-W33").stream().map(Visit::date).collect(Collectors.toList()));
    assertTrue(
        Validator.standard()
            .validate(plan.applyTo(thrice))
            .violations(Rule.WEEK_NOT_VISITED)
            .isEmpty());
  }

  @Test
  void aTightWeekGivesOneShortfallPerMissingVisit() {
    // Four working hours a visit: a day holds one, so a week of five IKMs cannot hold ten.
    ProgrammeSnapshot twice = seedWith(2, 240);
    VisitPlan plan = PLANNER.plan(PlanningRequest.of(twice));
    List<Visit> w34 =
        plan.plannedVisits().stream()
            .filter(v -> v.week().equals(W34))
            .collect(Collectors.toList());
    // Every IKM gets its first visit before any gets a second.
    assertEquals(5, w34.size());
    assertEquals(5, w34.stream().map(Visit::ikm).distinct().count());
    List<Shortfall> short34 =
        plan.shortfalls().stream().filter(s -> s.week().equals(W34)).collect(Collectors.toList());
    assertEquals(5, short34.size());
    for (int i = 1; i <= 5; i++) {
      Shortfall s = short34.get(i - 1);
      assertEquals(ikm(i), s.ikm());
      assertEquals(ShortfallReason.NOT_ENOUGH_WORKING_TIME, s.reason());
      assertEquals(2L, s.number("visitOrdinal").get());
      assertEquals(2L, s.number("requiredVisits").get());
      assertEquals(1L, s.number("ikmPlannedVisits").get());
      assertEquals(10L, s.number("ikmsToVisit").get());
      assertEquals(5L, s.number("plannedVisits").get());
    }
    assertEquals(
        "Week 2023-W34: IKM IKM-01 cannot be visited by mentor "
            + MENTOR
            + ": 10 visits of 240 working minutes need 2,400 working minutes, but the 5 usable"
            + " working days hold 2,250 working minutes, which fit only 5 visits within working"
            + " hours and travel. (Visit 2 of the 2 the week needs; 0 completed, 1 planned.)",
        short34.get(0).message(Locale.ENGLISH));
    // Week 33 loses Thursday: four visits, so one IKM misses both of its visits.
    List<Shortfall> short33 =
        plan.shortfalls().stream().filter(s -> s.week().equals(W33)).collect(Collectors.toList());
    assertEquals(6, short33.size());
    List<Shortfall> ikm5 =
        short33.stream().filter(s -> s.ikm().equals(ikm(5))).collect(Collectors.toList());
    assertEquals(
        List.of(1L, 2L),
        ikm5.stream().map(s -> s.number("visitOrdinal").get()).collect(Collectors.toList()));
    // The validator reports exactly the IKM-weeks the shortfalls name.
    assertEquals(
        plan.shortfalls().stream()
            .map(s -> s.ikm() + "@" + s.week())
            .distinct()
            .sorted()
            .collect(Collectors.toList()),
        Validator.standard()
            .validate(plan.applyTo(twice))
            .violations(Rule.WEEK_NOT_VISITED)
            .stream()
            .map(v -> v.arguments().get("ikm") + "@" + v.arguments().get("week"))
            .sorted()
            .collect(Collectors.toList()));
    assertEquals(0, plan.coveredIkmWeeks());
  }

  @Test
  void aCompletedVisitCountsTowardTheWeekAndKeepsItsDay() {
    ProgrammeSnapshot twice = seedWith(2, 90);
    Visit done =
        Visit.builder()
            .id(VisitId.of("V-1"))
            .mentor(MENTOR)
            .ikm(ikm(1))
            .date(LocalDate.of(2023, 8, 22))
            .start(LocalTime.of(9, 0))
            .end(LocalTime.of(10, 30))
            .location(twice.ikm(ikm(1)).get().productionSite())
            .status(VisitStatus.COMPLETED)
            .build();
    ProgrammeSnapshot withVisit = ProgrammeSnapshot.builder().from(twice).addVisits(done).build();
    VisitPlan plan = PLANNER.plan(PlanningRequest.of(withVisit));
    List<Visit> planned = byIkmWeek(plan.plannedVisits()).get("IKM-01@2023-W34");
    assertEquals(1, planned.size());
    assertTrue(!planned.get(0).date().equals(done.date()), planned.toString());
    assertEquals(List.of(), plan.shortfalls());
  }

  @Test
  void anIkmWithoutAMentorGetsOneShortfallPerMissingVisit() {
    ProgrammeSnapshot twice = seedWith(2, 90);
    // IKM-01 leaves its mentor's assignment; one of its week-34 visits was already made.
    ProgrammeSnapshot orphan =
        twice.withAssignments(
            twice.assignments().stream()
                .map(
                    a ->
                        Assignment.of(
                            a.mentor(),
                            a.ikms().stream()
                                .filter(i -> !i.equals(ikm(1)))
                                .collect(Collectors.toList())))
                .collect(Collectors.toList()));
    Visit done =
        Visit.builder()
            .id(VisitId.of("V-1"))
            .mentor(MENTOR)
            .ikm(ikm(1))
            .date(LocalDate.of(2023, 8, 22))
            .start(LocalTime.of(9, 0))
            .end(LocalTime.of(10, 30))
            .location(twice.ikm(ikm(1)).get().productionSite())
            .status(VisitStatus.COMPLETED)
            .build();
    orphan = ProgrammeSnapshot.builder().from(orphan).addVisits(done).build();
    VisitPlan plan = PLANNER.plan(PlanningRequest.of(orphan));
    List<Shortfall> ikm1 =
        plan.shortfalls().stream().filter(s -> s.ikm().equals(ikm(1))).collect(Collectors.toList());
    int weeks = plan.requiredIkmWeeks() / 5;
    // Two missing visits in every week but week 34, where the completed visit leaves one.
    assertEquals(2 * weeks - 1, ikm1.size());
    assertTrue(ikm1.stream().allMatch(s -> s.reason() == ShortfallReason.NO_MENTOR_ASSIGNED));
    List<Shortfall> w34 =
        ikm1.stream().filter(s -> s.week().equals(W34)).collect(Collectors.toList());
    assertEquals(1, w34.size());
    assertEquals(2L, w34.get(0).number("visitOrdinal").get());
    assertEquals(1L, w34.get(0).number("completedVisits").get());
    assertEquals(
        List.of(1L, 2L),
        ikm1.stream()
            .filter(s -> s.week().equals(W33))
            .map(s -> s.number("visitOrdinal").get())
            .collect(Collectors.toList()));
  }
}
