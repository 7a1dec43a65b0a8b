package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.json.ReadLimits;
import java.util.Locale;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A view of a parser that holds one value to {@link ReadLimits}, for the Jackson module: the user's
 * mapper owns the parser and its own constraints, so the module checks its limits on each token of
 * the values it reads. Nesting depth and length are measured from the value's first token, so a
 * value nested in a user's object is held to the same limits as a whole document.
 *
 * <p>A limit exceeded throws the {@link StreamConstraintsException} the parser itself would throw,
 * which {@link JsonIn} reports as {@code JSON-010} naming the limit. Content skipped with {@link
 * #skipChildren()} (unknown fields) is walked token by token and held to the limits too.
 *
 * <p>Not thread-safe: one instance per read.
 */
final class LimitedParser extends JsonParserDelegate {

  private final ReadLimits limits;
  private final int baseDepth;
  private final long startOffset;

  /**
   * Wraps a parser on the first token of a value.
   *
   * @param p the parser, on the value's first token
   * @param limits the limits to hold the value to
   */
  LimitedParser(JsonParser p, ReadLimits limits) {
    super(p);
    this.limits = limits;
    JsonToken t = p.currentToken();
    int depth = p.streamReadContext().getNestingDepth();
    this.baseDepth = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY ? depth - 1 : depth;
    this.startOffset = offset(p.currentTokenLocation());
  }

  private static long offset(TokenStreamLocation loc) {
    return loc.getByteOffset() >= 0 ? loc.getByteOffset() : loc.getCharOffset();
  }

  @Override
  public JsonToken nextToken() {
    JsonToken t = delegate.nextToken();
    if (t != null) {
      check(t);
    }
    return t;
  }

  /** Skips the children of the current container token by token, so that they are checked too. */
  @Override
  public JsonParser skipChildren() {
    JsonToken t = delegate.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return this;
    }
    for (int open = 1; open > 0; ) {
      JsonToken next = nextToken();
      if (next == null) {
        return this;
      }
      if (next.isStructStart()) {
        open++;
      } else if (next.isStructEnd()) {
        open--;
      }
    }
    return this;
  }

  private void check(JsonToken t) {
    switch (t) {
      case START_OBJECT, START_ARRAY -> {
        int depth = delegate.streamReadContext().getNestingDepth() - baseDepth;
        if (depth > limits.maxNestingDepth()) {
          fail(
              "Document nesting depth (%d) exceeds the maximum allowed (%d)",
              depth, limits.maxNestingDepth());
        }
      }
      case PROPERTY_NAME -> {
        int name = delegate.currentName().length();
        if (name > limits.maxStringLength()) {
          fail("Name length (%d) exceeds the maximum allowed (%d)", name, limits.maxStringLength());
        }
      }
      case VALUE_STRING -> {
        int string = delegate.getStringLength();
        if (string > limits.maxStringLength()) {
          fail(
              "String value length (%d) exceeds the maximum allowed (%d)",
              string, limits.maxStringLength());
        }
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        int number = delegate.getStringLength();
        if (number > limits.maxNumberLength()) {
          fail(
              "Number value length (%d) exceeds the maximum allowed (%d)",
              number, limits.maxNumberLength());
        }
      }
      default -> {
        // Other tokens have no length of their own.
      }
    }
    long start = startOffset;
    long end = offset(delegate.currentLocation());
    if (start >= 0 && end >= 0 && end - start > limits.maxDocumentLength()) {
      fail(
          "Document length (%d) exceeds the maximum allowed (%d)",
          end - start, limits.maxDocumentLength());
    }
  }

  private void fail(String format, Object actual, Object max) {
    throw new StreamConstraintsException(
        String.format(Locale.ROOT, format, actual, max), delegate.currentTokenLocation());
  }
}
