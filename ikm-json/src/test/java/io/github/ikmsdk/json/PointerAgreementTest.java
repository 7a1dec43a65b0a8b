package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reader's JSON Pointers name the value that is wrong, the leaf a form would highlight, exactly
 * where the schema validator places its error: for each single-value edit of the golden snapshot
 * that the schema rejects, the reader's error pointers and the validator's instance locations are
 * the same set.
 */
class PointerAgreementTest {

  private static final IkmJson PERSONAL = IkmJson.builder().includePersonalData(true).build();
  private static final String GOOD = Golden.read("programme-snapshot-seed-personal.json");

  private static final String CHANGES =
      "\"changes\": [\n"
          + "          {\n"
          + "            \"field\": \"workers\",\n"
          + "            \"previousValue\": \"3\",\n"
          + "            \"newValue\": \"4\"\n"
          + "          }\n"
          + "        ]";

  private static Set<String> readerPointers(String doc) {
    try {
      PERSONAL.read(doc, ProgrammeDocument.class);
      return Set.of();
    } catch (JsonReadException e) {
      return e.problems().stream()
          .filter(p -> p.severity() == JsonProblem.Severity.ERROR)
          .map(JsonProblem::pointer)
          .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
    }
  }

  /** The instance location of a validator error as a JSON Pointer (RFC 6901). */
  private static String pointer(NodePath path) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      out.append('/')
          .append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  private static Set<String> schemaPointers(String doc) {
    List<Error> errors = Schemas.validate(DocumentKind.PROGRAMME_SNAPSHOT, doc);
    return errors.stream()
        .map(e -> pointer(e.getInstanceLocation()))
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /** Replaces the {@code n}th (0-based) occurrence of {@code old}. */
  private static String replaceNth(String text, String old, int n, String replacement) {
    int at = -1;
    for (int i = 0; i <= n; i++) {
      at = text.indexOf(old, at + 1);
      assertTrue(at >= 0, old + " #" + n);
    }
    return text.substring(0, at) + replacement + text.substring(at + old.length());
  }

  private record Edit(String old, int occurrence, String replacement, String expected) {}

  private static Edit edit(String old, int occurrence, String replacement, String expected) {
    return new Edit(old, occurrence, replacement, expected);
  }

  @Test
  void everyWrongValueIsReportedAtItsLeafWhereTheSchemaReportsIt() {
    List<Edit> edits =
        List.of(
            edit("\"latitude\": -8.4793", 0, "\"latitude\": -91", "/sentra/0/location/latitude"),
            edit(
                "\"latitude\": -8.4793",
                1,
                "\"latitude\": 90.5",
                "/ikms/0/productionSite/latitude"),
            edit(
                "\"longitude\": 119.8992",
                1,
                "\"longitude\": 180.01",
                "/ikms/0/productionSite/longitude"),
            edit("\"latitude\": -8.4793", 2, "\"latitude\": 91", "/visits/0/location/latitude"),
            edit("\"latitude\": -8.5", 0, "\"latitude\": 100", "/agency/location/latitude"),
            edit(
                "\"maxIkmsPerMentor\": 5",
                0,
                "\"maxIkmsPerMentor\": 0",
                "/programme/policy/maxIkmsPerMentor"),
            edit(
                "\"siteToleranceMetres\": 250",
                0,
                "\"siteToleranceMetres\": -1",
                "/programme/policy/siteToleranceMetres"),
            edit(
                "\"minDurationMonths\": 3",
                0,
                "\"minDurationMonths\": 0",
                "/programme/policy/minDurationMonths"),
            edit(
                "\"minWorkingDaysForRequiredWeek\": 1",
                0,
                "\"minWorkingDaysForRequiredWeek\": 8",
                "/programme/policy/minWorkingDaysForRequiredWeek"),
            edit(
                "\"minWorkingDaysForRequiredWeek\": 1",
                0,
                "\"minWorkingDaysForRequiredWeek\": 0",
                "/programme/policy/minWorkingDaysForRequiredWeek"),
            edit(
                "\"minDurationMonths\": 3",
                1,
                "\"minDurationMonths\": 0",
                "/commodities/0/minDurationMonths"),
            edit(
                "\"monthlyTurnoverRupiah\": 4500000",
                0,
                "\"monthlyTurnoverRupiah\": -1",
                "/logbookEntries/0/indicators/monthlyTurnoverRupiah"),
            edit("\"workers\": 3", 0, "\"workers\": -3", "/logbookEntries/0/indicators/workers"),
            edit(
                "\"quantity\": 12",
                0,
                "\"quantity\": -12",
                "/logbookEntries/0/indicators/productionCapacity/quantity"),
            edit(
                "\"certifications\": [",
                0,
                "\"products\": -1, \"certifications\": [",
                "/logbookEntries/0/indicators/products"),
            edit(CHANGES, 0, "\"changes\": []", "/logbookEntries/1/amendment/changes"),
            edit("\"stage\": \"DIAGNOSIS\"", 0, "\"stage\": \"DONE\"", "/logbookEntries/0/stage"),
            edit(
                "\"date\": \"2023-08-14\",\n      \"author\"",
                0,
                "\"date\": \"2023-13-14\",\n      \"author\"",
                "/logbookEntries/0/date"),
            edit("\"region\": \"53.15.05.2019\"", 0, "\"region\": \"53.15.5\"", "/sentra/0/region"),
            edit("\"kbli\": \"13122\"", 0, "\"kbli\": \"1312\"", "/commodities/0/kbli"),
            edit(
                "\"postalCode\": \"86554\"",
                0,
                "\"postalCode\": \"8655\"",
                "/agency/office/postalCode"),
            edit("\"Usaha Tenun ikat songke 1\"", 0, "\"\\t \"", "/ikms/0/name"),
            edit("\"Dusun 1\"", 0, "\"\"", "/ikms/0/address/street"),
            edit(
                "\"unit\": \"lembar/bulan\"",
                0,
                "\"unit\": \" \"",
                "/logbookEntries/0/indicators/productionCapacity/unit"));
    List<String> disagreements = new ArrayList<>();
    for (Edit edit : edits) {
      String doc = replaceNth(GOOD, edit.old(), edit.occurrence(), edit.replacement());
      Set<String> schema = schemaPointers(doc);
      Set<String> reader = readerPointers(doc);
      assertEquals(Set.of(edit.expected()), schema, "schema errors of " + edit.replacement());
      if (!reader.equals(schema)) {
        disagreements.add(edit.replacement() + ": schema " + schema + ", reader " + reader);
      }
    }
    assertEquals(List.of(), disagreements);
  }

  @Test
  void theGoldenSnapshotHasNoErrorsSoEveryPointerAboveComesFromItsEdit() {
    assertEquals(Set.of(), schemaPointers(GOOD));
    assertFalse(GOOD.isEmpty());
    assertEquals(Set.of(), readerPointers(GOOD));
  }
}
