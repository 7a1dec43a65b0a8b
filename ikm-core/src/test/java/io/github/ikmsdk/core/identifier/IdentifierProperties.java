package io.github.ikmsdk.core.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Properties of the official identifiers, over values generated valid by construction. */
class IdentifierProperties {

  private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
  private static final LocalDate LAST_BIRTH_DATE = LocalDate.of(2099, 12, 31);

  // ---- round trips ----

  @Property
  void nibRoundTrips(@ForAll("nibs") String digits) {
    Nib nib = Nib.parse(digits);
    assertEquals(digits, nib.value());
    assertEquals(nib, Nib.parse(nib.toString()));
    assertTrue(Nib.isValid(digits));
  }

  @Property
  void kbliRoundTrips(@ForAll("kblis") String digits) {
    Kbli kbli = Kbli.parse(digits);
    assertEquals(kbli, Kbli.parse(kbli.toString()));
    int division = Integer.parseInt(kbli.division());
    assertEquals(division >= 10 && division <= 33, kbli.isManufacturing());
  }

  @Property
  void regionCodeRoundTripsInBothForms(@ForAll("regionCodes") String dotted) {
    RegionCode code = RegionCode.parse(dotted);
    assertEquals(dotted, code.toString());
    assertEquals(code, RegionCode.parse(code.toString()));
    assertEquals(code, RegionCode.parse(code.digits()));
    assertEquals(dotted.split("\\.").length, code.level().ordinal() + 1);
    assertEquals(code.level().digitCount(), code.digits().length());
    Statistics.collect(code.level());
  }

  @Property
  void regionCodeParentChainEndsAtTheProvince(@ForAll("regionCodes") String dotted) {
    RegionCode code = RegionCode.parse(dotted);
    RegionCode current = code;
    int steps = 0;
    while (current.parent().isPresent()) {
      RegionCode parent = current.parent().get();
      assertTrue(parent.contains(code));
      assertTrue(parent.compareTo(current) < 0);
      assertTrue(current.toString().startsWith(parent + "."));
      current = parent;
      steps++;
    }
    assertEquals(RegionLevel.PROVINCE, current.level());
    assertEquals(code.level().ordinal(), steps);
  }

  @Property
  void regionCodesOrderLikeTheirDottedText(
      @ForAll("regionCodes") String a, @ForAll("regionCodes") String b) {
    assertEquals(
        Integer.signum(a.compareTo(b)),
        Integer.signum(RegionCode.parse(a).compareTo(RegionCode.parse(b))));
    assertEquals(
        RegionCode.parse(a).contains(RegionCode.parse(b)), b.equals(a) || b.startsWith(a + "."));
  }

  @Property
  void nikRoundTripsAndDecodesItsParts(@ForAll("nikParts") NikParts parts) {
    Nik nik = Nik.parse(parts.text());
    assertEquals(parts.text(), nik.value());
    assertEquals(nik, Nik.parse(nik.value()));
    assertEquals(parts.district, nik.districtCode());
    assertEquals(parts.sex, nik.sex());
    assertEquals(parts.birthDate.getDayOfMonth(), nik.birthDayOfMonth());
    assertEquals(parts.birthDate.getMonthValue(), nik.birthMonth());
    assertEquals(parts.birthDate.getYear() % 100, nik.birthYearOfCentury());
    assertEquals(String.format(Locale.ROOT, "%04d", parts.serial), nik.serial());
    assertEquals(parts.text().substring(0, 6) + "**********", nik.toString());
    Statistics.label("sex").collect(parts.sex);
    Statistics.label("leap day")
        .collect(parts.birthDate.getMonthValue() == 2 && parts.birthDate.getDayOfMonth() == 29);
    Statistics.label("sex")
        .coverage(coverage -> coverage.check(Sex.FEMALE).percentage(p -> p > 30));
    Statistics.label("leap day").coverage(coverage -> coverage.check(true).count(n -> n > 0));
  }

  @Property
  void nikWithFortyAddedToTheDayIsFemale(@ForAll("nikParts") NikParts parts) {
    String text = parts.text();
    int day = Integer.parseInt(text.substring(6, 8));
    assertEquals(day > 40, Nik.parse(text).sex() == Sex.FEMALE);
    assertEquals(parts.sex == Sex.FEMALE, day > 40);
  }

