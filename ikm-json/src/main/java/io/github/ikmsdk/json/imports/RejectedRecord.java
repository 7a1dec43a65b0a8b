package io.github.ikmsdk.json.imports;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.ikmsdk.core.identifier.Nik;
import io.github.ikmsdk.core.imports.RecordType;
import io.github.ikmsdk.json.JsonLocation;
import io.github.ikmsdk.json.JsonProblem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A record an import rejected (rekaman yang ditolak), with where it is and every reason: its own
 * JSON problems, rule violations, unknown references and cascades from a rejected parent.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RejectedRecord {

  private final RecordType type;
  private final String key;
  private final JsonLocation location;
  private final ImmutableList<JsonProblem> reasons;

  private RejectedRecord(
      RecordType type, String key, JsonLocation location, ImmutableList<JsonProblem> reasons) {
    this.type = type;
    this.key = key;
    this.location = location;
    this.reasons = reasons;
  }

  /**
   * Returns a rejected record.
   *
   * @param type the record type, not null
   * @param key the record's id text, or empty if it could not be read; a number in it that could be
   *     a NIK is masked ({@link Nik#redact})
   * @param location where the record is: its JSON Pointer and the line and column of its first
   *     token, not null
   * @param reasons the reasons, not null, not empty
   * @return the record, not null
   * @throws IllegalArgumentException if there is no reason
   */
  public static RejectedRecord of(
      RecordType type, Optional<String> key, JsonLocation location, List<JsonProblem> reasons) {
    checkNotNull(type, "type");
    checkNotNull(key, "key");
    checkNotNull(location, "location");
    checkArgument(!reasons.isEmpty(), "a rejected record needs at least one reason");
    return new RejectedRecord(
        type, key.map(Nik::redact).orElse(null), location, ImmutableList.copyOf(reasons));
  }

  /**
   * Returns the record type.
   *
   * @return the type, not null
   */
  public RecordType type() {
    return type;
  }

  /**
   * Returns the record's id text (for assignments the mentor, for leave mentor and first day).
   *
   * @return the key, or empty if it could not be read
   */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  /**
   * Returns where the record is: its JSON Pointer, for example {@code /ikms/3}, and the line and
   * column of its first token.
   *
   * @return the location, not null
   */
  public JsonLocation location() {
    return location;
  }

  /**
   * Returns the JSON Pointer of the record, for example {@code /ikms/3}; the same as {@code
   * location().pointer()}.
   *
   * @return the pointer, not null
   */
  public String pointer() {
    return location.pointer();
  }

  /**
   * Returns every reason, in the order found.
   *
   * @return the reasons, not null, not empty
   */
  public List<JsonProblem> reasons() {
    return reasons;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof RejectedRecord)) {
      return false;
    }
    RejectedRecord o = (RejectedRecord) obj;
    return type == o.type
        && Objects.equals(key, o.key)
        && location.equals(o.location)
        && reasons.equals(o.reasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, key, location, reasons);
  }

  @Override
  public String toString() {
    return type + " " + (key == null ? "?" : key) + " at " + location.pointer() + ": " + reasons;
  }
}
