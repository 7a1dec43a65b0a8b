package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ikmsdk.core.imports.ImportMode;
import io.github.ikmsdk.core.imports.ImportOptions;
import io.github.ikmsdk.core.imports.RecordCounts;
import io.github.ikmsdk.core.imports.RecordType;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.json.document.ComplianceReportDocument;
import io.github.ikmsdk.json.document.IkmDocument;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import io.github.ikmsdk.json.document.ValidationReportDocument;
import io.github.ikmsdk.json.document.VisitLogDocument;
import io.github.ikmsdk.json.document.VisitPlanDocument;
import io.github.ikmsdk.json.imports.ImportReport;
import io.github.ikmsdk.json.imports.ImportResult;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Structured mutations of valid documents (fields removed, blanked, retyped, given control
 * characters, huge numbers or a NIK; records removed, repeated or repeated with other content;
 * truncations): every reader returns its result or its one documented exception, every import
 * returns a report that accounts for each input record, and no message echoes a NIK.
 */
class ImportProperties {

  private static final IkmJson JSON = IkmJson.builder().includePersonalData(true).build();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ProgrammeSnapshot SEED = Seed.snapshot();
  private static final Pattern SIXTEEN_DIGITS = Pattern.compile("[0-9]{16}");

  private static final JsonNode SNAPSHOT = tree(JSON.write(ProgrammeDocument.of(SEED)));
  private static final JsonNode LOG =
      tree(JSON.write(VisitLogDocument.of(Seed.PROGRAMME, Seed.visits())));
  private static final List<JsonNode> OTHERS =
      List.of(
          LOG,
          tree(JSON.write(ValidationReportDocument.of(ReportFixtures.validationReport()))),
          tree(JSON.write(ComplianceReportDocument.of(ReportFixtures.complianceReport()))),
          tree(JSON.write(VisitPlanDocument.of(ReportFixtures.visitPlan()))));

  /** The record arrays of a snapshot document and their record types. */
  private static final Map<String, RecordType> SECTIONS = new LinkedHashMap<>();

  static {
    SECTIONS.put("commodities", RecordType.COMMODITY);
    SECTIONS.put("sentra", RecordType.SENTRA);
    SECTIONS.put("mentors", RecordType.MENTOR);
    SECTIONS.put("ikms", RecordType.IKM);
    SECTIONS.put("assignments", RecordType.ASSIGNMENT);
    SECTIONS.put("leaves", RecordType.LEAVE);
    SECTIONS.put("visits", RecordType.VISIT);
    SECTIONS.put("logbookEntries", RecordType.LOGBOOK_ENTRY);
  }

  private static JsonNode tree(String json) {
    return MAPPER.readTree(json);
  }

  /** One edit: which container (in pre-order), which child of it, what to do, and with what. */
  record Edit(int container, int child, int op, String text) {}

  private static final int OPS = 11;