  @Property
  void nikBirthDateIsRecoveredWithinACentury(
      @ForAll("nikParts") NikParts parts, @ForAll @IntRange(min = 0, max = 36_500) int daysLater) {
    LocalDate asOf = parts.birthDate.plusDays(daysLater);
    if (parts.birthDate.isAfter(asOf.minusYears(100))) {
      assertEquals(parts.birthDate, Nik.parse(parts.text()).birthDate(asOf));
    }
  }

  @Property
  void nikBirthDateIsNeverAfterAsOfNorACenturyBefore(
      @ForAll("nikParts") NikParts parts, @ForAll("birthDates") LocalDate asOf) {
    Nik nik = Nik.parse(parts.text());
    try {
      LocalDate birthDate = nik.birthDate(asOf);
      assertFalse(birthDate.isAfter(asOf));
      assertTrue(birthDate.isAfter(asOf.minusYears(100)));
      assertEquals(nik.birthDayOfMonth(), birthDate.getDayOfMonth());
      assertEquals(nik.birthMonth(), birthDate.getMonthValue());
      assertEquals(nik.birthYearOfCentury(), birthDate.getYear() % 100);
    } catch (DateTimeException e) {
      // Only a 29 February can lack a year in the century before asOf.
      assertEquals(29, nik.birthDayOfMonth());
      assertEquals(2, nik.birthMonth());
    }
  }

  @Property
  void nipRoundTripsAndDecodesItsParts(@ForAll("nipParts") NipParts parts) {
    Nip nip = Nip.parse(parts.text());
    assertEquals(nip, Nip.parse(nip.toString()));
    assertEquals(parts.birthDate, nip.birthDate());
    assertEquals(parts.appointment, nip.appointment());
    assertEquals(parts.sex, nip.sex());
    assertEquals(String.format(Locale.ROOT, "%03d", parts.serial), nip.serial());
  }

  @Property
  void nipWithAppointmentBeforeBirthIsRejected(
      @ForAll("nipParts") NipParts parts,
      @ForAll @IntRange(min = 1, max = 1200) int monthsEarlier) {
    YearMonth appointment = YearMonth.from(parts.birthDate).minusMonths(monthsEarlier);
    NipParts early = new NipParts(parts.birthDate, appointment, parts.sex, parts.serial);
    assertThrows(IllegalArgumentException.class, () -> Nip.parse(early.text()));
  }

  // ---- broken text ----

  @Property
  void nibWithOneCharacterChangedIsRejected(@ForAll("brokenNibs") String text) {
    assertRejected(text, Nib::parse, Nib::isValid);
  }

  @Property
  void kbliWithOneCharacterChangedIsRejected(@ForAll("brokenKblis") String text) {
    assertRejected(text, Kbli::parse, Kbli::isValid);
  }

  @Property
  void regionCodeWithOneCharacterChangedIsRejected(@ForAll("brokenRegionCodes") String text) {
    assertRejected(text, RegionCode::parse, RegionCode::isValid);
  }

  @Property
  void nikWithOneCharacterChangedIsRejected(@ForAll("brokenNiks") String text) {
    IllegalArgumentException e = assertRejected(text, Nik::parse, Nik::isValid);
    String stripped = text.strip();
    if (stripped.length() > 6) {
      assertFalse(e.getMessage().contains(stripped.substring(6)), "message shows personal data");
    }
  }

  @Property
  void nipWithOneCharacterChangedIsRejected(@ForAll("brokenNips") String text) {
    assertRejected(text, Nip::parse, Nip::isValid);
  }

  @Property
  void isValidAgreesWithParseOnAnyText(@ForAll("digitLikeText") String text) {
    assertAgree(text, Nib::parse, Nib.isValid(text));
    assertAgree(text, Nik::parse, Nik.isValid(text));
    assertAgree(text, Nip::parse, Nip.isValid(text));
    assertAgree(text, Kbli::parse, Kbli.isValid(text));
    assertAgree(text, RegionCode::parse, RegionCode.isValid(text));
  }

