package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.identifier.Nik;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.rules.Rule;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Violation;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import io.github.ikmsdk.json.document.ValidationReportDocument;
import io.github.ikmsdk.json.document.VisitPlanDocument;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

class IkmJsonModuleTest {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(IkmJsonModule.create()).build();

  @Test
  void coreTypesRoundTripThroughAUsersMapper() {
    List<Visit> visits = Seed.visits();
    String json = MAPPER.writeValueAsString(visits);
    assertEquals(visits, MAPPER.readValue(json, new TypeReference<List<Visit>>() {}));
    WorkCalendar calendar = Seed.calendar();
    assertEquals(
        calendar, MAPPER.readValue(MAPPER.writeValueAsString(calendar), WorkCalendar.class));
  }

  @Test
  void theModuleLeavesNikOutUnlessBuiltWithPersonalData() {
    Ikm ikm = Seed.snapshot().ikms().get(0);
    assertTrue(ikm.ownerNik().isPresent());
    assertFalse(MAPPER.writeValueAsString(ikm).contains(Seed.OWNER_NIK));
    JacksonException e =
        assertThrows(
            JacksonException.class, () -> MAPPER.writeValueAsString(Nik.parse(Seed.OWNER_NIK)));
    assertTrue(
        e.getMessage().contains("IkmJsonModule.create().withPersonalData()"), e.getMessage());
    assertFalse(e.getMessage().contains(Seed.OWNER_NIK), e.getMessage());
    JsonMapper personal =
        JsonMapper.builder().addModule(IkmJsonModule.create().withPersonalData()).build();
    assertEquals(ikm, personal.readValue(personal.writeValueAsString(ikm), Ikm.class));
  }

  @Test
  void invalidInputFailsWithEveryProblemInTheMessage() {
    JacksonException e =
        assertThrows(
            JacksonException.class,
            () -> MAPPER.readValue("{\"id\": 1, \"date\": \"x\"}", Visit.class));
    assertTrue(e.getMessage().contains("JSON-003 /id"), e.getMessage());
    assertTrue(e.getMessage().contains("JSON-004 /date"), e.getMessage());
    assertTrue(e.getMessage().contains("JSON-002"), e.getMessage());
  }

  @Test
  void lenientModuleSkipsUnknownFields() {
    JsonMapper lenient =
        JsonMapper.builder()
            .addModule(IkmJsonModule.create().withUnknownFields(UnknownFields.LENIENT))
            .build();
    Visit v = Seed.visits().get(0);
    String json = MAPPER.writeValueAsString(v).replace("{", "{\"extra\": [1],");
    assertEquals(v, lenient.readValue(json, Visit.class));
    assertThrows(JacksonException.class, () -> MAPPER.readValue(json, Visit.class));
  }

