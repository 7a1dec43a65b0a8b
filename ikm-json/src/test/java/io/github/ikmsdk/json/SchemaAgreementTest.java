package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The reader and the shipped schema agree on single-field edits of a valid document: the reader
 * accepts a document exactly when the schema does. Only what a schema cannot see (impossible dates,
 * NIK and NIP structure, cross-field rules) is left out.
 */
class SchemaAgreementTest {

  private static final IkmJson PERSONAL = IkmJson.builder().includePersonalData(true).build();
  private static final String GOOD = Golden.read("programme-snapshot-seed-personal.json");

  private static boolean readerAccepts(String doc) {
    try {
      PERSONAL.read(doc, ProgrammeDocument.class);
      return true;
    } catch (JsonReadException e) {
      return false;
    }
  }

  /** Applies each edit to the golden snapshot and lists those where reader and schema differ. */
  private static void assertAgree(String[][] edits) {
    List<String> disagreements = new ArrayList<>();
    for (String[] edit : edits) {
      assertTrue(GOOD.contains(edit[0]), edit[0]);
      String doc = GOOD.replace(edit[0], edit[1]);
      boolean schema = Schemas.validate(DocumentKind.PROGRAMME_SNAPSHOT, doc).isEmpty();
      boolean reader = readerAccepts(doc);
      if (schema != reader) {
        disagreements.add(edit[1] + ": schema " + schema + ", reader " + reader);
      }
    }
    assertEquals(List.of(), disagreements);
  }

  private static final String FIRST_IKM_ADDRESS =
      "\"street\": \"Dusun 1\",\n        \"region\": \"53.15.05.2019\"\n      }";

  @Test
  void openingHoursAreAcceptedAndRejectedLikeTheSchemaDoes() {
    String[] hours = {
      "{}",
      "{\"days\": {\"FRIDAY\": [\"07:30-11:30\"], \"SATURDAY\": []}}",
      "{\"days\": {\"MONDAY\": [\"07:30-24:00\"]}, \"exceptions\": [{\"date\": \"2023-08-17\","
          + " \"hours\": []}, {\"date\": \"2023-08-23\", \"hours\": [\"10:00-13:00\"]}]}",
      "{\"days\": {\"FRIDAY\": [\"07:30-11:30\", \"13:30-16:00\"]}}",
      "{\"days\": {\"FRIDAY\": \"07:30-11:30\"}}",
      "{\"days\": {\"FRYDAY\": []}}",
      "{\"exceptions\": [{\"date\": \"2023-08-17\"}]}",
      "{\"weekly\": {}}",
      "[]",
    };
    String[][] edits = new String[hours.length][];
    for (int i = 0; i < hours.length; i++) {
      edits[i] =
          new String[] {
            FIRST_IKM_ADDRESS, FIRST_IKM_ADDRESS + ",\n      \"openingHours\": " + hours[i]
          };
    }
    assertAgree(edits);
    assertTrue(readerAccepts(GOOD.replace(edits[2][0], edits[2][1])));
    assertFalse(readerAccepts(GOOD.replace(edits[3][0], edits[3][1])));
    // What a pattern cannot say, the reader checks: a window that ends before it starts, a date
    // that does not exist.
    String[] stricter = {
      "{\"days\": {\"FRIDAY\": [\"11:30-07:30\"]}}",
      "{\"exceptions\": [{\"date\": \"2023-02-30\", \"hours\": []}]}"
    };
    for (String h : stricter) {
      assertFalse(
          readerAccepts(
              GOOD.replace(
                  FIRST_IKM_ADDRESS, FIRST_IKM_ADDRESS + ",\n      \"openingHours\": " + h)),
          h);
    }
  }

  @Test
  void idsAndTimeWindowsWithSurroundingSpaceAreRejectedLikeTheSchemaDoes() {
    String id64 = "A" + "b".repeat(63);
    assertAgree(
        new String[][] {
          {"\"IKM-01\"", "\"IKM-01 \""},
          {"\"IKM-01\"", "\" IKM-01\""},
          {"\"IKM-01\"", "\"\\tIKM-01\""},
          {"\"M-01\"", "\"M-01\\n\""},
          {"\"IKM-01\"", "\"IKM.01_a-b:c/d\""},
          {"\"IKM-01\"", "\"" + id64 + "\""},
          {"\"IKM-01\"", "\"" + id64 + "x\""},
          {"\"IKM-01\"", "\"_IKM\""},
          {"\"07:30-12:00\"", "\" 07:30-12:00\""},
          {"\"07:30-12:00\"", "\"07:30 - 12:00\""},
          {"\"07:30-12:00\"", "\"07:30-12:00 \""},
          {"\"13:00-16:00\"", "\"13:00-24:00\""},
          {"\"13:00-16:00\"", "\"13:00:30-16:00:00.5\""},
          {"\"13:00-16:00\"", "\"13:00-00:00\""},
          {"\"13:00-16:00\"", "\"13:00-24:00:00\""},
        });
  }

