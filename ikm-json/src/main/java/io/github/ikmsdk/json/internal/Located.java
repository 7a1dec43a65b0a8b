package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.json.JsonLocation;
import java.util.function.Supplier;

/**
 * A value read with where it was read, to report a contradiction found later: a field that a report
 * derives from its content and writes only for readers of the JSON.
 *
 * @param <T> the value type
 */
final class Located<T> {

  final T value;
  final JsonLocation at;

  private Located(T value, JsonLocation at) {
    this.value = value;
    this.at = at;
  }

  /** Reads a value, keeping the location of its first token. */
  static <T> Located<T> read(JsonIn in, Supplier<T> reader) {
    JsonLocation at = in.here();
    return new Located<>(reader.get(), at);
  }

  /** Reports that the value contradicts what the content gives. */
  void contradicts(JsonIn in, String field, Object derived) {
    in.addError(
        JsonIn.invalidValue(
            at,
            Bilingual.same(field),
            Bilingual.of(
                "'%s' contradicts the content, which gives '%s'",
                "'%s' bertentangan dengan isinya, yang menghasilkan '%s'", value, derived)));
  }

  /** Reports the value if it differs from what the content gives; true if they agree. */
  boolean agrees(JsonIn in, String field, Object derived) {
    if (value.equals(derived)) {
      return true;
    }
    contradicts(in, field, derived);
    return false;
  }
}