  @Test
  void serviceLoaderDiscoveryRegistersTheModule() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertTrue(
        found.registeredModules().stream().anyMatch(m -> m instanceof IkmJsonModule),
        found.registeredModules()::toString);
    Visit visit = Seed.visits().get(0);
    assertEquals(visit, found.readValue(found.writeValueAsString(visit), Visit.class));
  }

  @Test
  void theVersionComesFromTheBuild() {
    tools.jackson.core.Version v = IkmJsonModule.create().version();
    assertFalse(v.isUnknownVersion(), v::toString);
    assertEquals("io.github.ikmsdk", v.getGroupId());
    assertEquals("ikm-json", v.getArtifactId());
    assertEquals(System.getProperty("ikm.projectVersion", v.toString()), v.toString());
  }

  // ---------------------------------------------------------------- the types

  @Test
  void reportsPlansViolationsAndWeeksAreWrittenInTheContractsWireFormat() {
    IkmJson compact = IkmJson.builder().indent(false).build();
    ValidationReport validation = ReportFixtures.validationReport();
    assertFalse(validation.violations().isEmpty());
    assertEquals(
        compact.write(ValidationReportDocument.of(validation)),
        MAPPER.writeValueAsString(validation));
    assertEquals(
        validation,
        MAPPER.readValue(MAPPER.writeValueAsString(validation), ValidationReport.class));
    Violation violation = validation.violations().get(0);
    String v = MAPPER.writeValueAsString(violation);
    assertTrue(v.startsWith("{\"code\":\"" + violation.code() + "\",\"severity\":"), v);
    assertEquals(violation, MAPPER.readValue(v, Violation.class));
    VisitPlan plan = ReportFixtures.visitPlan();
    assertEquals(compact.write(VisitPlanDocument.of(plan)), MAPPER.writeValueAsString(plan));
    assertEquals(plan, MAPPER.readValue(MAPPER.writeValueAsString(plan), VisitPlan.class));
    IsoWeek week = IsoWeek.from(LocalDate.of(2023, 8, 14));
    assertEquals("\"2023-W33\"", MAPPER.writeValueAsString(week));
    assertEquals(week, MAPPER.readValue("\"2023-W33\"", IsoWeek.class));
    assertEquals(
        "\"" + Rule.values()[0].code() + "\"", MAPPER.writeValueAsString(Rule.values()[0]));
  }

  @Test
  void aSnapshotIsReadBackFromTheModulesOwnOutput() {
    ProgrammeSnapshot seed = Seed.snapshot();
    JsonMapper personal =
        JsonMapper.builder().addModule(IkmJsonModule.create().withPersonalData()).build();
    assertEquals(
        seed, personal.readValue(personal.writeValueAsString(seed), ProgrammeSnapshot.class));
    String omitted = MAPPER.writeValueAsString(seed);
    assertTrue(omitted.contains("\"personalData\":\"omitted\""), omitted);
    assertEquals(
        ProgrammeDocument.of(seed).withoutPersonalData().snapshot(),
        MAPPER.readValue(omitted, ProgrammeSnapshot.class));
  }

  @Test
  void aValueOfAnotherTypeIsAMismatchNamingTheProblem() {
    JacksonException e =
        assertThrows(JacksonException.class, () -> MAPPER.readValue("\"2023-W99\"", IsoWeek.class));
    assertTrue(e.getMessage().contains("JSON-004"), e.getMessage());
    assertTrue(e.getMessage().contains("2023-W99"), e.getMessage());
  }

  // ---------------------------------------------------------------- options

  @Test
  void theOptionsAreKeptByEachCopy() {
    ReadLimits limits = ReadLimits.defaults().withMaxProblems(3);
    IkmJsonModule m =
        IkmJsonModule.create()
            .withReadLimits(limits)
            .withUnknownFields(UnknownFields.LENIENT)
            .withPersonalData();
    assertEquals(limits, m.readLimits());
    assertEquals(UnknownFields.LENIENT, m.unknownFields());
    assertTrue(m.includesPersonalData());
    IkmJsonModule d = IkmJsonModule.create();
    assertEquals(ReadLimits.defaults(), d.readLimits());
    assertEquals(UnknownFields.STRICT, d.unknownFields());
    assertFalse(d.includesPersonalData());
    assertFalse(d.getRegistrationId().equals(m.getRegistrationId()));
    assertThrows(NullPointerException.class, () -> d.withReadLimits(null));
  }

  private static JsonMapper mapper(ReadLimits limits) {
    return JsonMapper.builder().addModule(IkmJsonModule.create().withReadLimits(limits)).build();
  }

  @Test
  void stringLengthLimitHoldsForTheModulesValues() {
    Visit visit = Visit.builder().from(Seed.visits().get(0)).notes("x".repeat(100)).build();
    String json = MAPPER.writeValueAsString(visit);
    assertEquals(visit, MAPPER.readValue(json, Visit.class));
    JacksonException e =
        assertThrows(
            JacksonException.class,
            () ->
                mapper(ReadLimits.defaults().withMaxStringLength(64)).readValue(json, Visit.class));
    assertTrue(e.getMessage().contains("JSON-010 /notes"), e.getMessage());
    assertTrue(e.getMessage().contains("string length limit of 64"), e.getMessage());
  }

  @Test
  void nestingDepthLimitHoldsForSkippedFieldsAndCountsFromTheValue() {
    Visit visit = Seed.visits().get(0);
    String deep = "[[[[[[[[[[1]]]]]]]]]]";
    String json = MAPPER.writeValueAsString(visit).replace("{", "{\"extra\": " + deep + ",");
    JsonMapper lenient =
        JsonMapper.builder()
            .addModule(
                IkmJsonModule.create()
                    .withUnknownFields(UnknownFields.LENIENT)
                    .withReadLimits(ReadLimits.defaults().withMaxNestingDepth(8)))
            .build();
    JacksonException e =
        assertThrows(JacksonException.class, () -> lenient.readValue(json, Visit.class));
    assertTrue(e.getMessage().contains("nesting depth limit of 8"), e.getMessage());
    // The same visit eight levels deep in a user's own structure is within the limit.
    String wrapped = "[[[[[[[[" + MAPPER.writeValueAsString(visit) + "]]]]]]]]";
    List<List<List<List<List<List<List<List<Visit>>>>>>>> back =
        mapper(ReadLimits.defaults().withMaxNestingDepth(8))
            .readValue(wrapped, new TypeReference<>() {});
    assertEquals(visit, back.get(0).get(0).get(0).get(0).get(0).get(0).get(0).get(0));
  }

  @Test
  void documentLengthLimitHoldsForEachValue() {
    String json = MAPPER.writeValueAsString(Seed.visits().get(0));
    assertTrue(json.length() > 100, json);
    JsonMapper small = mapper(ReadLimits.defaults().withMaxDocumentLength(100));
    JacksonException e =
        assertThrows(JacksonException.class, () -> small.readValue(json, Visit.class));
    assertTrue(e.getMessage().contains("document length limit of 100"), e.getMessage());
    // Each value is measured on its own: a list of short values is not one long value.
    String ids = MAPPER.writeValueAsString(Collections.nCopies(20, IkmId.of("IKM-0001")));
    assertEquals(20, small.readValue(ids, new TypeReference<List<IkmId>>() {}).size());
  }

  @Test
  void maxProblemsCapsTheProblemsListed() {
    String json = "{\"id\": 1, \"mentor\": 2, \"ikm\": 3, \"date\": 4, \"start\": 5, \"end\": 6}";
    JacksonException all =
        assertThrows(JacksonException.class, () -> MAPPER.readValue(json, Visit.class));
    assertEquals(6, all.getMessage().split("JSON-003").length - 1, all.getMessage());
    JacksonException capped =
        assertThrows(
            JacksonException.class,
            () -> mapper(ReadLimits.defaults().withMaxProblems(2)).readValue(json, Visit.class));
    assertEquals(2, capped.getMessage().split("JSON-003").length - 1, capped.getMessage());
    assertTrue(capped.getMessage().contains("JSON-015"), capped.getMessage());
  }

  @Test
  void mapKeysAreWrittenInTheWireFormatAndNiksOnlyByConsent() {
    Nik nik = Nik.parse(Seed.OWNER_NIK);
    JacksonException e =
        assertThrows(JacksonException.class, () -> MAPPER.writeValueAsString(Map.of(nik, 1)));
    assertTrue(
        e.getMessage().contains("IkmJsonModule.create().withPersonalData()"), e.getMessage());
    JsonMapper personal =
        JsonMapper.builder().addModule(IkmJsonModule.create().withPersonalData()).build();
    String json = personal.writeValueAsString(Map.of(nik, 1));
    assertEquals("{\"" + Seed.OWNER_NIK + "\":1}", json);
    assertEquals(
        Map.of(nik, 1), personal.readValue(json, new TypeReference<Map<Nik, Integer>>() {}));
    Rule rule = Rule.values()[0];
    assertEquals("{\"" + rule.code() + "\":2}", MAPPER.writeValueAsString(Map.of(rule, 2)));
    JacksonException bad =
        assertThrows(
            JacksonException.class,
            () ->
                MAPPER.readValue(
                    "{\"2023-W99\":1}", new TypeReference<Map<IsoWeek, Integer>>() {}));
    assertTrue(bad.getMessage().contains("2023-W99"), bad.getMessage());
  }

  @Test
  void enumsAreWrittenByNameWhateverTheMappersEnumFeatures() {
    JsonMapper byIndex =
        JsonMapper.builder()
            .addModule(IkmJsonModule.create())
            .enable(EnumFeature.WRITE_ENUMS_USING_INDEX)
            .build();
    assertEquals("\"COMPLETED\"", byIndex.writeValueAsString(VisitStatus.COMPLETED));
    assertEquals(VisitStatus.COMPLETED, byIndex.readValue("\"COMPLETED\"", VisitStatus.class));
    JacksonException e =
        assertThrows(JacksonException.class, () -> byIndex.readValue("1", VisitStatus.class));
    assertTrue(e.getMessage().contains("JSON-003"), e.getMessage());
  }
}
