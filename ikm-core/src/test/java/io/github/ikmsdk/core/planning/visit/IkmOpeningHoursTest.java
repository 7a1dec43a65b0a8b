package io.github.ikmsdk.core.planning.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.OpeningHours;
import io.github.ikmsdk.core.calendar.TimeWindow;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.testing.SeedFixtures;
import io.github.ikmsdk.core.visit.Visit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The visit planner and the opening hours of IKMs by weekday and by date, on the seed programme
 * (Manggarai Barat 2023): Friday prayers (sholat Jumat), closed Saturdays and date exceptions.
 */
class IkmOpeningHoursTest {

  private static final VisitPlanner PLANNER = VisitPlanner.standard();
  private static final IkmId IKM = IkmId.of("IKM-01");
  private static final IsoWeek W34 = IsoWeek.parse("2023-W34");
  private static final TimeWindow WORKING_DAY = TimeWindow.parse("07:30-16:00");

  /** Open 07:30-16:00, on Fridays only until the Friday prayers at 11:47, closed on Saturdays. */
  private static final OpeningHours FRIDAY_PRAYERS =
      OpeningHours.builder()
          .every(WORKING_DAY)
          .day(DayOfWeek.FRIDAY, TimeWindow.parse("07:30-11:47"))
          .closed(DayOfWeek.SATURDAY)
          .build();

  private static ProgrammeSnapshot withHours(IkmId id, OpeningHours hours) {
    ProgrammeSnapshot seed = SeedFixtures.manggaraiBarat2023();
    List<Ikm> ikms = new ArrayList<>();
    for (Ikm ikm : seed.ikms()) {
      ikms.add(ikm.id().equals(id) ? Ikm.builder().from(ikm).openingHours(hours).build() : ikm);
    }
    return ProgrammeSnapshot.builder().from(seed).ikms(ikms).build();
  }

  private static List<Visit> visitsOf(VisitPlan plan, IkmId ikm) {
    return plan.plannedVisits().stream()
        .filter(v -> v.ikm().equals(ikm))
        .collect(Collectors.toList());
  }

  private static void assertInsideWindow(Ikm ikm, Visit v) {
    Optional<TimeWindow> window = ikm.openingWindow(v.date());
    assertTrue(window.isPresent(), "open on the date: " + v);
    assertTrue(window.get().encloses(TimeWindow.of(v.start(), v.end())), window.get() + ": " + v);
  }

  @Test
  void openingWindowOfADateIsItsExceptionElseItsWeekday() {
    LocalDate independenceDay = LocalDate.of(2023, 8, 17);
    LocalDate shortDay = LocalDate.of(2023, 8, 22);
    Ikm ikm =
        Ikm.builder()
            .from(SeedFixtures.manggaraiBarat2023().ikms().get(0))
            .openingHours(
                FRIDAY_PRAYERS.toBuilder()
                    .closedOn(independenceDay)
                    .date(shortDay, TimeWindow.parse("13:00-16:00"))
                    .build())
            .build();
    assertEquals(Optional.of(WORKING_DAY), ikm.openingWindow(LocalDate.of(2023, 8, 21)));
    assertEquals(
        Optional.of(TimeWindow.parse("07:30-11:47")), ikm.openingWindow(LocalDate.of(2023, 8, 25)));
    assertEquals(Optional.empty(), ikm.openingWindow(LocalDate.of(2023, 8, 26)));
    assertEquals(Optional.empty(), ikm.openingWindow(independenceDay));
    assertEquals(Optional.of(TimeWindow.parse("13:00-16:00")), ikm.openingWindow(shortDay));
    assertEquals(
        Optional.of(TimeWindow.parse("00:00-24:00")),
        SeedFixtures.manggaraiBarat2023().ikms().get(0).openingWindow(shortDay));
  }

  @Test
  void fridayPrayersAndClosedSaturdaysAreRespectedToTheMinute() {
    ProgrammeSnapshot seed = SeedFixtures.manggaraiBarat2023();
    VisitPlan base = PLANNER.plan(PlanningRequest.of(seed));
    // The IKM the seed plan visits on the Friday of W34.
    IkmId friday =
        base.plannedVisits().stream()
            .filter(v -> v.week().equals(W34) && v.date().getDayOfWeek() == DayOfWeek.FRIDAY)
            .findFirst()
            .orElseThrow()
            .ikm();
    ProgrammeSnapshot snapshot = withHours(friday, FRIDAY_PRAYERS);
    Ikm ikm = snapshot.ikm(friday).orElseThrow();
    VisitPlan plan = PLANNER.plan(PlanningRequest.of(snapshot));
    List<Visit> visits = visitsOf(plan, friday);
    assertFalse(visits.isEmpty());
    for (Visit v : visits) {
      assertInsideWindow(ikm, v);
      assertNotEquals(DayOfWeek.SATURDAY, v.date().getDayOfWeek(), v.toString());
    }
    // On Fridays a visit must end by 11:47: 240 working minutes after the drive from Labuan Bajo
    // at 07:30 never do, so the Friday visits move to other days.
    assertTrue(visits.stream().noneMatch(v -> v.date().getDayOfWeek() == DayOfWeek.FRIDAY));
    assertTrue(visitsOf(plan, friday).stream().anyMatch(v -> v.week().equals(W34)));
    // The IKM is still visited every week it was: the hours move the visits, they cost none.
    assertEquals(base.shortfalls(), plan.shortfalls());
    assertEquals(base.plannedVisits().size(), plan.plannedVisits().size());
  }

