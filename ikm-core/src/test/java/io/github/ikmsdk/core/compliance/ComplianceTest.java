package io.github.ikmsdk.core.compliance;

import static io.github.ikmsdk.core.compliance.Seed.I1;
import static io.github.ikmsdk.core.compliance.Seed.I2;
import static io.github.ikmsdk.core.compliance.Seed.I3;
import static io.github.ikmsdk.core.compliance.Seed.I4;
import static io.github.ikmsdk.core.compliance.Seed.I5;
import static io.github.ikmsdk.core.compliance.Seed.M1;
import static io.github.ikmsdk.core.compliance.Seed.M2;
import static io.github.ikmsdk.core.compliance.Seed.WITA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComplianceTest {

  private static final IsoWeek W33 = IsoWeek.parse("2023-W33");
  private static final IsoWeek W34 = IsoWeek.parse("2023-W34");
  private static final IsoWeek W35 = IsoWeek.parse("2023-W35");
  private static final LocalDate WED_16 = LocalDate.of(2023, 8, 16);
  private static final LocalDate FRI_18 = LocalDate.of(2023, 8, 18);

  private final ProgrammeSnapshot seed = Seed.snapshot();

  private static Clock wita(int month, int day, int hour) {
    return Clock.fixed(
        OffsetDateTime.of(2023, month, day, hour, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant(),
        WITA);
  }

  private ProgrammeSnapshot withProgramme(Programme programme) {
    return ProgrammeSnapshot.builder().from(seed).programme(programme).build();
  }

  private static IkmWeekCompliance row(ComplianceReport report, IkmId ikm, IsoWeek week) {
    return report.row(ikm, week).orElseThrow();
  }

  @Test
  void currentHolidayWeekIsAtRiskWithTwoWorkingDaysLeft() {
    ComplianceReport report = Compliance.of(seed, wita(8, 16, 10));

    assertEquals(WED_16, report.asOf());
    IkmWeekCompliance i4 = row(report, I4, W33);
    assertEquals(WeekStatus.AT_RISK, i4.status());
    assertEquals(List.of(WED_16, FRI_18), i4.workingDaysLeft());
    assertEquals(4, i4.week().workingDays().size());
    assertFalse(i4.isOverdue());
  }

  @Test
  void currentWeekStatusesOnWednesday() {
    ComplianceReport report = Compliance.asOf(seed, WED_16);

    IkmWeekCompliance i1 = row(report, I1, W33);
    assertEquals(WeekStatus.MET, i1.status());
    assertEquals(List.of(VisitId.of("V-01")), i1.countedVisits());
    assertEquals(240, i1.longestVisitMinutes());
    assertEquals(List.of(WED_16, FRI_18), i1.workingDaysLeft());

    IkmWeekCompliance i2 = row(report, I2, W33);
    assertEquals(WeekStatus.AT_RISK, i2.status(), "a short visit leaves the week open");
    assertEquals(List.of(VisitId.of("V-02")), i2.completedVisits());
    assertEquals(List.of(), i2.countedVisits());
    assertEquals(180, i2.longestVisitMinutes());

    assertEquals(WeekStatus.MET, row(report, I3, W33).status(), "a visit made today counts");

    IkmWeekCompliance i5 = row(report, I5, W33);
    assertEquals(WeekStatus.AT_RISK, i5.status(), "a visit dated after the as-of date is ignored");
    assertEquals(List.of(), i5.completedVisits());

    for (IkmId ikm : List.of(I1, I2, I3, I4, I5)) {
      assertEquals(WeekStatus.UPCOMING, row(report, ikm, W34).status());
      assertEquals(List.of(), row(report, ikm, W34).workingDaysLeft());
    }
    assertEquals(List.of(), report.overdue());
  }

  @Test
  void pastWeeksAreMetTooShortOrNotVisited() {
    ComplianceReport report = Compliance.asOf(seed, LocalDate.of(2023, 9, 4));

    assertEquals(WeekStatus.MET, row(report, I1, W33).status());
    assertEquals(WeekStatus.VISIT_TOO_SHORT, row(report, I2, W33).status());
    assertEquals(WeekStatus.MET, row(report, I3, W33).status());
    assertEquals(WeekStatus.NOT_VISITED, row(report, I4, W33).status());
    assertEquals(WeekStatus.MET, row(report, I5, W33).status());

    assertEquals(WeekStatus.MET, row(report, I1, W34).status());
    assertEquals(WeekStatus.MET, row(report, I2, W34).status());
    assertEquals(WeekStatus.NOT_VISITED, row(report, I3, W34).status());
    assertEquals(
        WeekStatus.NOT_VISITED, row(report, I4, W34).status(), "a planned visit is no visit");
    assertEquals(WeekStatus.MET, row(report, I1, W35).status());
    assertEquals(WeekStatus.NOT_VISITED, row(report, I2, W35).status());
    assertTrue(row(report, I2, W33).isOverdue());
    assertEquals(List.of(), row(report, I2, W33).workingDaysLeft());
  }

  @Test
  void weekIsDueOnItsLastWorkingDay() {
    // 2023-W33: Thursday 17 August is a holiday, Friday 18 the last working day.
    LocalDate friday = LocalDate.of(2023, 8, 18);
    IkmWeekCompliance onThursday = row(Compliance.asOf(seed, friday.minusDays(1)), I4, W33);
    assertEquals(friday, onThursday.dueDate());
    assertEquals(WeekStatus.AT_RISK, onThursday.status(), "not yet due");
    assertEquals(List.of(friday), onThursday.workingDaysLeft());

    IkmWeekCompliance onFriday = row(Compliance.asOf(seed, friday), I4, W33);
    assertEquals(WeekStatus.NOT_VISITED, onFriday.status(), "due on its last working day");
    assertTrue(onFriday.isOverdue());
    assertEquals(List.of(), onFriday.workingDaysLeft());
    assertEquals(WeekStatus.MET, row(Compliance.asOf(seed, friday), I5, W33).status());
  }

  @Test
  void todayIsTakenInTheProgrammeZoneNotTheClockZone() {
    // 17:00 UTC on Tuesday 15 August is 01:00 WITA on Wednesday 16 August.
    Clock utc = Clock.fixed(Instant.parse("2023-08-15T17:00:00Z"), ZoneOffset.UTC);
    assertEquals(LocalDate.of(2023, 8, 15), LocalDate.now(utc));
    assertEquals(WED_16, Compliance.today(seed, utc));
    assertEquals(Compliance.of(seed, wita(8, 16, 1)), Compliance.of(seed, utc));
    assertEquals(List.of(WED_16, FRI_18), row(Compliance.of(seed, utc), I4, W33).workingDaysLeft());
  }

  @Test
  void rowsCoverEveryParticipantAndWeekInOrder() {
    ComplianceReport report = Compliance.asOf(seed, WED_16);
    int weeks = seed.calendar().programmeWeeks(Seed.START, Seed.END).size();
    assertEquals(13, weeks);
    assertEquals(5 * weeks, report.rows().size());
    assertEquals(I1, report.rows().get(0).ikm());
    assertEquals(W33, report.rows().get(0).week().week());
    assertEquals(W34, report.rows().get(1).week().week());
    assertEquals(I5, report.rows().get(5 * weeks - 1).ikm());
    assertEquals(weeks, report.rows(I3).size());
    assertEquals(List.of(), report.rows(IkmId.of("I-99")));
    assertTrue(report.rows().stream().allMatch(r -> r.mentor().equals(Optional.of(M1))));
  }

  @Test
  void totalsOfMentorAndProgramme() {
    ComplianceReport report = Compliance.asOf(seed, LocalDate.of(2023, 8, 28));
    ComplianceTotals total = report.total();

    // Settled: W33 and W34 of five IKMs. Met: W33 I-01, I-03, I-05; W34 I-01, I-02.
    assertEquals(Share.of(5, 10), total.metWeeks());
    assertEquals(new BigDecimal("50.0"), total.metWeeks().percent().orElseThrow());
    assertEquals(1, total.statusCounts().get(WeekStatus.VISIT_TOO_SHORT));
    assertEquals(4, total.statusCounts().get(WeekStatus.NOT_VISITED));
    assertEquals(1, total.statusCounts().get(WeekStatus.MET) - 5, "W35 of I-01 is met early");
    assertEquals(4, total.statusCounts().get(WeekStatus.AT_RISK));
    assertEquals(5 * 13, total.statusCounts().values().stream().mapToInt(i -> i).sum());
    // V-01 240 + V-02 180 + V-03 270 + V-04 240 + V-05 240 + V-06 270 + V-08 240.
    assertEquals(7, total.completedVisits());
    assertEquals(1680, total.workingMinutes());
    assertEquals(
        Map.of(Stage.DIAGNOSIS, 1, Stage.PLAN, 1, Stage.MENTORING, 0, Stage.EVALUATION, 0),
        total.ikmsByStage());
    assertEquals(3, total.ikmsWithoutStage());
    assertEquals(Share.of(0, 5), total.evaluated());

    assertEquals(List.of(M1, M2), List.copyOf(report.mentors().keySet()));
    assertEquals(total, report.mentors().get(M1));
    ComplianceTotals none = report.mentors().get(M2);
    assertEquals(List.of(), none.ikms());
    assertTrue(none.metWeeks().isEmpty());
    assertEquals(0, none.workingMinutes());
  }

  @Test
  void stageAndMinutesCountOnlyWhatIsDatedUpToTheAsOfDate() {
    ComplianceTotals total = Compliance.asOf(seed, WED_16).total();
    assertEquals(690, total.workingMinutes());
    assertEquals(2, total.ikmsByStage().get(Stage.DIAGNOSIS));
    assertEquals(0, total.ikmsByStage().get(Stage.PLAN));
    assertTrue(total.metWeeks().isEmpty(), "no week is settled on Wednesday of the first week");
  }

  @Test
  void visitsOfAnotherMentorCountForTheIkmButNotForTheMentorsMinutes() {
    ProgrammeSnapshot snapshot =
        Seed.base()
            .visits(
                List.of(
                    Visit.builder()
                        .from(
                            Seed.visit(
                                "V-01", I1, "2023-08-14", "07:30", "12:00", VisitStatus.COMPLETED))
                        .mentor(M2)
                        .build()))
            .build();
    ComplianceReport report = Compliance.asOf(snapshot, LocalDate.of(2023, 8, 21));
    assertEquals(WeekStatus.MET, row(report, I1, W33).status());
    assertEquals(270, report.total().workingMinutes());
    assertEquals(0, report.mentors().get(M1).workingMinutes());
    assertEquals(0, report.mentors().get(M2).workingMinutes(), "M-02 visited no IKM of its own");
  }

  @Test
  void policyNumbersDecideTheStatus() {
    ProgrammeSnapshot twoPerWeek =
        seed.withPolicy(
            ProgrammePolicy.builder().minVisitsPerWeek(2).minVisitWorkingMinutes(180).build());
    ComplianceReport report = Compliance.asOf(twoPerWeek, LocalDate.of(2023, 8, 21));
    IkmWeekCompliance i2 = row(report, I2, W33);
    assertEquals(List.of(VisitId.of("V-02")), i2.countedVisits());
    assertEquals(WeekStatus.NOT_VISITED, i2.status(), "one visit of two required");
    assertEquals(2, i2.requiredVisits());
    assertEquals(180, i2.requiredMinutes());
  }

  @Test
  void weekWithTooFewWorkingDaysIsNotRequired() {
    ProgrammeSnapshot fromFriday =
        withProgramme(
            Programme.builder()
                .from(seed.programme())
                .startDate(FRI_18)
                .policy(ProgrammePolicy.builder().minWorkingDaysForRequiredWeek(2).build())
                .build());
    ComplianceReport report = Compliance.asOf(fromFriday, LocalDate.of(2023, 9, 4));
    IkmWeekCompliance i5 = row(report, I5, W33);
    assertEquals(WeekStatus.NOT_REQUIRED, i5.status());
    assertEquals(List.of(VisitId.of("V-04")), i5.countedVisits(), "the visit is still shown");
    assertFalse(i5.isOverdue());
  }

  @Test
  void duplicateVisitIdsCountOnce() {
    ProgrammeSnapshot twice =
        ProgrammeSnapshot.builder().from(seed).addVisits(seed.visits().get(0)).build();
    ComplianceReport report = Compliance.asOf(twice, LocalDate.of(2023, 9, 4));
    assertEquals(Compliance.asOf(seed, LocalDate.of(2023, 9, 4)), report);
  }

  @Test
  void beforeTheProgrammeEverythingIsUpcoming() {
    ComplianceReport report = Compliance.asOf(seed, LocalDate.of(2023, 8, 9));
    assertTrue(report.rows().stream().allMatch(r -> r.status() == WeekStatus.UPCOMING));
    assertTrue(report.total().metWeeks().isEmpty());
  }

  @Test
  void nullsAreRejected() {
    new NullPointerTester()
        .setDefault(ProgrammeSnapshot.class, seed)
        .setDefault(LocalDate.class, WED_16)
        .setDefault(Clock.class, wita(8, 16, 10))
        .testAllPublicStaticMethods(Compliance.class);
    assertThrows(NullPointerException.class, () -> Compliance.asOf(seed, null));
  }
}