  private static IllegalArgumentException assertRejected(
      String text, Function<String, ?> parse, Predicate<String> isValid) {
    assertFalse(isValid.test(text), text);
    return assertThrows(IllegalArgumentException.class, () -> parse.apply(text), text);
  }

  private static void assertAgree(String text, Function<String, ?> parse, boolean valid) {
    if (valid) {
      parse.apply(text);
    } else {
      assertThrows(IllegalArgumentException.class, () -> parse.apply(text));
    }
  }

  // ---- generators ----

  @Provide
  Arbitrary<String> nibs() {
    return digits(Nib.LENGTH);
  }

  @Provide
  Arbitrary<String> kblis() {
    return digits(Kbli.LENGTH);
  }

  @Provide
  Arbitrary<String> regionCodes() {
    Arbitrary<String> village =
        Combinators.combine(Arbitraries.of(1, 2), Arbitraries.integers().between(1, 999))
            .as((type, number) -> String.format(Locale.ROOT, ".%04d", type * 1000 + number));
    return Combinators.combine(districtCodes(), village, Arbitraries.integers().between(1, 4))
        .as(
            (district, villagePart, segments) ->
                segments == 4 ? district + villagePart : district.substring(0, 3 * segments - 1));
  }

  /** Dotted district codes {@code PP.KK.CC}. */
  private static Arbitrary<String> districtCodes() {
    return Combinators.combine(
            Arbitraries.integers().between(11, 99),
            Arbitraries.integers().between(1, 99),
            Arbitraries.integers().between(1, 99))
        .as((p, k, c) -> String.format(Locale.ROOT, "%02d.%02d.%02d", p, k, c));
  }

  @Provide
  Arbitrary<LocalDate> birthDates() {
    return Arbitraries.longs()
        .between(FIRST_BIRTH_DATE.toEpochDay(), LAST_BIRTH_DATE.toEpochDay())
        .map(LocalDate::ofEpochDay)
        .edgeCases(
            edges ->
                edges.add(
                    LocalDate.of(2000, 2, 29),
                    LocalDate.of(1904, 2, 29),
                    LocalDate.of(1999, 12, 31),
                    LocalDate.of(2000, 1, 1)));
  }

  @Provide
  Arbitrary<NikParts> nikParts() {
    return Combinators.combine(
            districtCodes().map(RegionCode::parse),
            birthDates(),
            Arbitraries.of(Sex.class),
            Arbitraries.integers().between(1, 9999))
        .as(NikParts::new);
  }

  @Provide
  Arbitrary<NipParts> nipParts() {
    return Combinators.combine(
            birthDates(),
            Arbitraries.integers().between(0, 70 * 12),
            Arbitraries.of(Sex.class),
            Arbitraries.integers().between(1, 999))
        .as(
            (birthDate, months, sex, serial) ->
                new NipParts(birthDate, YearMonth.from(birthDate).plusMonths(months), sex, serial));
  }

  @Provide
  Arbitrary<String> brokenNibs() {
    return broken(nibs());
  }

  @Provide
  Arbitrary<String> brokenKblis() {
    return broken(kblis());
  }

  @Provide
  Arbitrary<String> brokenRegionCodes() {
    return broken(regionCodes());
  }

  @Provide
  Arbitrary<String> brokenNiks() {
    return broken(nikParts().map(NikParts::text));
  }

  @Provide
  Arbitrary<String> brokenNips() {
    return broken(nipParts().map(NipParts::text));
  }

  @Provide
  Arbitrary<String> digitLikeText() {
    return Arbitraries.strings()
        .withChars("0123456789. -x")
        .withCharRange('0', '9')
        .ofMinLength(0)
        .ofMaxLength(20);
  }

  /** ASCII digit strings of the given length. */
  private static Arbitrary<String> digits(int length) {
    return Arbitraries.strings().withCharRange('0', '9').ofLength(length);
  }

