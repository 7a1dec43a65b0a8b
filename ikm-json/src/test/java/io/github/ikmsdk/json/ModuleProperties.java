package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ikmsdk.core.calendar.HolidayUpdate;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.compliance.ComplianceReport;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.planning.programme.CapacityReport;
import io.github.ikmsdk.core.planning.programme.SentraAllocation;
import io.github.ikmsdk.core.planning.programme.StartDateRanking;
import io.github.ikmsdk.core.planning.programme.StartOption;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Violation;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.json.document.ComplianceReportDocument;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import io.github.ikmsdk.json.document.ProgrammeOutlookDocument;
import io.github.ikmsdk.json.document.ValidationReportDocument;
import io.github.ikmsdk.json.document.VisitPlanDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated values of every public value type of ikm-core ({@link CoreValues}) through users'
 * mappers with the module: read back equal, alone and inside users' own types; the values that are
 * documents written exactly as {@link IkmJson} writes their documents; the results of planning the
 * next programme exactly as the programme-outlook document holds them, and that document read back
 * equal by both.
 */
class ModuleProperties {

  private static final JsonMapper PERSONAL =
      JsonMapper.builder().addModule(IkmJsonModule.create().withPersonalData()).build();
  private static final JsonMapper DEFAULT =
      JsonMapper.builder().addModule(IkmJsonModule.create()).build();
  private static final IkmJson COMPACT = IkmJson.builder().indent(false).build();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final IkmJson COMPACT_PERSONAL =
      IkmJson.builder().indent(false).includePersonalData(true).build();

  private static final Map<Class<?>, Arbitrary<?>> VALUES = CoreValues.byType();

  /** A value with the type a mapper is asked to read it as. */
  static final class Typed {
    final Class<?> type;
    final Object value;

    Typed(Class<?> type, Object value) {
      this.type = type;
      this.value = value;
    }

    @Override
    public String toString() {
      return type.getSimpleName() + " " + value;
    }
  }

  @Provide
  Arbitrary<Typed> coreValues() {
    List<Arbitrary<Typed>> all = new ArrayList<>();
    VALUES.forEach((type, values) -> all.add(values.map(v -> new Typed(type, v))));
    return Arbitraries.oneOf(all);
  }