  @Provide
  Arbitrary<Edit> edits() {
    Arbitrary<String> text =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(8),
            Arbitraries.of(
                "", " ", "\u0000\u0007\u001f", "5315055508850001", "NIK:5315055508850001.", "x"));
    return Combinators.combine(
            Arbitraries.integers().between(0, 10_000),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, OPS - 1),
            text)
        .as(Edit::new);
  }

  private static void containers(JsonNode node, List<JsonNode> out) {
    if (node.isContainer()) {
      out.add(node);
      for (JsonNode child : node) {
        containers(child, out);
      }
    }
  }

  /** Applies an edit to a copy of the document. */
  private static JsonNode apply(JsonNode document, Edit e) {
    JsonNode copy = document.deepCopy();
    List<JsonNode> all = new ArrayList<>();
    containers(copy, all);
    JsonNode target = all.get(e.container() % all.size());
    if (target instanceof ObjectNode o) {
      List<String> names = new ArrayList<>(o.propertyNames());
      if (names.isEmpty()) {
        o.put(e.text(), 1);
        return copy;
      }
      String name = names.get(e.child() % names.size());
      switch (e.op()) {
        case 0 -> o.remove(name);
        case 1 -> o.put(name, "");
        case 2 -> o.put(name, 1e300);
        case 3 -> o.put(name, true);
        case 4 -> o.set(name, NODES.arrayNode());
        case 5 -> o.put(name, "\u0000\u0001" + e.text());
        case 6 -> o.put(name, new java.math.BigInteger("9".repeat(40)));
        case 7 -> o.put(name, e.text());
        case 8 -> o.put("5315055508850001", e.text());
        case 9 -> o.putNull(name);
        default -> o.set(name, NODES.objectNode());
      }
    } else if (target instanceof ArrayNode a && !a.isEmpty()) {
      int i = e.child() % a.size();
      switch (e.op() % 4) {
        case 0 -> a.remove(i);
        case 1 -> a.add(a.get(i).deepCopy());
        case 2 -> a.insert(i, a.get(i).deepCopy());
        default -> a.set(i, NODES.textNode(e.text()));
      }
    }
    return copy;
  }

  private static String text(JsonNode document, List<Edit> edits, int truncateAt) {
    JsonNode d = document;
    for (Edit e : edits) {
      d = apply(d, e);
    }
    String json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(d);
    return truncateAt > 0 && truncateAt < json.length() ? json.substring(0, truncateAt) : json;
  }

  private static List<ImportOptions> everyMode() {
    List<ImportOptions> out = new ArrayList<>();
    for (ImportMode mode : ImportMode.values()) {
      for (boolean dryRun : new boolean[] {false, true}) {
        out.add(ImportOptions.defaults().withMode(mode).withDryRun(dryRun));
      }
    }
    return out;
  }

  private static void assertNoNik(String text) {
    assertFalse(SIXTEEN_DIGITS.matcher(text).find(), text);
  }

  /** Asserts that no text of the report (messages, arguments, pointers, keys) holds 16 digits. */
  static void assertNoNik(ImportReport report) {
    assertNoNik(report.toString());
    List<JsonProblem> problems = new ArrayList<>(report.documentProblems());
    problems.addAll(report.warnings());
    report.rejected().forEach(r -> problems.addAll(r.reasons()));
    report.rejected().forEach(r -> assertNoNik(r.key().orElse("")));
    for (JsonProblem p : problems) {
      assertNoNik(p.englishMessage());
      assertNoNik(p.indonesianMessage());
      assertNoNik(p.pointer());
      p.arguments().forEach(ImportProperties::assertNoNik);
    }
  }

  /** Asserts that the exception lists problems and that no message of it holds 16 digits. */
  static void assertNoNik(JsonReadException e) {
    assertFalse(e.problems().isEmpty());
    assertNoNik(e.getMessage());
    e.problems().forEach(p -> assertNoNik(p.indonesianMessage()));
  }

  @Property(tries = 200)
  void mutatedSnapshotsGiveAReportInEveryModeAndTheDocumentedExceptionFromEveryReader(
      @ForAll("editLists") List<Edit> edits, @ForAll("truncations") int truncateAt) {
    String snapshot = text(SNAPSHOT, edits, truncateAt);
    for (ImportOptions options : everyMode()) {
      for (ImportOptions o : List.of(options, options.withTarget(SEED))) {
        ImportResult r = JSON.importSnapshot(snapshot, o);
        assertNoNik(r.report());
      }
      ImportResult log =
          JSON.importVisitLog(text(LOG, edits, truncateAt), options.withTarget(SEED));
      assertNoNik(log.report());
    }
    for (String json : List.of(snapshot, text(OTHERS.get(edits.size() % 4), edits, truncateAt))) {
      for (Class<? extends IkmDocument> type : FuzzProperties.TYPES) {
        try {
          JSON.read(json, type);
        } catch (JsonReadException e) {
          assertNoNik(e);
        }
      }
      try (VisitLogReader r = JSON.visitLogReader(new StringReader(json))) {
        r.forEachRemaining(v -> {});
      } catch (JsonReadException e) {
        assertNoNik(e);
      }
    }
  }

  @Provide
  Arbitrary<List<Edit>> editLists() {
    return edits().list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<Integer> truncations() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.just(0)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 60_000)));
  }

  // ------------------------------------------------------------------ accounting

  /**
   * A record-level edit of one section: 0 remove, 1 repeat, 2 repeat changed, 3 change, 4 blank id.
   */
  record RecordEdit(String section, int index, int op, String text) {}

  @Provide
  Arbitrary<List<RecordEdit>> recordEdits() {
    return Combinators.combine(
            Arbitraries.of(List.copyOf(SECTIONS.keySet())),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 4),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6))
        .as(RecordEdit::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(5);
  }

  /** Changes one text field of a record other than a key or reference, or adds a note. */
  private static void change(ObjectNode record, String text) {
    for (String field : List.of("name", "notes", "findings", "reason")) {
      if (record.has(field)) {
        record.put(field, record.get(field).asString() + " " + text);
        return;
      }
    }
    // An assignment: repeat its first IKM (a changed list).
    JsonNode ikms = record.get("ikms");
    if (ikms instanceof ArrayNode a && !a.isEmpty()) {
      a.remove(0);
    }
  }

  private static ObjectNode applyRecordEdits(List<RecordEdit> edits) {
    ObjectNode d = (ObjectNode) SNAPSHOT.deepCopy();
    for (RecordEdit e : edits) {
      ArrayNode a = (ArrayNode) d.get(e.section());
      if (a.isEmpty()) {
        continue;
      }
      int i = e.index() % a.size();
      ObjectNode record = (ObjectNode) a.get(i);
      switch (e.op()) {
        case 0 -> a.remove(i);
        case 1 -> a.add(record.deepCopy());
        case 2 -> {
          ObjectNode copy = record.deepCopy();
          change(copy, e.text());
          a.add(copy);
        }
        case 3 -> change(record, e.text());
        default -> {
          if (record.has("id")) {
            record.put("id", "");
          }
        }
      }
    }
    return d;
  }

  private static int count(ProgrammeSnapshot s, RecordType type) {
    Map<RecordType, ToIntFunction<ProgrammeSnapshot>> sizes = new EnumMap<>(RecordType.class);
    sizes.put(RecordType.COMMODITY, x -> x.commodities().size());
    sizes.put(RecordType.SENTRA, x -> x.sentra().size());
    sizes.put(RecordType.MENTOR, x -> x.mentors().size());
    sizes.put(RecordType.IKM, x -> x.ikms().size());
    sizes.put(RecordType.ASSIGNMENT, x -> x.assignments().size());
    sizes.put(RecordType.LEAVE, x -> x.leaves().size());
    sizes.put(RecordType.VISIT, x -> x.visits().size());
    sizes.put(RecordType.LOGBOOK_ENTRY, x -> x.logbookEntries().size());
    return sizes.getOrDefault(type, x -> 1).applyAsInt(s);
  }

  @Property(tries = 200)
  void everyInputRecordIsExactlyOneOutcomeAndTheSnapshotHoldsTheAcceptedOnes(
      @ForAll("recordEdits") List<RecordEdit> edits) {
    ObjectNode document = applyRecordEdits(edits);
    String json = MAPPER.writeValueAsString(document);
    for (boolean withTarget : new boolean[] {false, true}) {
      ImportOptions options = ImportOptions.defaults().withMode(ImportMode.PER_RECORD);
      if (withTarget) {
        options = options.withTarget(SEED);
      }
      ImportResult r = JSON.importSnapshot(json, options);
      ImportReport report = r.report();
      for (Map.Entry<String, RecordType> section : SECTIONS.entrySet()) {
        RecordType type = section.getValue();
        RecordCounts c = report.counts(type);
        String where = type + " " + edits + " " + report;
        assertEquals(document.get(section.getKey()).size(), c.input(), where);
        assertEquals(c.input(), c.created() + c.updated() + c.ignored() + c.rejected(), where);
        assertEquals(
            c.rejected(), report.rejected().stream().filter(x -> x.type() == type).count(), where);
        if (r.snapshot().isPresent()) {
          long base = withTarget ? count(SEED, type) : 0;
          assertEquals(base + c.created(), count(r.snapshot().get(), type), where);
        } else {
          assertEquals(0, c.created() + c.updated(), where);
        }
      }
    }
  }
}
