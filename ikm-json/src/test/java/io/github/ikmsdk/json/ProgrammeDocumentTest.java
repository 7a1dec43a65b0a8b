package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.PersonalData;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import io.github.ikmsdk.json.document.VisitLogDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgrammeDocumentTest {

  private static final ProgrammeSnapshot SEED = Seed.snapshot();
  private static final IkmJson DEFAULT = IkmJson.defaults();
  private static final IkmJson PERSONAL = IkmJson.builder().includePersonalData(true).build();

  @Test
  void seedRoundTripsLosslesslyWithPersonalData() {
    ProgrammeDocument doc = ProgrammeDocument.of(SEED);
    String json = PERSONAL.write(doc);
    ProgrammeDocument back = PERSONAL.read(json, ProgrammeDocument.class).document();
    assertEquals(doc, back);
    assertEquals(SEED.calendar(), back.snapshot().calendar());
    assertEquals(json, PERSONAL.write(back));
  }

  @Test
  void nikIsOmittedByDefaultAndTheDocumentSaysSo() {
    String json = DEFAULT.write(ProgrammeDocument.of(SEED));
    assertFalse(json.contains(Seed.OWNER_NIK));
    assertFalse(json.contains("ownerNik"));
    assertTrue(json.contains("\"personalData\": \"omitted\""));
    ProgrammeDocument back = DEFAULT.read(json, ProgrammeDocument.class).document();
    assertEquals(PersonalData.OMITTED, back.personalData());
    assertEquals(ProgrammeDocument.of(SEED).withoutPersonalData(), back);
    assertNotEquals(SEED, back.snapshot());
  }

  @Test
  void nikIsWrittenOnOptIn() {
    String json = PERSONAL.write(ProgrammeDocument.of(SEED));
    assertTrue(json.contains("\"ownerNik\": \"" + Seed.OWNER_NIK + "\""));
    assertTrue(json.contains("\"personalData\": \"included\""));
  }

  @Test
  void aDocumentWithoutPersonalDataStaysWithoutOnOptIn() {
    ProgrammeDocument omitted = ProgrammeDocument.of(SEED).withoutPersonalData();
    String json = PERSONAL.write(omitted);
    assertTrue(json.contains("\"personalData\": \"omitted\""));
    assertEquals(omitted, PERSONAL.read(json, ProgrammeDocument.class).document());
  }

  @Test
  void goldenFilesPinTheWireFormat() {
    Golden.check("programme-snapshot-seed.json", DEFAULT.write(ProgrammeDocument.of(SEED)));
    Golden.check(
        "programme-snapshot-seed-personal.json", PERSONAL.write(ProgrammeDocument.of(SEED)));
    Golden.check(
        "visit-log-seed.json", DEFAULT.write(VisitLogDocument.of(Seed.PROGRAMME, Seed.visits())));
  }

  @Test
  void goldenFilesReadBack() {
    assertEquals(
        ProgrammeDocument.of(SEED),
        DEFAULT
            .read(Golden.read("programme-snapshot-seed-personal.json"), ProgrammeDocument.class)
            .document());
    assertEquals(
        VisitLogDocument.of(Seed.PROGRAMME, Seed.visits()),
        DEFAULT.read(Golden.read("visit-log-seed.json"), VisitLogDocument.class).document());
  }

  @Test
  void writtenDocumentsValidateAgainstTheirSchemas() {
    assertEquals(
        List.of(),
        Schemas.validate(
            DocumentKind.PROGRAMME_SNAPSHOT, DEFAULT.write(ProgrammeDocument.of(SEED))));
    assertEquals(
        List.of(),
        Schemas.validate(
            DocumentKind.PROGRAMME_SNAPSHOT, PERSONAL.write(ProgrammeDocument.of(SEED))));
    assertEquals(
        List.of(),
        Schemas.validate(
            DocumentKind.VISIT_LOG,
            DEFAULT.write(VisitLogDocument.of(Seed.PROGRAMME, Seed.visits()))));
  }

  @Test
  void schemasRejectBrokenDocuments() {
    String good = PERSONAL.write(ProgrammeDocument.of(SEED));
    String[][] breakages = {
      {"\"kind\": \"programme-snapshot\"", "\"kind\": \"visit-log\""},
      {"\"schemaVersion\": 2", "\"schemaVersion\": 3"},
      {"\"nib\": \"9120000000001\"", "\"nib\": \"912000000001\""},
      {"\"start\": \"08:00\"", "\"start\": \"8:00\""},
      {"\"date\": \"2023-08-14\"", "\"date\": \"14-08-2023\""},
      {"\"status\": \"COMPLETED\"", "\"status\": \"DONE\""},
      {"\"zone\": \"Asia/Makassar\"", "\"zone\": 8"},
      {"\"region\": \"53.15\"", "\"region\": \"5315\""},
      {"\"name\": \"Kopi\"", "\"name\": \"Kopi\", \"colour\": \"brown\""},
      {"\"latitude\": -8.4793", "\"latitude\": -98.4793"},
      {"\"personalData\": \"included\"", "\"personalData\": \"omitted\""},
      {"\"MONDAY\": [", "\"MONDAY\": [\"25:00-26:00\", "},
    };
    for (String[] b : breakages) {
      assertTrue(good.contains(b[0]), b[0]);
      String broken = good.replaceFirst(Pattern.quote(b[0]), b[1]);
      assertFalse(
          Schemas.validate(DocumentKind.PROGRAMME_SNAPSHOT, broken).isEmpty(),
          "schema accepted " + b[1]);
      assertThrows(
          JsonReadException.class,
          () -> PERSONAL.read(broken, ProgrammeDocument.class),
          "reader accepted " + b[1]);
    }
  }

  @Test
  void readsAndWritesEverySource(@TempDir Path dir) throws Exception {
    ProgrammeDocument doc = ProgrammeDocument.of(SEED).withoutPersonalData();
    StringWriter w = new StringWriter();
    DEFAULT.write(doc, w);
    assertEquals(
        doc, DEFAULT.read(new StringReader(w.toString()), ProgrammeDocument.class).document());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DEFAULT.write(doc, bytes);
    assertEquals(w.toString(), bytes.toString(StandardCharsets.UTF_8));
    assertEquals(
        doc,
        DEFAULT
            .read(new ByteArrayInputStream(bytes.toByteArray()), ProgrammeDocument.class)
            .document());
    Path file = dir.resolve("snapshot.json");
    DEFAULT.write(doc, file);
    assertEquals(w.toString(), Files.readString(file));
    assertEquals(doc, DEFAULT.read(file, ProgrammeDocument.class).document());
  }

  @Test
  void compactOutputReadsBack() {
    IkmJson compact = IkmJson.builder().indent(false).includePersonalData(true).build();
    String json = compact.write(ProgrammeDocument.of(SEED));
    assertFalse(json.contains("\n"));
    assertEquals(
        ProgrammeDocument.of(SEED), compact.read(json, ProgrammeDocument.class).document());
  }

  @Test
  void schemasAreShippedWithStableIds() throws Exception {
    for (DocumentKind kind : DocumentKind.values()) {
      try (var in = kind.openSchema()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"$id\": \"" + kind.schemaId() + "\""), kind.schemaId());
      }
    }
    assertEquals(
        "https://ikmsdk.github.io/schema/programme-snapshot/2.json",
        DocumentKind.PROGRAMME_SNAPSHOT.schemaId());
    assertThrows(IllegalArgumentException.class, () -> DocumentKind.openSchema("../x"));
  }
}
