package io.github.ikmsdk.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.imports.RecordOutcome.Decision;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.rules.Rule;
import io.github.ikmsdk.core.rules.Severity;
import io.github.ikmsdk.core.rules.Subject;
import io.github.ikmsdk.core.rules.Validator;
import io.github.ikmsdk.core.rules.Violation;
import io.github.ikmsdk.core.testing.SeedFixtures;
import io.github.ikmsdk.core.visit.Visit;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The import engine on the seed programme of Manggarai Barat 2023 (three sentra, three mentors, 15
 * IKMs, one visit per IKM and week), without any JSON: records carry their place in the snapshot as
 * their origin.
 */
class ProgrammeImportTest {

  private static final ImportOptions PER_RECORD =
      ImportOptions.defaults().withMode(ImportMode.PER_RECORD);

  private static final ProgrammeSnapshot SEED = seedWithVisits();

  /**
   * The seed with one visit per IKM and week, less the visits that break a visit rule (those that
   * overlap in short weeks, where the visits wrap around), so that what an import rejects below is
   * due to the breakage a test makes.
   */
  private static ProgrammeSnapshot seedWithVisits() {
    ProgrammeSnapshot seed = SeedFixtures.manggaraiBarat2023();
    ProgrammeSnapshot all =
        seed.withVisits(SeedFixtures.weeklyVisits(seed, LocalTime.of(8, 0), LocalTime.of(12, 0)));
    Set<Subject> broken =
        Validator.standard().validate(all).violations().stream()
            .filter(v -> v.severity() == Severity.ERROR && v.rule() != Rule.WEEK_NOT_VISITED)
            .flatMap(v -> v.subjects().stream())
            .collect(Collectors.toSet());
    return all.withVisits(
        all.visits().stream()
            .filter(v -> !broken.contains(Subject.of(Subject.Kind.VISIT, v.id().value())))
            .collect(Collectors.toList()));
  }

  @Test
  void theSeedBreaksNoRuleButTheWeeksWithoutAVisitWhichAnImportReportsAsWarnings() {
    List<Violation> errors =
        Validator.standard().validate(SEED).violations().stream()
            .filter(v -> v.severity() == Severity.ERROR)
            .collect(Collectors.toList());
    assertFalse(errors.isEmpty());
    assertTrue(errors.stream().allMatch(v -> v.rule() == Rule.WEEK_NOT_VISITED), errors::toString);
  }

  @Test
  void everyRecordOfTheSeedIsCreatedInAnEmptyTargetAndTheResultIsTheSeed() {
    List<ImportRecord<String>> records = Records.of(SEED);
    ImportOutcome<String> outcome = ProgrammeImport.snapshot(records, 0, PER_RECORD);

    assertEquals(Optional.of(SEED), outcome.snapshot());
    assertEquals(RecordCounts.of(15, 0, 0, 0), outcome.counts(RecordType.IKM));
    assertEquals(RecordCounts.of(3, 0, 0, 0), outcome.counts(RecordType.SENTRA));
    assertEquals(RecordCounts.of(3, 0, 0, 0), outcome.counts(RecordType.ASSIGNMENT));
    assertEquals(SEED.visits().size(), outcome.counts(RecordType.VISIT).created());
    assertEquals(RecordCounts.of(records.size(), 0, 0, 0), outcome.totals());
    for (int i = 0; i < records.size(); i++) {
      assertEquals(records.get(i).origin(), outcome.records().get(i).record().origin());
    }
  }

