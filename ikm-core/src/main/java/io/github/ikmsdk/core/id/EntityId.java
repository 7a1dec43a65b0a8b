package io.github.ikmsdk.core.id;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * Base of the entity identifiers (kode entitas) of the SDK.
 *
 * <p>An id is a string of 1 to {@value #MAX_LENGTH} characters after trimming, starting with a
 * letter or digit and made of letters, digits and {@code . _ - : /} only, so that it is safe in
 * file names, URLs and JSON Pointers. Ids of different kinds are never equal, even with the same
 * text. Ids order by their text ({@link String#compareTo(String)}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the concrete id type
 * @since 0.1.0
 */
public abstract class EntityId<T extends EntityId<T>> implements Comparable<T> {

  /** The maximum length of an id, in characters. */
  public static final int MAX_LENGTH = 64;

  private final String value;

  EntityId(String kind, String value) {
    checkNotNull(value, "%s id", kind);
    String trimmed = value.strip();
    checkArgument(!trimmed.isEmpty(), "%s id must not be blank", kind);
    checkArgument(
        trimmed.length() <= MAX_LENGTH,
        "%s id must have at most %s characters, had %s: '%s'",
        kind,
        MAX_LENGTH,
        trimmed.length(),
        trimmed);
    checkArgument(
        isSafe(trimmed),
        "%s id must start with a letter or digit and hold only letters, digits and . _ - : /,"
            + " was '%s'",
        kind,
        trimmed);
    this.value = trimmed;
  }

  /** Whether the text is a letter or digit followed by letters, digits and {@code . _ - : /}. */
  private static boolean isSafe(String text) {
    if (!isAsciiLetterOrDigit(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-' && c != ':' && c != '/') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * Returns the text of this id, trimmed.
   *
   * @return the id text, not empty
   */
  public final String value() {
    return value;
  }

  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  /**
   * Two ids are equal when they are of the same kind and have the same text.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is an id of the same kind with the same text
   */
  @Override
  public final boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj != null && obj.getClass() == getClass() && ((EntityId<?>) obj).value.equals(value));
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /**
   * Returns the text of this id.
   *
   * @return the same as {@link #value()}
   */
  @Override
  public final String toString() {
    return value;
  }
}
