package io.github.ikmsdk.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.testing.IkmArbitraries;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

class ComplianceProperties {

  /** A snapshot and an as-of date near its period. */
  record Case(ProgrammeSnapshot snapshot, LocalDate asOf) {
    @Override
    public String toString() {
      Programme p = snapshot.programme();
      return "asOf "
          + asOf
          + ", programme "
          + p.startDate()
          + ".."
          + p.endDate()
          + " "
          + p.policy().minVisitsPerWeek()
          + "x"
          + p.policy().minVisitWorkingMinutes()
          + "min, "
          + snapshot.assignments()
          + ", visits "
          + snapshot.visits();
    }
  }

  private static final MentorId[] MENTORS = {MentorId.of("M-01"), MentorId.of("M-02")};

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<LocalDate> starts =
        Arbitraries.integers().between(0, 640).map(d -> LocalDate.of(2023, 1, 1).plusDays(d));
    Arbitrary<Integer> lengths = Arbitraries.integers().between(0, 100).withoutEdgeCases();
    Arbitrary<ProgrammePolicy> policies =
        Combinators.combine(
                Arbitraries.frequency(Tuple.of(4, 1), Tuple.of(1, 2)),
                Arbitraries.of(60, 180, 240),
                Arbitraries.integers().between(1, 3))
            .as(
                (visits, minutes, days) ->
                    ProgrammePolicy.builder()
                        .minVisitsPerWeek(visits)
                        .minVisitWorkingMinutes(minutes)
                        .minWorkingDaysForRequiredWeek(days)
                        .build());
    Arbitrary<Integer> ikmCounts = Arbitraries.integers().between(1, 4);
    return Combinators.combine(starts, lengths, policies, ikmCounts)
        .flatAs(
            (start, length, policy, ikmCount) -> {
              LocalDate end = start.plusDays(length);
              List<IkmId> ikms = new ArrayList<>();
              for (int i = 1; i <= ikmCount; i++) {
                ikms.add(IkmId.of("I-0" + i));
              }
              Arbitrary<List<Integer>> mentorOfIkm =
                  Arbitraries.integers().between(-1, 1).list().ofSize(ikmCount);
              Arbitrary<List<Visit>> visits =
                  visit(ikms, start.minusDays(7), end.plusDays(7))
                      .list()
                      .uniqueElements(Visit::id)
                      .ofMinSize(5)
                      .ofMaxSize(60);
              Arbitrary<LocalDate> asOf =
                  Arbitraries.integers().between(-10, length + 10).map(d -> start.plusDays(d));
              return Combinators.combine(mentorOfIkm, visits, asOf)
                  .as(
                      (owners, vs, date) ->
                          new Case(snapshot(start, end, policy, ikms, owners, vs), date));
            });
  }

  private static ProgrammeSnapshot snapshot(
      LocalDate start,
      LocalDate end,
      ProgrammePolicy policy,
      List<IkmId> ikms,
      List<Integer> owners,
      List<Visit> visits) {
    ProgrammeSnapshot.Builder builder =
        Seed.base()
            .programme(
                Programme.builder()
                    .from(Seed.base().build().programme())
                    .startDate(start)
                    .endDate(end)
                    .policy(policy)
                    .participants(ikms)
                    .build())
            .assignments(List.of())
            .visits(visits);
    for (int m = 0; m < MENTORS.length; m++) {
      List<IkmId> own = new ArrayList<>();
      for (int i = 0; i < ikms.size(); i++) {
        if (owners.get(i) == m) {
          own.add(ikms.get(i));
        }
      }
      builder.addAssignments(Assignment.of(MENTORS[m], own));
    }
    return builder.build();
  }

  private static Arbitrary<Visit> visit(List<IkmId> ikms, LocalDate first, LocalDate last) {
    int days = (int) (last.toEpochDay() - first.toEpochDay());
    return Combinators.combine(
            Arbitraries.integers().between(1, 99),
            Arbitraries.of(ikms),
            Arbitraries.of(MENTORS),
            Arbitraries.integers().between(0, days),
            Arbitraries.integers().between(14, 30),
            Arbitraries.integers().between(2, 18),
            Arbitraries.frequency(
                Tuple.of(6, VisitStatus.COMPLETED),
                Tuple.of(2, VisitStatus.PLANNED),
                Tuple.of(1, VisitStatus.MISSED),
                Tuple.of(1, VisitStatus.CANCELLED)))
        .as(
            (id, ikm, mentor, day, startHalfHour, halfHours, status) ->
                Visit.builder()
                    .id(VisitId.of(String.format(Locale.ROOT, "V-%02d", id)))
                    .ikm(ikm)
                    .mentor(mentor)
                    .date(first.plusDays(day))
                    .start(LocalTime.MIN.plusMinutes(30L * startHalfHour))
                    .end(LocalTime.MIN.plusMinutes(30L * Math.min(47, startHalfHour + halfHours)))
                    .status(status)
                    .build());
  }

  private static List<ProgrammeWeek> weeks(ProgrammeSnapshot snapshot) {
    Programme p = snapshot.programme();
    return snapshot
        .calendar()
        .programmeWeeks(p.startDate(), p.endDate(), p.policy().minWorkingDaysForRequiredWeek());
  }

  @Property(tries = 300)
  void exactlyOneRowPerParticipantAndWeek(@ForAll("cases") Case c) {
    ComplianceReport report = Compliance.asOf(c.snapshot(), c.asOf());
    List<ProgrammeWeek> weeks = weeks(c.snapshot());
    List<IkmId> ikms = new ArrayList<>(new TreeSet<>(c.snapshot().programme().participants()));
    List<String> expected = new ArrayList<>();
    for (IkmId ikm : ikms) {
      for (ProgrammeWeek week : weeks) {
        expected.add(ikm + " " + week.week());
      }
    }
    assertEquals(
        expected,
        report.rows().stream()
            .map(r -> r.ikm() + " " + r.week().week())
            .collect(Collectors.toList()));
    for (IkmWeekCompliance row : report.rows()) {
      Statistics.label("status").collect(row.status());
    }
    Statistics.label("status")
        .coverage(
            coverage -> {
              for (WeekStatus status : WeekStatus.values()) {
                coverage.check(status).count(n -> n > 0);
              }
            });
  }

  @Property(tries = 300)
  void statusFollowsTheWeekPositionAndTheOnePredicate(@ForAll("cases") Case c) {
    LocalDate asOf = c.asOf();
    for (IkmWeekCompliance row : Compliance.asOf(c.snapshot(), asOf).rows()) {
      ProgrammeWeek week = row.week();
      boolean settled = week.visitRequired() && Overdue.isDue(week, asOf);
      assertEquals(settled && !row.isMet(), row.isOverdue(), row.toString());
      if (!week.visitRequired()) {
        assertEquals(WeekStatus.NOT_REQUIRED, row.status());
      } else if (asOf.isBefore(week.firstDay())) {
        assertEquals(WeekStatus.UPCOMING, row.status(), "a future week is never met early");
      } else if (!settled) {
        assertTrue(
            row.status() == WeekStatus.MET || row.status() == WeekStatus.AT_RISK, row.toString());
      }
      if (week.visitRequired()) {
        assertEquals(
            row.countedVisits().size() >= row.requiredVisits(), row.isMet(), row.toString());
      }
      for (LocalDate day : row.workingDaysLeft()) {
        assertFalse(day.isBefore(asOf));
        assertTrue(week.workingDays().contains(day));
      }
      if (!row.workingDaysLeft().isEmpty()) {
        assertFalse(asOf.isBefore(week.firstDay()) || asOf.isAfter(week.lastDay()));
        assertFalse(Overdue.isDue(week, asOf), "a due week has no working day left");
      }
    }
  }

  @Property(tries = 300)
  void visitsAfterTheAsOfDateChangeNothing(@ForAll("cases") Case c) {
    ProgrammeSnapshot known =
        ProgrammeSnapshot.builder()
            .from(c.snapshot())
            .visits(
                c.snapshot().visits().stream()
                    .filter(v -> !v.date().isAfter(c.asOf()))
                    .collect(Collectors.toList()))
            .build();
    assertEquals(Compliance.asOf(known, c.asOf()), Compliance.asOf(c.snapshot(), c.asOf()));
  }

  @Property(tries = 300)
  void sharesAreBetweenZeroAndOne(@ForAll("cases") Case c) {
    ComplianceReport report = Compliance.asOf(c.snapshot(), c.asOf());
    List<ComplianceTotals> all = new ArrayList<>(report.mentors().values());
    all.add(report.total());
    int mentorWeeks = 0;
    for (ComplianceTotals totals : all) {
      for (Share share : List.of(totals.metWeeks(), totals.evaluated())) {
        double f = share.fraction().orElse(0.5);
        assertTrue(f >= 0 && f <= 1, share.toString());
      }
      assertTrue(totals.workingMinutes() >= 0);
      assertTrue(totals.ikmsWithoutStage() >= 0);
    }
    for (ComplianceTotals totals : report.mentors().values()) {
      mentorWeeks += (int) totals.metWeeks().whole();
    }
    assertTrue(mentorWeeks <= report.total().metWeeks().whole());
    assertEquals(
        report.rows().size(),
        report.total().statusCounts().values().stream().mapToInt(Integer::intValue).sum());
    Statistics.label("settled weeks").collect(report.total().metWeeks().whole() > 0);
  }

  @Property(tries = 300)
  void reportDoesNotDependOnVisitOrder(@ForAll("cases") Case c, @ForAll long seed) {
    List<Visit> shuffled = new ArrayList<>(c.snapshot().visits());
    Collections.shuffle(shuffled, new Random(seed));
    ProgrammeSnapshot other =
        ProgrammeSnapshot.builder().from(c.snapshot()).visits(shuffled).build();
    assertEquals(Compliance.asOf(c.snapshot(), c.asOf()), Compliance.asOf(other, c.asOf()));
  }

  @Property(tries = 300)
  void reportDoesNotDependOnTheClockZone(
      @ForAll("cases") Case c,
      @ForAll("minutesOfDay") int minuteOfDay,
      @ForAll("zones") ZoneId clockZone) {
    ZoneId programmeZone = c.snapshot().programme().zone();
    Instant instant = c.asOf().atStartOfDay(programmeZone).plusMinutes(minuteOfDay).toInstant();
    ComplianceReport inProgrammeZone =
        Compliance.of(c.snapshot(), Clock.fixed(instant, programmeZone));
    ComplianceReport inOtherZone = Compliance.of(c.snapshot(), Clock.fixed(instant, clockZone));
    assertEquals(c.asOf(), inOtherZone.asOf());
    assertEquals(inProgrammeZone, inOtherZone);
    assertEquals(Compliance.asOf(c.snapshot(), c.asOf()), inOtherZone);
  }

  @Provide
  Arbitrary<Integer> minutesOfDay() {
    return Arbitraries.integers().between(0, 24 * 60 - 1).edgeCases(e -> e.includeOnly(0, 1439));
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(
            "UTC",
            "Pacific/Kiritimati",
            "Pacific/Pago_Pago",
            "Asia/Jakarta",
            "Asia/Jayapura",
            "America/New_York")
        .map(ZoneId::of);
  }

  @Property(tries = 300)
  void workloadHasOneRowPerMentorAndDayAndUsesThePredicate(
      @ForAll("cases") Case c, @ForAll("spans") int span) {
    LocalDate from = c.snapshot().programme().startDate().minusDays(3);
    LocalDate to = from.plusDays(span);
    List<MentorDayWorkload> rows = Workload.of(c.snapshot(), from, to, c.asOf());
    assertEquals(MENTORS.length * (span + 1), rows.size());
    for (MentorDayWorkload row : rows) {
      assertTrue(row.plannedVisits().containsAll(row.overdueVisits()));
      assertEquals(
          Overdue.isOverdue(row.date(), c.asOf()) ? row.plannedVisits() : List.of(),
          row.overdueVisits());
    }
    Set<IkmId> overdue = new TreeSet<>();
    for (MentorId mentor : MENTORS) {
      List<IkmId> ikms = Workload.overdueIkms(c.snapshot(), mentor, c.asOf());
      assertEquals(ImmutableList.copyOf(new TreeSet<>(ikms)), ikms, "sorted and distinct");
      assertTrue(c.snapshot().ikmsOf(mentor).containsAll(ikms));
      overdue.addAll(ikms);
    }
    Statistics.label("overdue IKMs this week").collect(!overdue.isEmpty());
  }

  @Provide
  Arbitrary<Integer> spans() {
    return Arbitraries.integers().between(0, 40);
  }

  @Property(tries = 100)
  void validProgrammesMeetEveryRequiredWeek(
      @ForAll("validSnapshots") ProgrammeSnapshot snapshot, @ForAll("afterEnd") int daysAfterEnd) {
    LocalDate asOf = snapshot.programme().endDate().plusDays(daysAfterEnd);
    ComplianceReport report = Compliance.asOf(snapshot, asOf);
    assertEquals(
        snapshot.programme().participants().size() * weeks(snapshot).size(), report.rows().size());
    for (IkmWeekCompliance row : report.rows()) {
      assertEquals(
          row.week().visitRequired() ? WeekStatus.MET : WeekStatus.NOT_REQUIRED,
          row.status(),
          row.toString());
    }
    assertEquals(List.of(), report.overdue());
    assertEquals(report.total().metWeeks().whole(), report.total().metWeeks().part());
    for (MentorId mentor : report.mentors().keySet()) {
      assertEquals(List.of(), Workload.overdueIkms(snapshot, mentor, asOf));
    }
  }

  @Provide
  Arbitrary<ProgrammeSnapshot> validSnapshots() {
    return IkmArbitraries.validSnapshots(2, 2);
  }

  @Provide
  Arbitrary<Integer> afterEnd() {
    return Arbitraries.integers().between(1, 8);
  }
}