  @Test
  void theSeedIntoItselfIsIgnoredAndOneChangedIkmIsUpdated() {
    List<ImportRecord<String>> records = Records.of(SEED);
    Ikm ikm = SEED.ikms().get(3);
    Ikm renamed = Ikm.builder().from(ikm).name("Tenun ikat songke Baru").build();
    ImportRecord<String> old = Records.find(records, RecordType.IKM, ikm.id().value());
    records = Records.replace(records, old, ImportRecord.of(renamed, old.origin()));

    ImportOutcome<String> outcome =
        ProgrammeImport.snapshot(records, 0, PER_RECORD.withTarget(SEED));

    assertEquals(RecordCounts.of(0, 1, 14, 0), outcome.counts(RecordType.IKM));
    assertEquals(RecordCounts.of(0, 1, records.size() - 1, 0), outcome.totals());
    assertEquals(renamed, outcome.snapshot().orElseThrow().ikm(ikm.id()).orElseThrow());
  }

  @Test
  void anUnreadableSentraTakesItsIkmsAndTheirVisitsWithItAndItsMentorKeepsNoIkm() {
    List<ImportRecord<String>> records = Records.of(SEED);
    records = Records.unreadable(records, RecordType.SENTRA, "S-01", true);
    List<String> ikmsOfS01 =
        SEED.ikms().stream()
            .filter(i -> i.sentra().equals(SentraId.of("S-01")))
            .map(i -> i.id().value())
            .collect(Collectors.toList());
    assertEquals(List.of("IKM-01", "IKM-02", "IKM-03", "IKM-04", "IKM-05"), ikmsOfS01);

    ImportOutcome<String> outcome = ProgrammeImport.snapshot(records, 0, PER_RECORD);

    RecordOutcome<String> s01 = Records.outcome(outcome, RecordType.SENTRA, "S-01");
    assertEquals(Decision.REJECTED, s01.decision());
    assertEquals(List.of(), s01.reasons(), "why it was not read is the origin's to say");
    ImportReason parent = ImportReason.parentRejected(RecordType.SENTRA, Optional.of("S-01"));
    for (String ikm : ikmsOfS01) {
      assertEquals(List.of(parent), Records.outcome(outcome, RecordType.IKM, ikm).reasons());
    }
    long visitsOfS01 =
        SEED.visits().stream().filter(v -> ikmsOfS01.contains(v.ikm().value())).count();
    for (RecordOutcome<String> o : outcome.records()) {
      if (o.record().type() == RecordType.VISIT) {
        Visit v = (Visit) o.record().value().orElseThrow();
        boolean dependent = ikmsOfS01.contains(v.ikm().value());
        assertEquals(dependent, o.isRejected(), v.id().value());
        if (dependent) {
          assertEquals(
              List.of(ImportReason.parentRejected(RecordType.IKM, Optional.of(v.ikm().value()))),
              o.reasons());
        }
      }
    }
    RecordOutcome<String> m01 = Records.outcome(outcome, RecordType.ASSIGNMENT, "M-01");
    assertFalse(m01.isRejected(), "the smallest unit that is wrong is the IKM, not the mentor");
    List<LeftOutElement> leftOut = new ArrayList<>();
    for (int i = 0; i < ikmsOfS01.size(); i++) {
      leftOut.add(
          LeftOutElement.of(
              RecordType.IKM, ikmsOfS01.get(i), i, ImportReason.Kind.PARENT_REJECTED, List.of()));
    }
    assertEquals(leftOut, m01.leftOut());

    assertEquals(RecordCounts.of(2, 0, 0, 1), outcome.counts(RecordType.SENTRA));
    assertEquals(RecordCounts.of(10, 0, 0, 5), outcome.counts(RecordType.IKM));
    assertEquals(RecordCounts.of(3, 0, 0, 0), outcome.counts(RecordType.ASSIGNMENT));
    assertEquals(
        RecordCounts.of(SEED.visits().size() - visitsOfS01, 0, 0, visitsOfS01),
        outcome.counts(RecordType.VISIT));
    assertEquals(records.size(), outcome.totals().input());
    ProgrammeSnapshot result = outcome.snapshot().orElseThrow();
    assertTrue(result.ikm(IkmId.of("IKM-01")).isEmpty());
    assertEquals(List.of(), result.assignments().get(0).ikms());
  }

