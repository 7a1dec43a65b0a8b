package io.github.ikmsdk.core.identifier;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * A business field code of the Indonesian standard industrial classification (Klasifikasi Baku
 * Lapangan Usaha Indonesia, KBLI 2020), for example {@code Kbli.parse("13122")}.
 *
 * <p>A KBLI code is exactly {@value #LENGTH} ASCII digits (kelompok). Its first two digits are the
 * division (golongan pokok); divisions 10 to 33 form section C, manufacturing (Industri
 * Pengolahan), where the IKMs of a mentoring programme usually are. Only the form is checked, not
 * that the code is listed in the classification. Codes of the commodities of the seed scenario:
 *
 * <table class="striped">
 *   <caption>KBLI 2020 codes of typical IKM commodities</caption>
 *   <thead>
 *     <tr><th scope="col">code</th><th scope="col">business field</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">{@code 13122}</th><td>ikat woven cloth (tenun ikat)</td></tr>
 *     <tr><th scope="row">{@code 10761}</th><td>coffee processing</td></tr>
 *     <tr><th scope="row">{@code 10219}</th><td>other fish processing</td></tr>
 *     <tr><th scope="row">{@code 10794}</th><td>crackers and chips</td></tr>
 *     <tr><th scope="row">{@code 16293}</th><td>wood carving crafts</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Codes order by their digits.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Kbli implements Comparable<Kbli> {

  /** The number of digits of a KBLI code. */
  public static final int LENGTH = 5;

  private static final String NAME = "KBLI code";

  private final String value;

  private Kbli(String value) {
    this.value = value;
  }

  /**
   * Parses a KBLI code. Surrounding white space is removed; otherwise the text must be exactly
   * {@value #LENGTH} ASCII digits.
   *
   * @param text the text to parse, not null
   * @return the code, not null
   * @throws IllegalArgumentException if the stripped text is not {@value #LENGTH} ASCII digits
   */
  public static Kbli parse(CharSequence text) {
    return new Kbli(IdentifierText.parsedDigits(text, NAME, LENGTH));
  }

  /**
   * Returns whether {@link #parse(CharSequence)} accepts the text.
   *
   * @param text the text to check, not null
   * @return whether the text, stripped of surrounding white space, is a KBLI code
   */
  public static boolean isValid(CharSequence text) {
    return IdentifierText.isDigits(IdentifierText.stripped(text), LENGTH);
  }

  /**
   * Returns the digits of this code.
   *
   * @return the {@value #LENGTH} digits, not null
   */
  public String value() {
    return value;
  }

  /**
   * Returns the division (golongan pokok): the first two digits.
   *
   * @return the two digits of the division, for example {@code "13"} for {@code 13122}
   */
  public String division() {
    return value.substring(0, 2);
  }

  /**
   * Returns whether this code is in section C, manufacturing (Industri Pengolahan): divisions 10 to
   * 33.
   *
   * @return whether the division is between 10 and 33 inclusive
   */
  public boolean isManufacturing() {
    int division = IdentifierText.number(value, 0, 2);
    return division >= 10 && division <= 33;
  }

  /**
   * Compares by the digits.
   *
   * @param other the other code, not null
   * @return negative, zero or positive as this code's digits sort before, equal or after
   */
  @Override
  public int compareTo(Kbli other) {
    checkNotNull(other, "other");
    return value.compareTo(other.value);
  }

  /**
   * Two codes are equal when their digits are equal.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is a KBLI code with the same digits
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || (obj instanceof Kbli && ((Kbli) obj).value.equals(value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the digits of this code, which {@link #parse(CharSequence)} reads back.
   *
   * @return the same as {@link #value()}
   */
  @Override
  public String toString() {
    return value;
  }
}
