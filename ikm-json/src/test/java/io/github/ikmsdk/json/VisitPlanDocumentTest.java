package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.planning.visit.ShortfallReason;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.programme.RemedyKind;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.VisitPlanDocument;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VisitPlanDocumentTest {

  private static final IkmJson JSON = IkmJson.defaults();
  private static final VisitPlan PLAN = ReportFixtures.visitPlan();
  private static final VisitPlanDocument DOC = VisitPlanDocument.of(PLAN);

  @Test
  void theFixtureFallsShortInTheHolidayWeekAndTheLeaveWeek() {
    assertEquals(10, DOC.plan().requiredIkmWeeks());
    assertEquals(
        List.of(ShortfallReason.NOT_ENOUGH_WORKING_TIME, ShortfallReason.MENTOR_ON_LEAVE),
        DOC.plan().shortfalls().stream()
            .map(s -> s.reason())
            .distinct()
            .collect(Collectors.toList()));
    assertEquals(
        List.of(RemedyKind.SATURDAY_VISIT, RemedyKind.EXTENDED_DAY, RemedyKind.VISIT_ACROSS_BREAK),
        DOC.plan().shortfalls().get(0).remedies().stream()
            .map(r -> r.kind())
            .collect(Collectors.toList()));
    assertEquals(7, DOC.plan().coveredIkmWeeks());
    assertEquals(PLAN, DOC.plan());
  }

  @Test
  void readingAWrittenPlanGivesBackTheSamePlan() {
    VisitPlan back =
        JSON.read(JSON.write(VisitPlanDocument.of(PLAN)), VisitPlanDocument.class)
            .document()
            .plan();
    assertEquals(PLAN, back);
    assertEquals(PLAN.visits(), back.visits());
    assertEquals(PLAN.coveredIkmWeeks(), back.coveredIkmWeeks());
  }

  /** A plan cannot have more shortfalls than required IKM-weeks; the schema cannot see it. */
  @Test
  void moreShortfallsThanRequiredWeeksIsAnInvalidPlan() {
    String broken =
        replaceOnce(
            replaceOnce(JSON.write(DOC), "\"requiredIkmWeeks\": 10", "\"requiredIkmWeeks\": 2"),
            "\"coveredIkmWeeks\": 7",
            "\"coveredIkmWeeks\": -1");
    JsonReadException e =
        assertThrows(JsonReadException.class, () -> JSON.read(broken, VisitPlanDocument.class));
    assertEquals(1, e.problems().size(), e.problems().toString());
    JsonProblem p = e.problems().get(0);
    assertEquals("JSON-004", p.code());
    assertEquals("", p.pointer());
    assertTrue(p.englishMessage().startsWith("invalid visit plan: "), p.englishMessage());
    assertTrue(p.indonesianMessage().startsWith("nilai rencana kunjungan tidak valid: "));
  }

  @Test
  void goldenFilePinsTheWireFormat() {
    Golden.check("visit-plan-seed.json", JSON.write(DOC));
  }

  @Test
  void goldenFileReadsBackAndValidates() {
    String golden = Golden.read("visit-plan-seed.json");
    assertEquals(DOC, JSON.read(golden, VisitPlanDocument.class).document());
    assertEquals(List.of(), Schemas.validate(DocumentKind.VISIT_PLAN, JSON.write(DOC)));
    assertEquals(
        List.of(),
        Schemas.validate(
            DocumentKind.VISIT_PLAN,
            JSON.write(VisitPlanDocument.of(VisitPlan.of(List.of(), List.of(), List.of(), 0)))));
  }

  @Test
  void shortfallsAndRemediesCarryBilingualMessages() {
    String json = JSON.write(DOC);
    assertTrue(json.contains(DOC.plan().shortfalls().get(0).message(Locale.ENGLISH)));
    assertTrue(
        json.contains(
            DOC.plan().shortfalls().get(0).remedies().get(0).message(Locale.forLanguageTag("id"))));
    String reworded = json.replaceAll("\"en\": \"[^\"]*\"", "\"en\": \"reworded\"");
    assertEquals(DOC, JSON.read(reworded, VisitPlanDocument.class).document());
  }

  private static String replaceOnce(String text, String from, String to) {
    assertTrue(text.contains(from), from);
    return text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
  }

  @Test
  void schemaAndReaderRejectBrokenPlans() {
    String good = JSON.write(DOC);
    String[][] breakages = {
      {"\"kind\": \"visit-plan\"", "\"kind\": \"visit-log\""},
      {"\"requiredIkmWeeks\": 10", "\"requiredIkmWeeks\": -10"},
      {"\"reason\": \"NOT_ENOUGH_WORKING_TIME\"", "\"reason\": \"TOO_BUSY\""},
      {"\"kind\": \"SATURDAY_VISIT\"", "\"kind\": \"SUNDAY_VISIT\""},
      {"\"week\": \"2023-W33\"", "\"week\": \"2023-W60\""},
      {"\"ikmsToVisit\": 5", "\"ikmsToVisit\": \"5\""},
      {"\"start\": \"07:39\"", "\"start\": \"7:39\""},
      {
        "\"kind\": \"VISIT_ACROSS_BREAK\",",
        "\"kind\": \"VISIT_ACROSS_BREAK\", \"extraWorkingDay\":"
            + " {\"date\": \"2023-08-19\", \"schedule\": [], \"name\": \"x\"},"
      },
      {
        "          \"extraWorkingDay\": {\n            \"date\": \"2023-08-19\",",
        "          \"x\": {\n" + "            \"date\": \"2023-08-19\","
      },
      {"\"remedies\": [", "\"remedies\": null, \"r\": ["},
    };
    for (String[] b : breakages) {
      String broken = replaceOnce(good, b[0], b[1]);
      assertFalse(
          Schemas.validate(DocumentKind.VISIT_PLAN, broken).isEmpty(), "schema accepted " + b[1]);
      assertThrows(
          JsonReadException.class,
          () -> JSON.read(broken, VisitPlanDocument.class),
          "reader accepted " + b[1]);
    }
  }

  /** Contradictions of derived values, which a schema cannot see. */
  @Test
  void readerRejectsDerivedValuesThatContradictTheContent() {
    String good = JSON.write(DOC);
    String[][] contradictions = {
      {"\"coveredIkmWeeks\": 7", "\"coveredIkmWeeks\": 8", "/coveredIkmWeeks"},
      {
        "\"kind\": \"SATURDAY_VISIT\",\n          \"mentor\": \"M-01\",\n"
            + "          \"week\": \"2023-W33\"",
        "\"kind\": \"SATURDAY_VISIT\",\n          \"mentor\": \"M-01\",\n"
            + "          \"week\": \"2023-W34\"",
        "/shortfalls/0/remedies/0/week"
      },
    };
    for (String[] c : contradictions) {
      String broken = replaceOnce(good, c[0], c[1]);
      assertEquals(List.of(), Schemas.validate(DocumentKind.VISIT_PLAN, broken), c[1]);
      JsonReadException e =
          assertThrows(JsonReadException.class, () -> JSON.read(broken, VisitPlanDocument.class));
      assertEquals(1, e.problems().size(), e.problems().toString());
      assertEquals("JSON-004", e.problems().get(0).code());
      assertEquals(c[2], e.problems().get(0).pointer());
    }
  }

  @Test
  void aSaturdayVisitMustFallOnASaturday() {
    String broken =
        replaceOnce(
            JSON.write(DOC),
            "\"extraWorkingDay\": {\n            \"date\": \"2023-08-19\"",
            "\"extraWorkingDay\": {\n            \"date\": \"2023-08-18\"");
    JsonReadException e =
        assertThrows(JsonReadException.class, () -> JSON.read(broken, VisitPlanDocument.class));
    assertEquals("JSON-004", e.problems().get(0).code());
    assertEquals("/shortfalls/0/remedies/0", e.problems().get(0).pointer());
  }

  @Test
  void compactOutputReadsBackAndDocumentsAreValues() {
    IkmJson compact = IkmJson.builder().indent(false).build();
    assertEquals(DOC, compact.read(compact.write(DOC), VisitPlanDocument.class).document());
    assertEquals(DOC, VisitPlanDocument.of(PLAN));
    assertEquals(DOC.hashCode(), VisitPlanDocument.of(PLAN).hashCode());
    assertThrows(NullPointerException.class, () -> VisitPlanDocument.of(null));
    assertEquals(
        "https://ikmsdk.github.io/schema/visit-plan/1.json", DocumentKind.VISIT_PLAN.schemaId());
  }
}