  @Test
  void allOrNothingAppliesNothingWhenOneRecordIsRejected() {
    List<ImportRecord<String>> records = Records.of(SEED);
    records = Records.unreadable(records, RecordType.SENTRA, "S-02", true);

    ImportOutcome<String> outcome = ProgrammeImport.snapshot(records, 0, ImportOptions.defaults());

    assertEquals(Optional.empty(), outcome.snapshot());
    long rejected = 1 + 5 + visitsOf(6, 10);
    assertEquals(RecordCounts.of(0, 0, records.size() - rejected, rejected), outcome.totals());
  }

  @Test
  void aSentraWhoseKeyCouldNotBeReadIsUnknownToItsIkms() {
    List<ImportRecord<String>> records = Records.of(SEED);
    records = Records.unreadable(records, RecordType.SENTRA, "S-02", false);

    ImportOutcome<String> outcome = ProgrammeImport.snapshot(records, 0, PER_RECORD);

    assertEquals(
        List.of(ImportReason.unknownReference(RecordType.SENTRA, "S-02")),
        Records.outcome(outcome, RecordType.IKM, "IKM-06").reasons());
    assertEquals(records.size(), outcome.totals().input());
  }

  @Test
  void anIdenticalRepetitionIsIgnoredAndAChangedOneRejectedTheFirstKeptEitherWay() {
    List<ImportRecord<String>> records = Records.of(SEED);
    Mentor m02 = SEED.mentors().get(1);
    Mentor changed = Mentor.builder().from(m02).name("Nama Lain").build();
    records.add(ImportRecord.of(m02, "mentors/3"));
    records.add(ImportRecord.of(changed, "mentors/4"));

    ImportOutcome<String> outcome = ProgrammeImport.snapshot(records, 0, PER_RECORD);

    assertEquals(RecordCounts.of(3, 0, 1, 1), outcome.counts(RecordType.MENTOR));
    RecordOutcome<String> conflicting = outcome.records().get(records.size() - 1);
    assertEquals("mentors/4", conflicting.record().origin());
    assertEquals(
        List.of(ImportReason.conflictingDuplicate(RecordType.MENTOR, "M-02")),
        conflicting.reasons());
    assertEquals(m02, outcome.snapshot().orElseThrow().mentor(m02.id()).orElseThrow());
  }

  @Test
  void anIkmOfAnUnknownSentraIsRejectedAndLeftOutOfItsAssignment() {
    List<ImportRecord<String>> records = Records.of(SEED);
    Ikm ikm = SEED.ikms().get(7);
    ImportRecord<String> old = Records.find(records, RecordType.IKM, ikm.id().value());
    Ikm elsewhere = Ikm.builder().from(ikm).sentra(SentraId.of("S-99")).build();
    records = Records.replace(records, old, ImportRecord.of(elsewhere, old.origin()));

    ImportOutcome<String> outcome = ProgrammeImport.snapshot(records, 0, PER_RECORD);

    assertEquals(
        List.of(ImportReason.unknownReference(RecordType.SENTRA, "S-99")),
        Records.outcome(outcome, RecordType.IKM, "IKM-08").reasons());
    List<LeftOutElement> leftOut =
        Records.outcome(outcome, RecordType.ASSIGNMENT, "M-02").leftOut();
    assertEquals(1, leftOut.size());
    assertEquals("IKM-08", leftOut.get(0).key());
    assertEquals(2, leftOut.get(0).index());
    assertEquals(ImportReason.Kind.PARENT_REJECTED, leftOut.get(0).because());
    assertEquals(List.of("IKM-06", "IKM-07", "IKM-09", "IKM-10"), leftOut.get(0).kept());
    assertEquals(RecordCounts.of(14, 0, 0, 1), outcome.counts(RecordType.IKM));
  }

