package io.github.ikmsdk.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where something is in a JSON input (letak dalam masukan JSON): a JSON Pointer (RFC 6901) to the
 * value and the 1-based line and column of its first token, or 0 when unknown.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JsonLocation {

  private static final JsonLocation DOCUMENT = new JsonLocation("", 0, 0);

  private static final Comparator<JsonLocation> DOCUMENT_ORDER =
      Comparator.comparingLong(JsonLocation::line).thenComparingLong(JsonLocation::column);

  private final String pointer;
  private final long line;
  private final long column;

  private JsonLocation(String pointer, long line, long column) {
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  /**
   * Returns a location.
   *
   * @param pointer the JSON Pointer, {@code ""} for the whole document, not null
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @return the location, not null
   * @throws IllegalArgumentException if line or column is negative or the pointer is malformed
   */
  public static JsonLocation of(String pointer, long line, long column) {
    checkNotNull(pointer, "pointer");
    checkArgument(
        pointer.isEmpty() || pointer.startsWith("/"),
        "JSON Pointer must be empty or start with '/', was '%s'",
        pointer);
    checkArgument(line >= 0 && column >= 0, "line and column must not be negative");
    return new JsonLocation(pointer, line, column);
  }

  /**
   * Returns the location of the whole document, its line and column unknown.
   *
   * @return the location, not null
   */
  public static JsonLocation document() {
    return DOCUMENT;
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of the value, {@code ""} for the document.
   *
   * @return the pointer, not null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the 1-based line of the value's first token, 0 if unknown.
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * Returns the 1-based column of the value's first token, 0 if unknown.
   *
   * @return the column
   */
  public long column() {
    return column;
  }

  /**
   * Returns an order by line, then column: the order in which the locations appear in their input,
   * an unknown position (0) first. Locations at one position are equal in this order whatever their
   * pointers, so the order is not consistent with {@link #equals}.
   *
   * @return the comparator, not null
   */
  public static Comparator<JsonLocation> inDocumentOrder() {
    return DOCUMENT_ORDER;
  }

  /**
   * Returns this location with another pointer, the line and column kept.
   *
   * @param newPointer the JSON Pointer, not null
   * @return the location, not null
   * @throws IllegalArgumentException if the pointer is malformed
   */
  public JsonLocation withPointer(String newPointer) {
    return of(newPointer, line, column);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof JsonLocation)) {
      return false;
    }
    JsonLocation o = (JsonLocation) obj;
    return pointer.equals(o.pointer) && line == o.line && column == o.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, line, column);
  }

  /**
   * Returns the location as in a problem, for example {@code /visits/3/date (line 3, column 5)},
   * {@code (document)} for the empty pointer.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer)
        + " (line "
        + line
        + ", column "
        + column
        + ")";
  }
}
