package io.github.ikmsdk.core.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NikTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 8, 8);

  @Test
  void maleNik() {
    Nik nik = Nik.parse("5315051203850042");
    assertEquals("5315051203850042", nik.value());
    assertEquals(RegionCode.parse("53.15.05"), nik.districtCode());
    assertEquals(RegionLevel.DISTRICT, nik.districtCode().level());
    assertEquals(Sex.MALE, nik.sex());
    assertEquals(12, nik.birthDayOfMonth());
    assertEquals(3, nik.birthMonth());
    assertEquals(85, nik.birthYearOfCentury());
    assertEquals(LocalDate.of(1985, 3, 12), nik.birthDate(AS_OF));
    assertEquals("0042", nik.serial());
  }

  @Test
  void femaleNikHasFortyAddedToTheDay() {
    Nik nik = Nik.parse("5315054704000001");
    assertEquals(Sex.FEMALE, nik.sex());
    assertEquals(7, nik.birthDayOfMonth());
    assertEquals(4, nik.birthMonth());
    assertEquals(0, nik.birthYearOfCentury());
    assertEquals(LocalDate.of(2000, 4, 7), nik.birthDate(AS_OF));
    assertEquals("0001", nik.serial());
  }

  @Test
  void womanBornOnTheLastDayOfAMonth() {
    Nik nik = Nik.parse("5315057112990001");
    assertEquals(Sex.FEMALE, nik.sex());
    assertEquals(LocalDate.of(1999, 12, 31), nik.birthDate(AS_OF));
  }

  @Test
  void toStringIsMaskedNeverTheFullNumber() {
    Nik nik = Nik.parse("5315054704000001");
    assertEquals("531505**********", nik.masked());
    assertEquals("531505**********", nik.toString());
    assertEquals("531505**********", String.valueOf(nik));
    assertFalse(nik.toString().contains("4704000001"));
  }

  @Test
  void leapDayOfYearZeroExistsBecause2000IsALeapYear() {
    Nik man = Nik.parse("5315052902000001");
    Nik woman = Nik.parse("5315056902000001");
    assertEquals(Sex.MALE, man.sex());
    assertEquals(Sex.FEMALE, woman.sex());
    assertEquals(LocalDate.of(2000, 2, 29), man.birthDate(AS_OF));
    assertEquals(LocalDate.of(2000, 2, 29), woman.birthDate(AS_OF));
  }

  @Test
  void leapDayOfYearZeroBeforeTheYear2000HasNoBirthDate() {
    // 1900 is a common year and 1800 is too far back.
    Nik nik = Nik.parse("5315052902000001");
    DateTimeException e =
        assertThrows(DateTimeException.class, () -> nik.birthDate(LocalDate.of(1999, 12, 31)));
    assertTrue(e.getMessage().contains("531505**********"), e.getMessage());
    assertFalse(e.getMessage().contains("290200"), e.getMessage());
    // 2100 is a common year, 2000 is a full 100 years back.
    assertThrows(DateTimeException.class, () -> nik.birthDate(LocalDate.of(2100, 3, 1)));
    assertEquals(LocalDate.of(2000, 2, 29), nik.birthDate(LocalDate.of(2100, 2, 28)));
  }

  @Test
  void leapDayOfOtherYears() {
    assertTrue(Nik.isValid("5315052902040001"));
    assertFalse(Nik.isValid("5315052902010001"));
    assertEquals(
        LocalDate.of(1904, 2, 29),
        Nik.parse("5315052902040001").birthDate(LocalDate.of(1990, 1, 1)));
  }

  @ParameterizedTest
  @CsvSource({
    "070400, 2024-01-01, 2000-04-07",
    "070400, 1950-01-01, 1900-04-07",
    "070400, 2000-04-07, 2000-04-07",
    "070400, 2000-04-06, 1900-04-07",
    "070400, 2099-04-07, 2000-04-07",
    "070400, 2100-04-06, 2000-04-07",
    "070400, 2100-04-07, 2100-04-07",
    "311299, 2023-08-08, 1999-12-31",
    "010123, 2023-08-08, 2023-01-01",
    "010924, 2023-08-08, 1924-09-01",
    "080823, 2023-08-08, 2023-08-08",
    "090823, 2023-08-08, 1923-08-09"
  })
  void birthDateIsOnOrBeforeAsOfAndLessThanACenturyBefore(
      String ddmmyy, LocalDate asOf, LocalDate expected) {
    Nik nik = Nik.parse("531505" + ddmmyy + "0001");
    assertEquals(expected, nik.birthDate(asOf));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "5315053104760001|birth date (digits 7-12) does not exist",
        "5315057104760001|birth date (digits 7-12) does not exist",
        "5315053002000001|birth date (digits 7-12) does not exist",
        "5315052902010001|birth date (digits 7-12) does not exist",
        "5315050001850001|birth day (digits 7-8) must be 01-31, or 41-71 for women",
        "5315053201850001|birth day (digits 7-8) must be 01-31, or 41-71 for women",
        "5315054001850001|birth day (digits 7-8) must be 01-31, or 41-71 for women",
        "5315057201850001|birth day (digits 7-8) must be 01-31, or 41-71 for women",
        "5315051200850001|birth month (digits 9-10) must be 01-12",
        "5315051213850001|birth month (digits 9-10) must be 01-12",
        "5315051203850000|serial number (digits 13-16) must be 0001-9999",
        "1015051203850001|district (digits 1-6): province must be 11-99, was 10",
        "5300051203850001|district (digits 1-6): regency must be 01-99, was 00",
        "5315001203850001|district (digits 1-6): district must be 01-99, was 00"
      })
  void rejectsImpossibleParts(String text, String reason) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Nik.parse(text));
    assertTrue(
        e.getMessage().startsWith("NIK " + text.substring(0, 6) + "**********"), e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
    assertFalse(e.getMessage().contains(text.substring(6)), "message shows personal data");
    assertFalse(Nik.isValid(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "531505120385004",
        "53150512038500421",
        "531505120385004x",
        "5315-0512038500",
        "53.15.05.12038500"
      })
  void rejectsTextThatIsNotSixteenDigits(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Nik.parse(text));
    assertTrue(e.getMessage().startsWith("NIK must "), e.getMessage());
    if (text.length() > 6) {
      assertFalse(e.getMessage().contains(text.substring(6)), "message shows personal data");
      assertTrue(e.getMessage().contains(text.substring(0, 6) + "*"), e.getMessage());
    }
    assertFalse(Nik.isValid(text));
  }

  @Test
  void messageGivesThePositionOfANonDigitButMasksTheText() {
    assertEquals(
        "NIK must hold only digits 0-9, found 'x' at position 16 in '531505**********'",
        assertThrows(IllegalArgumentException.class, () -> Nik.parse("531505120385004x"))
            .getMessage());
  }

  @Test
  void stripsSurroundingWhiteSpace() {
    assertEquals(Nik.parse("5315051203850042"), Nik.parse(" 5315051203850042\n"));
  }

  @Test
  void ordersByDigits() {
    assertTrue(Nik.parse("5315051203850042").compareTo(Nik.parse("5315054704000001")) < 0);
    assertTrue(Nik.parse("5315051203850042").compareTo(Nik.parse("1171051203850042")) > 0);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Nik.parse("5315051203850042"), Nik.parse("5315051203850042 "))
        .addEqualityGroup(Nik.parse("5315051203850043"))
        .addEqualityGroup(Nik.parse("5315055203850042"))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Nik.class);
    tester.testAllPublicInstanceMethods(Nik.parse("5315051203850042"));
  }

  @Test
  void redactMasksEveryRunOfSixteenOrMoreDigits() {
    assertEquals(
        "NIB must be 13 digits, was '531505**********'",
        Nik.redact("NIB must be 13 digits, was '5315054704000001'"));
    assertEquals(
        "a531505***********b 531505**********", Nik.redact("a53150547040000012b 5315054704000001"));
    assertEquals("NIB 9120000000001, 2023-08-14", Nik.redact("NIB 9120000000001, 2023-08-14"));
    assertEquals("531505470400000", Nik.redact("531505470400000"));
    assertEquals("", Nik.redact(""));
    assertEquals(Nik.parse("5315054704000001").masked(), Nik.redact("5315054704000001"));
  }
}
