package io.github.ikmsdk.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.imports.RecordOutcome.Decision;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.testing.IkmArbitraries;
import io.github.ikmsdk.core.visit.Visit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The import engine on generated valid snapshots ({@link IkmArbitraries#validSnapshots()}) split
 * into records: imported into nothing they are reproduced, into themselves they are ignored, and a
 * targeted breakage of one record rejects exactly that record and the records that depend on it,
 * every record counted once.
 */
class ProgrammeImportProperties {

  private static final ImportOptions PER_RECORD =
      ImportOptions.defaults().withMode(ImportMode.PER_RECORD);

  @Provide
  Arbitrary<ProgrammeSnapshot> valid() {
    return IkmArbitraries.validSnapshots();
  }

  @Property(tries = 40)
  void aValidSnapshotImportedIntoNothingIsReproducedEveryRecordCreatedOnce(
      @ForAll("valid") ProgrammeSnapshot s) {
    List<ImportRecord<String>> records = Records.of(s);
    ImportOutcome<String> outcome = ProgrammeImport.snapshot(records, 0, PER_RECORD);

    assertEquals(Optional.of(s), outcome.snapshot());
    assertEquals(RecordCounts.of(records.size(), 0, 0, 0), outcome.totals());
    assertEquals(inputCounts(records), createdCounts(outcome));
    assertEquals(
        records.stream().map(ImportRecord::origin).collect(Collectors.toList()),
        outcome.records().stream().map(o -> o.record().origin()).collect(Collectors.toList()));
  }

  @Property(tries = 40)
  void aValidSnapshotImportedIntoItselfIsIgnoredRecordByRecord(
      @ForAll("valid") ProgrammeSnapshot s) {
    List<ImportRecord<String>> records = Records.of(s);
    ImportOutcome<String> outcome = ProgrammeImport.snapshot(records, 0, PER_RECORD.withTarget(s));

    assertEquals(Optional.of(s), outcome.snapshot());
    assertEquals(RecordCounts.of(0, 0, records.size(), 0), outcome.totals());
  }

  @Property(tries = 60)
  void anUnreadableSentraRejectsExactlyItselfItsIkmsAndTheirVisitsAndLogbooks(
      @ForAll("valid") ProgrammeSnapshot s, @ForAll long seed) {
    SentraId sentra = s.sentra().get(new Random(seed).nextInt(s.sentra().size())).id();
    Set<IkmId> ikms =
        s.ikms().stream()
            .filter(i -> i.sentra().equals(sentra))
            .map(Ikm::id)
            .collect(Collectors.toSet());
    Set<String> expected = new TreeSet<>();
    expected.add(RecordType.SENTRA + " " + sentra.value());
    ikms.forEach(i -> expected.add(RecordType.IKM + " " + i.value()));
    for (Visit v : s.visits()) {
      if (ikms.contains(v.ikm())) {
        expected.add(RecordType.VISIT + " " + v.id().value());
      }
    }
    for (LogbookEntry e : s.logbookEntries()) {
      if (ikms.contains(e.ikm())) {
        expected.add(RecordType.LOGBOOK_ENTRY + " " + e.id().value());
      }
    }
    List<ImportRecord<String>> records =
        Records.unreadable(Records.of(s), RecordType.SENTRA, sentra.value(), true);

    ImportOutcome<String> outcome = ProgrammeImport.snapshot(records, 0, PER_RECORD);

    assertEquals(expected, rejected(outcome));
    for (RecordOutcome<String> o : outcome.records()) {
      assertTrue(
          o.reasons().stream().allMatch(r -> r.kind() == ImportReason.Kind.PARENT_REJECTED),
          o::toString);
    }
    assertEquals(records.size(), outcome.totals().input());
    assertEquals(records.size() - expected.size(), outcome.totals().created());
    ProgrammeSnapshot result = outcome.snapshot().orElseThrow();
    assertTrue(
        result.assignments().stream().flatMap(a -> a.ikms().stream()).noneMatch(ikms::contains));
  }

  @Property(tries = 60)
  void aVisitOfAnUnknownIkmRejectsExactlyThatVisit(
      @ForAll("valid") ProgrammeSnapshot generated, @ForAll long seed) {
    // Without the logbook, which cites visits and whose rules are not what this is about.
    ProgrammeSnapshot s = generated.withLogbookEntries(List.of());
    Visit v = s.visits().get(new Random(seed).nextInt(s.visits().size()));
    List<ImportRecord<String>> records = Records.of(s);
    ImportRecord<String> old = Records.find(records, RecordType.VISIT, v.id().value());
    Visit stranger = Visit.builder().from(v).ikm(IkmId.of("IKM-TIDAK-ADA")).build();
    records = Records.replace(records, old, ImportRecord.of(stranger, old.origin()));

    ImportOutcome<String> outcome = ProgrammeImport.snapshot(records, 0, PER_RECORD);

    assertEquals(Set.of(RecordType.VISIT + " " + v.id().value()), rejected(outcome));
    assertEquals(
        List.of(ImportReason.unknownReference(RecordType.IKM, "IKM-TIDAK-ADA")),
        Records.outcome(outcome, RecordType.VISIT, v.id().value()).reasons());
    assertEquals(RecordCounts.of(records.size() - 1, 0, 0, 1), outcome.totals());
  }

  @Property(tries = 40)
  void aRepeatedRecordIsIgnoredAndAChangedRepetitionRejectedAloneInAVisitLog(
      @ForAll("valid") ProgrammeSnapshot generated, @ForAll long seed) {
    ProgrammeSnapshot s = generated.withLogbookEntries(List.of());
    Random random = new Random(seed);
    Visit repeated = s.visits().get(random.nextInt(s.visits().size()));
    Visit changed = Visit.builder().from(repeated).notes("diubah").build();
    ProgrammeImport.VisitLog<Integer> log =
        ProgrammeImport.visitLog(PER_RECORD.withTarget(s.withVisits(List.of())));
    int origin = 0;
    for (Visit v : s.visits()) {
      log.add(ImportRecord.of(v, origin++));
    }
    log.add(ImportRecord.of(repeated, origin++));
    log.add(ImportRecord.of(changed, origin));

    ImportOutcome<Integer> outcome = log.finish(0);

    int n = s.visits().size();
    assertEquals(RecordCounts.of(n, 0, 1, 1), outcome.counts(RecordType.VISIT));
    assertEquals(Decision.IGNORED, outcome.records().get(n).decision());
    assertEquals(
        List.of(ImportReason.conflictingDuplicate(RecordType.VISIT, repeated.id().value())),
        outcome.records().get(n + 1).reasons());
    assertEquals(s, outcome.snapshot().orElseThrow());
  }

  private static Set<String> rejected(ImportOutcome<?> outcome) {
    return outcome.records().stream()
        .filter(RecordOutcome::isRejected)
        .map(o -> o.record().type() + " " + o.record().key().orElse("?"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Map<RecordType, Long> inputCounts(List<ImportRecord<String>> records) {
    Map<RecordType, Long> counts = new EnumMap<>(RecordType.class);
    for (RecordType t : RecordType.values()) {
      counts.put(t, records.stream().filter(r -> r.type() == t).count());
    }
    return counts;
  }

  private static Map<RecordType, Long> createdCounts(ImportOutcome<String> outcome) {
    Map<RecordType, Long> counts = new EnumMap<>(RecordType.class);
    outcome.counts().forEach((t, c) -> counts.put(t, c.created()));
    return counts;
  }
}
