package io.github.ikmsdk.core.planning.visit;

import static io.github.ikmsdk.core.planning.visit.PlanningFixtures.MENTOR;
import static io.github.ikmsdk.core.planning.visit.PlanningFixtures.ikm;
import static io.github.ikmsdk.core.planning.visit.PlanningFixtures.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.ExtraWorkingDay;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.OpeningHours;
import io.github.ikmsdk.core.calendar.TimeWindow;
import io.github.ikmsdk.core.calendar.WeeklySchedule;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.RemedyKind;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VisitPlannerTest {

  private static final IsoWeek W33 = IsoWeek.parse("2023-W33");
  private static final IsoWeek W34 = IsoWeek.parse("2023-W34");
  private static final VisitPlanner PLANNER = VisitPlanner.standard();

  private static List<Visit> inWeek(VisitPlan plan, IsoWeek week) {
    return plan.plannedVisits().stream()
        .filter(v -> v.week().equals(week))
        .collect(Collectors.toList());
  }

  private static List<Shortfall> inWeek(List<Shortfall> shortfalls, IsoWeek week) {
    return shortfalls.stream().filter(s -> s.week().equals(week)).collect(Collectors.toList());
  }

  @Test
  void holidayWeekMissesExactlyOneIkmWeekForLackOfWorkingTime() {
    VisitPlan plan = PLANNER.plan(PlanningRequest.of(seed()));

    assertEquals(4, inWeek(plan, W33).size());
    List<Shortfall> w33 = inWeek(plan.shortfalls(), W33);
    assertEquals(1, w33.size());
    Shortfall s = w33.get(0);
    assertEquals(ShortfallReason.NOT_ENOUGH_WORKING_TIME, s.reason());
    assertEquals(MENTOR, s.mentor().get());
    assertEquals(5L, s.number("ikmsToVisit").get());
    assertEquals(4L, s.number("plannedVisits").get());
    assertEquals(1200L, s.number("neededWorkingMinutes").get());
    assertEquals(1800L, s.number("availableWorkingMinutes").get());
    assertEquals(4L, s.number("workingDays").get());
    assertEquals(
        List.of(RemedyKind.SATURDAY_VISIT, RemedyKind.EXTENDED_DAY, RemedyKind.VISIT_ACROSS_BREAK),
        s.remedies().stream().map(Remedy::kind).collect(Collectors.toList()));
    // No visit on the holiday, Thursday 17 August 2023.
    assertTrue(inWeek(plan, W33).stream().noneMatch(v -> v.date().getDayOfMonth() == 17));
  }

  @Test
  void countsOfTheSeedPlan() {
    VisitPlan plan = PLANNER.plan(PlanningRequest.of(seed()));
    assertEquals(13 * 5, plan.requiredIkmWeeks());
    assertEquals(plan.plannedVisits().size(), plan.coveredIkmWeeks());
    assertEquals(plan.requiredIkmWeeks(), plan.coveredIkmWeeks() + plan.shortfalls().size());
    assertTrue(plan.keptVisits().isEmpty());
  }

  @Test
  void applyingTheSaturdayVisitCoversTheWeek() {
    PlanningRequest request = PlanningRequest.of(seed());
    Shortfall s = inWeek(PLANNER.plan(request).shortfalls(), W33).get(0);
    Remedy saturday = s.remedies().get(0);
    assertEquals(LocalDate.of(2023, 8, 19), saturday.extraWorkingDay().get().date());

    VisitPlan alternative = PLANNER.apply(request, saturday);

    assertTrue(inWeek(alternative.shortfalls(), W33).isEmpty());
    assertEquals(5, inWeek(alternative, W33).size());
    assertTrue(
        inWeek(alternative, W33).stream()
            .anyMatch(v -> v.date().getDayOfWeek() == DayOfWeek.SATURDAY));
  }

  @Test
  void everyOfferedRemedyCoversTheWeek() {
    PlanningRequest request = PlanningRequest.of(seed());
    Shortfall s = inWeek(PLANNER.plan(request).shortfalls(), W33).get(0);
    for (Remedy remedy : s.remedies()) {
      VisitPlan alternative = PLANNER.plan(request.withRemedy(remedy));
      assertTrue(inWeek(alternative.shortfalls(), W33).isEmpty(), remedy.toString());
      assertEquals(5, inWeek(alternative, W33).size(), remedy.toString());
    }
  }

  @Test
  void extendedDayEndsAtFivePmWithTheWayHome() {
    assertEquals(LocalTime.of(17, 0), extendedEnd(PlanningRequest.of(seed())));
    // On a 15-minute grid the two visits and the way home need half an hour more.
    assertEquals(
        LocalTime.of(17, 30), extendedEnd(PlanningRequest.builder(seed()).gridMinutes(15).build()));
    // Ending the day at the last site, the grid needs no more than minutes do.
    ProgrammeSnapshot atLastSite =
        seed()
            .withPolicy(
                ProgrammePolicy.builder()
                    .from(seed().programme().policy())
                    .returnToBase(false)
                    .build());
    assertEquals(
        LocalTime.of(17, 0),
        extendedEnd(PlanningRequest.builder(atLastSite).gridMinutes(15).build()));
  }

  @Test
  void theWayHomeIsNamedWhenItIsWhyAVisitDoesNotFit() {
    // Monday of 2023-W33 lengthened minute by minute: at some end two visits fit when the day
    // may end at the last site but not with the way back to the base.
    ProgrammeSnapshot seed = seed();
    ProgrammeSnapshot atLastSite =
        seed.withPolicy(
            ProgrammePolicy.builder().from(seed.programme().policy()).returnToBase(false).build());
    LocalDate monday = W33.monday();
    int found = 0;
    for (int end = 16 * 60; end <= 17 * 60; end++) {
      Remedy longer =
          Remedy.extendedDay(
              MENTOR,
              ExtraWorkingDay.of(
                  monday,
                  DaySchedule.of(
                      LocalTime.of(7, 30),
                      LocalTime.of(end / 60, end % 60),
                      List.of(TimeWindow.of(LocalTime.of(12, 0), LocalTime.of(13, 0)))),
                  "x"));
      List<Shortfall> home =
          inWeek(PLANNER.plan(PlanningRequest.of(seed).withRemedy(longer)).shortfalls(), W33);
      List<Shortfall> site =
          inWeek(PLANNER.plan(PlanningRequest.of(atLastSite).withRemedy(longer)).shortfalls(), W33);
      if (!home.isEmpty() && site.isEmpty()) {
        Shortfall s = home.get(0);
        assertEquals(ShortfallReason.NO_TIME_TO_RETURN, s.reason());
        assertEquals(Optional.of(4L), s.number("plannedVisits"));
        assertEquals(Optional.of(5L), s.number("plannedWithoutWayHome"));
        assertTrue(s.number("travelToBaseMinutes").get() > 0);
        assertTrue(
            s.message(Locale.ENGLISH).contains("back to the base"), s.message(Locale.ENGLISH));
        found++;
      } else if (!home.isEmpty()) {
        assertEquals(ShortfallReason.NOT_ENOUGH_WORKING_TIME, home.get(0).reason());
      }
    }
    assertTrue(found > 0, "no day end where only the way home is missing");
  }

  private static LocalTime extendedEnd(PlanningRequest request) {
    Remedy extended = inWeek(PLANNER.plan(request).shortfalls(), W33).get(0).remedies().get(1);
    assertEquals(RemedyKind.EXTENDED_DAY, extended.kind());
    return extended.extraWorkingDay().get().schedule().end().get();
  }

  @Test
  void policyLimitsTheRemediesOffered() {
    ProgrammePolicy policy =
        ProgrammePolicy.builder().allowedRemedies(EnumSet.of(RemedyKind.EXTENDED_DAY)).build();
    Shortfall s =
        inWeek(PLANNER.plan(PlanningRequest.of(seed(policy, List.of()))).shortfalls(), W33).get(0);
    assertEquals(1, s.remedies().size());
    assertEquals(RemedyKind.EXTENDED_DAY, s.remedies().get(0).kind());

    ProgrammePolicy none = ProgrammePolicy.builder().allowedRemedies(Set.of()).build();
    Shortfall bare =
        inWeek(PLANNER.plan(PlanningRequest.of(seed(none, List.of()))).shortfalls(), W33).get(0);
    assertTrue(bare.remedies().isEmpty());
  }

  @Test
  void normalWeekCoversAllFiveOnTheSameWeekdayAndTimeAsThePreviousWeek() {
    VisitPlan plan = PLANNER.plan(PlanningRequest.of(seed()));
    IsoWeek w35 = IsoWeek.parse("2023-W35");
    List<Visit> previous = inWeek(plan, W34);
    List<Visit> current = inWeek(plan, w35);
    assertEquals(5, previous.size());
    assertEquals(5, current.size());
    for (Visit v : current) {
      Visit before =
          previous.stream().filter(p -> p.ikm().equals(v.ikm())).findFirst().orElseThrow();
      assertEquals(before.date().getDayOfWeek(), v.date().getDayOfWeek(), v.toString());
      assertEquals(before.start(), v.start(), v.toString());
    }
    // The four IKMs visited in the holiday week keep their weekday in the next week.
    for (Visit v : inWeek(plan, W33)) {
      Visit next = current.stream().filter(c -> c.ikm().equals(v.ikm())).findFirst().get();
      assertEquals(v.date().getDayOfWeek(), next.date().getDayOfWeek());
    }
  }

  @Test
  void plannedVisitsAreAtTheSiteWithMinimumWorkingMinutes() {
    ProgrammeSnapshot snapshot = seed();
    VisitPlan plan = PLANNER.plan(PlanningRequest.of(snapshot));
    for (Visit v : plan.plannedVisits()) {
      assertEquals(VisitStatus.PLANNED, v.status());
      assertEquals(snapshot.ikm(v.ikm()).get().productionSite(), v.location().get());
      assertTrue(snapshot.calendar().workingMinutes(v.date(), v.start(), v.end()) >= 240);
      assertTrue(snapshot.calendar().isWorkingDay(v.date()));
      assertEquals(VisitId.of("P-" + v.ikm() + "-" + v.week()), v.id());
    }
  }

  @Test
  void mentorLeaveIsRespectedAndExplained() {
    // Leave Monday to Wednesday of week 35: two days remain for five IKMs.
    MentorLeave leave =
        MentorLeave.of(MENTOR, LocalDate.of(2023, 8, 28), LocalDate.of(2023, 8, 30));
    VisitPlan plan =
        PLANNER.plan(PlanningRequest.of(seed(ProgrammePolicy.defaults(), List.of(leave))));
    IsoWeek w35 = IsoWeek.parse("2023-W35");
    assertTrue(plan.plannedVisits().stream().noneMatch(v -> leave.contains(v.date())));
    assertEquals(2, inWeek(plan, w35).size());
    List<Shortfall> missed = inWeek(plan.shortfalls(), w35);
    assertEquals(3, missed.size());
    for (Shortfall s : missed) {
      assertEquals(ShortfallReason.MENTOR_ON_LEAVE, s.reason());
      assertEquals(3L, s.number("leaveDays").get());
      assertEquals(2L, s.number("workingDays").get());
    }
  }

  @Test
  void ikmClosedDayIsRespected() {
    ProgrammeSnapshot snapshot = seed();
    VisitPlan base = PLANNER.plan(PlanningRequest.of(snapshot));
    Visit monday =
        inWeek(base, W34).stream()
            .filter(v -> v.date().getDayOfWeek() == DayOfWeek.MONDAY)
            .findFirst()
            .orElseThrow();
    VisitPlan plan =
        PLANNER.plan(
            PlanningRequest.builder(snapshot).closedDay(monday.ikm(), monday.date()).build());
    assertTrue(
        plan.plannedVisits().stream()
            .noneMatch(v -> v.ikm().equals(monday.ikm()) && v.date().equals(monday.date())));
    assertEquals(5, inWeek(plan, W34).size());
  }

  @Test
  void ikmClosedAllWeekIsExplainedAsUnavailable() {
    PlanningRequest.Builder request = PlanningRequest.builder(seed());
    for (DayOfWeek d : DayOfWeek.values()) {
      request.closedWeekday(ikm(2), d);
    }
    VisitPlan plan = PLANNER.plan(request.build());
    List<Shortfall> missed =
        plan.shortfalls().stream().filter(s -> s.ikm().equals(ikm(2))).collect(Collectors.toList());
    assertEquals(13, missed.size());
    assertTrue(missed.stream().allMatch(s -> s.reason() == ShortfallReason.IKM_UNAVAILABLE));
  }

  @Test
  void openingHoursAndPreferredWeekdayAreHonoured() {
    PlanningRequest request =
        PlanningRequest.builder(seed())
            .openingHours(ikm(3), TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(15, 0)))
            .preferredWeekday(ikm(5), DayOfWeek.TUESDAY)
            .build();
    VisitPlan plan = PLANNER.plan(request);
    for (Visit v : plan.plannedVisits()) {
      if (v.ikm().equals(ikm(3))) {
        assertFalse(v.start().isBefore(LocalTime.of(9, 0)), v.toString());
        assertFalse(v.end().isAfter(LocalTime.of(15, 0)), v.toString());
      }
      if (v.ikm().equals(ikm(5))) {
        assertEquals(DayOfWeek.TUESDAY, v.date().getDayOfWeek(), v.toString());
      }
    }
  }

  @Test
  void samePlanForTheSameInputSerialOrParallel() {
    ProgrammeSnapshot snapshot = seed();
    VisitPlan a = PLANNER.plan(PlanningRequest.builder(snapshot).parallel(true).build());
    VisitPlan b = PLANNER.plan(PlanningRequest.builder(snapshot).parallel(false).build());
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void rePlanningThePlansOwnOutputChangesNothing() {
    ProgrammeSnapshot snapshot = seed();
    PlanningRequest request = PlanningRequest.of(snapshot);
    VisitPlan plan = PLANNER.plan(request);
    VisitPlan again = PLANNER.plan(request.withSnapshot(plan.applyTo(snapshot)));
    assertEquals(plan.plannedVisits(), again.plannedVisits());
    assertEquals(plan.shortfalls(), again.shortfalls());
  }

  @Test
  void rePlanningFromAnAsOfDateKeepsRecordedVisits() {
    ProgrammeSnapshot snapshot = seed();
    VisitPlan first = PLANNER.plan(PlanningRequest.of(snapshot));
    // Week 34 happened: the mentor completed every visit; the Monday visit was missed.
    List<Visit> recorded = new ArrayList<>();
    for (Visit v : first.plannedVisits()) {
      if (v.date().isBefore(LocalDate.of(2023, 8, 28))) {
        boolean missed = v.week().equals(W34) && v.date().getDayOfWeek() == DayOfWeek.MONDAY;
        recorded.add(
            Visit.builder()
                .from(v)
                .status(missed ? VisitStatus.MISSED : VisitStatus.COMPLETED)
                .build());
      } else {
        recorded.add(v);
      }
    }
    ProgrammeSnapshot after = ProgrammeSnapshot.builder().from(snapshot).visits(recorded).build();
    LocalDate asOf = LocalDate.of(2023, 8, 28);
    PlanningRequest request = PlanningRequest.builder(after).asOf(asOf).build();
    VisitPlan replan = PLANNER.plan(request);

    assertTrue(replan.plannedVisits().stream().noneMatch(v -> v.date().isBefore(asOf)));
    assertEquals(
        recorded.stream().filter(v -> v.date().isBefore(asOf)).count(), replan.keptVisits().size());
    assertTrue(
        replan.shortfalls().stream().allMatch(s -> s.week().compareTo(IsoWeek.from(asOf)) >= 0));
    // Nothing changed after the as-of date, so the plan from there is the same.
    assertEquals(
        first.plannedVisits().stream()
            .filter(v -> !v.date().isBefore(asOf))
            .collect(Collectors.toList()),
        replan.plannedVisits());

    VisitPlan again = PLANNER.plan(request.withSnapshot(replan.applyTo(after)));
    assertEquals(replan, again);
  }

  @Test
  void completedVisitCoversItsWeekAndBlocksItsTime() {
    ProgrammeSnapshot snapshot = seed();
    Visit done =
        Visit.builder()
            .id(VisitId.of("V-1"))
            .mentor(MENTOR)
            .ikm(ikm(4))
            .date(LocalDate.of(2023, 8, 21))
            .start(LocalTime.of(8, 0))
            .end(LocalTime.of(12, 0))
            .status(VisitStatus.COMPLETED)
            .build();
    ProgrammeSnapshot withDone = ProgrammeSnapshot.builder().from(snapshot).addVisits(done).build();
    VisitPlan plan = PLANNER.plan(PlanningRequest.of(withDone));
    List<Visit> w34 = inWeek(plan, W34);
    assertEquals(4, w34.size());
    assertTrue(w34.stream().noneMatch(v -> v.ikm().equals(ikm(4))));
    assertTrue(w34.stream().noneMatch(v -> v.date().equals(done.date())));
    assertTrue(inWeek(plan.shortfalls(), W34).isEmpty());
    assertEquals(List.of(done), plan.keptVisits());
  }

  @Test
  void completedVisitTooShortToCountDoesNotCoverItsWeek() {
    // A one-hour completed visit does not meet S4, so the week still needs a visit (compliance
    // reports it VISIT_TOO_SHORT); the planner must plan one rather than skip the week.
    Visit shortVisit =
        Visit.builder()
            .id(VisitId.of("V-SHORT"))
            .mentor(MENTOR)
            .ikm(ikm(4))
            .date(LocalDate.of(2023, 8, 21))
            .start(LocalTime.of(8, 0))
            .end(LocalTime.of(9, 0))
            .status(VisitStatus.COMPLETED)
            .build();
    ProgrammeSnapshot snapshot =
        ProgrammeSnapshot.builder().from(seed()).addVisits(shortVisit).build();
    VisitPlan plan = PLANNER.plan(PlanningRequest.of(snapshot));

    List<Visit> w34 = inWeek(plan, W34);
    assertEquals(5, w34.size());
    assertTrue(w34.stream().anyMatch(v -> v.ikm().equals(ikm(4))));
    assertTrue(inWeek(plan.shortfalls(), W34).isEmpty());
    assertEquals(List.of(shortVisit), plan.keptVisits());
  }

  @Test
  void completedVisitsUnderAcceptedRemediesStillCoverTheirWeek() {
    // Re-planning with the same request after the remedy's visits were held changes nothing,
    // although the calendar alone gives a Saturday or a visit across the break too few minutes.
    PlanningRequest request = PlanningRequest.of(seed());
    Shortfall s = inWeek(PLANNER.plan(request).shortfalls(), W33).get(0);
    for (Remedy remedy : s.remedies()) {
      PlanningRequest withRemedy = request.withRemedy(remedy);
      VisitPlan plan = PLANNER.plan(withRemedy);
      List<Visit> held = new ArrayList<>();
      for (Visit v : plan.visits()) {
        held.add(
            v.week().equals(W33)
                ? Visit.builder().from(v).status(VisitStatus.COMPLETED).build()
                : v);
      }
      ProgrammeSnapshot after = ProgrammeSnapshot.builder().from(seed()).visits(held).build();
      VisitPlan again = PLANNER.plan(withRemedy.withSnapshot(after));
      assertTrue(inWeek(again, W33).isEmpty(), remedy.toString());
      assertTrue(inWeek(again.shortfalls(), W33).isEmpty(), remedy.toString());
    }
  }

  @Test
  void completedVisitBeforeTheProgrammeDoesNotCoverTheFirstWeek() {
    // The programme starts on Wednesday 16 August; a completed visit on Monday 14 August lies in
    // the same ISO week but outside the period, so it counts neither for S3 nor for compliance.
    ProgrammeSnapshot seed = seed();
    Visit before =
        Visit.builder()
            .id(VisitId.of("V-EARLY"))
            .mentor(MENTOR)
            .ikm(ikm(1))
            .date(LocalDate.of(2023, 8, 14))
            .start(LocalTime.of(7, 30))
            .end(LocalTime.of(12, 0))
            .status(VisitStatus.COMPLETED)
            .build();
    ProgrammeSnapshot snapshot =
        ProgrammeSnapshot.builder()
            .from(seed)
            .programme(
                Programme.builder()
                    .from(seed.programme())
                    .startDate(LocalDate.of(2023, 8, 16))
                    .build())
            .addVisits(before)
            .build();
    VisitPlan plan = PLANNER.plan(PlanningRequest.of(snapshot));

    boolean ikm1Planned = inWeek(plan, W33).stream().anyMatch(v -> v.ikm().equals(ikm(1)));
    boolean ikm1Short =
        inWeek(plan.shortfalls(), W33).stream().anyMatch(s -> s.ikm().equals(ikm(1)));
    assertTrue(ikm1Planned || ikm1Short, "week 2023-W33 of IKM-01 silently dropped");
    assertEquals(plan.requiredIkmWeeks(), plan.plannedVisits().size() + plan.shortfalls().size());
  }

  @Test
  void cancellationStopsTheRun() {
    CancellationToken token = CancellationToken.create();
    PlanningRequest request =
        PlanningRequest.builder(seed())
            .parallel(false)
            .cancellation(token)
            .listener(
                (done, total) -> {
                  if (done >= 3) {
                    token.cancel();
                  }
                })
            .build();
    PlanningCancelledException e =
        assertThrows(PlanningCancelledException.class, () -> PLANNER.plan(request));
    assertTrue(e.doneMentorWeeks() < e.totalMentorWeeks());
    assertEquals(13, e.totalMentorWeeks());
  }

  @Test
  void progressIsReportedUpToTheTotal() {
    List<int[]> calls = new ArrayList<>();
    PLANNER.plan(
        PlanningRequest.builder(seed())
            .listener((done, total) -> calls.add(new int[] {done, total}))
            .build());
    assertFalse(calls.isEmpty());
    int[] last = calls.get(calls.size() - 1);
    assertEquals(13, last[0]);
    assertEquals(13, last[1]);
    for (int i = 1; i < calls.size(); i++) {
      assertTrue(calls.get(i)[0] > calls.get(i - 1)[0]);
    }
  }

  @Test
  void ikmWithoutMentorIsExplained() {
    ProgrammeSnapshot snapshot = seed();
    IkmId orphan = IkmId.of("IKM-99");
    ProgrammeSnapshot withOrphan =
        ProgrammeSnapshot.builder()
            .from(snapshot)
            .programme(
                Programme.builder().from(snapshot.programme()).addParticipants(orphan).build())
            .build();
    VisitPlan plan = PLANNER.plan(PlanningRequest.of(withOrphan));
    List<Shortfall> missed =
        plan.shortfalls().stream().filter(s -> s.ikm().equals(orphan)).collect(Collectors.toList());
    assertEquals(13, missed.size());
    assertTrue(missed.stream().allMatch(s -> s.reason() == ShortfallReason.NO_MENTOR_ASSIGNED));
    assertTrue(missed.get(0).message(Locale.ENGLISH).contains("IKM-99"));
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ProgrammeSnapshot.class, seed())
            .setDefault(IsoWeek.class, W33)
            .setDefault(IkmId.class, ikm(1))
            .setDefault(MentorId.class, MENTOR)
            .setDefault(PlanningRequest.class, PlanningRequest.of(seed()))
            .setDefault(Remedy.class, Remedy.visitAcrossBreak(MENTOR, W33))
            .setDefault(TimeWindow.class, TimeWindow.of(LocalTime.of(8, 0), LocalTime.of(9, 0)))
            .setDefault(OpeningHours.class, OpeningHours.always())
            .setDefault(
                ExtraWorkingDay.class,
                ExtraWorkingDay.of(
                    LocalDate.of(2023, 8, 19),
                    WeeklySchedule.civilServant().day(DayOfWeek.FRIDAY),
                    "Sabtu"));
    tester.testAllPublicInstanceMethods(PLANNER);
    tester.testAllPublicStaticMethods(PlanningRequest.class);
    tester.testAllPublicInstanceMethods(PlanningRequest.builder(seed()));
    tester.testAllPublicStaticMethods(Remedy.class);
    tester.testAllPublicInstanceMethods(PlanningRequest.of(seed()));
    VisitPlan plan = PLANNER.plan(PlanningRequest.of(seed()));
    tester.testAllPublicInstanceMethods(plan);
    tester.testAllPublicInstanceMethods(plan.shortfalls().get(0));
    tester.testAllPublicInstanceMethods(plan.shortfalls().get(0).remedies().get(0));
  }
}
