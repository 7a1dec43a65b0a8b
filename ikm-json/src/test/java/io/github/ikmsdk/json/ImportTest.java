package io.github.ikmsdk.json;

import static com.google.common.collect.MoreCollectors.onlyElement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.imports.ImportMode;
import io.github.ikmsdk.core.imports.ImportOptions;
import io.github.ikmsdk.core.imports.RecordCounts;
import io.github.ikmsdk.core.imports.RecordType;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import io.github.ikmsdk.json.document.VisitLogDocument;
import io.github.ikmsdk.json.imports.ImportReport;
import io.github.ikmsdk.json.imports.ImportResult;
import io.github.ikmsdk.json.imports.ImportStatus;
import io.github.ikmsdk.json.imports.RejectedRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ImportTest {

  private static final IkmJson JSON = IkmJson.builder().includePersonalData(true).build();
  private static final ProgrammeSnapshot SEED = Seed.snapshot();
  private static final String GOOD = JSON.write(ProgrammeDocument.of(SEED));
  private static final ImportOptions PER_RECORD =
      ImportOptions.defaults().withMode(ImportMode.PER_RECORD);

  /**
   * The seed with IKM-07 broken (bad NIB): its visit is rejected by cascade (2 records), and its
   * mentor's assignment is kept without IKM-07, so that the mentor's four other IKMs keep their
   * mentor.
   */
  private static final String BROKEN_IKM =
      GOOD.replace("\"nib\": \"9120000000007\"", "\"nib\": \"12345\"");

  /** The 1-based line of the first occurrence of a text. */
  private static long lineOf(String json, String text) {
    int at = json.indexOf(text);
    assertTrue(at >= 0, text);
    return json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  static void assertAccounting(ImportReport report, long input) {
    for (RecordType t : RecordType.values()) {
      RecordCounts c = report.counts(t);
      assertEquals(c.input(), c.accepted() + c.rejected());
      assertEquals(c.rejected(), report.rejected().stream().filter(r -> r.type() == t).count());
    }
    assertEquals(input, report.totals().input());
  }

  static long records(ProgrammeSnapshot s) {
    return 3L
        + s.commodities().size()
        + s.sentra().size()
        + s.mentors().size()
        + s.ikms().size()
        + s.assignments().size()
        + s.leaves().size()
        + s.visits().size()
        + s.logbookEntries().size();
  }

  @Test
  void aReferenceToAMissingRecordIsAnErrorEvenIfAnotherKindOfRecordWithThatIdWasRejected() {
    // IKM-07 is rejected (bad NIB); visit V-0001 names "IKM-07" as its mentor, and no mentor
    // has that id: the dangling mentor is the visit's own fault, not a cascade of IKM-07.
    String json =
        BROKEN_IKM.replace(
            "\"id\": \"V-0001\",\n      \"mentor\": \"M-01\"",
            "\"id\": \"V-0001\",\n      \"mentor\": \"IKM-07\"");
    assertTrue(json.contains("\"mentor\": \"IKM-07\""));
    ImportResult r = JSON.importSnapshot(json, PER_RECORD);
    RejectedRecord visit =
        r.report().rejected().stream()
            .filter(x -> x.type() == RecordType.VISIT && x.key().equals(Optional.of("V-0001")))
            .findFirst()
            .orElseThrow();
    assertTrue(
        visit.reasons().stream()
            .anyMatch(
                p ->
                    p.severity() == JsonProblem.Severity.ERROR
                        && p.englishMessage().contains("mentor 'IKM-07'")),
        visit.reasons()::toString);
    assertAccounting(r.report(), records(SEED));
  }

  @Test
  void aCleanImportCreatesEverything() {
    ImportResult r = JSON.importSnapshot(GOOD, ImportOptions.defaults());
    assertEquals(ImportStatus.SUCCESS, r.report().status());
    assertEquals(records(SEED), r.report().totals().created());
    assertEquals(SEED, r.snapshot().orElseThrow());
    assertAccounting(r.report(), records(SEED));
  }

  @Test
  void reimportIntoTheSameSnapshotIgnoresEverythingAndUpdatesWhatChanged() {
    ImportResult same = JSON.importSnapshot(GOOD, ImportOptions.defaults().withTarget(SEED));
    assertEquals(records(SEED), same.report().totals().ignored());
    assertEquals(SEED, same.snapshot().orElseThrow());
    String changed = GOOD.replace("\"name\": \"Kopi\"", "\"name\": \"Kopi arabika\"");
    ImportResult r = JSON.importSnapshot(changed, ImportOptions.defaults().withTarget(SEED));
    assertEquals(RecordCounts.of(0, 1, 2, 0), r.report().counts(RecordType.COMMODITY));
    assertEquals("Kopi arabika", r.snapshot().orElseThrow().commodities().get(1).name());
  }

  @Test
  void perRecordRejectsTheBadRecordAndCascadesToItsChildren() {
    ImportResult r = JSON.importSnapshot(BROKEN_IKM, PER_RECORD);
    ImportReport report = r.report();
    assertEquals(ImportStatus.PARTIAL, report.status());
    assertAccounting(report, records(SEED));
    RejectedRecord ikm = rejected(report, RecordType.IKM, "IKM-07");
    assertEquals("/ikms/6", ikm.pointer());
    assertEquals("JSON-004", ikm.reasons().get(0).code());
    assertEquals("/ikms/6/nib", ikm.reasons().get(0).pointer());
    // The record is where its object starts; its reason is at the offending value.
    long nibLine = lineOf(BROKEN_IKM, "\"nib\": \"12345\"");
    assertEquals(nibLine, ikm.reasons().get(0).location().line(), ikm.toString());
    assertTrue(ikm.location().line() > 0 && ikm.location().line() < nibLine, ikm.toString());
    RejectedRecord visit = rejected(report, RecordType.VISIT, "V-0007");
    assertEquals("IMPORT-001", visit.reasons().get(0).code());
    assertEquals(
        "rejected because its parent ikm 'IKM-07' was rejected",
        visit.reasons().get(0).englishMessage());
    assertEquals(
        "ditolak karena induknya ikm 'IKM-07' ditolak", visit.reasons().get(0).indonesianMessage());
    // The smallest unit that is wrong is IKM-07 in the list of M-02, not the whole assignment.
    assertEquals(
        RecordCounts.of(SEED.assignments().size(), 0, 0, 0), report.counts(RecordType.ASSIGNMENT));
    JsonProblem leftOut =
        report.warnings().stream()
            .filter(w -> w.code().equals("IMPORT-006"))
            .collect(onlyElement());
    List<String> kept =
        SEED.ikmsOf(MentorId.of("M-02")).stream()
            .filter(i -> !i.value().equals("IKM-07"))
            .map(IkmId::value)
            .collect(Collectors.toList());
    assertEquals(
        "assignment 'M-02' is kept without ikm 'IKM-07' (rejected); kept: "
            + String.join(", ", kept),
        leftOut.englishMessage());
    assertEquals(
        "assignment 'M-02' tetap diterima tanpa ikm 'IKM-07' (ditolak); yang dipertahankan: "
            + String.join(", ", kept),
        leftOut.indonesianMessage());
    assertEquals(
        "/assignments/1/ikms/" + SEED.ikmsOf(MentorId.of("M-02")).indexOf(IkmId.of("IKM-07")),
        leftOut.pointer());
    assertEquals(2, report.rejected().size(), report.rejected().toString());
    ProgrammeSnapshot result = r.snapshot().orElseThrow();
    assertEquals(SEED.ikms().size() - 1, result.ikms().size());
    assertEquals(SEED.visits().size() - 1, result.visits().size());
    assertEquals(
        kept,
        result.ikmsOf(MentorId.of("M-02")).stream().map(IkmId::value).collect(Collectors.toList()));
  }

  @Test
  void ruleViolationsRejectTheRecordsTheyNameWithTheValidatorsCode() {
    String json = GOOD.replaceFirst("(\"id\": \"V-0002\",[^}]*\"end\": )\"12:00\"", "$1\"10:00\"");
    ImportResult r = JSON.importSnapshot(json, PER_RECORD);
    ImportReport report = r.report();
    assertEquals(ImportStatus.PARTIAL, report.status());
    RejectedRecord visit = rejected(report, RecordType.VISIT, "V-0002");
    assertEquals("IKM-R304", visit.reasons().get(0).code());
    assertEquals("/visits/1", visit.reasons().get(0).pointer());
    assertFalse(
        visit.reasons().get(0).englishMessage().equals(visit.reasons().get(0).indonesianMessage()));
    assertEquals(1, report.totals().rejected(), report.rejected().toString());
    assertAccounting(report, records(SEED));
    // A week without a visit names no input record: a warning, not a rejection.
    assertTrue(report.warnings().stream().anyMatch(w -> w.code().equals("IKM-R305")));
  }

  @Test
  void allOrNothingImportsNothingAndCountsTheGoodRecordsAsIgnored() {
    ImportResult r = JSON.importSnapshot(BROKEN_IKM, ImportOptions.defaults());
    assertEquals(ImportStatus.FAILED, r.report().status());
    assertFalse(r.snapshot().isPresent());
    assertEquals(0, r.report().totals().created());
    assertEquals(2, r.report().totals().rejected());
    assertEquals(records(SEED) - 2, r.report().totals().ignored());
    assertAccounting(r.report(), records(SEED));
  }

  @Test
  void dryRunCountsButProducesNothing() {
    ImportResult r = JSON.importSnapshot(BROKEN_IKM, PER_RECORD.withDryRun(true));
    assertTrue(r.report().dryRun());
    assertEquals(ImportStatus.PARTIAL, r.report().status());
    assertEquals(records(SEED) - 2, r.report().totals().created());
    assertFalse(r.snapshot().isPresent());
  }

  @Test
  void rejectedCommodityCascadesThroughSentraToIkmsAndTheirChildren() {
    String json =
        GOOD.replace(
            "\"kbli\": \"10761\",\n      \"minDurationMonths\"",
            "\"kbli\": \"1076\",\n      \"minDurationMonths\"");
    ImportReport report = JSON.importSnapshot(json, PER_RECORD).report();
    assertAccounting(report, records(SEED));
    assertEquals(1, report.counts(RecordType.COMMODITY).rejected());
    assertEquals(1, report.counts(RecordType.SENTRA).rejected());
    assertEquals(5, report.counts(RecordType.IKM).rejected());
    assertEquals(5, report.counts(RecordType.VISIT).rejected());
    // The assignment of the five IKMs is kept, without them, and says so.
    assertEquals(0, report.counts(RecordType.ASSIGNMENT).rejected());
    assertEquals(5, report.warnings().stream().filter(w -> w.code().equals("IMPORT-006")).count());
    RejectedRecord sentra = rejected(report, RecordType.SENTRA, "S-2");
    assertEquals(List.of("commodity", "KOPI"), sentra.reasons().get(0).arguments());
  }

  @Test
  void duplicatesAreCountedOnceAndConflictsRejected() {
    List<Visit> visits = new ArrayList<>(SEED.visits());
    visits.add(SEED.visits().get(0));
    visits.add(Visit.builder().from(SEED.visits().get(1)).status(VisitStatus.MISSED).build());
    ProgrammeSnapshot dup = ProgrammeSnapshot.builder().from(SEED).visits(visits).build();
    ImportReport report =
        JSON.importSnapshot(JSON.write(ProgrammeDocument.of(dup)), PER_RECORD).report();
    assertEquals(RecordCounts.of(15, 0, 1, 1), report.counts(RecordType.VISIT));
    assertEquals(
        "IMPORT-003", rejected(report, RecordType.VISIT, "V-0002").reasons().get(0).code());
    assertAccounting(report, records(dup));
  }

  @Test
  void unknownReferencesAreRejected() {
    String json =
        GOOD.replace(
            "\"mentor\": \"M-03\",\n      \"ikm\": \"IKM-15\"",
            "\"mentor\": \"M-99\",\n      \"ikm\": \"IKM-15\"");
    ImportReport report = JSON.importSnapshot(json, PER_RECORD).report();
    RejectedRecord visit = rejected(report, RecordType.VISIT, "V-0015");
    assertEquals("IMPORT-002", visit.reasons().get(0).code());
  }

  @Test
  void anUnreadableDocumentRejectsEveryRecordItCouldSee() {
    String json = GOOD.replace("\"schemaVersion\": 2", "\"schemaVersion\": 9");
    ImportReport report = JSON.importSnapshot(json, PER_RECORD).report();
    assertEquals(ImportStatus.FAILED, report.status());
    assertEquals("JSON-007", report.documentProblems().get(0).code());
    assertEquals(records(SEED), report.totals().rejected());
    assertEquals("IMPORT-004", report.rejected().get(0).reasons().get(0).code());
    ImportReport garbage = JSON.importSnapshot("{]", PER_RECORD).report();
    assertEquals(ImportStatus.FAILED, garbage.status());
    assertEquals(0, garbage.totals().input());
  }

  @Test
  void programmeMismatchWithTheTargetFailsTheImport() {
    String json = GOOD.replace("\"id\": \"MABAR-2023\"", "\"id\": \"OTHER\"");
    ImportReport report = JSON.importSnapshot(json, PER_RECORD.withTarget(SEED)).report();
    assertEquals(ImportStatus.FAILED, report.status());
    assertEquals(
        "IMPORT-005", rejected(report, RecordType.PROGRAMME, "OTHER").reasons().get(0).code());
    assertEquals(records(SEED), report.totals().rejected());
  }

  @Test
  void visitLogImportIntoATarget() {
    ProgrammeSnapshot target = ProgrammeSnapshot.builder().from(SEED).visits(List.of()).build();
    List<Visit> visits = new ArrayList<>(SEED.visits());
    String log =
        JSON.write(VisitLogDocument.of(Seed.PROGRAMME, visits))
            .replace("\"ikm\": \"IKM-04\"", "\"ikm\": \"IKM-99\"")
            .replace(
                "\"date\": \"2023-08-16\",\n      \"start\": \"08:00\"",
                "\"date\": \"2023-08-16\",\n      \"start\": 730");
    ImportResult r = JSON.importVisitLog(log, PER_RECORD.withTarget(target));
    ImportReport report = r.report();
    assertEquals(ImportStatus.PARTIAL, report.status());
    assertAccounting(report, 15);
    assertEquals(
        "IMPORT-002", rejected(report, RecordType.VISIT, "V-0004").reasons().get(0).code());
    assertEquals("JSON-003", rejected(report, RecordType.VISIT, "V-0003").reasons().get(0).code());
    assertTrue(report.counts(RecordType.VISIT).rejected() >= 2);
    assertEquals(
        report.counts(RecordType.VISIT).created(), r.snapshot().orElseThrow().visits().size());
    ImportResult again =
        JSON.importVisitLog(
            JSON.write(VisitLogDocument.of(Seed.PROGRAMME, SEED.visits())),
            ImportOptions.defaults().withTarget(SEED));
    assertEquals(RecordCounts.of(0, 0, 15, 0), again.report().counts(RecordType.VISIT));
    assertThrows(
        IllegalArgumentException.class, () -> JSON.importVisitLog(log, ImportOptions.defaults()));
  }

  private static RejectedRecord rejected(ImportReport report, RecordType type, String key) {
    return report.rejected().stream()
        .filter(r -> r.type() == type && r.key().equals(Optional.of(key)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(type + " " + key + " not in " + report.rejected()));
  }
}
