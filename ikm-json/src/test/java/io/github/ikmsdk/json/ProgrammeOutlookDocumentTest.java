package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.planning.programme.CapacityReport;
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
import org.junit.jupiter.api.Test;

class ProgrammeOutlookDocumentTest {

  private static final IkmJson JSON = IkmJson.defaults();

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
  void theOutlookIsWrittenNotRead() {
    String json = JSON.write(document());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> JSON.read(json, ProgrammeOutlookDocument.class));
    assertTrue(e.getMessage().contains("written, not read"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ProgrammeOutlookDocument.builder().mentorsAvailable(3).build());
  }
}
