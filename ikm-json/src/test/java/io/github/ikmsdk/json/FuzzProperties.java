package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ikmsdk.core.imports.ImportMode;
import io.github.ikmsdk.core.imports.ImportOptions;
import io.github.ikmsdk.core.imports.RecordType;
import io.github.ikmsdk.json.document.ComplianceReportDocument;
import io.github.ikmsdk.json.document.IkmDocument;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import io.github.ikmsdk.json.document.ValidationReportDocument;
import io.github.ikmsdk.json.document.VisitLogDocument;
import io.github.ikmsdk.json.document.VisitPlanDocument;
import io.github.ikmsdk.json.imports.ImportReport;
import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Hostile input: mutated valid documents of every kind and random bytes. Reading returns a result
 * or throws the documented {@link JsonReadException}; any other exception fails the property.
 * Imports never throw and account for every record they saw.
 */
class FuzzProperties {

  private static final IkmJson JSON =
      IkmJson.builder()
          .includePersonalData(true)
          .limits(ReadLimits.defaults().withMaxDocumentLength(1 << 20))
          .build();
  private static final String SNAPSHOT = JSON.write(ProgrammeDocument.of(Seed.snapshot()));
  private static final String LOG = JSON.write(VisitLogDocument.of(Seed.PROGRAMME, Seed.visits()));
  private static final String VALIDATION =
      JSON.write(ValidationReportDocument.of(ReportFixtures.validationReport()));
  private static final String COMPLIANCE =
      JSON.write(ComplianceReportDocument.of(ReportFixtures.complianceReport()));
  private static final String PLAN = JSON.write(VisitPlanDocument.of(ReportFixtures.visitPlan()));
  private static final List<String> DOCUMENTS =
      List.of(SNAPSHOT, LOG, VALIDATION, COMPLIANCE, PLAN);

  /** Every document type a reader reads. */
  static final List<Class<? extends IkmDocument>> TYPES =
      List.of(
          ProgrammeDocument.class,
          VisitLogDocument.class,
          ValidationReportDocument.class,
          ComplianceReportDocument.class,
          VisitPlanDocument.class);

  private static final String TOKENS = "{}[]\",:0-9.eE+-tfnul \\\u0000\u00e9\ud83d";

  /** One edit of a text: delete, insert, replace or repeat a range. */
  private static String mutate(String text, int kind, int at, int length, String insert) {
    int from = Math.min(at, text.length());
    int to = Math.min(text.length(), from + length);
    switch (kind) {
      case 0:
        return text.substring(0, from) + text.substring(to);
      case 1:
        return text.substring(0, from) + insert + text.substring(from);
      case 2:
        return text.substring(0, from) + insert + text.substring(to);
      default:
        return text.substring(0, to) + text.substring(from, to).repeat(50) + text.substring(to);
    }
  }

  @Provide
  Arbitrary<String> mutatedDocuments() {
    Arbitrary<String> insert =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars(TOKENS).ofMaxLength(6),
            Arbitraries.of(
                "null",
                "[]",
                "{}",
                "\"x\"",
                "1e999",
                "-0",
                "\"2023-02-30\"",
                "\"25:00\"",
                "true",
                "[[[[[[[[[[",
                "\"ownerNik\": \"1\","));
    Arbitrary<Tuple.Tuple5<Integer, Integer, Integer, String, String>> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, SNAPSHOT.length()),
                Arbitraries.integers().between(0, 40),
                insert,
                Arbitraries.of(DOCUMENTS))
            .as(Tuple::of);
    return edit.list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(
            edits -> {
              String text = edits.get(0).get5();
              for (Tuple.Tuple5<Integer, Integer, Integer, String, String> e : edits) {
                text = mutate(text, e.get1(), e.get2() % (text.length() + 1), e.get3(), e.get4());
              }
              return text;
            });
  }

  private static void readEither(String text) {
    for (Class<? extends IkmDocument> type : TYPES) {
      try {
        JSON.read(text, type);
      } catch (JsonReadException e) {
        assertFalse(e.problems().isEmpty());
        e.problems().forEach(p -> assertFalse(p.englishMessage().isEmpty()));
      }
    }
  }

  @Property(tries = 400)
  void mutatedDocumentsGiveAResultOrTheDocumentedException(
      @ForAll("mutatedDocuments") String text) {
    readEither(text);
    ImportReport report =
        JSON.importSnapshot(text, ImportOptions.defaults().withMode(ImportMode.PER_RECORD))
            .report();
    for (RecordType t : RecordType.values()) {
      assertEquals(
          report.counts(t).rejected(),
          report.rejected().stream().filter(r -> r.type() == t).count());
    }
    try (VisitLogReader r = JSON.visitLogReader(new java.io.StringReader(text))) {
      r.forEachRemaining(v -> {});
    } catch (JsonReadException expected) {
      assertFalse(expected.problems().isEmpty());
    }
  }

  @Property(tries = 300)
  void randomBytesGiveTheDocumentedException(@ForAll byte[] bytes) {
    for (Class<? extends IkmDocument> type : TYPES) {
      try {
        JSON.read(new ByteArrayInputStream(bytes), type);
      } catch (JsonReadException e) {
        assertFalse(e.problems().isEmpty());
      }
    }
  }

  @Property(tries = 300)
  void randomTextGivesTheDocumentedException(@ForAll("jsonish") String text) {
    readEither(text);
  }

  @Provide
  Arbitrary<String> jsonish() {
    return Arbitraries.strings().withChars(TOKENS + "abcdefghijklmnopqrstuvwxyz").ofMaxLength(200);
  }
}