  @Test
  void aVisitLogIsDecidedAsItArrivesAgainstTheTarget() {
    ProgrammeSnapshot target = SEED.withVisits(List.of());
    ProgrammeImport.VisitLog<Integer> log = ProgrammeImport.visitLog(PER_RECORD.withTarget(target));
    List<Visit> visits = SEED.visits().subList(0, 4);
    for (int i = 0; i < visits.size(); i++) {
      log.add(ImportRecord.of(visits.get(i), i));
    }
    Visit stranger =
        Visit.builder()
            .from(visits.get(0))
            .id(VisitId.of(visits.get(0).id().value() + "-X"))
            .ikm(IkmId.of("IKM-99"))
            .build();
    log.add(ImportRecord.of(stranger, 4));
    log.add(ImportRecord.unreadable(RecordType.VISIT, Optional.of("V-?"), 5));
    log.add(ImportRecord.of(visits.get(1), 6));

    ImportOutcome<Integer> outcome = log.finish(0);

    assertEquals(RecordCounts.of(4, 0, 1, 2), outcome.counts(RecordType.VISIT));
    assertEquals(
        List.of(ImportReason.unknownReference(RecordType.IKM, "IKM-99")),
        outcome.records().get(4).reasons());
    assertEquals(visits, outcome.snapshot().orElseThrow().visits());
    assertThrows(IllegalStateException.class, () -> log.add(ImportRecord.of(visits.get(2), 7)));
  }

  @Test
  void aSourceThatCouldNotBeReadRejectsEveryRecordAndAppliesNothing() {
    List<ImportRecord<String>> records = Records.of(SEED).subList(0, 10);
    ImportOutcome<String> outcome = ProgrammeImport.snapshot(records, 2, PER_RECORD);

    assertEquals(RecordCounts.of(0, 0, 0, 10), outcome.totals());
    assertEquals(Optional.empty(), outcome.snapshot());
    for (RecordOutcome<String> o : outcome.records()) {
      assertEquals(List.of(ImportReason.documentRejected(2)), o.reasons());
    }
  }

  @Test
  void anotherProgrammeThanTheTargetsIsRejectedAndEverythingWithIt() {
    ProgrammeSnapshot other = SeedFixtures.manggaraiBarat2023();
    ProgrammeSnapshot target =
        ProgrammeSnapshot.builder()
            .from(other)
            .programme(
                Programme.builder().from(other.programme()).id(ProgrammeId.of("PRG-LAIN")).build())
            .build();

    ImportOutcome<String> outcome =
        ProgrammeImport.snapshot(Records.of(SEED), 0, PER_RECORD.withTarget(target));

    assertEquals(
        List.of(ImportReason.programmeMismatch(SEED.programme().id(), target.programme().id())),
        outcome.records().get(0).reasons());
    assertEquals(outcome.totals().input(), outcome.totals().rejected());
  }

  @Test
  void aSnapshotStartsWithItsThreeSectionsAndAVisitLogHoldsVisitsIntoATarget() {
    List<ImportRecord<String>> records = Records.of(SEED);
    assertThrows(
        IllegalArgumentException.class,
        () -> ProgrammeImport.snapshot(records.subList(1, records.size()), 0, PER_RECORD));
    assertThrows(IllegalArgumentException.class, () -> ProgrammeImport.visitLog(PER_RECORD));
    ProgrammeImport.VisitLog<String> log = ProgrammeImport.visitLog(PER_RECORD.withTarget(SEED));
    assertThrows(
        IllegalArgumentException.class,
        () -> log.add(ImportRecord.of(SEED.mentors().get(0), "mentors/0")));
  }

  /** The number of visits of the IKMs numbered {@code first} to {@code last}. */
  private static long visitsOf(int first, int last) {
    return SEED.visits().stream()
        .map(v -> Integer.parseInt(v.ikm().value().substring(4)))
        .filter(n -> n >= first && n <= last)
        .count();
  }
}
