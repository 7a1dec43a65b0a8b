package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.calendar.HolidayUpdate;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.testing.SeedFixtures;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HolidayUpdateDocumentTest {

  private static final IkmJson JSON = IkmJson.defaults();

  private static final HolidayUpdate UPDATE =
      HolidayUpdate.parseCsv(
          "date,category,name\n"
              + "2023-08-18,REMOVED,\"Tidak ada libur, contoh\"\n"
              + "2023-08-21,REGIONAL_HOLIDAY,Hari Jadi Kabupaten (contoh)\n");

  private static ProgrammeDocument document() {
    ProgrammeSnapshot seed = SeedFixtures.manggaraiBarat2023();
    ProgrammeSnapshot updated =
        ProgrammeSnapshot.builder().from(seed).calendar(UPDATE.applyTo(seed.calendar())).build();
    return ProgrammeDocument.of(updated).withoutPersonalData().withHolidayUpdate(UPDATE);
  }

  @Test
  void theUpdateIsWrittenValidAndReadBack() {
    String json = JSON.write(document());
    assertEquals(List.of(), Schemas.validate(DocumentKind.PROGRAMME_SNAPSHOT, json));
    assertTrue(
        json.contains(
            "\"holidayUpdate\": {\n"
                + "    \"additions\": [\n"
                + "      {\n"
                + "        \"date\": \"2023-08-21\",\n"
                + "        \"kind\": \"REGIONAL_HOLIDAY\",\n"
                + "        \"name\": \"Hari Jadi Kabupaten (contoh)\"\n"
                + "      }\n"
                + "    ],\n"
                + "    \"removals\": [\n"
                + "      {\n"
                + "        \"date\": \"2023-08-18\",\n"
                + "        \"reason\": \"Tidak ada libur, contoh\"\n"),
        json);
    ProgrammeDocument back = JSON.read(json, ProgrammeDocument.class).document();
    assertEquals(document(), back);
    assertEquals(Optional.of(UPDATE), back.holidayUpdate());
    // The calendar holds the merged days itself: no bundle is needed to read the report back.
    assertTrue(back.snapshot().calendar().holiday(LocalDate.of(2023, 8, 21)).isPresent());
  }

  @Test
  void aDocumentWithoutTheFieldHasNoUpdate() {
    ProgrammeDocument plain = ProgrammeDocument.of(SeedFixtures.manggaraiBarat2023());
    String json = JSON.write(plain);
    assertTrue(!json.contains("holidayUpdate"));
    assertEquals(
        Optional.empty(), JSON.read(json, ProgrammeDocument.class).document().holidayUpdate());
  }

  @Test
  void aDateBothAddedAndRemovedIsRejectedWithItsPointer() {
    String json =
        JSON.write(document())
            .replace(
                "\"date\": \"2023-08-18\",\n        \"reason\"",
                "\"date\": \"2023-08-21\",\n        \"reason\"");
    JsonReadException e =
        assertThrows(JsonReadException.class, () -> JSON.read(json, ProgrammeDocument.class));
    assertTrue(e.problems().get(0).pointer().startsWith("/holidayUpdate"), e.getMessage());
    String missing = JSON.write(document()).replace("\"removals\": [", "\"removal\": [");
    assertThrows(JsonReadException.class, () -> JSON.read(missing, ProgrammeDocument.class));
    assertTrue(!Schemas.validate(DocumentKind.PROGRAMME_SNAPSHOT, missing).isEmpty());
  }
}
