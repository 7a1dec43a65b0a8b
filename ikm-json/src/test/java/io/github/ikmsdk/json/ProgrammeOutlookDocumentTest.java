package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.calendar.Holiday;
import io.github.ikmsdk.core.calendar.HolidayKind;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.SpecialHours;
import io.github.ikmsdk.core.calendar.WeeklySchedule;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.planning.programme.CapacityReport;
import io.github.ikmsdk.core.planning.programme.HardWeek;
import io.github.ikmsdk.core.planning.programme.MentorCapacity;
import io.github.ikmsdk.core.planning.programme.StartDateRanker;
import io.github.ikmsdk.core.planning.programme.StartDateRequest;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.testing.SeedFixtures;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.ProgrammeOutlookDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ProgrammeOutlookDocumentTest {

  private static final IkmJson JSON = IkmJson.defaults();
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(IkmJsonModule.create()).build();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  /** The seed with its period ending on Sunday 12 November 2023. */
  private static ProgrammeSnapshot seed() {
    ProgrammeSnapshot seed = SeedFixtures.manggaraiBarat2023();
    Programme p =
        Programme.builder().from(seed.programme()).endDate(LocalDate.of(2023, 11, 12)).build();
    return ProgrammeSnapshot.builder().from(seed).programme(p).build();
  }

  static ProgrammeOutlookDocument document() {
    PlanningRequest planning = PlanningRequest.of(seed());
    List<LocalDate> mondays = List.of(LocalDate.of(2023, 8, 14), LocalDate.of(2023, 9, 4));
    CapacityReport capacity = MentorCapacity.of(planning);
    return ProgrammeOutlookDocument.builder()
        .addRanking(
            StartDateRanker.rank(
                StartDateRequest.builder(planning).months(3).starts(mondays).build()))
        .addRanking(
            StartDateRanker.rank(
                StartDateRequest.builder(planning)
                    .months(4)
                    .commodity(CommodityId.of("KOPI"))
                    .starts(List.of(LocalDate.of(2023, 9, 4)))
                    .build()))
        .capacity(capacity)
        .mentorsAvailable(4)
        .build();
  }

  @Test
  void writtenDocumentKeepsTheSchemaAndTheGoldenFile() {
    String json = JSON.write(document());
    assertEquals(List.of(), Schemas.validate(DocumentKind.PROGRAMME_OUTLOOK, json));
    assertEquals(json, JSON.write(document()), "deterministic");
    Golden.check("programme-outlook-seed.json", json);
    assertTrue(json.contains("\"kind\": \"programme-outlook\""));
    assertTrue(json.contains("\"minimumProven\": true"));
  }

  @Test
  void schemaRejectsAnAllocationWithoutCapacityAndUnknownFields() {
    String minimal = "{\"schemaVersion\": 1, \"kind\": \"programme-outlook\", \"startDates\": []}";
    assertEquals(List.of(), Schemas.validate(DocumentKind.PROGRAMME_OUTLOOK, minimal));
    String empty = JSON.write(ProgrammeOutlookDocument.builder().build());
    assertEquals(List.of(), Schemas.validate(DocumentKind.PROGRAMME_OUTLOOK, empty));
    assertTrue(empty.contains("\"startDates\": []"), empty);
    String allocation = minimal.replace("}", ", \"allocation\": {\"mentors\": 1, \"sentra\": []}}");
    assertTrue(!Schemas.validate(DocumentKind.PROGRAMME_OUTLOOK, allocation).isEmpty());
    String unknown = minimal.replace("}", ", \"extra\": 1}");
    assertTrue(!Schemas.validate(DocumentKind.PROGRAMME_OUTLOOK, unknown).isEmpty());
  }

  @Test
  void theOutlookIsReadBackEqualByIkmJsonAndTheModule() {
    ProgrammeOutlookDocument doc = document();
    String json = JSON.write(doc);
    assertEquals(doc, JSON.read(json, ProgrammeOutlookDocument.class).document());
    assertEquals(doc, MAPPER.readValue(json, ProgrammeOutlookDocument.class));
    String empty = JSON.write(ProgrammeOutlookDocument.builder().build());
    assertEquals(
        ProgrammeOutlookDocument.builder().build(),
        JSON.read(empty, ProgrammeOutlookDocument.class).document());
    assertThrows(
        IllegalArgumentException.class,
        () -> ProgrammeOutlookDocument.builder().mentorsAvailable(3).build());
  }

  /** Returns the problems of reading the written seed outlook after {@code edit}. */
  private static List<JsonProblem> problemsAfter(Consumer<ObjectNode> edit) {
    ObjectNode tree = (ObjectNode) PLAIN.readTree(JSON.write(document()));
    edit.accept(tree);
    String json = PLAIN.writeValueAsString(tree);
    return assertThrows(
            JsonReadException.class, () -> JSON.read(json, ProgrammeOutlookDocument.class))
        .problems();
  }

  private static List<String> pointers(List<JsonProblem> problems) {
    return problems.stream().map(JsonProblem::pointer).collect(Collectors.toList());
  }

  @Test
  void derivedFieldsThatContradictTheContentAreReportedAtTheirLeaves() {
    List<JsonProblem> problems =
        problemsAfter(
            t -> {
              ((ObjectNode) t.at("/startDates/0/options/0")).put("uncoveredIkmWeeks", 999);
              ((ObjectNode) t.at("/capacity/sentra/0")).put("shortBy", 999);
              ((ObjectNode) t.at("/capacity/sentra/0")).put("minimumProven", false);
              ((ObjectNode) t.at("/allocation/sentra/0")).put("shortBy", 999);
            });
    assertEquals(
        List.of(
            "/startDates/0/options/0/uncoveredIkmWeeks",
            "/capacity/sentra/0/minimumProven",
            "/capacity/sentra/0/shortBy",
            "/allocation/sentra/0/shortBy"),
        pointers(problems),
        problems::toString);
    assertTrue(problems.get(0).toString().contains("contradicts the content"), problems::toString);
    List<JsonProblem> needed =
        problemsAfter(t -> ((ObjectNode) t.at("/capacity")).put("mentorsNeeded", 999));
    assertEquals(List.of("/capacity/mentorsNeeded"), pointers(needed), needed::toString);
    List<JsonProblem> missing =
        problemsAfter(t -> ((ObjectNode) t.at("/capacity")).remove("mentorsNeeded"));
    assertEquals(List.of("/capacity"), pointers(missing), missing::toString);
  }

  @Test
  void aHardWeeksDerivedFieldsAreCheckedAgainstItsHolidaysPeriodsAndShortfalls() {
    String week = "/startDates/0/options/0/hardWeeks/0";
    List<JsonProblem> problems =
        problemsAfter(
            t -> {
              ObjectNode w = (ObjectNode) t.at(week);
              w.put("lebaran", !w.get("lebaran").asBoolean());
              w.putArray("specialHours").add("Ramadan 1444 H");
              w.putObject("reasons").put("MENTOR_ON_LEAVE", 1);
            });
    assertEquals(
        List.of(week + "/lebaran", week + "/specialHours", week + "/reasons"),
        pointers(problems),
        problems::toString);
  }

  @Test
  void anAllocationMustFollowFromTheCapacityReport() {
    List<JsonProblem> edited =
        problemsAfter(
            t -> ((ObjectNode) t.at("/allocation/sentra/0")).put("uncoveredIkmWeeks", 999));
    assertEquals(List.of("/allocation/sentra"), pointers(edited), edited::toString);
    List<JsonProblem> alone = problemsAfter(t -> t.remove("capacity"));
    assertEquals(List.of("/allocation"), pointers(alone), alone::toString);
    assertTrue(alone.get(0).toString().contains("needs a capacity report"), alone::toString);
  }

  @Test
  void aBrokenPartIsReportedWithTheCoreFactorysReason() {
    List<JsonProblem> problems =
        problemsAfter(t -> ((ObjectNode) t.at("/startDates/0/options/0")).put("rank", 2));
    assertEquals(List.of("/startDates/0"), pointers(problems), problems::toString);
    assertTrue(problems.get(0).toString().contains("has rank 2, expected 1"), problems::toString);
  }

  @Test
  void aHardWeekKeepsItsSpecialHoursAndHolidays() {
    IsoWeek week = IsoWeek.of(2023, 16);
    SpecialHours ramadan =
        SpecialHours.of(
            LocalDate.of(2023, 3, 23),
            LocalDate.of(2023, 4, 20),
            WeeklySchedule.civilServantRamadan(),
            "Ramadan 1444 H");
    HardWeek w =
        HardWeek.of(
            week,
            week.monday(),
            week.sunday(),
            3,
            2,
            1,
            List.of(
                Holiday.of(LocalDate.of(2023, 4, 21), HolidayKind.CUTI_BERSAMA, "Idul Fitri"),
                Holiday.of(
                    LocalDate.of(2023, 4, 22), HolidayKind.PUBLIC_HOLIDAY, "Idul Fitri 1444 H")),
            List.of(ramadan),
            List.of());
    String json = MAPPER.writeValueAsString(w);
    assertTrue(json.contains("\"specialHours\":[\"Ramadan 1444 H\"]"), json);
    assertTrue(json.contains("\"specialHoursPeriods\":[{\"firstDay\":\"2023-03-23\""), json);
    assertTrue(json.contains("\"lebaran\":true"), json);
    assertEquals(w, MAPPER.readValue(json, HardWeek.class));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                HardWeek.of(
                    week, week.monday(), week.sunday(), 3, 2, 2, List.of(), List.of(), List.of()));
    assertTrue(e.getMessage().contains("less than requiredIkmWeeks 2, was 2"), e.getMessage());
  }
}