  @SuppressWarnings("unchecked")
  private static <T> Arbitrary<T> values(Class<T> type) {
    return (Arbitrary<T>) VALUES.get(type);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void everyCoreValueIsReadBackEqual(@ForAll("coreValues") Typed t) {
    String json = PERSONAL.writeValueAsString(t.value);
    assertEquals(t.value, PERSONAL.readValue(json, t.type), json);
    Statistics.label("type").collect(t.type.getSimpleName());
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void everyValueWrittenAsAStringIsAMapKeyWrittenTheSameWay(@ForAll("coreValues") Typed t) {
    String json = PERSONAL.writeValueAsString(t.value);
    Assume.that(json.startsWith("\""));
    Map<Object, Integer> map = Map.of(t.value, 1);
    String mapped = PERSONAL.writeValueAsString(map);
    assertEquals("{" + json + ":1}", mapped);
    JavaType type = PERSONAL.getTypeFactory().constructMapType(Map.class, t.type, Integer.class);
    assertEquals(map, PERSONAL.readValue(mapped, type));
    Statistics.label("key type").collect(t.type.getSimpleName());
  }

  /** A user's own type holding core values in collections and optionals. */
  record Holder(List<Visit> visits, Optional<IsoWeek> week, Map<String, Violation> byCode) {}

  @Provide
  Arbitrary<Holder> holders() {
    return Combinators.combine(
            values(Visit.class).list().ofMaxSize(4),
            values(IsoWeek.class).optional(),
            values(Violation.class).list().ofMaxSize(3))
        .as(
            (visits, week, violations) -> {
              Map<String, Violation> byCode = new TreeMap<>();
              violations.forEach(v -> byCode.put(v.code(), v));
              return new Holder(visits, week, byCode);
            });
  }

  @Property(tries = 40, edgeCases = EdgeCasesMode.NONE)
  void coreValuesInsideAUsersTypesAreReadBackEqual(@ForAll("holders") Holder h) {
    String json = DEFAULT.writeValueAsString(h);
    assertEquals(h, DEFAULT.readValue(json, Holder.class));
    List<Holder> list = List.of(h, h);
    assertEquals(
        list,
        DEFAULT.readValue(DEFAULT.writeValueAsString(list), new TypeReference<List<Holder>>() {}));
  }

  @Provide
  Arbitrary<ProgrammeSnapshot> snapshots() {
    return values(ProgrammeSnapshot.class);
  }

  @Property(tries = 30, edgeCases = EdgeCasesMode.NONE)
  void aSnapshotIsWrittenAsItsDocumentWithPersonalDataOnlyByConsent(
      @ForAll("snapshots") ProgrammeSnapshot s) {
    ProgrammeDocument doc = ProgrammeDocument.of(s);
    assertEquals(COMPACT_PERSONAL.write(doc), PERSONAL.writeValueAsString(s));
    String omitted = DEFAULT.writeValueAsString(s);
    assertEquals(COMPACT.write(doc), omitted);
    assertEquals(
        doc.withoutPersonalData().snapshot(), DEFAULT.readValue(omitted, ProgrammeSnapshot.class));
    assertFalse(
        s.ikms().stream()
            .anyMatch(
                i -> i.ownerNik().isPresent() && omitted.contains(i.ownerNik().get().value())));
  }

  @Provide
  Arbitrary<ValidationReport> validationReports() {
    return values(ValidationReport.class);
  }

  @Provide
  Arbitrary<ComplianceReport> complianceReports() {
    return values(ComplianceReport.class);
  }

  @Provide
  Arbitrary<VisitPlan> visitPlans() {
    return values(VisitPlan.class);
  }

  @Property(tries = 20, edgeCases = EdgeCasesMode.NONE)
  void reportsAndPlansAreWrittenAsTheirDocuments(
      @ForAll("validationReports") ValidationReport validation,
      @ForAll("complianceReports") ComplianceReport compliance,
      @ForAll("visitPlans") VisitPlan plan) {
    assertEquals(
        COMPACT.write(ValidationReportDocument.of(validation)),
        DEFAULT.writeValueAsString(validation));
    assertEquals(
        COMPACT.write(ComplianceReportDocument.of(compliance)),
        DEFAULT.writeValueAsString(compliance));
    assertEquals(COMPACT.write(VisitPlanDocument.of(plan)), DEFAULT.writeValueAsString(plan));
  }

  @Provide
  Arbitrary<LogbookEntry> linkedEntries() {
    return values(LogbookEntry.class).filter(e -> e.link().isPresent());
  }

  @Property(tries = 30, edgeCases = EdgeCasesMode.NONE)
  void aChainLinkIsWrittenAsTheMembersItsLogbookEntryHolds(
      @ForAll("linkedEntries") LogbookEntry e) {
    JsonNode entry = PLAIN.readTree(DEFAULT.writeValueAsString(e));
    ObjectNode members = PLAIN.createObjectNode();
    members.set("previousHash", entry.get("previousHash"));
    members.set("hash", entry.get("hash"));
    assertEquals(members, PLAIN.readTree(DEFAULT.writeValueAsString(e.link().orElseThrow())));
  }

  @Provide
  Arbitrary<ProgrammeDocument> updatedDocuments() {
    return Combinators.combine(snapshots(), values(HolidayUpdate.class))
        .as((s, u) -> ProgrammeDocument.of(s).withHolidayUpdate(u));
  }

  @Property(tries = 20, edgeCases = EdgeCasesMode.NONE)
  void aHolidayUpdateIsWrittenAsTheSnapshotDocumentHoldsIt(
      @ForAll("updatedDocuments") ProgrammeDocument d) {
    HolidayUpdate update = d.holidayUpdate().orElseThrow();
    assertWrittenAt(PLAIN.readTree(COMPACT.write(d)), "/holidayUpdate", update);
    String written = PERSONAL.writeValueAsString(d);
    assertEquals(
        Optional.of(update),
        PERSONAL.readValue(written, ProgrammeDocument.class).holidayUpdate(),
        written);
  }

  @Provide
  Arbitrary<ProgrammeOutlookDocument> outlooks() {
    return CoreValues.outlooks();
  }

  /** Asserts that the module writes a part as the document holds it at a JSON Pointer. */
  private static void assertWrittenAt(JsonNode document, String pointer, Object part) {
    assertEquals(document.at(pointer), PLAIN.readTree(DEFAULT.writeValueAsString(part)), pointer);
    Statistics.label("part").collect(part.getClass().getSimpleName());
  }

  @Property(tries = 20, edgeCases = EdgeCasesMode.NONE)
  void outlookResultsAreWrittenAsTheProgrammeOutlookDocumentHoldsThemAndReadBackEqual(
      @ForAll("outlooks") ProgrammeOutlookDocument d) {
    String written = COMPACT.write(d);
    assertEquals(written, DEFAULT.writeValueAsString(d));
    assertEquals(d, DEFAULT.readValue(written, ProgrammeOutlookDocument.class));
    assertEquals(d, COMPACT.read(written, ProgrammeOutlookDocument.class).document());
    JsonNode document = PLAIN.readTree(written);
    for (int i = 0; i < d.rankings().size(); i++) {
      StartDateRanking r = d.rankings().get(i);
      String ranking = "/startDates/" + i;
      assertWrittenAt(document, ranking, r);
      for (int j = 0; j < r.options().size(); j++) {
        StartOption o = r.options().get(j);
        String option = ranking + "/options/" + j;
        assertWrittenAt(document, option, o);
        for (int k = 0; k < o.hardWeeks().size(); k++) {
          assertWrittenAt(document, option + "/hardWeeks/" + k, o.hardWeeks().get(k));
          Statistics.label("hard week")
              .collect(
                  o.hardWeeks().get(k).specialHours().isEmpty()
                      ? "without special hours"
                      : "with special hours");
        }
      }
    }
    CapacityReport c = d.capacity().orElseThrow();
    assertWrittenAt(document, "/capacity", c);
    for (int i = 0; i < c.sentra().size(); i++) {
      assertWrittenAt(document, "/capacity/sentra/" + i, c.sentra().get(i));
    }
    List<SentraAllocation> allocation = c.allocate(d.mentorsAvailable().orElseThrow());
    for (int i = 0; i < allocation.size(); i++) {
      assertWrittenAt(document, "/allocation/sentra/" + i, allocation.get(i));
    }
  }
}
