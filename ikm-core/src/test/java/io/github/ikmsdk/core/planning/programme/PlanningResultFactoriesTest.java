package io.github.ikmsdk.core.planning.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.testing.SeedFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The public factories of the planning results rebuild what the services compute, equal, and reject
 * inconsistent arguments with a message that says which and why.
 */
class PlanningResultFactoriesTest {

  private static final PlanningRequest SEED = PlanningRequest.of(SeedFixtures.manggaraiBarat2023());

  private static StartDateRanking seedRanking() {
    return StartDateRanker.rank(
        StartDateRequest.builder(SEED)
            .months(3)
            .starts(List.of(LocalDate.of(2023, 8, 14), LocalDate.of(2023, 9, 4)))
            .build());
  }

  @Test
  void theFactoriesRebuildTheRankingOfTheSeedEqual() {
    StartDateRanking ranking = seedRanking();
    List<StartOption> options = new ArrayList<>();
    int hardWeeks = 0;
    for (StartOption o : ranking.options()) {
      List<HardWeek> weeks = new ArrayList<>();
      for (HardWeek w : o.hardWeeks()) {
        HardWeek rebuilt =
            HardWeek.of(
                w.week(),
                w.firstDay(),
                w.lastDay(),
                w.workingDays(),
                w.requiredIkmWeeks(),
                w.coveredIkmWeeks(),
                w.holidays(),
                w.specialHours(),
                w.shortfalls());
        assertEquals(w, rebuilt);
        assertEquals(w.reasons(), rebuilt.reasons());
        assertEquals(w.remedies(), rebuilt.remedies());
        weeks.add(rebuilt);
      }
      hardWeeks += weeks.size();
      StartOption rebuilt =
          StartOption.of(
              o.rank(),
              o.start(),
              o.end(),
              o.months(),
              o.weeks(),
              o.requiredIkmWeeks(),
              o.coveredIkmWeeks(),
              weeks);
      assertEquals(o, rebuilt);
      options.add(rebuilt);
    }
    assertTrue(hardWeeks > 0, "the seed's holidays make hard weeks");
    assertEquals(
        ranking,
        StartDateRanking.of(
            ranking.programme(),
            ranking.commodity(),
            ranking.months(),
            ranking.participants(),
            options));
  }

  @Test
  void theFactoriesRebuildTheCapacityOfTheSeedAndItsAllocationEqual() {
    CapacityReport report = MentorCapacity.of(SEED);
    List<SentraCapacity> sentra = new ArrayList<>();
    for (SentraCapacity s : report.sentra()) {
      SentraCapacity rebuilt =
          SentraCapacity.of(
              s.sentra(),
              s.ikms(),
              s.caseload(),
              s.hardestWeek(),
              s.hardestWeekCapacity(),
              s.lowerBound(),
              s.mentorsNeeded(),
              s.assignedMentors(),
              s.uncoveredIkmWeeksByMentors());
      assertEquals(s, rebuilt);
      sentra.add(rebuilt);
    }
    CapacityReport rebuilt =
        CapacityReport.of(
            report.programme(), report.start(), report.end(), report.assignedMentors(), sentra);
    assertEquals(report, rebuilt);
    assertEquals(report.hashCode(), rebuilt.hashCode());
    for (SentraAllocation a : rebuilt.allocate(2)) {
      assertEquals(
          a, SentraAllocation.of(a.sentra(), a.mentors(), a.needed(), a.uncoveredIkmWeeks()));
    }
    assertEquals(report.allocate(2), rebuilt.allocate(2));
  }

  private static void assertRejected(String message, Executable factory) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, factory);
    assertTrue(e.getMessage().contains(message), e::getMessage);
  }

  @Test
  void inconsistentArgumentsAreRejectedWithTheirReason() {
    StartDateRanking ranking = seedRanking();
    StartOption best = ranking.best();
    HardWeek week =
        ranking.options().stream().flatMap(o -> o.hardWeeks().stream()).findFirst().orElseThrow();
    assertRejected(
        "firstDay 2023-01-02 is not in week",
        () ->
            HardWeek.of(
                week.week(),
                LocalDate.of(2023, 1, 2),
                week.lastDay(),
                week.workingDays(),
                week.requiredIkmWeeks(),
                week.coveredIkmWeeks(),
                week.holidays(),
                week.specialHours(),
                week.shortfalls()));
    assertRejected(
        "is not of week",
        () ->
            HardWeek.of(
                week.week().plusWeeks(1),
                week.week().plusWeeks(1).monday(),
                week.week().plusWeeks(1).sunday(),
                0,
                week.requiredIkmWeeks(),
                week.coveredIkmWeeks(),
                List.of(),
                List.of(),
                week.shortfalls()));
    assertRejected(
        "rank must be at least 1, was 0",
        () ->
            StartOption.of(
                0,
                best.start(),
                best.end(),
                best.months(),
                best.weeks(),
                best.requiredIkmWeeks(),
                best.coveredIkmWeeks(),
                best.hardWeeks()));
    assertRejected(
        "the hard weeks leave",
        () ->
            StartOption.of(
                1,
                best.start(),
                best.end(),
                best.months(),
                best.weeks(),
                best.requiredIkmWeeks(),
                best.requiredIkmWeeks(),
                best.hardWeeks()));
    assertRejected(
        "options must not be empty",
        () -> StartDateRanking.of(ProgrammeId.of("P"), Optional.empty(), 3, 1, List.of()));
    assertRejected(
        "option 0 has rank 2, expected 1",
        () ->
            StartDateRanking.of(
                ranking.programme(),
                Optional.empty(),
                3,
                ranking.participants(),
                List.of(ranking.options().get(1))));
    assertRejected(
        "uncoveredIkmWeeksByMentors must have 3 numbers",
        () ->
            SentraCapacity.of(
                SentraId.of("S"),
                2,
                5,
                Optional.empty(),
                0,
                1,
                OptionalInt.of(2),
                0,
                List.of(4, 0)));
    assertRejected(
        "must be positive up to mentorsNeeded and 0 at it, was 0 for 0 mentors",
        () ->
            SentraCapacity.of(
                SentraId.of("S"),
                2,
                5,
                Optional.empty(),
                0,
                0,
                OptionalInt.of(1),
                0,
                List.of(0, 0)));
    assertRejected(
        "0 without a hardest week",
        () ->
            SentraCapacity.of(
                SentraId.of("S"),
                1,
                5,
                Optional.empty(),
                3,
                1,
                OptionalInt.of(1),
                0,
                List.of(4, 0)));
    SentraCapacity a =
        SentraCapacity.of(
            SentraId.of("A"),
            1,
            5,
            Optional.of(IsoWeek.of(2023, 33)),
            1,
            1,
            OptionalInt.of(1),
            0,
            List.of(4, 0));
    SentraCapacity b =
        SentraCapacity.of(
            SentraId.of("B"), 1, 5, Optional.empty(), 0, 1, OptionalInt.empty(), 1, List.of(4, 2));
    assertFalse(b.minimumProven());
    assertRejected(
        "sentra must be by id, each once, but A follows B",
        () ->
            CapacityReport.of(
                ProgrammeId.of("P"),
                LocalDate.of(2023, 8, 14),
                LocalDate.of(2023, 11, 13),
                1,
                List.of(b, a)));
    assertRejected(
        "needed must not be negative, was -1",
        () -> SentraAllocation.of(SentraId.of("A"), 1, -1, 0));
  }
}
