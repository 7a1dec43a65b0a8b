package io.github.ikmsdk.core.identifier;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * A business identification number (Nomor Induk Berusaha, NIB), issued to a business through the
 * OSS (Online Single Submission) system, for example {@code Nib.parse("1234567890123")}.
 *
 * <p>A NIB is exactly {@value #LENGTH} ASCII digits. No check digit is published, so only the form
 * is checked. Leading zeros are significant: a NIB is text, not a number. NIBs order by their
 * digits.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Nib implements Comparable<Nib> {

  /** The number of digits of a NIB. */
  public static final int LENGTH = 13;

  private static final String NAME = "NIB";

  private final String value;

  private Nib(String value) {
    this.value = value;
  }

  /**
   * Parses a NIB. Surrounding white space is removed; otherwise the text must be exactly {@value
   * #LENGTH} ASCII digits, without separators.
   *
   * @param text the text to parse, not null
   * @return the NIB, not null
   * @throws IllegalArgumentException if the stripped text is not {@value #LENGTH} ASCII digits
   */
  public static Nib parse(CharSequence text) {
    return new Nib(IdentifierText.parsedDigits(text, NAME, LENGTH));
  }

  /**
   * Returns whether {@link #parse(CharSequence)} accepts the text.
   *
   * @param text the text to check, not null
   * @return whether the text, stripped of surrounding white space, is a NIB
   */
  public static boolean isValid(CharSequence text) {
    return IdentifierText.isDigits(IdentifierText.stripped(text), LENGTH);
  }

  /**
   * Returns the digits of this NIB.
   *
   * @return the {@value #LENGTH} digits, not null
   */
  public String value() {
    return value;
  }

  /**
   * Compares by the digits.
   *
   * @param other the other NIB, not null
   * @return negative, zero or positive as this NIB's digits sort before, equal or after
   */
  @Override
  public int compareTo(Nib other) {
    checkNotNull(other, "other");
    return value.compareTo(other.value);
  }

  /**
   * Two NIBs are equal when their digits are equal.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is a NIB with the same digits
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || (obj instanceof Nib && ((Nib) obj).value.equals(value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the digits of this NIB, which {@link #parse(CharSequence)} reads back.
   *
   * @return the same as {@link #value()}
   */
  @Override
  public String toString() {
    return value;
  }
}
