package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ikmsdk.json.document.ProgrammeDocument;
import io.github.ikmsdk.json.document.VisitLogDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostileInputTest {

  private static final IkmJson JSON = IkmJson.defaults();

  private static JsonProblem onlyProblem(IkmJson json, String text) {
    List<JsonProblem> problems =
        assertThrows(JsonReadException.class, () -> json.read(text, VisitLogDocument.class))
            .problems();
    return problems.stream()
        .filter(
            p ->
                p.code().equals("JSON-010")
                    || p.code().equals("JSON-004")
                    || p.code().equals("JSON-003"))
        .reduce((a, b) -> b.code().equals("JSON-010") ? b : a)
        .orElseThrow(() -> new AssertionError(problems.toString()));
  }

  @Test
  void deepNestingIsStoppedAtTheLimit() {
    String deep = "{\"schemaVersion\": " + "[".repeat(100_000);
    JsonProblem p = onlyProblem(JSON, deep);
    assertEquals("JSON-010", p.code());
    assertEquals(List.of("nesting depth", "32"), p.arguments());
    assertEquals("input exceeds the nesting depth limit of 32", p.englishMessage());
  }

  @Test
  void giantStringsAreStoppedAtTheLimit() {
    String big = "{\"schemaVersion\": 1, \"kind\": \"" + "x".repeat(200_000) + "\"}";
    JsonProblem p = onlyProblem(JSON, big);
    assertEquals("JSON-010", p.code());
    assertEquals(List.of("string length", "100000"), p.arguments());
    String bigName = "{\"" + "k".repeat(200_000) + "\": 1}";
    assertEquals("JSON-010", onlyProblem(JSON, bigName).code());
  }

  @Test
  void hugeNumbersAreStoppedAtTheLimit() {
    JsonProblem p = onlyProblem(JSON, "{\"schemaVersion\": " + "9".repeat(5_000) + "}");
    assertEquals("JSON-010", p.code());
    assertEquals(List.of("number length", "32"), p.arguments());
    JsonProblem tooBig = onlyProblem(JSON, "{\"schemaVersion\": 99999999999}");
    assertEquals("JSON-004", tooBig.code());
    // 1.5e300 is a whole number, too large for the field: out of range, never expanded.
    JsonProblem hugeWhole = onlyProblem(JSON, "{\"schemaVersion\": 1.5e300}");
    assertEquals("JSON-004", hugeWhole.code());
    JsonProblem fraction = onlyProblem(JSON, "{\"schemaVersion\": 1.5}");
    assertEquals("JSON-003", fraction.code());
  }

  @Test
  void longDocumentsAreStoppedAtTheConfiguredLimit() {
    IkmJson small =
        IkmJson.builder().limits(ReadLimits.defaults().withMaxDocumentLength(1_000)).build();
    String log = JSON.write(VisitLogDocument.of(Seed.PROGRAMME, Seed.visits()));
    JsonProblem p = onlyProblem(small, log);
    assertEquals("JSON-010", p.code());
    assertEquals(List.of("document length", "1000"), p.arguments());
    // The same limit holds for byte input and for the streaming reader.
    assertThrows(
        JsonReadException.class,
        () -> {
          try (VisitLogReader r =
              small.visitLogReader(
                  new java.io.ByteArrayInputStream(
                      log.getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
            r.forEachRemaining(v -> {});
          }
        });
  }

  @Test
  void limitsAreConfigurableAndChecked() {
    ReadLimits limits =
        ReadLimits.defaults()
            .withMaxNestingDepth(10)
            .withMaxStringLength(100)
            .withMaxNumberLength(30)
            .withMaxDocumentLength(10_000);
    assertEquals(10, limits.maxNestingDepth());
    IkmJson json = IkmJson.builder().limits(limits).build();
    assertEquals(limits, json.limits());
    assertEquals(
        List.of("string length", "100"),
        onlyProblem(json, "{\"kind\": \"" + "y".repeat(101) + "\"}").arguments());
    assertThrows(
        IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxNestingDepth(2));
    assertThrows(
        IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxNumberLength(5));
  }

  @Test
  void wrongTypesEverywhereAreListed() {
    String json =
        "{\"schemaVersion\": \"1\", \"kind\": [], \"personalData\": 3, \"programme\": [],"
            + " \"agency\": true, \"calendar\": null, \"commodities\": {}, \"sentra\": 1,"
            + " \"mentors\": \"x\", \"ikms\": [1, \"a\"], \"assignments\": [], \"leaves\": [],"
            + " \"visits\": [], \"logbookEntries\": []}";
    List<JsonProblem> problems =
        assertThrows(JsonReadException.class, () -> JSON.read(json, ProgrammeDocument.class))
            .problems();
    assertEquals(11, problems.size(), problems.toString());
  }
}
