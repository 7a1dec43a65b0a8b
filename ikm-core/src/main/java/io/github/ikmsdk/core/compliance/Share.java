package io.github.ikmsdk.core.compliance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * An exact share (bagian) of a whole: {@code part} of {@code whole} things, for example 3 of 4
 * settled weeks met.
 *
 * <p>The share keeps both counts, so nothing is lost to rounding; {@link #fraction()} and {@link
 * #percent()} derive a number from them and are empty when the whole is zero (nothing to measure
 * yet). {@link #toString()} gives {@code "3/4"}, which {@link #parse(CharSequence)} reads back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Share {

  private final long part;
  private final long whole;

  private Share(long part, long whole) {
    this.part = part;
    this.whole = whole;
  }

  /**
   * Returns the share {@code part} of {@code whole}.
   *
   * @param part the counted things, from 0 to {@code whole}
   * @param whole all things, 0 or more
   * @return the share
   * @throws IllegalArgumentException if {@code whole} is negative or {@code part} is not in {@code
   *     [0, whole]}
   */
  public static Share of(long part, long whole) {
    checkArgument(whole >= 0, "whole must not be negative, was %s", whole);
    checkArgument(part >= 0 && part <= whole, "part must be in [0, %s], was %s", whole, part);
    return new Share(part, whole);
  }

  /**
   * Reads a share written by {@link #toString()}, such as {@code "3/4"}.
   *
   * @param text the text, not null
   * @return the share
   * @throws IllegalArgumentException if the text is not two decimal counts separated by {@code '/'}
   *     that {@link #of(long, long)} accepts
   */
  public static Share parse(CharSequence text) {
    String s = checkNotNull(text, "text").toString();
    int slash = s.indexOf('/');
    checkArgument(
        slash > 0 && isDigits(s, 0, slash) && isDigits(s, slash + 1, s.length()),
        "share must look like '3/4', was '%s'",
        s);
    try {
      return of(Long.parseLong(s.substring(0, slash)), Long.parseLong(s.substring(slash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("share counts are too large, was '" + s + "'", e);
    }
  }

  private static boolean isDigits(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the counted things.
   *
   * @return from 0 to {@link #whole()}
   */
  public long part() {
    return part;
  }

  /**
   * Returns all things.
   *
   * @return 0 or more
   */
  public long whole() {
    return whole;
  }

  /**
   * Returns whether there is nothing to measure, the whole being zero.
   *
   * @return whether {@code whole() == 0}
   */
  public boolean isEmpty() {
    return whole == 0;
  }

  /**
   * Returns the share as a fraction.
   *
   * @return {@code part / whole} in {@code [0, 1]}, empty when the whole is zero
   */
  public OptionalDouble fraction() {
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
  }

  /**
   * Returns the share as a percentage with one decimal, rounded half up, for example {@code 66.7}
   * for 2 of 3.
   *
   * @return the percentage in {@code [0.0, 100.0]} with scale 1, empty when the whole is zero
   */
  public Optional<BigDecimal> percent() {
    if (whole == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(part)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
  }

  /**
   * Two shares are equal when their parts and wholes are equal; {@code 1/2} and {@code 2/4} are
   * not.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is an equal share
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof Share && ((Share) obj).part == part && ((Share) obj).whole == whole);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(part) * 31 + Long.hashCode(whole);
  }

  /**
   * Returns the share as {@code part/whole}, for example {@code "3/4"}.
   *
   * @return the text that {@link #parse(CharSequence)} reads
   */
  @Override
  public String toString() {
    return part + "/" + whole;
  }
}
