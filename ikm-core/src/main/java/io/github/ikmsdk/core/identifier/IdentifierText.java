package io.github.ikmsdk.core.identifier;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Text helpers shared by the identifier parsers. Not part of the API. */
final class IdentifierText {

  /** Longest text quoted in an error message before it is cut short. */
  private static final int MAX_SHOWN = 40;

  private IdentifierText() {}

  /** Returns the text without surrounding white space; throws NPE if null. */
  static String stripped(CharSequence text) {
    checkNotNull(text, "text");
    return text.toString().strip();
  }

  /**
   * Returns the text stripped of surrounding white space if {@code problemOf} finds nothing wrong
   * with it (returns null); throws NPE if the text is null.
   *
   * @throws IllegalArgumentException with the problem as its message otherwise
   */
  static String parsed(CharSequence text, Function<String, @Nullable String> problemOf) {
    String s = stripped(text);
    String problem = problemOf.apply(s);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return s;
  }

  /** Returns whether {@link #parsed} accepts the text; throws NPE if the text is null. */
  static boolean isValid(CharSequence text, Function<String, @Nullable String> problemOf) {
    return problemOf.apply(stripped(text)) == null;
  }

  /**
   * Returns the text stripped of surrounding white space if it is {@code length} ASCII digits;
   * throws NPE if the text is null.
   *
   * @throws IllegalArgumentException with {@link #digitsProblem} of {@code name} otherwise
   */
  static String parsedDigits(CharSequence text, String name, int length) {
    return parsed(text, s -> digitsProblem(name, length, s, s));
  }

  /** Returns the index of the first character that is not an ASCII digit, or -1. */
  static int firstNonDigit(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return i;
      }
    }
    return -1;
  }

  /** Returns whether every character is an ASCII digit and there is at least one. */
  static boolean isDigits(CharSequence s, int length) {
    return s.length() == length && firstNonDigit(s) < 0;
  }

  /** Parses the ASCII digits {@code s[start, end)}; the caller has checked they are digits. */
  static int number(CharSequence s, int start, int end) {
    return Integer.parseInt(s, start, end, 10);
  }

  /**
   * Returns the text for an error message: NIK-like numbers masked ({@link Nik#redact}), then cut
   * short if it is long (hostile input).
   */
  static String shown(String raw) {
    String s = Nik.redact(raw);
    if (s.length() <= MAX_SHOWN) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(MAX_SHOWN - 1)) ? MAX_SHOWN - 1 : MAX_SHOWN;
    return s.substring(0, end) + "... (" + s.length() + " characters)";
  }

  /**
   * Describes a text that is not {@code length} ASCII digits, for an error message, or returns null
   * if it is. {@code quoted} is the text as it may be shown (masked for personal data).
   */
  static @Nullable String digitsProblem(String name, int length, String text, String quoted) {
    if (text.length() != length) {
      return name
          + " must be "
          + length
          + " digits, was "
          + text.length()
          + " characters: '"
          + shown(quoted)
          + "'";
    }
    int bad = firstNonDigit(text);
    if (bad >= 0) {
      return name
          + " must hold only digits 0-9, found '"
          + text.charAt(bad)
          + "' at position "
          + (bad + 1)
          + " in '"
          + shown(quoted)
          + "'";
    }
    return null;
  }
}