  @Test
  void integersWrittenAsDecimalsAreReadAsTheSchemaCountsThem() {
    assertAgree(
        new String[][] {
          {"\"maxIkmsPerMentor\": 5", "\"maxIkmsPerMentor\": 5.0"},
          {"\"maxIkmsPerMentor\": 5", "\"maxIkmsPerMentor\": 5e0"},
          {"\"maxIkmsPerMentor\": 5", "\"maxIkmsPerMentor\": 0.5e1"},
          {"\"maxIkmsPerMentor\": 5", "\"maxIkmsPerMentor\": 5.5"},
          {"\"maxIkmsPerMentor\": 5", "\"maxIkmsPerMentor\": 1e999999999"},
          {"\"maxIkmsPerMentor\": 5", "\"maxIkmsPerMentor\": 1e-999999999"},
        });
    assertEquals(
        5,
        PERSONAL
            .read(
                GOOD.replace("\"maxIkmsPerMentor\": 5", "\"maxIkmsPerMentor\": 5.0"),
                ProgrammeDocument.class)
            .document()
            .snapshot()
            .programme()
            .policy()
            .maxIkmsPerMentor());
  }

  @Test
  void repeatedElementsOfSetsAreRejectedLikeTheSchemaDoes() {
    assertAgree(
        new String[][] {
          {"\"IKM-02\",\n      \"IKM-03\"", "\"IKM-02\",\n      \"IKM-02\""},
          {"\"S-1\",\n      \"S-2\"", "\"S-1\",\n      \"S-1\""},
          {"\"HALAL\",\n          \"PIRT\"", "\"HALAL\",\n          \"HALAL\""},
          {"\"EXTENDED_DAY\",", "\"SATURDAY_VISIT\","},
          {"\"IKM-01\",\n        \"IKM-02\"", "\"IKM-01\",\n        \"IKM-01\""},
        });
  }

  @Test
  void aRepeatedElementIsReportedWhereItIs() {
    String doc = GOOD.replace("\"S-1\",\n      \"S-2\"", "\"S-1\",\n      \"S-1\"");
    JsonReadException e =
        assertThrows(JsonReadException.class, () -> PERSONAL.read(doc, ProgrammeDocument.class));
    assertEquals(1, e.problems().size(), e.problems().toString());
    assertEquals("JSON-004", e.problems().get(0).code());
    assertEquals("/programme/sentra/1", e.problems().get(0).pointer());
  }

  @Test
  void regionCodesOutsideTheirRangesAreRejectedLikeTheReaderDoes() {
    assertAgree(
        new String[][] {
          {"\"53.15\"", "\"00\""},
          {"\"53.15\"", "\"10\""},
          {"\"53.15\"", "\"11\""},
          {"\"53.15\"", "\"99.99\""},
          {"\"53.15\"", "\"53.00\""},
          {"\"53.15\"", "\"53\""},
          {"\"53.15.05.2019\"", "\"53.15.05.3019\""},
          {"\"53.15.05.2019\"", "\"53.15.05.0019\""},
          {"\"53.15.05.2019\"", "\"53.15.05.2000\""},
          {"\"53.15.05.2019\"", "\"53.15.05.1000\""},
          {"\"53.15.05.2019\"", "\"53.15.05.1001\""},
          {"\"53.15.05.2019\"", "\"53.15.05.2999\""},
          {"\"53.15.05.2019\"", "\"53.15.05.2010\""},
          {"\"53.15.05.2019\"", "\"53.15.05.2100\""},
          {"\"53.15.05.2019\"", "\"53.15.00.2019\""},
          {"\"53.15.05.2019\"", "\"53.01.99.2019\""},
        });
  }

  /** Every character that is white space to Java or to ECMA-262, alone as a required text. */
  @Test
  void blankTextsAreRejectedLikeTheReaderDoes() {
    List<String[]> edits = new ArrayList<>();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || c == '\u0085'
          || c == '\u180e'
          || c == '\ufeff') {
        String escaped = String.format(Locale.ROOT, "\\u%04x", (int) c);
        edits.add(new String[] {"\"Tahun Baru Masehi\"", "\"" + escaped + "\""});
        edits.add(new String[] {"\"Dusun 1\"", "\"" + escaped + escaped + "\""});
        edits.add(new String[] {"\"lembar/bulan\"", "\"" + escaped + "\""});
      }
    }
    edits.add(new String[] {"\"Tahun Baru Masehi\"", "\" \\u3000x\\t\""});
    edits.add(new String[] {"\"Tahun Baru Masehi\"", "\"\""});
    assertAgree(edits.toArray(new String[0][]));
  }
}
