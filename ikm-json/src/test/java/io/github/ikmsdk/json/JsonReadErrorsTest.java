package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.json.document.IkmDocument;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import io.github.ikmsdk.json.document.VisitLogDocument;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonReadErrorsTest {

  private static final IkmJson JSON = IkmJson.defaults();

  private static List<JsonProblem> problems(String json, Class<? extends IkmDocument> type) {
    return assertThrows(JsonReadException.class, () -> JSON.read(json, type)).problems();
  }

  private static JsonProblem find(List<JsonProblem> problems, String code, String pointer) {
    return problems.stream()
        .filter(p -> p.code().equals(code) && p.pointer().equals(pointer))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " at " + pointer + " not in " + problems));
  }

  private static final String LOG =
      "{\n"
          + "  \"schemaVersion\": 1,\n"
          + "  \"kind\": \"visit-log\",\n"
          + "  \"programme\": \"P-1\",\n"
          + "  \"visits\": [\n"
          + "    {\"id\": \"V-1\", \"mentor\": \"M-1\", \"ikm\": \"I-1\", \"date\": \"2023-08-14\","
          + " \"start\": \"07:30\", \"end\": \"12:00\"},\n"
          + "    {\"id\": \"V-2\", \"mentor\": 7, \"ikm\": \"I-1\", \"date\": \"2023-02-30\","
          + " \"start\": \"07:30\", \"end\": \"12:00\", \"colour\": \"red\"},\n"
          + "    {\"id\": \"V-3\", \"ikm\": \"I-1\", \"date\": \"2023-08-16\","
          + " \"start\": \"12:00\", \"end\": \"07:30\"},\n"
          + "    {\"id\": \"V-4\", \"mentor\": \"M-1\", \"ikm\": null, \"date\": \"2023-08-16\","
          + " \"start\": \"07:30\", \"end\": \"12:00\", \"status\": \"DONE\", \"notes\": \"a\","
          + " \"notes\": \"b\"}\n"
          + "  ]\n"
          + "}\n";

  @Test
  void everyProblemIsListedWithPointerLineColumnCodeAndBothLanguages() {
    List<JsonProblem> problems = problems(LOG, VisitLogDocument.class);
    JsonProblem wrongType = find(problems, "JSON-003", "/visits/1/mentor");
    assertEquals(7, wrongType.location().line());
    assertTrue(wrongType.location().column() > 1);
    assertEquals("expected string but found number", wrongType.englishMessage());
    assertEquals("seharusnya string tetapi ditemukan number", wrongType.indonesianMessage());
    JsonProblem badDate = find(problems, "JSON-004", "/visits/1/date");
    assertEquals(
        "invalid date: expected an existing date as yyyy-MM-dd, was '2023-02-30'",
        badDate.englishMessage());
    assertEquals(
        "nilai tanggal tidak valid: harus tanggal yang ada dengan format yyyy-MM-dd,"
            + " ditemukan '2023-02-30'",
        badDate.indonesianMessage());
    assertEquals(
        List.of("date", "expected an existing date as yyyy-MM-dd, was '2023-02-30'"),
        badDate.arguments());
    JsonProblem unknown = find(problems, "JSON-001", "/visits/1/colour");
    assertEquals("kolom 'colour' tidak dikenal", unknown.indonesianMessage());
    JsonProblem missing = find(problems, "JSON-002", "/visits/2");
    assertEquals(List.of("mentor"), missing.arguments());
    assertEquals(8, missing.location().line());
    find(problems, "JSON-005", "/visits/3/ikm");
    find(problems, "JSON-004", "/visits/3/status");
    find(problems, "JSON-006", "/visits/3/notes");
    assertEquals(7, problems.size(), problems.toString());
    // Document order.
    List<Long> lines = problems.stream().map(p -> p.location().line()).collect(Collectors.toList());
    assertEquals(lines.stream().sorted().collect(Collectors.toList()), lines);
  }

  @Test
  void anInvalidValueObjectIsReportedAtTheObject() {
    String json =
        LOG.replace(
            "\"start\": \"07:30\", \"end\": \"12:00\"},\n    {\"id\": \"V-2\"",
            "\"start\": \"12:00\", \"end\": \"07:30\"},\n    {\"id\": \"V-2\"");
    JsonProblem p = find(problems(json, VisitLogDocument.class), "JSON-004", "/visits/0");
    assertTrue(p.englishMessage().contains("must be after start"), p.englishMessage());
  }

  @Test
  void exceptionMessageNamesTheProblems() {
    JsonReadException e =
        assertThrows(JsonReadException.class, () -> JSON.read(LOG, VisitLogDocument.class));
    assertTrue(e.getMessage().contains("JSON-003 /visits/1/mentor (line 7"), e.getMessage());
    assertTrue(e.getMessage().contains("masalah pada masukan JSON"));
  }

  @Test
  void unknownFieldsAreErrorsByDefaultAndWarningsWhenLenient() {
    String json = LOG.substring(0, LOG.indexOf("    {\"id\": \"V-2\""));
    json =
        json.replace("},\n", "}\n  ]\n}\n")
            .replace("\"kind\"", "\"extra\": {\"a\": [1]},\n  \"kind\"");
    JsonProblem strict = find(problems(json, VisitLogDocument.class), "JSON-001", "/extra");
    assertEquals(JsonProblem.Severity.ERROR, strict.severity());
    IkmJson lenient = IkmJson.builder().unknownFields(UnknownFields.LENIENT).build();
    ReadResult<VisitLogDocument> r = lenient.read(json, VisitLogDocument.class);
    assertEquals(1, r.document().visits().size());
    assertEquals(1, r.warnings().size());
    assertEquals(JsonProblem.Severity.WARNING, r.warnings().get(0).severity());
    assertEquals("/extra", r.warnings().get(0).pointer());
  }

  @Test
  void headerMistakes() {
    find(
        problems(
            LOG.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"), VisitLogDocument.class),
        "JSON-007",
        "/schemaVersion");
    find(
        problems(
            LOG.replace("\"kind\": \"visit-log\"", "\"kind\": \"programme-snapshot\""),
            VisitLogDocument.class),
        "JSON-008",
        "/kind");
    String late =
        LOG.replace("  \"programme\": \"P-1\",\n", "")
            .replace("  ]\n}", "  ],\n  \"programme\": \"P-1\"\n}");
    List<JsonProblem> problems = problems(late, VisitLogDocument.class);
    assertTrue(problems.stream().anyMatch(p -> p.code().equals("JSON-012")), problems.toString());
  }

  @Test
  void syntaxErrorsAndTrailingContent() {
    JsonProblem malformed = problems("{\"schemaVersion\": 1,,}", VisitLogDocument.class).get(0);
    assertEquals("JSON-009", malformed.code());
    assertEquals(1, malformed.location().line());
    assertEquals("JSON-009", problems("", VisitLogDocument.class).get(0).code());
    assertEquals("JSON-003", problems("[]", ProgrammeDocument.class).get(0).code());
    String seed = JSON.write(VisitLogDocument.of(Seed.PROGRAMME, Seed.visits()));
    find(problems(seed + " {}", VisitLogDocument.class), "JSON-013", "");
    JsonProblem truncated =
        problems(seed.substring(0, seed.length() / 2), VisitLogDocument.class).get(0);
    assertEquals("JSON-009", truncated.code());
  }

  @Test
  void personalDataInADocumentThatDeclaresItOmitted() {
    IkmJson personal = IkmJson.builder().includePersonalData(true).build();
    String json =
        personal
            .write(ProgrammeDocument.of(Seed.snapshot()))
            .replace("\"personalData\": \"included\"", "\"personalData\": \"omitted\"");
    JsonProblem p = find(problems(json, ProgrammeDocument.class), "JSON-011", "/ikms/0/ownerNik");
    assertFalse(p.englishMessage().contains(Seed.OWNER_NIK));
  }

  @Test
  void missingFileIsAReadError() {
    JsonReadException e =
        assertThrows(
            JsonReadException.class,
            () -> JSON.read(java.nio.file.Path.of("no-such-file.json"), VisitLogDocument.class));
    assertEquals("JSON-014", e.problems().get(0).code());
  }

  @Test
  void problemCodesAreUniqueAndStable() {
    assertEquals(
        JsonProblemCode.values().length,
        Arrays.stream(JsonProblemCode.values()).map(JsonProblemCode::code).distinct().count());
    assertEquals("JSON-001", JsonProblemCode.UNKNOWN_FIELD.code());
    assertEquals("JSON-010", JsonProblemCode.LIMIT_EXCEEDED.code());
  }
}
