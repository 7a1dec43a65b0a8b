package io.github.ikmsdk.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.hash.HashCode;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.logbook.Logbook;
import io.github.ikmsdk.core.logbook.LogbookChain;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.rules.LogbookAudit;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The logbook audit trail in the JSON contract: the published test vector, version 2 documents
 * carrying the chain, version 1 documents still read, and a tampered document reported where.
 */
class LogbookChainJsonTest {

  private static final String VECTOR =
      "/io/github/ikmsdk/json/schema/logbook-chain/test-vector-1.json";
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(IkmJsonModule.create()).build();
  private static final IkmJson DEFAULT = IkmJson.defaults();

  private static JsonNode vector() throws IOException {
    try (InputStream in = LogbookChainJsonTest.class.getResourceAsStream(VECTOR)) {
      return MAPPER.readTree(in);
    }
  }

  @Test
  void theTestVectorHoldsForEveryEntryAndTheWholeChain() throws IOException {
    HashCode previous = LogbookChain.GENESIS;
    List<LogbookEntry> chain = new ArrayList<>();
    for (JsonNode item : vector().get("entries")) {
      LogbookEntry entry = MAPPER.treeToValue(item.get("entry"), LogbookEntry.class);
      assertEquals(previous, entry.link().get().previous());
      String canonical = LogbookChain.canonicalEncoding(entry, previous);
      assertEquals(item.get("canonical").asString(), canonical);
      HashCode hash = LogbookChain.hash(entry, previous);
      assertEquals(item.get("hash").asString(), hash.toString());
      assertEquals(hash, entry.link().get().hash());
      assertEquals(entry, LogbookChain.seal(entry, previous));
      chain.add(entry);
      previous = hash;
    }
    assertEquals(3, chain.size());
    Logbook logbook = Logbook.of(IkmId.of("IKM-01"), chain);
    assertEquals(List.of(), LogbookAudit.verify(logbook, previous));
  }

  @Test
  void theReadmeShowsTheTestVector() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), UTF_8);
    for (JsonNode item : vector().get("entries")) {
      assertTrue(readme.contains(item.get("hash").asString()), item.get("hash").asString());
    }
    JsonNode first = vector().get("entries").get(0);
    assertTrue(readme.contains(first.get("canonical").asString()), "canonical encoding");
  }

  @Test
  void aVersionTwoDocumentCarriesTheChainAndReadsBackEqual() {
    ProgrammeSnapshot seed = Seed.snapshot();
    String json = DEFAULT.write(ProgrammeDocument.of(seed).withoutPersonalData());
    assertTrue(json.contains("\"schemaVersion\": 2"), json);
    assertTrue(json.contains("\"recordedAt\": \"2023-08-14T16:05:00+08:00\""), json);
    assertTrue(json.contains("\"recordedAt\": \"2023-08-15T09:30:12.25+08:00\""), json);
    assertEquals(List.of(), Schemas.validate(DocumentKind.PROGRAMME_SNAPSHOT, json));
    ReadResult<ProgrammeDocument> read = DEFAULT.read(json, ProgrammeDocument.class);
    assertEquals(List.of(), read.warnings());
    assertEquals(seed.logbookEntries(), read.document().snapshot().logbookEntries());
    String halfLink = json.replaceFirst(",\\s*\"hash\": \"[0-9a-f]{64}\"", "");
    assertFalse(Schemas.validate(DocumentKind.PROGRAMME_SNAPSHOT, halfLink).isEmpty());
  }

  @Test
  void aTamperedDocumentIsReadAndReportsWhereTheChainBreaks() {
    String json = DEFAULT.write(ProgrammeDocument.of(Seed.snapshot()).withoutPersonalData());
    String tampered = json.replace("\"Uji resep pewarna\"", "\"Uji resep pewarna baru\"");
    assertFalse(tampered.equals(json));
    ReadResult<ProgrammeDocument> read = DEFAULT.read(tampered, ProgrammeDocument.class);
    assertEquals(
        List.of("IKM-R411 /logbookEntries/0"),
        read.warnings().stream()
            .map(p -> p.code() + " " + p.pointer())
            .collect(Collectors.toList()));
    JsonProblem p = read.warnings().get(0);
    assertEquals(JsonProblem.Severity.WARNING, p.severity());
    assertTrue(p.englishMessage().contains("changed after it was recorded"), p.toString());
    assertTrue(p.indonesianMessage().contains("diubah setelah dicatat"));
  }

  @Test
  void aSwappedDocumentReportsBothEntries() {
    ProgrammeSnapshot seed = Seed.snapshot();
    List<LogbookEntry> swapped = new ArrayList<>(seed.logbookEntries());
    Collections.reverse(swapped);
    String json =
        DEFAULT.write(ProgrammeDocument.of(seed.withLogbookEntries(swapped)).withoutPersonalData());
    assertEquals(
        List.of("IKM-R413 /logbookEntries/0", "IKM-R413 /logbookEntries/1"),
        DEFAULT.read(json, ProgrammeDocument.class).warnings().stream()
            .map(p -> p.code() + " " + p.pointer())
            .sorted()
            .collect(Collectors.toList()));
  }

  @Test
  void aVersionOneDocumentIsStillReadAndItsEntriesKeepTheirListedOrder() throws IOException {
    String v1 =
        Files.readString(Path.of("src/test/resources/v1/programme-snapshot-seed.json"), UTF_8);
    assertTrue(v1.contains("\"schemaVersion\": 1"));
    assertEquals(List.of(), Schemas.validate(DocumentKind.PROGRAMME_SNAPSHOT, 1, v1));
    assertFalse(Schemas.validate(DocumentKind.PROGRAMME_SNAPSHOT, v1).isEmpty());
    ReadResult<ProgrammeDocument> read = DEFAULT.read(v1, ProgrammeDocument.class);
    assertEquals(List.of(), read.warnings());
    List<LogbookEntry> entries = read.document().snapshot().logbookEntries();
    List<LogbookEntry> expected =
        Seed.snapshot().logbookEntries().stream()
            .map(
                e ->
                    LogbookEntry.builder()
                        .from(e)
                        .recordedAt(Optional.empty())
                        .recordedBy(Optional.empty())
                        .link(Optional.empty())
                        .build())
            .collect(Collectors.toList());
    assertEquals(expected, entries);
    assertTrue(DocumentKind.PROGRAMME_SNAPSHOT.canRead(1));
    assertFalse(DocumentKind.PROGRAMME_SNAPSHOT.canRead(3));
    assertFalse(DocumentKind.VISIT_LOG.canRead(2));
  }

  @Test
  void aHalfLinkIsAMissingField() {
    String json = DEFAULT.write(ProgrammeDocument.of(Seed.snapshot()).withoutPersonalData());
    String half = json.replaceFirst(",\\s*\"hash\": \"[0-9a-f]{64}\"", "");
    JsonReadException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            JsonReadException.class, () -> DEFAULT.read(half, ProgrammeDocument.class));
    assertTrue(
        e.problems().stream()
            .anyMatch(p -> p.code().equals("JSON-002") && p.englishMessage().contains("'hash'")),
        e.problems().toString());
  }
}
