package io.github.ikmsdk.core.planning.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.SpecialHours;
import io.github.ikmsdk.core.calendar.WeeklySchedule;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.planning.visit.ShortfallReason;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.testing.SeedFixtures;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProgrammePlanningTest {

  private static final Locale ID = Locale.forLanguageTag("id");

  private static StartDateRequest.Builder seedRequest() {
    return StartDateRequest.builder(PlanningRequest.of(SeedFixtures.manggaraiBarat2023()))
        .months(3)
        .starts(
            StartDateRequest.weekdays(2023, DayOfWeek.MONDAY).stream()
                .filter(d -> d.getMonthValue() >= 7 && d.getMonthValue() <= 9)
                .collect(Collectors.toList()));
  }

  /** The seed with its period ending on Sunday 12 November 2023 instead of Monday 13 November. */
  private static ProgrammeSnapshot seedEndingOnSunday() {
    ProgrammeSnapshot seed = SeedFixtures.manggaraiBarat2023();
    Programme p =
        Programme.builder().from(seed.programme()).endDate(LocalDate.of(2023, 11, 12)).build();
    return ProgrammeSnapshot.builder().from(seed).programme(p).build();
  }

  @Test
  void seedStartsAreRankedAsTheirPlansCoverThem() {
    StartDateRequest request = seedRequest().build();
    StartDateRanking ranking = StartDateRanker.rank(request);
    assertEquals(13, ranking.options().size());
    for (StartOption o : ranking.options()) {
      BruteForce.assertSameAsPlanner(request.planning(), o);
    }
    // September starts end on a Sunday and meet only Maulid Nabi (28 September).
    StartOption best = ranking.best();
    assertEquals(LocalDate.of(2023, 9, 4), best.start());
    assertEquals(LocalDate.of(2023, 12, 3), best.end());
    assertEquals(192, best.coveredIkmWeeks());
    assertEquals(195, best.requiredIkmWeeks());
    // The seed's own start: 17 August, 28 September, and a last week of one day (13 November).
    StartOption seed = ranking.option(SeedFixtures.START).orElseThrow();
    assertEquals(
        List.of("2023-W33", "2023-W39", "2023-W46"),
        seed.hardWeeks().stream().map(w -> w.week().toString()).collect(Collectors.toList()));
    HardWeek independence = seed.hardWeeks().get(0);
    assertEquals(4, independence.workingDays());
    assertEquals(12, independence.coveredIkmWeeks());
    assertEquals("Hari Kemerdekaan Republik Indonesia", independence.holidays().get(0).name());
    assertEquals(3, independence.reasons().get(ShortfallReason.NOT_ENOUGH_WORKING_TIME));
    assertFalse(independence.remedies().isEmpty());
    assertFalse(independence.lebaran());
    assertEquals(
        "Week 2023-W33 (2023-08-14 to 2023-08-20): 12 of 15 IKM-weeks can be covered under the"
            + " strict rules; 4 working days; days off: Hari Kemerdekaan Republik Indonesia"
            + " (2023-08-17); remedies offered: 9.",
        independence.message(Locale.ENGLISH));
    assertEquals(
        "Minggu 2023-W33 (2023-08-14 s.d. 2023-08-20): 12 dari 15 IKM-minggu dapat dipenuhi"
            + " menurut aturan ketat; 4 hari kerja; hari libur: Hari Kemerdekaan Republik Indonesia"
            + " (2023-08-17); solusi yang ditawarkan: 9.",
        independence.message(ID));
    assertEquals(1, seed.hardWeeks().get(2).workingDays());
    assertEquals(
        "Start 2023-08-14 (3 months, to 2023-11-13, 14 weeks): 192 of 210 IKM-weeks can be covered"
            + " under the strict rules and 18 cannot; hard weeks: 3; IKM-weeks without a remedy"
            + " the policy allows: 0.",
        seed.message(Locale.ENGLISH));
    assertTrue(seed.message(ID).startsWith("Mulai 2023-08-14 (3 bulan, s.d. 2023-11-13"));
  }

  @Test
  void perCommodityRankingUsesThatCommoditysIkmsOnly() {
    StartDateRanking kopi =
        StartDateRanker.rank(seedRequest().commodity(CommodityId.of("KOPI")).build());
    assertEquals(5, kopi.participants());
    assertEquals(65, kopi.best().requiredIkmWeeks());
    assertEquals(kopi.best().start(), LocalDate.of(2023, 9, 4));
  }

  @Test
  void ramadanHoursAndLebaranAreNamed() {
    ProgrammeSnapshot seed = SeedFixtures.manggaraiBarat2023();
    WeeklySchedule ramadan = WeeklySchedule.civilServantRamadan();
    ProgrammeSnapshot withRamadan =
        ProgrammeSnapshot.builder()
            .from(seed)
            .calendar(
                seed.calendar().toBuilder()
                    .addSpecialHours(
                        SpecialHours.of(
                            LocalDate.of(2027, 3, 16),
                            LocalDate.of(2027, 3, 19),
                            ramadan,
                            "Jam kerja khusus (uji)"))
                    .build())
            .build();
    StartDateRanking ranking =
        StartDateRanker.rank(
            StartDateRequest.builder(PlanningRequest.of(withRamadan))
                .months(3)
                .starts(List.of(LocalDate.of(2027, 2, 1)))
                .build());
    HardWeek lebaran =
        ranking.best().hardWeeks().stream()
            .filter(w -> w.week().equals(IsoWeek.parse("2027-W11")))
            .findFirst()
            .orElseThrow();
    // 2027-W10 (8-12 March: Nyepi, Idul Fitri and its cuti bersama) has no working day, so no
    // visit is due; 2027-W11 starts with the last cuti bersama of Idul Fitri.
    assertTrue(
        ranking.best().hardWeeks().stream()
            .noneMatch(w -> w.week().equals(IsoWeek.parse("2027-W10"))));
    assertTrue(lebaran.lebaran());
    assertEquals(4, lebaran.workingDays());
    assertEquals("Jam kerja khusus (uji)", lebaran.specialHours().get(0).name());
    assertTrue(
        lebaran
            .message(Locale.ENGLISH)
            .contains("; Lebaran week; special hours: Jam kerja khusus"));
    assertTrue(
        lebaran.message(ID).contains("; minggu Lebaran; jam kerja khusus: Jam kerja khusus"));
  }

  @Test
  void seedNeedsTwoMentorsPerSentraWhenItEndsOnSunday() {
    CapacityReport report = MentorCapacity.of(PlanningRequest.of(seedEndingOnSunday()));
    assertEquals(3, report.sentra().size());
    for (SentraCapacity s : report.sentra()) {
      assertEquals(IsoWeek.parse("2023-W33"), s.hardestWeek().orElseThrow());
      assertEquals(4, s.hardestWeekCapacity());
      assertEquals(2, s.mentorsNeeded().getAsInt());
      assertTrue(s.minimumProven());
      assertEquals(1, s.assignedMentors());
      assertEquals(1, s.shortBy());
      assertEquals(2, s.uncoveredIkmWeeks(1), "W33 and W39 each leave one IKM of five");
      assertEquals(0, s.uncoveredIkmWeeks(2));
    }
    assertEquals(6, report.mentorsNeeded().getAsInt());
    assertEquals(3, report.assignedMentors());
    SentraCapacity first = report.sentra().get(0);
    assertEquals(
        "Sentra S-01 (5 IKMs, at most 5 per mentor) needs 2 mentors to cover every required"
            + " IKM-week under the strict rules; in the hardest week, 2023-W33, one mentor can"
            + " cover 4 of its IKMs. With one mentor fewer, some mentor would have more IKMs than"
            + " that, so a week would stay uncovered. Mentors assigned in the snapshot: 1; short"
            + " by 1.",
        first.message(Locale.ENGLISH));
    assertTrue(first.message(ID).startsWith("Sentra S-01 (5 IKM, paling banyak 5 per pendamping)"));

    // Four mentors: the earliest sentra gets the extra one; the others lack one each.
    List<SentraAllocation> four = report.allocate(4);
    assertEquals(
        List.of(2, 1, 1),
        four.stream().map(SentraAllocation::mentors).collect(Collectors.toList()));
    assertEquals(
        List.of(0, 1, 1),
        four.stream().map(SentraAllocation::shortBy).collect(Collectors.toList()));
    assertEquals(
        List.of(0, 2, 2),
        four.stream().map(SentraAllocation::uncoveredIkmWeeks).collect(Collectors.toList()));
    assertEquals(
        "Sentra S-02: 1 mentors of the 2 needed (short by 1); IKM-weeks left uncovered under the"
            + " strict rules: 2.",
        four.get(1).message(Locale.ENGLISH));
    // More mentors than needed are not handed out.
    assertEquals(
        List.of(2, 2, 2),
        report.allocate(10).stream().map(SentraAllocation::mentors).collect(Collectors.toList()));
    assertEquals(
        List.of(0, 0, 0),
        report.allocate(0).stream().map(SentraAllocation::mentors).collect(Collectors.toList()));
    // Without a mentor every required IKM-week of the sentra stays uncovered: 5 IKMs, 13 weeks.
    assertEquals(65, report.allocate(0).get(0).uncoveredIkmWeeks());
  }

  @Test
  void oneDayLastWeekNeedsAMentorPerIkm() {
    CapacityReport report =
        MentorCapacity.of(PlanningRequest.of(SeedFixtures.manggaraiBarat2023()));
    SentraCapacity s = report.sentra(SentraId.of("S-02")).orElseThrow();
    assertEquals(IsoWeek.parse("2023-W46"), s.hardestWeek().orElseThrow());
    assertEquals(1, s.hardestWeekCapacity());
    assertEquals(5, s.mentorsNeeded().getAsInt());
    assertTrue(s.minimumProven());
  }

  @Test
  void badRequestsAreRejected() {
    PlanningRequest replan =
        PlanningRequest.builder(SeedFixtures.manggaraiBarat2023())
            .asOf(LocalDate.of(2023, 9, 1))
            .build();
    assertThrows(IllegalArgumentException.class, () -> StartDateRequest.builder(replan));
    assertThrows(IllegalArgumentException.class, () -> seedRequest().months(0));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            StartDateRequest.builder(PlanningRequest.of(SeedFixtures.manggaraiBarat2023()))
                .months(3)
                .build());
    CapacityReport report = MentorCapacity.of(PlanningRequest.of(seedEndingOnSunday()));
    assertThrows(IllegalArgumentException.class, () -> report.allocate(-1));
  }
}
