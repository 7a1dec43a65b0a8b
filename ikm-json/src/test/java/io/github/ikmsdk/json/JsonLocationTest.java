package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.Ordering;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLocationTest {

  @Test
  void aLocationIsItsPointerLineAndColumn() {
    JsonLocation at = JsonLocation.of("/visits/3/date", 12, 7);
    assertEquals("/visits/3/date", at.pointer());
    assertEquals(12, at.line());
    assertEquals(7, at.column());
    assertEquals(JsonLocation.of("/visits/3/date", 12, 7), at);
    assertEquals(JsonLocation.of("/visits/3/date", 12, 7).hashCode(), at.hashCode());
    assertNotEquals(JsonLocation.of("/visits/3/date", 12, 8), at);
    assertNotEquals(JsonLocation.of("/visits/3", 12, 7), at);
    assertEquals("/visits/3/date (line 12, column 7)", at.toString());
  }

  @Test
  void theDocumentHasTheEmptyPointerAndNoPosition() {
    assertEquals(JsonLocation.of("", 0, 0), JsonLocation.document());
    assertEquals("(document) (line 0, column 0)", JsonLocation.document().toString());
  }

  @Test
  void withPointerKeepsThePosition() {
    JsonLocation record = JsonLocation.of("/assignments/2", 40, 5);
    assertEquals(
        JsonLocation.of("/assignments/2/ikms/1", 40, 5),
        record.withPointer("/assignments/2/ikms/1"));
  }

  @Test
  void malformedPointersAndNegativePositionsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> JsonLocation.of("visits/3", 1, 1));
    assertThrows(IllegalArgumentException.class, () -> JsonLocation.of("/visits/3", -1, 1));
    assertThrows(IllegalArgumentException.class, () -> JsonLocation.of("/visits/3", 1, -1));
    assertThrows(NullPointerException.class, () -> JsonLocation.of(null, 1, 1));
  }

  @Test
  void documentOrderIsByLineThenColumnWithUnknownPositionsFirst() {
    JsonLocation a = JsonLocation.document();
    JsonLocation b = JsonLocation.of("/ikms/0", 3, 9);
    JsonLocation c = JsonLocation.of("/ikms/1", 4, 2);
    JsonLocation d = JsonLocation.of("/ikms/1/nib", 4, 11);
    List<JsonLocation> sorted =
        Ordering.from(JsonLocation.inDocumentOrder()).sortedCopy(List.of(d, b, a, c));
    assertEquals(List.of(a, b, c, d), sorted);
    assertEquals(0, JsonLocation.inDocumentOrder().compare(b, JsonLocation.of("/other", 3, 9)));
  }
}
