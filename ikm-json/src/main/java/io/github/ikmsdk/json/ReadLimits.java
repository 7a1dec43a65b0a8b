package io.github.ikmsdk.json;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Limits that protect a reader from hostile input (batas masukan): nesting depth, string length,
 * number length and document size. Exceeding a limit stops reading with a {@link
 * JsonProblemCode#LIMIT_EXCEEDED} problem that names the limit.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>{@value #DEFAULT_MAX_NESTING_DEPTH}</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>{@value #DEFAULT_MAX_STRING_LENGTH} characters</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>{@value #DEFAULT_MAX_NUMBER_LENGTH} characters</td></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>{@value #DEFAULT_MAX_DOCUMENT_LENGTH} bytes
 *       (or characters for text input)</td></tr>
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

  private static final ReadLimits DEFAULTS =
      new ReadLimits(
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_DOCUMENT_LENGTH);

  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final long maxDocumentLength;

  private ReadLimits(
      int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxDocumentLength) {
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
    this.maxDocumentLength = maxDocumentLength;
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
    return new ReadLimits(depth, maxStringLength, maxNumberLength, maxDocumentLength);
  }

  /**
   * Returns a copy with another maximum string length.
   *
   * @param length the maximum length of a string or field name in characters, at least 64
   * @return the limits, not null
   * @throws IllegalArgumentException if {@code length} is less than 64
   */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxNestingDepth, length, maxNumberLength, maxDocumentLength);
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
    return new ReadLimits(maxNestingDepth, maxStringLength, length, maxDocumentLength);
  }

  /**
   * Returns a copy with another maximum document length.
   *
   * @param length the maximum length in bytes (characters for text input), at least 2
   * @return the limits, not null
   * @throws IllegalArgumentException if {@code length} is less than 2
   */
  public ReadLimits withMaxDocumentLength(long length) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, length);
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
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof ReadLimits
            && ((ReadLimits) obj).maxNestingDepth == maxNestingDepth
            && ((ReadLimits) obj).maxStringLength == maxStringLength
            && ((ReadLimits) obj).maxNumberLength == maxNumberLength
            && ((ReadLimits) obj).maxDocumentLength == maxDocumentLength);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxNestingDepth, maxStringLength, maxNumberLength, maxDocumentLength);
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
        + "}";
  }
}
