package io.github.ikmsdk.core.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NibTest {

  @Test
  void parsesThirteenDigits() {
    Nib nib = Nib.parse("0123456789012");
    assertEquals("0123456789012", nib.value());
    assertEquals("0123456789012", nib.toString());
    assertTrue(Nib.isValid("0123456789012"));
  }

  @Test
  void stripsSurroundingWhiteSpace() {
    assertEquals(Nib.parse("9120001234567"), Nib.parse(" \t9120001234567\n"));
    assertTrue(Nib.isValid(" 9120001234567 "));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "912000123456",
        "91200012345678",
        "912000123456a",
        "9120 001234567",
        "9120-001234567",
        "+912000123456",
        "-912000123456",
        "91200012345\u0666\u0667"
      })
  void rejectsOtherText(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Nib.parse(text));
    assertTrue(e.getMessage().startsWith("NIB must "), e.getMessage());
    assertTrue(e.getMessage().contains("'" + text.strip() + "'"), e.getMessage());
    assertFalse(Nib.isValid(text));
  }

  @Test
  void messagesSayWhatIsWrong() {
    assertEquals(
        "NIB must be 13 digits, was 5 characters: '12345'",
        assertThrows(IllegalArgumentException.class, () -> Nib.parse("12345")).getMessage());
    assertEquals(
        "NIB must hold only digits 0-9, found 'O' at position 3 in '91O0001234567'",
        assertThrows(IllegalArgumentException.class, () -> Nib.parse("91O0001234567"))
            .getMessage());
  }

  @Test
  void cutsLongTextShortInMessages() {
    String huge = "9".repeat(100_000);
    String message =
        assertThrows(IllegalArgumentException.class, () -> Nib.parse(huge)).getMessage();
    assertTrue(message.length() < 150, message);
    assertTrue(message.endsWith("... (100000 characters)'"), message);
  }

  @Test
  void ordersByDigits() {
    assertTrue(Nib.parse("0999999999999").compareTo(Nib.parse("1000000000000")) < 0);
    assertTrue(Nib.parse("1000000000001").compareTo(Nib.parse("1000000000000")) > 0);
    assertEquals(0, Nib.parse("1000000000000").compareTo(Nib.parse(" 1000000000000")));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Nib.parse("9120001234567"), Nib.parse(" 9120001234567 "))
        .addEqualityGroup(Nib.parse("9120001234568"))
        .addEqualityGroup(Nib.parse("0120001234567"))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Nib.class);
    tester.testAllPublicInstanceMethods(Nib.parse("9120001234567"));
  }
}
