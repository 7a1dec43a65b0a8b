package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ikmsdk.core.calendar.HolidayKind;
import io.github.ikmsdk.core.compliance.WeekStatus;
import io.github.ikmsdk.core.logbook.Certification;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.planning.visit.ShortfallReason;
import io.github.ikmsdk.core.programme.RemedyKind;
import io.github.ikmsdk.core.rules.Rule;
import io.github.ikmsdk.core.rules.Severity;
import io.github.ikmsdk.core.rules.Subject;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.visit.VisitStatus;
import io.github.ikmsdk.json.document.DocumentKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every enumeration of the schemas names exactly the constants of its Java enum, in order, so that
 * a rule, reason or status added to the core without its schema fails the build; in particular the
 * rule codes of the validation report are exactly {@link Rule#code()} of every rule.
 */
class SchemaEnumsTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static JsonNode schema(String name) {
    String resource = "/io/github/ikmsdk/json/schema/" + name + "/1.json";
    try (InputStream in = SchemaEnumsTest.class.getResourceAsStream(resource)) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> schemaEnum(String name, String pointer) {
    JsonNode node = schema(name).at(pointer);
    List<String> values = new ArrayList<>();
    node.forEach(v -> values.add(v.asString()));
    return values;
  }

  private static <E extends Enum<E>> List<String> javaEnum(E[] values, Function<E, String> wire) {
    return Arrays.stream(values).map(wire).collect(Collectors.toList());
  }

  private static <E extends Enum<E>> List<String> names(E[] values) {
    return javaEnum(values, Enum::name);
  }

  private static void assertSameEnum(List<String> java, String name, String pointer) {
    List<String> schema = schemaEnum(name, pointer);
    assertEquals(
        java,
        schema,
        () ->
            name
                + "/1.json#"
                + pointer
                + " must list exactly "
                + java
                + "; missing "
                + java.stream().filter(v -> !schema.contains(v)).collect(Collectors.toList())
                + ", unknown "
                + schema.stream().filter(v -> !java.contains(v)).collect(Collectors.toList()));
  }

  @Test
  void ruleCodesAreExactlyTheCodesOfTheRuleCatalogue() {
    assertSameEnum(
        javaEnum(Rule.values(), Rule::code), "validation-report", "/$defs/ruleCode/enum");
  }

  @Test
  void shortfallReasonsAreExactlyTheReasonCodesOfThePlanner() {
    assertSameEnum(
        javaEnum(ShortfallReason.values(), ShortfallReason::code),
        "common",
        "/$defs/shortfallReason/enum");
  }

  @Test
  void remedyKindsAreSplitBetweenTheVariantsOfTheRemedyUnion() {
    List<String> variants =
        Stream.concat(
                schemaEnum("common", "/$defs/extraDayRemedy/properties/kind/enum").stream(),
                Stream.of(
                    schema("common").at("/$defs/breakRemedy/properties/kind/const").asString()))
            .collect(Collectors.toList());
    assertEquals(names(RemedyKind.values()), variants);
    assertSameEnum(
        names(RemedyKind.values()),
        "common",
        "/$defs/policy/properties/allowedRemedies/items/enum");
  }

  @Test
  void everyOtherEnumerationMatchesItsJavaEnum() {
    assertSameEnum(names(HolidayKind.values()), "common", "/$defs/holiday/properties/kind/enum");
    assertSameEnum(names(VisitStatus.values()), "common", "/$defs/visit/properties/status/enum");
    assertSameEnum(names(Stage.values()), "common", "/$defs/logbookEntry/properties/stage/enum");
    assertSameEnum(
        names(Certification.values()),
        "common",
        "/$defs/indicators/properties/certifications/items/enum");
    assertSameEnum(names(Subject.Kind.values()), "validation-report", "/$defs/subjectKind/enum");
    assertSameEnum(
        names(Severity.values()), "validation-report", "/$defs/violation/properties/severity/enum");
    assertSameEnum(
        names(ValidationReport.Status.values()), "validation-report", "/properties/status/enum");
    assertSameEnum(
        names(WeekStatus.values()), "compliance-report", "/$defs/ikmWeek/properties/status/enum");
  }

  @Test
  void everyDocumentKindHasItsSchema() {
    for (DocumentKind kind : DocumentKind.values()) {
      assertEquals(
          kind.wireName(),
          schema(kind.wireName()).at("/properties/kind/const").asString(),
          kind.schemaId());
    }
  }
}
