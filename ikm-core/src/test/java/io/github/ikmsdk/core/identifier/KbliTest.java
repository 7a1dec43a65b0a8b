package io.github.ikmsdk.core.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KbliTest {

  @ParameterizedTest
  @CsvSource({
    "13122, 13, true", // tenun ikat
    "10761, 10, true", // coffee processing
    "10219, 10, true", // other fish processing
    "10794, 10, true", // crackers and chips
    "16293, 16, true", // wood carving crafts
    "33121, 33, true", // last division of section C
    "09900, 09, false", // mining support, section B
    "35101, 35, false", // electricity, section D
    "01111, 01, false", // agriculture, section A
    "47111, 47, false" // retail trade, section G
  })
  void divisionAndManufacturing(String code, String division, boolean manufacturing) {
    Kbli kbli = Kbli.parse(code);
    assertEquals(code, kbli.value());
    assertEquals(code, kbli.toString());
    assertEquals(division, kbli.division());
    assertEquals(manufacturing, kbli.isManufacturing());
    assertTrue(Kbli.isValid(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1312", "131220", "13.122", "1312x", "13 122", "\u0661\u0663122"})
  void rejectsOtherText(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Kbli.parse(text));
    assertTrue(e.getMessage().startsWith("KBLI code must "), e.getMessage());
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    assertFalse(Kbli.isValid(text));
  }

  @Test
  void stripsSurroundingWhiteSpace() {
    assertEquals(Kbli.parse("13122"), Kbli.parse("\t13122 "));
  }

  @Test
  void ordersByDigits() {
    assertTrue(Kbli.parse("10219").compareTo(Kbli.parse("10761")) < 0);
    assertTrue(Kbli.parse("16293").compareTo(Kbli.parse("13122")) > 0);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Kbli.parse("13122"), Kbli.parse(" 13122"))
        .addEqualityGroup(Kbli.parse("10761"))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Kbli.class);
    tester.testAllPublicInstanceMethods(Kbli.parse("13122"));
  }
}
