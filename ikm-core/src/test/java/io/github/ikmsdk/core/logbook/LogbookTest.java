package io.github.ikmsdk.core.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.MentorId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogbookTest {

  private static final IkmId IKM = IkmId.of("IKM-01");

  private static LogbookEntry entry(String id, Stage stage, int day) {
    return LogbookEntry.builder()
        .id(LogbookEntryId.of(id))
        .ikm(IKM)
        .stage(stage)
        .date(LocalDate.of(2023, 8, day))
        .author(MentorId.of("M-01"))
        .build();
  }

  @Test
  void stagesKeepTheSourceOrderAndNames() {
    assertEquals(
        List.of(Stage.DIAGNOSIS, Stage.PLAN, Stage.MENTORING, Stage.EVALUATION),
        List.of(Stage.values()));
    assertEquals("diagnosis usaha", Stage.DIAGNOSIS.indonesianName());
    assertEquals("penyusunan rencana", Stage.PLAN.indonesianName());
    assertEquals("proses pendampingan", Stage.MENTORING.indonesianName());
    assertEquals("evaluasi hasil", Stage.EVALUATION.indonesianName());
    assertTrue(Stage.MENTORING.isRepeatable());
    assertFalse(Stage.EVALUATION.isRepeatable());
  }

  @Test
  void logbookKeepsRecordingOrderAndReadsTheSequenceByDate() {
    LogbookEntry diagnosis = entry("LB-1", Stage.DIAGNOSIS, 14);
    LogbookEntry plan = entry("LB-2", Stage.PLAN, 21);
    LogbookEntry mentoring = entry("LB-3", Stage.MENTORING, 28);
    LogbookEntry other =
        LogbookEntry.builder()
            .from(entry("LB-9", Stage.EVALUATION, 29))
            .ikm(IkmId.of("IKM-02"))
            .build();
    Logbook logbook = Logbook.of(IKM, List.of(mentoring, other, diagnosis, plan));
    assertEquals(List.of(mentoring, diagnosis, plan), logbook.entries());
    assertEquals(List.of(diagnosis, plan, mentoring), logbook.sequence());
    assertEquals(Optional.of(Stage.MENTORING), logbook.currentStage());
    assertFalse(logbook.isLocked());

    LogbookEntry evaluation = entry("LB-4", Stage.EVALUATION, 30);
    Logbook locked = Logbook.of(IKM, List.of(diagnosis, plan, mentoring, evaluation));
    assertTrue(locked.isLocked());
    assertEquals(Optional.of(LocalDate.of(2023, 8, 30)), locked.lockedSince());
    assertEquals(Optional.empty(), Logbook.of(IKM, List.of()).currentStage());
  }

  private static LogbookEntry recorded(LogbookEntry e, String time) {
    return LogbookEntry.builder()
        .from(e)
        .recordedAt(Instant.parse("2023-08-30T" + time + "Z"))
        .recordedBy("operator")
        .build();
  }

  @Test
  void sameDateEntriesFollowTheirRecordingTimeNeverStageOrId() {
    LogbookEntry evaluation = recorded(entry("LB-7", Stage.EVALUATION, 30), "02:00:00");
    LogbookEntry mentoringB = recorded(entry("LB-8", Stage.MENTORING, 30), "03:00:00");
    LogbookEntry mentoringA = recorded(entry("LB-9", Stage.MENTORING, 30), "01:00:00");
    Logbook one = Logbook.of(IKM, List.of(evaluation, mentoringB, mentoringA));
    assertEquals(List.of(mentoringA, evaluation, mentoringB), one.sequence());
    assertEquals(List.of(evaluation, mentoringB, mentoringA), one.entries());
    assertEquals(Optional.of(LocalDate.of(2023, 8, 30)), one.lockedSince());
  }

  @Test
  void entriesWithoutRecordingTimeKeepTheirListedOrderBeforeTimedOnes() {
    LogbookEntry evaluation = entry("LB-7", Stage.EVALUATION, 30);
    LogbookEntry mentoringB = entry("LB-8", Stage.MENTORING, 30);
    LogbookEntry mentoringA = entry("LB-9", Stage.MENTORING, 30);
    LogbookEntry timed = recorded(entry("LB-6", Stage.MENTORING, 30), "00:00:00");
    LogbookEntry earlier = entry("LB-5", Stage.PLAN, 29);
    Logbook logbook = Logbook.of(IKM, List.of(timed, mentoringB, evaluation, mentoringA, earlier));
    assertEquals(List.of(earlier, mentoringB, evaluation, mentoringA, timed), logbook.sequence());
  }

  @Test
  void recordingTimeIsKeptToTheMillisecond() {
    LogbookEntry e =
        LogbookEntry.builder()
            .from(entry("LB-1", Stage.DIAGNOSIS, 14))
            .recordedAt(Instant.parse("2023-08-14T01:30:00.123456789Z"))
            .build();
    assertEquals(Optional.of(Instant.parse("2023-08-14T01:30:00.123Z")), e.recordedAt());
    assertThrows(
        IllegalArgumentException.class,
        () -> LogbookEntry.builder().from(e).recordedBy(" ").build());
  }

  @Test
  void amendmentsKeepTheOriginalAndAreFoundByTheEntryTheyCorrect() {
    LogbookEntry diagnosis =
        LogbookEntry.builder()
            .from(entry("LB-1", Stage.DIAGNOSIS, 14))
            .findings("Omzet 5 juta")
            .build();
    LogbookEntry correction =
        LogbookEntry.builder()
            .from(entry("LB-2", Stage.DIAGNOSIS, 16))
            .findings("Omzet 7 juta")
            .amendment(
                Amendment.builder()
                    .amends(diagnosis.id())
                    .addChanges(FieldChange.of("findings", "Omzet 5 juta", "Omzet 7 juta"))
                    .reason("salah catat")
                    .build())
            .build();
    Logbook logbook = Logbook.of(IKM, List.of(diagnosis, correction));
    assertEquals(List.of(diagnosis, correction), logbook.entries());
    assertEquals(List.of(diagnosis), logbook.entries(Stage.DIAGNOSIS));
    assertEquals(List.of(correction), logbook.amendmentsOf(diagnosis.id()));
    assertTrue(correction.isAmendment());
    assertFalse(diagnosis.isAmendment());
  }

  @Test
  void amendmentMustChangeSomething() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Amendment.builder().amends(LogbookEntryId.of("LB-1")).build());
    assertEquals("amendment of LB-1 must change at least one field", e.getMessage());
  }

  @Test
  void indicatorsRejectNegativeNumbers() {
    assertEquals(
        "monthly turnover must not be negative, was -1",
        assertThrows(
                IllegalArgumentException.class,
                () -> Indicators.builder().monthlyTurnoverRupiah(-1).build())
            .getMessage());
    assertEquals(
        "production capacity must not be negative, was -5",
        assertThrows(IllegalArgumentException.class, () -> ProductionCapacity.of(-5, "kg"))
            .getMessage());
    Indicators before =
        Indicators.builder()
            .monthlyTurnoverRupiah(5_000_000)
            .workers(3)
            .productionCapacity(ProductionCapacity.of(40, "lembar per bulan"))
            .products(2)
            .addCertifications(Certification.PIRT)
            .build();
    assertEquals(40, before.productionCapacity().orElseThrow().quantity());
    new EqualsTester()
        .addEqualityGroup(before, Indicators.builder().from(before).build())
        .addEqualityGroup(Indicators.builder().from(before).workers(4).build())
        .addEqualityGroup(Indicators.builder().build())
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(IkmId.class, IKM)
            .setDefault(LogbookEntryId.class, LogbookEntryId.of("LB-1"));
    tester.testAllPublicStaticMethods(Logbook.class);
    tester.testAllPublicInstanceMethods(
        Logbook.of(IKM, List.of(entry("LB-1", Stage.DIAGNOSIS, 14))));
  }
}
