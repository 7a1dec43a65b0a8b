package io.github.ikmsdk.core.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NipTest {

  @Test
  void femaleCivilServant() {
    Nip nip = Nip.parse("198503122010012003");
    assertEquals("198503122010012003", nip.value());
    assertEquals("198503122010012003", nip.toString());
    assertEquals(LocalDate.of(1985, 3, 12), nip.birthDate());
    assertEquals(YearMonth.of(2010, 1), nip.appointment());
    assertEquals(Sex.FEMALE, nip.sex());
    assertEquals("003", nip.serial());
  }

  @Test
  void maleCivilServant() {
    Nip nip = Nip.parse("197012311995031999");
    assertEquals(LocalDate.of(1970, 12, 31), nip.birthDate());
    assertEquals(YearMonth.of(1995, 3), nip.appointment());
    assertEquals(Sex.MALE, nip.sex());
    assertEquals("999", nip.serial());
  }

  @Test
  void appointmentInTheMonthOfBirthIsAccepted() {
    assertEquals(YearMonth.of(1985, 3), Nip.parse("198503121985031001").appointment());
  }

  @Test
  void leapDays() {
    assertEquals(LocalDate.of(2000, 2, 29), Nip.parse("200002292020011001").birthDate());
    assertFalse(Nip.isValid("190002292020011001"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "198503121985022003|appointment 1985-02 must not be before the month of birth 1985-03",
        "198503121970012003|appointment 1970-01 must not be before the month of birth 1985-03",
        "189912312010011001|birth year must be 1900-2099, was 1899",
        "210001012010011001|birth year must be 1900-2099, was 2100",
        "198504312010011001|birth date 19850431 does not exist (year 1985, month 04, day 31)",
        "198502292010011001|birth date 19850229 does not exist (year 1985, month 02, day 29)",
        "198513012010011001|birth date 19851301 does not exist (year 1985, month 13, day 01)",
        "198500012010011001|birth date 19850001 does not exist (year 1985, month 00, day 01)",
        "198503002010011001|birth date 19850300 does not exist (year 1985, month 03, day 00)",
        "198503122010001001|appointment month must be 01-12, was 00",
        "198503122010131001|appointment month must be 01-12, was 13",
        "198503122010010001|sex digit must be 1 (male) or 2 (female), was 0",
        "198503122010013001|sex digit must be 1 (male) or 2 (female), was 3",
        "198503122010011000|serial number must be 001-999, was 000"
      })
  void rejectsImpossibleParts(String text, String reason) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Nip.parse(text));
    assertEquals("NIP " + text + ": " + reason, e.getMessage());
    assertFalse(Nip.isValid(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "19850312201001200",
        "1985031220100120031",
        "19850312 201001 2 003",
        "1985O3122010012003"
      })
  void rejectsTextThatIsNotEighteenDigits(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Nip.parse(text));
    assertTrue(e.getMessage().startsWith("NIP must "), e.getMessage());
    // A run of 16 or more digits could be a NIK typed into the wrong field: it is masked.
    assertTrue(e.getMessage().contains("'" + Nik.redact(text) + "'"), e.getMessage());
    assertFalse(Nip.isValid(text));
  }

  @Test
  void ordersByDigits() {
    assertTrue(Nip.parse("197012311995031999").compareTo(Nip.parse("198503122010012003")) < 0);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Nip.parse("198503122010012003"), Nip.parse(" 198503122010012003"))
        .addEqualityGroup(Nip.parse("198503122010011003"))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Nip.class);
    tester.testAllPublicInstanceMethods(Nip.parse("198503122010012003"));
  }
}