  /**
   * Valid texts with one change: a digit deleted, a digit inserted, or a character replaced by a
   * non-digit (letter, separator, white space, a non-ASCII digit). Deleting a dot is not a change
   * of the digits: {@code 11.01} without its dot is the same region, {@code 1101}.
   */
  private static Arbitrary<String> broken(Arbitrary<String> valid) {
    Arbitrary<Character> nonDigits =
        Arbitraries.of('a', 'O', 'l', '-', '/', ' ', '\t', '\u0663', '\uff11', '+');
    Arbitrary<Character> insertedDigits = Arbitraries.chars().range('0', '9');
    return Combinators.combine(
            valid,
            Arbitraries.integers().between(0, Integer.MAX_VALUE - 1),
            Arbitraries.integers().between(0, 2),
            nonDigits,
            insertedDigits)
        .as(
            (text, position, change, nonDigit, digit) -> {
              switch (change) {
                case 0:
                  int deleted = digitIndex(text, position);
                  return text.substring(0, deleted) + text.substring(deleted + 1);
                case 1:
                  int inserted = position % (text.length() + 1);
                  return text.substring(0, inserted) + digit + text.substring(inserted);
                default:
                  int replaced = position % text.length();
                  return text.substring(0, replaced) + nonDigit + text.substring(replaced + 1);
              }
            });
  }

  /** Returns the index of the digit number {@code position % (number of digits)} in the text. */
  private static int digitIndex(String text, int position) {
    int[] digitIndexes =
        IntStream.range(0, text.length()).filter(i -> text.charAt(i) != '.').toArray();
    return digitIndexes[position % digitIndexes.length];
  }

  /** The parts of a valid NIK. */
  static final class NikParts {
    final RegionCode district;
    final LocalDate birthDate;
    final Sex sex;
    final int serial;

    NikParts(RegionCode district, LocalDate birthDate, Sex sex, int serial) {
      this.district = district;
      this.birthDate = birthDate;
      this.sex = sex;
      this.serial = serial;
    }

    String text() {
      int day = birthDate.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
      return String.format(
          Locale.ROOT,
          "%s%02d%02d%02d%04d",
          district.digits(),
          day,
          birthDate.getMonthValue(),
          birthDate.getYear() % 100,
          serial);
    }

    @Override
    public String toString() {
      return Tuple.of(district, birthDate, sex, serial).toString();
    }
  }

  /** The parts of a valid NIP. */
  static final class NipParts {
    final LocalDate birthDate;
    final YearMonth appointment;
    final Sex sex;
    final int serial;

    NipParts(LocalDate birthDate, YearMonth appointment, Sex sex, int serial) {
      this.birthDate = birthDate;
      this.appointment = appointment;
      this.sex = sex;
      this.serial = serial;
    }

    String text() {
      return String.format(
          Locale.ROOT,
          "%04d%02d%02d%04d%02d%d%03d",
          birthDate.getYear(),
          birthDate.getMonthValue(),
          birthDate.getDayOfMonth(),
          appointment.getYear(),
          appointment.getMonthValue(),
          sex == Sex.MALE ? 1 : 2,
          serial);
    }

    @Override
    public String toString() {
      return text();
    }
  }

  @Provide
  Arbitrary<String> textsWithNumbers() {
    return Arbitraries.strings()
        .withChars("0123456789 -'x\u00e9")
        .ofMaxLength(60)
        .injectDuplicates(0.1);
  }

  @Property
  void redactLeavesNoSixteenDigitRunAndKeepsEverythingElse(
      @ForAll("textsWithNumbers") String text) {
    String redacted = Nik.redact(text);
    assertEquals(text.length(), redacted.length());
    assertFalse(redacted.matches("(?s).*[0-9]{16}.*"), redacted);
    for (int i = 0; i < text.length(); i++) {
      if (redacted.charAt(i) != text.charAt(i)) {
        assertEquals('*', redacted.charAt(i));
        // Masked digits follow at least six digits of their run.
        assertTrue(i >= 6 && text.substring(i - 6, i).chars().allMatch(Character::isDigit));
      }
    }
    assertEquals(redacted, Nik.redact(redacted));
    if (!text.matches("(?s).*[0-9]{16}.*")) {
      assertEquals(text, redacted);
    }
  }
}
