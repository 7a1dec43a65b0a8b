package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.imports.ImportMode;
import io.github.ikmsdk.core.imports.ImportOptions;
import io.github.ikmsdk.core.imports.RecordCounts;
import io.github.ikmsdk.core.imports.RecordType;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import io.github.ikmsdk.json.imports.ImportReport;
import io.github.ikmsdk.json.imports.ImportResult;
import io.github.ikmsdk.json.imports.ImportStatus;
import io.github.ikmsdk.json.imports.RejectedRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four promises of imports, case by case: no exception for a blank id, counts that match the
 * snapshot for duplicates, no NIK echoed in any message, and a bounded number of problems.
 */
class ImportHonestyTest {

  private static final IkmJson JSON = IkmJson.builder().includePersonalData(true).build();
  private static final ProgrammeSnapshot SEED = Seed.snapshot();
  private static final String GOOD = JSON.write(ProgrammeDocument.of(SEED));
  private static final String NIK = Seed.OWNER_NIK;
  private static final String MASKED = NIK.substring(0, 6) + "**********";

  private static List<ImportOptions> everyMode() {
    List<ImportOptions> out = new ArrayList<>();
    for (ImportMode mode : ImportMode.values()) {
      for (boolean dryRun : new boolean[] {false, true}) {
        ImportOptions o = ImportOptions.defaults().withMode(mode).withDryRun(dryRun);
        out.add(o);
        out.add(o.withTarget(SEED));
      }
    }
    return out;
  }

  // ------------------------------------------------------------ 1. never throws

  @ParameterizedTest
  @ValueSource(strings = {"TENUN", "S-1", "M-01", "IKM-01", "V-0001", "LB-01"})
  void aBlankIdIsARejectedRecordInEveryModeNotAnException(String id) {
    String json = GOOD.replaceFirst("\"id\": \"" + Pattern.quote(id) + "\"", "\"id\": \"\"");
    assertFalse(json.equals(GOOD), id);
    for (ImportOptions options : everyMode()) {
      ImportReport report = JSON.importSnapshot(json, options).report();
      assertTrue(report.totals().rejected() > 0, options.toString());
      RejectedRecord blank =
          report.rejected().stream()
              .filter(r -> r.key().isEmpty() || r.key().get().isBlank())
              .findFirst()
              .orElseThrow(() -> new AssertionError(report.toString()));
      assertFalse(blank.reasons().isEmpty());
      ImportTest.assertAccounting(report, ImportTest.records(SEED));
    }
  }

  // ------------------------------------------------------------ 2. counts never lie

  /** The seed's first logbook entry repeated at the end of its array, as {@code entry}. */
  private static String withRepeatedFirstEntry(String entry) {
    int at = GOOD.indexOf("\"logbookEntries\": [");
    int end = GOOD.indexOf("\n  ]", at);
    return GOOD.substring(0, end) + ",\n    " + entry + GOOD.substring(end);
  }

