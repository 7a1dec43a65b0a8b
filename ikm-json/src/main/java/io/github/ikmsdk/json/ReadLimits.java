package io.github.ikmsdk.json;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Limits that protect a reader from hostile input (batas masukan): nesting depth, string length,
 * number length, document size and the number of problems listed. Exceeding one of the first four
 * stops reading with a {@link JsonProblemCode#LIMIT_EXCEEDED} problem that names the limit; beyond
 * {@link #maxProblems()} reading goes on, but further problems are only counted.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>{@value #DEFAULT_MAX_NESTING_DEPTH}</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>{@value #DEFAULT_MAX_STRING_LENGTH} characters</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>{@value #DEFAULT_MAX_NUMBER_LENGTH} characters</td></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>{@value #DEFAULT_MAX_DOCUMENT_LENGTH} bytes
 *       (or characters for text input)</td></tr>
 *   <tr><td>{@link #maxProblems()}</td><td>{@value #DEFAULT_MAX_PROBLEMS} errors and as many
 *       warnings</td></tr>
 * </table>
 *
 * <p>The documents of this SDK nest at most 8 levels deep. Field names are limited by {@link
 * #maxStringLength()} too.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReadLimits {

  /** Default maximum nesting depth of arrays and objects. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

  /** Default maximum length of a string value or field name, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;

  /** Default maximum length of a number, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 32;

  /** Default maximum document length: 4 GiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 4L << 30;

  /** Default maximum number of errors, and of warnings, that a read lists: 1,000. */
  public static final int DEFAULT_MAX_PROBLEMS = 1_000;

  private static final ReadLimits DEFAULTS =
      new ReadLimits(
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_DOCUMENT_LENGTH,
          DEFAULT_MAX_PROBLEMS);

  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final long maxDocumentLength;
  private final int maxProblems;

  private ReadLimits(
      int maxNestingDepth,
      int maxStringLength,
      int maxNumberLength,
      long maxDocumentLength,
      int maxProblems) {
    checkArgument(
        maxNestingDepth >= 8, "maxNestingDepth must be at least 8, was %s", maxNestingDepth);
    checkArgument(
        maxStringLength >= 64, "maxStringLength must be at least 64, was %s", maxStringLength);
    checkArgument(
        maxNumberLength >= 24, "maxNumberLength must be at least 24, was %s", maxNumberLength);
    checkArgument(
        maxDocumentLength >= 2, "maxDocumentLength must be at least 2, was %s", maxDocumentLength);
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
    checkArgument(maxProblems >= 1, "maxProblems must be at least 1, was %s", maxProblems);
    this.maxDocumentLength = maxDocumentLength;
    this.maxProblems = maxProblems;
  }

  /**
   * Returns the default limits.
   *
   * @return the defaults, not null
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another maximum nesting depth.
   *
   * @param depth the maximum depth of nested arrays and objects, at least 8
   * @return the limits, not null
   * @throws IllegalArgumentException if {@code depth} is less than 8
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(depth, maxStringLength, maxNumberLength, maxDocumentLength, maxProblems);
  }

  /**
   * Returns a copy with another maximum string length.
   *
   * @param length the maximum length of a string or field name in characters, at least 64
   * @return the limits, not null
   * @throws IllegalArgumentException if {@code length} is less than 64
   */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxNestingDepth, length, maxNumberLength, maxDocumentLength, maxProblems);
  }

  /**
   * Returns a copy with another maximum number length.
   *
   * @param length the maximum length of a number in characters, at least 24 (enough for every
   *     {@code double} and {@code long})
   * @return the limits, not null
   * @throws IllegalArgumentException if {@code length} is less than 24
   */
  public ReadLimits withMaxNumberLength(int length) {
    return new ReadLimits(maxNestingDepth, maxStringLength, length, maxDocumentLength, maxProblems);
  }

  /**
   * Returns a copy with another maximum document length.
   *
   * @param length the maximum length in bytes (characters for text input), at least 2
   * @return the limits, not null
   * @throws IllegalArgumentException if {@code length} is less than 2
   */
  public ReadLimits withMaxDocumentLength(long length) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, length, maxProblems);
  }

  /**
   * Returns a copy with another maximum number of listed problems.
   *
   * @param count how many errors, and how many warnings, a read lists at most, at least 1
   * @return the limits, not null
   * @throws IllegalArgumentException if {@code count} is less than 1
   */
  public ReadLimits withMaxProblems(int count) {
    return new ReadLimits(
        maxNestingDepth, maxStringLength, maxNumberLength, maxDocumentLength, count);
  }

  /**
   * Returns the maximum number of errors, and separately of warnings, that one read lists. Problems
   * found beyond it are counted, not kept: the read lists one more problem, {@link
   * JsonProblemCode#TOO_MANY_PROBLEMS JSON-015}, that says how many were left out, so that time and
   * memory stay bounded whatever the input (a document of a million unknown fields lists 1,000 of
   * them and "and 999000 more problems"). In an import, a record whose problems were all left out
   * is still rejected, with that summary problem as its reason: no record is accepted because its
   * problems were not listed.
   *
   * @return the count, at least 1
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * Returns the maximum nesting depth of arrays and objects.
   *
   * @return the depth
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the maximum length of a string value or field name, in characters.
   *
   * @return the length
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the maximum length of a number, in characters.
   *
   * @return the length
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the maximum document length, in bytes (characters for text input).
   *
   * @return the length
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof ReadLimits
            && ((ReadLimits) obj).maxNestingDepth == maxNestingDepth
            && ((ReadLimits) obj).maxStringLength == maxStringLength
            && ((ReadLimits) obj).maxNumberLength == maxNumberLength
            && ((ReadLimits) obj).maxDocumentLength == maxDocumentLength
            && ((ReadLimits) obj).maxProblems == maxProblems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxNestingDepth, maxStringLength, maxNumberLength, maxDocumentLength, maxProblems);
  }

  @Override
  public String toString() {
    return "ReadLimits{maxNestingDepth="
        + maxNestingDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxDocumentLength="
        + maxDocumentLength
        + ", maxProblems="
        + maxProblems
        + "}";
  }
}
