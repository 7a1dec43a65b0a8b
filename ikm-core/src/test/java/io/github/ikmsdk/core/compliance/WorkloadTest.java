package io.github.ikmsdk.core.compliance;

import static io.github.ikmsdk.core.compliance.Seed.I2;
import static io.github.ikmsdk.core.compliance.Seed.I3;
import static io.github.ikmsdk.core.compliance.Seed.I4;
import static io.github.ikmsdk.core.compliance.Seed.I5;
import static io.github.ikmsdk.core.compliance.Seed.M1;
import static io.github.ikmsdk.core.compliance.Seed.M2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadTest {

  private static final LocalDate MON_21 = LocalDate.of(2023, 8, 21);
  private static final LocalDate THU_24 = LocalDate.of(2023, 8, 24);
  private static final LocalDate FRI_25 = LocalDate.of(2023, 8, 25);

  private final ProgrammeSnapshot seed = Seed.snapshot();

  private static MentorDayWorkload day(List<MentorDayWorkload> rows, MentorId m, LocalDate d) {
    return rows.stream()
        .filter(r -> r.mentor().equals(m) && r.date().equals(d))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void onePerMentorAndDay() {
    List<MentorDayWorkload> rows = Workload.of(seed, MON_21, FRI_25, FRI_25);
    assertEquals(10, rows.size());
    assertEquals(M1, rows.get(0).mentor());
    assertEquals(MON_21, rows.get(0).date());
    assertEquals(M2, rows.get(9).mentor());
    assertEquals(FRI_25, rows.get(9).date());
    MentorDayWorkload monday = day(rows, M1, MON_21);
    assertEquals(List.of(VisitId.of("V-05")), monday.completedVisits());
    assertEquals(List.of(), monday.plannedVisits());
  }

  @Test
  void plannedVisitIsOverdueOnlyAfterItsDay() {
    VisitId v7 = VisitId.of("V-07");
    MentorDayWorkload onTheDay = day(Workload.of(seed, THU_24, THU_24, THU_24), M1, THU_24);
    assertEquals(List.of(v7), onTheDay.plannedVisits());
    assertEquals(List.of(), onTheDay.overdueVisits(), "due today is not overdue");

    MentorDayWorkload dayAfter = day(Workload.of(seed, THU_24, THU_24, FRI_25), M1, THU_24);
    assertEquals(List.of(v7), dayAfter.plannedVisits());
    assertEquals(List.of(v7), dayAfter.overdueVisits());
  }

  @Test
  void overdueIkmsThisWeek() {
    // Monday of W34: W33 was missed by I-04 and too short for I-02.
    assertEquals(List.of(I2, I4), Workload.overdueIkms(seed, M1, MON_21));
    // Thursday: nothing new, the planned visit of I-04 is due today.
    assertEquals(List.of(I2, I4), Workload.overdueIkms(seed, M1, THU_24));
    // Friday 18 and Sunday 20: W33 is due from its last working day, Friday 18.
    assertEquals(List.of(I2, I4), Workload.overdueIkms(seed, M1, MON_21.minusDays(1)));
    assertEquals(List.of(I2, I4), Workload.overdueIkms(seed, M1, MON_21.minusDays(3)));
    // Thursday 17 (a holiday): W33 is not yet due.
    assertEquals(List.of(), Workload.overdueIkms(seed, M1, MON_21.minusDays(4)));
    // Monday of W35: W34 was missed by I-03, I-04 and I-05; W33 is last week's news.
    assertEquals(List.of(I3, I4, I5), Workload.overdueIkms(seed, M1, LocalDate.of(2023, 8, 28)));
    assertEquals(List.of(), Workload.overdueIkms(seed, M2, MON_21));
  }

  @Test
  void overdueIkmsWithAClockUseTheProgrammeZone() {
    // 16:30 UTC on Sunday 20 August is 00:30 WITA on Monday 21 August.
    Clock utc = Clock.fixed(Instant.parse("2023-08-20T16:30:00Z"), ZoneOffset.UTC);
    assertEquals(List.of(I2, I4), Workload.overdueIkms(seed, M1, utc));
  }

  @Test
  void invalidRangesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Workload.of(seed, FRI_25, MON_21, FRI_25));
    assertThrows(
        IllegalArgumentException.class,
        () -> Workload.of(seed, MON_21, MON_21.plusDays(Workload.MAX_DAYS), FRI_25));
    assertEquals(
        2 * Workload.MAX_DAYS,
        Workload.of(seed, MON_21, MON_21.plusDays(Workload.MAX_DAYS - 1), FRI_25).size());
  }

  @Test
  void nullsAreRejected() {
    new NullPointerTester()
        .setDefault(ProgrammeSnapshot.class, seed)
        .setDefault(LocalDate.class, MON_21)
        .setDefault(MentorId.class, M1)
        .setDefault(Clock.class, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
        .testAllPublicStaticMethods(Workload.class);
  }
}
