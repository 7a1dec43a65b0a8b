package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.CaseFormat;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ikmsdk.json.document.DocumentKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled schemas and TypeScript declarations that the build generates are resources of the
 * module, and a bundled schema needs no other schema: a validator that resolves no {@code $id}
 * reads it and judges the golden documents, and edits of them, as the modular schema does.
 */
class BundledSchemaTest {

  /** A registry that knows no schema location: every $ref must resolve inside the document. */
  private static final SchemaRegistry ISOLATED =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaIdResolvers(r -> r.mapPrefix("https://", "nowhere:")));

  private static final Map<String, DocumentKind> GOLDEN =
      Map.of(
          "programme-snapshot-seed.json", DocumentKind.PROGRAMME_SNAPSHOT,
          "programme-snapshot-seed-personal.json", DocumentKind.PROGRAMME_SNAPSHOT,
          "visit-plan-seed.json", DocumentKind.VISIT_PLAN,
          "validation-report-seed.json", DocumentKind.VALIDATION_REPORT,
          "compliance-report-seed.json", DocumentKind.COMPLIANCE_REPORT,
          "visit-log-seed.json", DocumentKind.VISIT_LOG);

  private static String bundledId(DocumentKind kind) {
    return kind.schemaId().replace(".json", ".bundled.json");
  }

  private static String read(String schemaId) {
    try (InputStream in = DocumentKind.openSchema(schemaId)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> bundledErrors(DocumentKind kind, String json) {
    Schema schema = ISOLATED.getSchema(read(bundledId(kind)), InputFormat.JSON);
    return locations(schema.validate(json, InputFormat.JSON));
  }

  private static List<String> locations(List<Error> errors) {
    return errors.stream()
        .map(e -> e.getInstanceLocation() + " " + e.getKeyword())
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void everyBundledSchemaIsSelfContainedAndAcceptsItsGoldenDocuments() {
    for (Map.Entry<String, DocumentKind> golden : GOLDEN.entrySet()) {
      String bundled = read(bundledId(golden.getValue()));
      assertFalse(bundled.contains("\"$ref\": \"https:"), bundledId(golden.getValue()));
      assertEquals(
          List.of(),
          bundledErrors(golden.getValue(), Golden.read(golden.getKey())),
          golden.getKey());
    }
  }

  @Test
  void bundledAndModularSchemasRejectTheSameValuesAtTheSamePlaces() {
    String snapshot = Golden.read("programme-snapshot-seed-personal.json");
    String plan = Golden.read("visit-plan-seed.json");
    String[][] edits = {
      {"\"latitude\": -8.4793", "\"latitude\": -91"},
      {"\"date\": \"2023-08-14\"", "\"date\": \"2023-8-14\""},
      {"\"kbli\": \"13122\"", "\"kbli\": 13122"},
      {"\"personalData\": \"included\"", "\"personalData\": \"omitted\""},
      {"\"stage\": \"DIAGNOSIS\"", "\"stage\": \"DONE\""},
    };
    for (String[] edit : edits) {
      assertTrue(snapshot.contains(edit[0]), edit[0]);
      String doc = snapshot.replaceFirst(Pattern.quote(edit[0]), edit[1]);
      List<String> bundled = bundledErrors(DocumentKind.PROGRAMME_SNAPSHOT, doc);
      assertFalse(bundled.isEmpty(), edit[1]);
      assertEquals(
          locations(Schemas.validate(DocumentKind.PROGRAMME_SNAPSHOT, doc)), bundled, edit[1]);
    }
    String breakWithDay = plan.replaceFirst("\"VISIT_ACROSS_BREAK\"", "\"SATURDAY_VISIT\"");
    assertFalse(bundledErrors(DocumentKind.VISIT_PLAN, breakWithDay).isEmpty());
  }

  @Test
  void typeScriptDeclarationsShipBesideTheSchemas() {
    String common = read(DocumentKind.COMMON_SCHEMA_ID.replace(".json", ".d.ts"));
    assertTrue(common.contains("export interface Visit {"), common);
    for (DocumentKind kind : DocumentKind.values()) {
      String declarations = read(kind.schemaId().replace(".json", ".d.ts"));
      String root = CaseFormat.LOWER_HYPHEN.to(CaseFormat.UPPER_CAMEL, kind.wireName());
      assertTrue(declarations.contains("export interface " + root + " {"), kind.schemaId());
      assertTrue(declarations.contains("from \"../common/1.js\""), kind.schemaId());
      assertTrue(declarations.contains("kind: \"" + kind.wireName() + "\";"), kind.schemaId());
    }
    String report = read(DocumentKind.VALIDATION_REPORT.schemaId().replace(".json", ".d.ts"));
    assertTrue(report.contains("export type RuleCode ="), report);
    // The planner's shortfalls and remedies are shared by the visit plan and the outlook.
    assertTrue(common.contains("export type Remedy = ExtraDayRemedy | BreakRemedy;"), common);
    assertTrue(common.contains("export type ShortfallReason ="), common);
  }
}
