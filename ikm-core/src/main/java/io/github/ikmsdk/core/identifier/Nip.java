package io.github.ikmsdk.core.identifier;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A civil-servant identification number (Nomor Induk Pegawai, NIP) of the National Civil Service
 * Agency (BKN), for example {@code Nip.parse("198503122010012003")}.
 *
 * <p>A NIP is exactly {@value #LENGTH} ASCII digits:
 *
 * <table class="striped">
 *   <caption>Parts of a NIP</caption>
 *   <thead>
 *     <tr><th scope="col">digits</th><th scope="col">part</th><th scope="col">rule</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">1-8</th><td>birth date {@code YYYYMMDD}</td>
 *       <td>an existing date in the years 1900-2099</td></tr>
 *     <tr><th scope="row">9-14</th><td>appointment as candidate civil servant (TMT CPNS)
 *       {@code YYYYMM}</td><td>month 01-12, not before the month of birth</td></tr>
 *     <tr><th scope="row">15</th><td>sex</td><td>1 male, 2 female</td></tr>
 *     <tr><th scope="row">16-18</th><td>serial number</td><td>001-999</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>A NIP holds a birth date, which is personal data; store and show it with care. NIPs order by
 * their digits.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Nip implements Comparable<Nip> {

  /** The number of digits of a NIP. */
  public static final int LENGTH = 18;

  private final String value;

  private Nip(String value) {
    this.value = value;
  }

  /**
   * Parses a NIP. Surrounding white space is removed; otherwise the text must be exactly {@value
   * #LENGTH} ASCII digits, without separators, whose parts follow the rules in the class
   * description.
   *
   * @param text the text to parse, not null
   * @return the NIP, not null
   * @throws IllegalArgumentException if the stripped text is not {@value #LENGTH} ASCII digits, the
   *     birth date does not exist or is outside 1900-2099, the appointment month is not 01-12 or is
   *     before the month of birth, the sex digit is not 1 or 2, or the serial number is 000
   */
  public static Nip parse(CharSequence text) {
    return new Nip(IdentifierText.parsed(text, Nip::problem));
  }

  /**
   * Returns whether {@link #parse(CharSequence)} accepts the text.
   *
   * @param text the text to check, not null
   * @return whether the text, stripped of surrounding white space, is a NIP
   */
  public static boolean isValid(CharSequence text) {
    return IdentifierText.isValid(text, Nip::problem);
  }

  /** Returns what is wrong with the stripped text, or null if it is a NIP. */
  private static @Nullable String problem(String s) {
    String problem = IdentifierText.digitsProblem("NIP", LENGTH, s, s);
    if (problem != null) {
      return problem;
    }
    String subject = "NIP " + s;
    int year = IdentifierText.number(s, 0, 4);
    int month = IdentifierText.number(s, 4, 6);
    int day = IdentifierText.number(s, 6, 8);
    if (year < 1900 || year > 2099) {
      return subject + ": birth year must be 1900-2099, was " + s.substring(0, 4);
    }
    if (month < 1 || month > 12 || day < 1 || !YearMonth.of(year, month).isValidDay(day)) {
      return subject
          + ": birth date "
          + s.substring(0, 8)
          + " does not exist (year "
          + s.substring(0, 4)
          + ", month "
          + s.substring(4, 6)
          + ", day "
          + s.substring(6, 8)
          + ")";
    }
    int appointmentMonth = IdentifierText.number(s, 12, 14);
    if (appointmentMonth < 1 || appointmentMonth > 12) {
      return subject + ": appointment month must be 01-12, was " + s.substring(12, 14);
    }
    YearMonth appointment = YearMonth.of(IdentifierText.number(s, 8, 12), appointmentMonth);
    YearMonth birthMonth = YearMonth.of(year, month);
    if (appointment.isBefore(birthMonth)) {
      return subject
          + ": appointment "
          + appointment
          + " must not be before the month of birth "
          + birthMonth;
    }
    char sex = s.charAt(14);
    if (sex != '1' && sex != '2') {
      return subject + ": sex digit must be 1 (male) or 2 (female), was " + sex;
    }
    if (IdentifierText.number(s, 15, 18) == 0) {
      return subject + ": serial number must be 001-999, was 000";
    }
    return null;
  }

  /**
   * Returns the digits of this NIP.
   *
   * @return the {@value #LENGTH} digits, not null
   */
  public String value() {
    return value;
  }

  /**
   * Returns the birth date: the first eight digits.
   *
   * @return the date, in the years 1900-2099
   */
  public LocalDate birthDate() {
    return LocalDate.of(
        IdentifierText.number(value, 0, 4),
        IdentifierText.number(value, 4, 6),
        IdentifierText.number(value, 6, 8));
  }

  /**
   * Returns the month of appointment as candidate civil servant (TMT CPNS): digits 9-14.
   *
   * @return the month, not before the month of birth
   */
  public YearMonth appointment() {
    return YearMonth.of(IdentifierText.number(value, 8, 12), IdentifierText.number(value, 12, 14));
  }

  /**
   * Returns the sex: digit 15.
   *
   * @return {@link Sex#MALE} for 1, {@link Sex#FEMALE} for 2
   */
  public Sex sex() {
    return value.charAt(14) == '1' ? Sex.MALE : Sex.FEMALE;
  }

  /**
   * Returns the serial number: the last three digits.
   *
   * @return three digits, {@code "001"} to {@code "999"}
   */
  public String serial() {
    return value.substring(15);
  }

  /**
   * Compares by the digits.
   *
   * @param other the other NIP, not null
   * @return negative, zero or positive as this NIP's digits sort before, equal or after
   */
  @Override
  public int compareTo(Nip other) {
    checkNotNull(other, "other");
    return value.compareTo(other.value);
  }

  /**
   * Two NIPs are equal when their digits are equal.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is a NIP with the same digits
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || (obj instanceof Nip && ((Nip) obj).value.equals(value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the digits of this NIP, which {@link #parse(CharSequence)} reads back.
   *
   * @return the same as {@link #value()}
   */
  @Override
  public String toString() {
    return value;
  }
}
