package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.compliance.ComplianceReport;
import io.github.ikmsdk.core.rules.Rule;
import io.github.ikmsdk.core.rules.Subject;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Violation;
import io.github.ikmsdk.json.document.ComplianceReportDocument;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.IkmDocument;
import io.github.ikmsdk.json.document.ValidationReportDocument;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportDocumentTest {

  private static final IkmJson JSON = IkmJson.defaults();
  private static final ValidationReportDocument VALIDATION =
      ValidationReportDocument.of(ReportFixtures.validationReport());
  private static final ComplianceReportDocument COMPLIANCE =
      ComplianceReportDocument.of(ReportFixtures.complianceReport());

  @Test
  void fixturesHaveInterestingContent() {
    ValidationReport v = VALIDATION.report();
    assertEquals(ValidationReport.Status.INVALID, v.status());
    assertFalse(v.violations(Rule.VISIT_TOO_SHORT).isEmpty());
    assertFalse(v.violations(Rule.WEEK_NOT_VISITED).isEmpty());
    ComplianceReport c = COMPLIANCE.report();
    assertEquals(6, c.rows().size());
    assertEquals(
        List.of("MET", "AT_RISK", "VISIT_TOO_SHORT", "AT_RISK", "NOT_VISITED", "AT_RISK"),
        c.rows().stream().map(r -> r.status().name()).collect(Collectors.toList()));
  }

  @Test
  void goldenFilesPinTheWireFormat() {
    Golden.check("validation-report-seed.json", JSON.write(VALIDATION));
    Golden.check("compliance-report-seed.json", JSON.write(COMPLIANCE));
  }

  @Test
  void goldenFilesReadBack() {
    assertEquals(
        VALIDATION,
        JSON.read(Golden.read("validation-report-seed.json"), ValidationReportDocument.class)
            .document());
    assertEquals(
        COMPLIANCE,
        JSON.read(Golden.read("compliance-report-seed.json"), ComplianceReportDocument.class)
            .document());
  }

  @Test
  void writtenDocumentsValidateAgainstTheirSchemas() {
    assertEquals(
        List.of(), Schemas.validate(DocumentKind.VALIDATION_REPORT, JSON.write(VALIDATION)));
    assertEquals(
        List.of(),
        Schemas.validate(
            DocumentKind.VALIDATION_REPORT,
            JSON.write(ValidationReportDocument.of(ValidationReport.empty()))));
    assertEquals(
        List.of(), Schemas.validate(DocumentKind.COMPLIANCE_REPORT, JSON.write(COMPLIANCE)));
  }

  @Test
  void anEmptyReportIsValidWithZeroCounts() {
    ValidationReportDocument empty = ValidationReportDocument.of(ValidationReport.empty());
    String json = JSON.write(empty);
    assertTrue(json.contains("\"status\": \"VALID\""), json);
    assertTrue(json.contains("\"errors\": 0"), json);
    assertTrue(json.contains("\"byRule\": {}"), json);
    assertEquals(empty, JSON.read(json, ValidationReportDocument.class).document());
  }

  @Test
  void violationsCarryCodeSubjectsArgumentsAndBilingualMessages() {
    Violation v =
        Violation.of(
            Rule.VISIT_OUTSIDE_WORKING_HOURS,
            List.of(Subject.parse("VISIT:V-9"), Subject.parse("MENTOR:M-1")),
            Map.of(
                "visit",
                "V-9",
                "date",
                "2023-08-14",
                "start",
                "06:30",
                "end",
                "10:30",
                "workStart",
                "07:30",
                "workEnd",
                "16:00"));
    ValidationReportDocument doc = ValidationReportDocument.of(ValidationReport.of(List.of(v)));
    String json = JSON.write(doc);
    assertTrue(json.contains("\"status\": \"WARNINGS\""), json);
    assertTrue(json.contains("\"severity\": \"WARNING\""), json);
    assertTrue(json.contains("\"en\": \"" + v.message(Locale.ENGLISH) + "\""), json);
    assertTrue(json.contains("\"id\": \"" + v.message(Locale.forLanguageTag("id")) + "\""), json);
    assertTrue(json.contains("\"subjectsByKind\": {\n      \"MENTOR\": 1,\n      \"VISIT\": 1\n"));
    assertEquals(doc, JSON.read(json, ValidationReportDocument.class).document());
  }

  private static String replaceOnce(String text, String from, String to) {
    assertTrue(text.contains(from), from);
    return text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
  }

  private static <D extends IkmDocument> void assertRejected(
      DocumentKind kind, Class<D> type, String good, String[][] breakages) {
    for (String[] b : breakages) {
      String broken = replaceOnce(good, b[0], b[1]);
      assertFalse(Schemas.validate(kind, broken).isEmpty(), "schema accepted " + b[1]);
      assertThrows(
          JsonReadException.class, () -> JSON.read(broken, type), "reader accepted " + b[1]);
    }
  }

  @Test
  void schemasAndReaderRejectBrokenValidationReports() {
    assertRejected(
        DocumentKind.VALIDATION_REPORT,
        ValidationReportDocument.class,
        JSON.write(VALIDATION),
        new String[][] {
          {"\"kind\": \"validation-report\"", "\"kind\": \"compliance-report\""},
          {"\"schemaVersion\": 1", "\"schemaVersion\": 2"},
          {"\"status\": \"INVALID\"", "\"status\": \"BROKEN\""},
          {"\"code\": \"IKM-R201\"", "\"code\": \"R201\""},
          {"\"severity\": \"ERROR\"", "\"severity\": \"FATAL\""},
          {"\"kind\": \"PROGRAMME\"", "\"kind\": \"PROGRAM\""},
          {"\"months\": \"0.45\"", "\"months\": 0.45"},
          {"\"en\": \"Programme", "\"fr\": \"Programme"},
          {"\"errors\": 8", "\"errors\": -8"},
          {"\"violations\": 8,", "\"violations\": 8, \"ok\": true,"},
          {"\"subjects\": [\n        {", "\"subjects\": [], \"x\": [\n        {"},
          {"\"id\": \"MABAR-2023\"", "\"id\": null"},
        });
  }

  @Test
  void schemasAndReaderRejectBrokenComplianceReports() {
    assertRejected(
        DocumentKind.COMPLIANCE_REPORT,
        ComplianceReportDocument.class,
        JSON.write(COMPLIANCE),
        new String[][] {
          {"\"kind\": \"compliance-report\"", "\"kind\": \"validation-report\""},
          {"\"asOf\": \"2023-08-23\"", "\"asOf\": \"23-08-2023\""},
          {"\"status\": \"MET\"", "\"status\": \"DONE\""},
          {"\"week\": \"2023-W33\"", "\"week\": \"2023-33\""},
          {"\"requiredVisits\": 1", "\"requiredVisits\": 0"},
          {"\"mentor\": \"M-01\"", "\"mentor\": null"},
          {"\"workingMinutes\": 2070", "\"workingMinutes\": \"2070\""},
          {"\"completedVisits\": [", "\"completedVisits\": [\"V-0001\", "},
          {"\"metWeeks\": {", "\"metWeeks\": {\"percent\": 100, "},
          {"\"MET\": ", "\"OVERDUE\": 1, \"MET\": "},
          {"\"part\": ", "\"part\": -"},
          {"\"ikm\": \"IKM-01\",", ""},
        });
  }

  /** Contradictions a schema cannot see: the reader finds them and says where. */
  @Test
  void readerRejectsDerivedFieldsThatContradictTheContent() {
    String good = JSON.write(VALIDATION);
    String[][] contradictions = {
      {"\"status\": \"INVALID\"", "\"status\": \"VALID\"", "/status", "\"status\""},
      {"\"errors\": 8", "\"errors\": 7", "/counts/errors", "\"errors\""},
      {"\"IKM-R305\": 5", "\"IKM-R305\": 4", "/counts/byRule", "\"byRule\""},
      {"\"IKM\": 3", "\"IKM\": 4", "/counts/subjectsByKind", "\"subjectsByKind\""},
      {
        "\"severity\": \"ERROR\"",
        "\"severity\": \"WARNING\"",
        "/violations/0/severity",
        "\"severity\""
      },
    };
    for (String[] c : contradictions) {
      String broken = replaceOnce(good, c[0], c[1]);
      assertEquals(List.of(), Schemas.validate(DocumentKind.VALIDATION_REPORT, broken), c[1]);
      JsonReadException e =
          assertThrows(
              JsonReadException.class, () -> JSON.read(broken, ValidationReportDocument.class));
      assertEquals(1, e.problems().size(), e.problems().toString());
      JsonProblem p = e.problems().get(0);
      assertEquals("JSON-004", p.code(), p.toString());
      assertEquals(c[2], p.pointer(), p.toString());
      // Located at the written value: the line of its field.
      int line = broken.substring(0, broken.indexOf(c[3])).split("\n", -1).length;
      assertEquals(line, p.location().line(), p.toString());
      assertTrue(p.englishMessage().contains("contradicts"), p.englishMessage());
    }
  }

  @Test
  void readerRejectsComplianceContentTheCoreRejects() {
    String good = JSON.write(COMPLIANCE);
    String[][] breakages = {
      {"\"countedVisits\": [", "\"countedVisits\": [\"V-9999\", "},
      {"\"lastDay\": \"2023-08-20\"", "\"lastDay\": \"2023-08-17\""},
      {"\"part\": 1,\n          \"whole\": 3", "\"part\": 4,\n          \"whole\": 3"},
    };
    for (String[] b : breakages) {
      String broken = replaceOnce(good, b[0], b[1]);
      JsonReadException e =
          assertThrows(
              JsonReadException.class, () -> JSON.read(broken, ComplianceReportDocument.class));
      assertEquals("JSON-004", e.problems().get(0).code(), e.problems().toString());
    }
  }

  @Test
  void messageTextIsIgnoredOnReading() {
    String good = JSON.write(VALIDATION);
    String edited = good.replaceAll("\"en\": \"[^\"]*\"", "\"en\": \"reworded\"");
    assertFalse(edited.equals(good));
    assertEquals(VALIDATION, JSON.read(edited, ValidationReportDocument.class).document());
  }

  @Test
  void everyProblemOfABrokenReportIsListed() {
    String broken =
        replaceOnce(
            replaceOnce(JSON.write(COMPLIANCE), "\"status\": \"MET\"", "\"status\": \"DONE\""),
            "\"asOf\": \"2023-08-23\"",
            "\"asOf\": 20230823");
    JsonReadException e =
        assertThrows(
            JsonReadException.class, () -> JSON.read(broken, ComplianceReportDocument.class));
    assertEquals(
        List.of("/asOf", "/rows/0/status"),
        e.problems().stream().map(JsonProblem::pointer).collect(Collectors.toList()));
  }

  @Test
  void aReportOfAnotherKindIsRejectedWithItsKind() {
    JsonReadException e =
        assertThrows(
            JsonReadException.class,
            () -> JSON.read(JSON.write(VALIDATION), ComplianceReportDocument.class));
    assertTrue(
        e.problems().stream().anyMatch(p -> p.code().equals("JSON-008")), e.problems().toString());
  }

  @Test
  void readsEverySource(@TempDir Path dir) {
    String json = JSON.write(COMPLIANCE);
    assertEquals(
        COMPLIANCE, JSON.read(new StringReader(json), ComplianceReportDocument.class).document());
    assertEquals(
        COMPLIANCE,
        JSON.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ComplianceReportDocument.class)
            .document());
    Path file = dir.resolve("validation.json");
    JSON.write(VALIDATION, file);
    assertEquals(VALIDATION, JSON.read(file, ValidationReportDocument.class).document());
  }

  @Test
  void compactOutputReadsBack() {
    IkmJson compact = IkmJson.builder().indent(false).build();
    String json = compact.write(COMPLIANCE);
    assertFalse(json.contains("\n"));
    assertEquals(COMPLIANCE, compact.read(json, ComplianceReportDocument.class).document());
  }

  @Test
  void schemaIdsAreStable() {
    assertEquals(
        "https://ikmsdk.github.io/schema/validation-report/1.json",
        DocumentKind.VALIDATION_REPORT.schemaId());
    assertEquals(
        "https://ikmsdk.github.io/schema/compliance-report/1.json",
        DocumentKind.COMPLIANCE_REPORT.schemaId());
    assertEquals(
        DocumentKind.COMPLIANCE_REPORT, DocumentKind.fromWireName("compliance-report").get());
  }
}