  private static String firstEntry() {
    int at = GOOD.indexOf("{", GOOD.indexOf("\"logbookEntries\": ["));
    int depth = 0;
    for (int i = at; ; i++) {
      char c = GOOD.charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth == 0) {
        return GOOD.substring(at, i + 1);
      }
    }
  }

  @Test
  void aChangedDuplicateLogbookEntryIsRejectedAndTheFirstKept() {
    String entry = firstEntry();
    String changed = entry.replace("Pewarna alam belum konsisten", "Diubah kemudian");
    assertFalse(changed.equals(entry));
    ImportResult r =
        JSON.importSnapshot(
            withRepeatedFirstEntry(changed),
            ImportOptions.defaults().withMode(ImportMode.PER_RECORD));
    RecordCounts c = r.report().counts(RecordType.LOGBOOK_ENTRY);
    assertEquals(RecordCounts.of(2, 0, 0, 1), c);
    assertEquals(ImportStatus.PARTIAL, r.report().status());
    RejectedRecord rejected = r.report().rejected().get(0);
    assertEquals("IMPORT-003", rejected.reasons().get(0).code());
    assertEquals("/logbookEntries/2", rejected.pointer());
    ProgrammeSnapshot s = r.snapshot().orElseThrow();
    assertEquals(SEED.logbookEntries(), s.logbookEntries());
    assertEquals(c.created(), s.logbookEntries().size());
  }

  @Test
  void anIdenticalDuplicateLogbookEntryIsIgnored() {
    ImportResult r =
        JSON.importSnapshot(
            withRepeatedFirstEntry(firstEntry()),
            ImportOptions.defaults().withMode(ImportMode.PER_RECORD));
    assertEquals(RecordCounts.of(2, 0, 1, 0), r.report().counts(RecordType.LOGBOOK_ENTRY));
    assertEquals(ImportStatus.SUCCESS, r.report().status());
    List<LogbookEntry> entries = r.snapshot().orElseThrow().logbookEntries();
    assertEquals(SEED.logbookEntries(), entries);
  }

  // ------------------------------------------------------------ 3. no NIK echoed

  private static List<JsonProblem> problems(ImportReport report) {
    List<JsonProblem> out = new ArrayList<>(report.documentProblems());
    out.addAll(report.warnings());
    report.rejected().forEach(r -> out.addAll(r.reasons()));
    return out;
  }

  @Test
  void aNikInTheWrongFieldIsMaskedInEveryMessage() {
    List<String> documents =
        List.of(
            GOOD.replace("\"nib\": \"9120000000001\"", "\"nib\": \"" + NIK + "\""),
            GOOD.replace("\"kbli\": \"13122\"", "\"kbli\": \"" + NIK + "\""),
            GOOD.replace("\"region\": \"53.15.05.2019\"", "\"region\": \"" + NIK + "\""),
            GOOD.replace("\"nib\": \"9120000000001\"", "\"" + NIK + "\": 1"),
            GOOD.replace("\"id\": \"IKM-01\"", "\"id\": \"" + NIK + "\""),
            GOOD.replace("\"id\": \"V-0001\"", "\"id\": \"NIK " + NIK + "x\""));
    for (String json : documents) {
      assertFalse(json.equals(GOOD));
      for (ImportOptions options : everyMode()) {
        ImportReport report = JSON.importSnapshot(json, options).report();
        ImportProperties.assertNoNik(report);
        if (report.totals().rejected() == 0) {
          continue; // a visit renamed with a NIK in its id is new to the target, not an error
        }
        assertTrue(
            problems(report).stream().anyMatch(p -> p.englishMessage().contains(MASKED))
                || report.rejected().stream().anyMatch(r -> r.key().orElse("").contains(MASKED)),
            report::toString);
      }
      try {
        JSON.read(json, ProgrammeDocument.class);
      } catch (JsonReadException e) {
        ImportProperties.assertNoNik(e);
      }
    }
  }

  @Test
  void theNibMessageShowsTheMaskedNumber() {
    String json = GOOD.replace("\"nib\": \"9120000000001\"", "\"nib\": \"" + NIK + "\"");
    JsonProblem p =
        assertThrows(JsonReadException.class, () -> JSON.read(json, ProgrammeDocument.class))
            .problems()
            .get(0);
    assertEquals("/ikms/0/nib", p.pointer());
    assertTrue(p.englishMessage().contains("'" + MASKED + "'"), p.englishMessage());
    assertTrue(p.indonesianMessage().contains(MASKED), p.indonesianMessage());
  }

  // ------------------------------------------------------------ 4. bounded problems

  private static String unknownFields(int count) {
    StringBuilder b = new StringBuilder(GOOD.length() + count * 12);
    int at = GOOD.indexOf("\"nib\"");
    b.append(GOOD, 0, at);
    for (int i = 0; i < count; i++) {
      b.append("\"u").append(i).append("\": 0, ");
    }
    return b.append(GOOD, at, GOOD.length()).toString();
  }

  @Test
  void aMillionUnknownFieldsListTheLimitAndOneSummary() {
    String json = unknownFields(1_000_000);
    JsonReadException e =
        assertThrows(JsonReadException.class, () -> JSON.read(json, ProgrammeDocument.class));
    List<JsonProblem> problems = e.problems();
    assertEquals(ReadLimits.DEFAULT_MAX_PROBLEMS + 1, problems.size());
    JsonProblem summary =
        problems.stream().filter(p -> p.code().equals("JSON-015")).findFirst().orElseThrow();
    assertEquals(List.of("999000", "1000"), summary.arguments());
    assertEquals(
        "and 999000 more problems, not listed (the limit is 1000)", summary.englishMessage());

    ImportReport report =
        JSON.importSnapshot(json, ImportOptions.defaults().withMode(ImportMode.PER_RECORD))
            .report();
    RejectedRecord ikm =
        report.rejected().stream()
            .filter(r -> r.type() == RecordType.IKM)
            .findFirst()
            .orElseThrow();
    assertEquals(ReadLimits.DEFAULT_MAX_PROBLEMS + 1, ikm.reasons().size());
    assertEquals("JSON-015", ikm.reasons().get(ReadLimits.DEFAULT_MAX_PROBLEMS).code());
  }

  @Test
  void lenientReadsCapTheWarningsToo() {
    IkmJson lenient =
        IkmJson.builder()
            .includePersonalData(true)
            .unknownFields(UnknownFields.LENIENT)
            .limits(ReadLimits.defaults().withMaxProblems(10))
            .build();
    ReadResult<ProgrammeDocument> r = lenient.read(unknownFields(50), ProgrammeDocument.class);
    assertEquals(11, r.warnings().size());
    assertEquals(List.of("40", "10"), r.warnings().get(10).arguments());
  }

  @Test
  void aRecordWhoseErrorsWereAllLeftOutIsStillRejected() {
    // The limit is spent on the first IKM's unknown fields; the second IKM's bad NIB is only
    // counted, and the IKM is rejected with the summary as its reason.
    IkmJson capped =
        IkmJson.builder()
            .includePersonalData(true)
            .limits(ReadLimits.defaults().withMaxProblems(5))
            .build();
    String json = unknownFields(5).replace("\"nib\": \"9120000000004\"", "\"nib\": \"12345\"");
    assertFalse(json.equals(unknownFields(5)));
    ImportReport report =
        capped
            .importSnapshot(json, ImportOptions.defaults().withMode(ImportMode.PER_RECORD))
            .report();
    List<List<String>> ikmReasons =
        report.rejected().stream()
            .filter(r -> r.type() == RecordType.IKM)
            .map(r -> r.reasons().stream().map(JsonProblem::code).toList())
            .toList();
    assertEquals(
        List.of(List.of("JSON-001", "JSON-001", "JSON-001", "JSON-001", "JSON-001")),
        ikmReasons.subList(0, 1),
        report::toString);
    assertTrue(ikmReasons.contains(List.of("JSON-015")), report::toString);
  }
}
