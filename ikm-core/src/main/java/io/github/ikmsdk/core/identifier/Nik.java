package io.github.ikmsdk.core.identifier;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Strings;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A personal identification number (Nomor Induk Kependudukan, NIK), the number on the Indonesian
 * identity card (KTP), for example {@code Nik.parse("5315054704000001")}.
 *
 * <p><b>A NIK is personal data.</b> {@link #toString()} and every error message show only its first
 * six digits (the district) and mask the rest with {@code '*'}; only {@link #value()} returns the
 * full number. Do not log it.
 *
 * <p>A NIK is exactly {@value #LENGTH} ASCII digits:
 *
 * <table class="striped">
 *   <caption>Parts of a NIK</caption>
 *   <thead>
 *     <tr><th scope="col">digits</th><th scope="col">part</th><th scope="col">rule</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">1-6</th><td>district of registration (kecamatan)</td>
 *       <td>a {@link RegionCode} {@code PPKKCC}: province 11-99, regency and district
 *       01-99</td></tr>
 *     <tr><th scope="row">7-12</th><td>birth date {@code DDMMYY}</td>
 *       <td>day 01-31 for men, with 40 added (41-71) for women; month 01-12; the date must
 *       exist in 19YY or in 20YY (29 February with YY 00 exists, as 2000 is a leap year;
 *       31 April never does)</td></tr>
 *     <tr><th scope="row">13-16</th><td>serial number</td><td>0001-9999</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>The year of birth has two digits only; {@link #birthDate(LocalDate)} picks the century. NIKs
 * order by their digits.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Nik implements Comparable<Nik> {

  /** The number of digits of a NIK. */
  public static final int LENGTH = 16;

  /** The number of leading digits (the district) that masked forms show. */
  private static final int SHOWN_DIGITS = 6;

  /** What women's birth days have added. */
  private static final int FEMALE_DAY_OFFSET = 40;

  private final String value;

  private Nik(String value) {
    this.value = value;
  }

  /**
   * Parses a NIK. Surrounding white space is removed; otherwise the text must be exactly {@value
   * #LENGTH} ASCII digits, without separators, whose parts follow the rules in the class
   * description. Error messages show the text masked after the sixth character.
   *
   * @param text the text to parse, not null
   * @return the NIK, not null
   * @throws IllegalArgumentException if the stripped text is not {@value #LENGTH} ASCII digits, its
   *     district digits are not a district code, its birth day or month is out of range, its birth
   *     date exists in neither 19YY nor 20YY, or its serial number is 0000
   */
  public static Nik parse(CharSequence text) {
    return new Nik(IdentifierText.parsed(text, Nik::problem));
  }

  /**
   * Returns whether {@link #parse(CharSequence)} accepts the text.
   *
   * @param text the text to check, not null
   * @return whether the text, stripped of surrounding white space, is a NIK
   */
  public static boolean isValid(CharSequence text) {
    return IdentifierText.isValid(text, Nik::problem);
  }

  /** Returns what is wrong with the stripped text, masked, or null if it is a NIK. */
  private static @Nullable String problem(String s) {
    String masked = mask(s);
    String problem = IdentifierText.digitsProblem("NIK", LENGTH, s, masked);
    if (problem != null) {
      return problem;
    }
    String subject = "NIK " + masked;
    problem = RegionCode.digitsProblem(s.substring(0, 6), subject + " district (digits 1-6)");
    if (problem != null) {
      return problem;
    }
    // The birth date itself is personal data: name the wrong part, not its digits.
    int day = IdentifierText.number(s, 6, 8);
    int month = IdentifierText.number(s, 8, 10);
    int yearOfCentury = IdentifierText.number(s, 10, 12);
    if (day > FEMALE_DAY_OFFSET) {
      day -= FEMALE_DAY_OFFSET;
    }
    if (day < 1 || day > 31) {
      return subject + ": birth day (digits 7-8) must be 01-31, or 41-71 for women";
    }
    if (month < 1 || month > 12) {
      return subject + ": birth month (digits 9-10) must be 01-12";
    }
    if (!YearMonth.of(1900 + yearOfCentury, month).isValidDay(day)
        && !YearMonth.of(2000 + yearOfCentury, month).isValidDay(day)) {
      return subject
          + ": birth date (digits 7-12) does not exist in 19YY or 20YY, such as 31 April or"
          + " 29 February of a common year";
    }
    if (IdentifierText.number(s, 12, 16) == 0) {
      return subject + ": serial number (digits 13-16) must be 0001-9999";
    }
    return null;
  }

  /**
   * Returns the text with every number in it that could be a NIK masked as {@link #masked()} masks
   * one: each run of {@value #LENGTH} or more ASCII digits keeps its first six digits and shows
   * {@code '*'} for the rest. Shorter runs, such as a 13-digit NIB or a date, are left as they are.
   * The SDK passes every message, report argument and log text it builds from input through this
   * method, so that a NIK typed into the wrong field (a name, an NIB, an id) is never echoed in
   * full; use it for your own logs of raw input too.
   *
   * <p>For example {@code redact("NIB must be 13 digits, was '5315054704000001'")} is {@code "NIB
   * must be 13 digits, was '531505**********'"}.
   *
   * @param text the text, not null
   * @return the text with NIK-like numbers masked, of the same length
   * @since 0.1.0
   */
  public static String redact(CharSequence text) {
    checkNotNull(text, "text");
    StringBuilder out = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isAsciiDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isAsciiDigit(text.charAt(i))) {
        i++;
      }
      if (i - start >= LENGTH) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        for (int j = start + SHOWN_DIGITS; j < i; j++) {
          out.setCharAt(j, '*');
        }
      }
    }
    return out == null ? text.toString() : out.toString();
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Returns the text with all but its first six characters replaced by '*'. */
  private static String mask(String s) {
    if (s.length() <= SHOWN_DIGITS) {
      return s;
    }
    return s.substring(0, SHOWN_DIGITS) + Strings.repeat("*", s.length() - SHOWN_DIGITS);
  }

  /**
   * Returns the full digits of this NIK. <b>This is personal data</b>: store and show it only where
   * the law and the data subject allow, and never log it; use {@link #masked()} to show which NIK
   * is meant.
   *
   * @return the {@value #LENGTH} digits, not null
   */
  public String value() {
    return value;
  }

  /**
   * Returns the district of registration (kecamatan): the first six digits.
   *
   * @return the region code at {@link RegionLevel#DISTRICT} level, for example {@code 53.15.05}
   *     (Kecamatan Komodo)
   */
  public RegionCode districtCode() {
    return RegionCode.ofValidDigits(value.substring(0, 6));
  }

  /**
   * Returns the sex encoded in the birth day: women have 40 added to the day.
   *
   * @return {@link Sex#FEMALE} if the day digits are 41-71, else {@link Sex#MALE}
   */
  public Sex sex() {
    return IdentifierText.number(value, 6, 8) > FEMALE_DAY_OFFSET ? Sex.FEMALE : Sex.MALE;
  }

  /**
   * Returns the day of the month of birth, with the 40 added for women removed.
   *
   * @return the day, 1-31
   */
  public int birthDayOfMonth() {
    int day = IdentifierText.number(value, 6, 8);
    return day > FEMALE_DAY_OFFSET ? day - FEMALE_DAY_OFFSET : day;
  }

  /**
   * Returns the month of birth.
   *
   * @return the month, 1-12
   */
  public int birthMonth() {
    return IdentifierText.number(value, 8, 10);
  }

  /**
   * Returns the two-digit year of birth.
   *
   * @return the year of the century, 0-99
   */
  public int birthYearOfCentury() {
    return IdentifierText.number(value, 10, 12);
  }

  /**
   * Returns the birth date, choosing the century so that the date is on or before {@code asOf} and
   * less than 100 years before it. For example the birth date of a NIK with {@code 070400} is 7
   * April 2000 as of 2024, but 7 April 1900 as of 1950.
   *
   * @param asOf the date at which the person is known to be alive, typically today, not null
   * @return the birth date, not after {@code asOf}
   * @throws DateTimeException if no such date exists, for example 29 February 00 as of 1 March 2100
   *     (2100 is a common year and 2000 is 100 years back)
   */
  public LocalDate birthDate(LocalDate asOf) {
    checkNotNull(asOf, "asOf");
    int day = birthDayOfMonth();
    int month = birthMonth();
    // The latest year on or before asOf's year that ends in the two digits, then a century back.
    int latestYear = asOf.getYear() - Math.floorMod(asOf.getYear() - birthYearOfCentury(), 100);
    LocalDate earliestExcluded = asOf.minusYears(100);
    for (int year = latestYear; year > latestYear - 200; year -= 100) {
      if (YearMonth.of(year, month).isValidDay(day)) {
        LocalDate date = LocalDate.of(year, month, day);
        if (!date.isAfter(asOf)) {
          if (date.isAfter(earliestExcluded)) {
            return date;
          }
          break;
        }
      }
    }
    throw new DateTimeException(
        "NIK "
            + masked()
            + " has no birth date on or before "
            + asOf
            + " and less than 100 years before it");
  }

  /**
   * Returns the serial number: the last four digits.
   *
   * @return four digits, {@code "0001"} to {@code "9999"}
   */
  public String serial() {
    return value.substring(12);
  }

  /**
   * Returns the NIK with everything after the district masked, safe to show and log.
   *
   * @return the first six digits followed by ten {@code '*'}, for example {@code
   *     "531505**********"}
   */
  public String masked() {
    return mask(value);
  }

  /**
   * Compares by the digits.
   *
   * @param other the other NIK, not null
   * @return negative, zero or positive as this NIK's digits sort before, equal or after
   */
  @Override
  public int compareTo(Nik other) {
    checkNotNull(other, "other");
    return value.compareTo(other.value);
  }

  /**
   * Two NIKs are equal when their digits are equal.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is a NIK with the same digits
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || (obj instanceof Nik && ((Nik) obj).value.equals(value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the masked NIK, never the full number (it is personal data). Use {@link #value()} to
   * get the digits that {@link #parse(CharSequence)} reads back.
   *
   * @return the same as {@link #masked()}
   */
  @Override
  public String toString() {
    return masked();
  }
}