  @Test
  void aWeekTheHoursMakeImpossibleIsExplainedAsIkmUnavailable() {
    // Closed Monday to Thursday and Saturday, open on Fridays too short for a visit.
    OpeningHours hours =
        FRIDAY_PRAYERS.toBuilder()
            .closed(DayOfWeek.MONDAY)
            .closed(DayOfWeek.TUESDAY)
            .closed(DayOfWeek.WEDNESDAY)
            .closed(DayOfWeek.THURSDAY)
            .build();
    VisitPlan base = PLANNER.plan(PlanningRequest.of(SeedFixtures.manggaraiBarat2023()));
    VisitPlan plan = PLANNER.plan(PlanningRequest.of(withHours(IKM, hours)));
    assertTrue(visitsOf(plan, IKM).isEmpty());
    List<Shortfall> missed =
        plan.shortfalls().stream().filter(s -> s.ikm().equals(IKM)).collect(Collectors.toList());
    // One shortfall for every week the seed plan visits the IKM.
    assertEquals(visitsOf(base, IKM).size(), missed.size());
    for (Shortfall s : missed) {
      assertEquals(ShortfallReason.IKM_UNAVAILABLE, s.reason(), s.toString());
      // Every working day the mentor can come is one on which the IKM cannot be visited.
      assertEquals(s.number("workingDays"), s.number("ikmClosedDays"), s.toString());
    }
    Shortfall w34 = missed.stream().filter(s -> s.week().equals(W34)).findFirst().orElseThrow();
    assertEquals(5L, w34.number("ikmClosedDays").get());
    assertEquals(5L, w34.number("workingDays").get());
    assertEquals(5L, w34.number("ikmsToVisit").get());
    assertEquals(4L, w34.number("plannedVisits").get());
  }

  @Test
  void aDateExceptionClosesTheIkmAsAClosedDayOfTheRequestDoes() {
    ProgrammeSnapshot seed = SeedFixtures.manggaraiBarat2023();
    Visit planned =
        visitsOf(PLANNER.plan(PlanningRequest.of(seed)), IKM).stream()
            .filter(v -> v.week().equals(W34))
            .findFirst()
            .orElseThrow();
    LocalDate date = planned.date();
    VisitPlan byIkm =
        PLANNER.plan(
            PlanningRequest.of(withHours(IKM, OpeningHours.builder().closedOn(date).build())));
    VisitPlan byRequest = PLANNER.plan(PlanningRequest.builder(seed).closedDay(IKM, date).build());
    assertEquals(byRequest.visits(), byIkm.visits());
    assertEquals(byRequest.shortfalls(), byIkm.shortfalls());
    assertTrue(visitsOf(byIkm, IKM).stream().noneMatch(v -> v.date().equals(date)));
    assertTrue(visitsOf(byIkm, IKM).stream().anyMatch(v -> v.week().equals(W34)));
  }

  @Test
  void aDateExceptionWithOtherHoursIsKeptToTheMinute() {
    ProgrammeSnapshot seed = SeedFixtures.manggaraiBarat2023();
    List<Visit> w34 =
        visitsOf(PLANNER.plan(PlanningRequest.of(seed)), IKM).stream()
            .filter(v -> v.week().equals(W34))
            .collect(Collectors.toList());
    LocalDate date = w34.get(0).date();
    // Only the afternoon on the date the IKM was visited, and closed on every other day of W34.
    OpeningHours.Builder hours =
        OpeningHours.builder().every(WORKING_DAY).date(date, TimeWindow.parse("08:13-16:00"));
    for (LocalDate d = W34.monday(); !d.isAfter(W34.sunday()); d = d.plusDays(1)) {
      if (!d.equals(date)) {
        hours.closedOn(d);
      }
    }
    ProgrammeSnapshot snapshot = withHours(IKM, hours.build());
    List<Visit> visits = visitsOf(PLANNER.plan(PlanningRequest.of(snapshot)), IKM);
    for (Visit v : visits) {
      assertInsideWindow(snapshot.ikm(IKM).orElseThrow(), v);
    }
    Visit onDate = visits.stream().filter(v -> v.week().equals(W34)).findFirst().orElseThrow();
    assertEquals(date, onDate.date());
    assertFalse(onDate.start().isBefore(LocalTime.of(8, 13)), onDate.toString());
  }

  @Test
  void theSingleWindowOfTheIkmPlansAsTheRequestsWindowDoes() {
    ProgrammeSnapshot seed = SeedFixtures.manggaraiBarat2023();
    TimeWindow window = TimeWindow.parse("09:07-15:00");
    Ikm own = Ikm.builder().from(seed.ikm(IKM).orElseThrow()).dailyOpeningHours(window).build();
    assertEquals(OpeningHours.daily(window), own.openingHours());
    ProgrammeSnapshot snapshot = withHours(IKM, OpeningHours.daily(window));
    VisitPlan byIkm = PLANNER.plan(PlanningRequest.of(snapshot));
    VisitPlan byRequest =
        PLANNER.plan(PlanningRequest.builder(seed).openingHours(IKM, window).build());
    assertEquals(byRequest.visits(), byIkm.visits());
    assertEquals(byRequest.shortfalls(), byIkm.shortfalls());
    // The request's hours replace the IKM's own.
    PlanningRequest replaced =
        PlanningRequest.builder(snapshot).openingHours(IKM, OpeningHours.always()).build();
    assertEquals(OpeningHours.always(), replaced.openingHours(snapshot.ikm(IKM).orElseThrow()));
    assertEquals(PLANNER.plan(PlanningRequest.of(seed)).visits(), PLANNER.plan(replaced).visits());
  }
}
