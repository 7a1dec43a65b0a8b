package io.github.ikmsdk.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.ikmsdk.core.identifier.Nik;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in a JSON input (masalah pada masukan JSON): where it is (a JSON Pointer, RFC
 * 6901, and a 1-based line and column), what it is (a stable code such as {@code JSON-001}) and a
 * message in English and Bahasa Indonesia.
 *
 * <p>The pointer addresses the offending value, for example {@code /visits/3/date}; a missing field
 * is reported at the object that lacks it. Line and column are those of the offending token, or 0
 * when unknown (for example for problems found after reading, such as a rule violation of an
 * imported record, whose position is that of the record).
 *
 * <p><b>No personal data.</b> A NIK may be typed into any field; the pointer, both messages and
 * every argument of a problem have each number that could be a NIK masked by {@link Nik#redact},
 * whichever factory made the problem.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JsonProblem {

  /** Whether a problem stops a document from being read. */
  public enum Severity {
    /** The document (or, in an import, the record) is rejected. */
    ERROR,
    /** Reported only, for example an unknown field in lenient mode. */
    WARNING
  }

  private final String code;
  private final Severity severity;
  private final JsonLocation location;
  private final String englishMessage;
  private final String indonesianMessage;
  private final ImmutableList<String> arguments;

  private JsonProblem(
      String code,
      Severity severity,
      JsonLocation location,
      String englishMessage,
      String indonesianMessage,
      ImmutableList<String> arguments) {
    this.code = code;
    this.severity = severity;
    this.location = location;
    this.englishMessage = englishMessage;
    this.indonesianMessage = indonesianMessage;
    this.arguments = arguments;
  }

  /**
   * Returns a problem of the catalogue {@link JsonProblemCode} at a location.
   *
   * @param code the code, not null
   * @param severity the severity, not null
   * @param location where the problem is, not null
   * @param arguments the template arguments, not null
   * @return the problem, not null
   */
  public static JsonProblem of(
      JsonProblemCode code, Severity severity, JsonLocation location, Object... arguments) {
    checkNotNull(code, "code");
    checkNotNull(arguments, "arguments");
    return of(
        code.code(),
        severity,
        location,
        code.english(arguments),
        code.indonesian(arguments),
        strings(arguments));
  }

  /**
   * Returns a problem at a location with messages of another catalogue, for example a rule code of
   * the validator or an import code.
   *
   * @param code the stable code, not blank
   * @param severity the severity, not null
   * @param location where the problem is, not null
   * @param englishMessage the English message, not null
   * @param indonesianMessage the Bahasa Indonesia message, not null
   * @param arguments the raw message arguments, not null, no null element
   * @return the problem, not null
   * @throws IllegalArgumentException if the code is blank
   */
  public static JsonProblem of(
      String code,
      Severity severity,
      JsonLocation location,
      String englishMessage,
      String indonesianMessage,
      List<String> arguments) {
    checkNotNull(code, "code");
    checkArgument(!code.isBlank(), "problem code must not be blank");
    checkNotNull(severity, "severity");
    checkNotNull(location, "location");
    checkNotNull(englishMessage, "englishMessage");
    checkNotNull(indonesianMessage, "indonesianMessage");
    ImmutableList.Builder<String> redacted = ImmutableList.builder();
    for (String argument : arguments) {
      redacted.add(Nik.redact(argument));
    }
    String pointer = Nik.redact(location.pointer());
    return new JsonProblem(
        code,
        severity,
        pointer.equals(location.pointer()) ? location : location.withPointer(pointer),
        Nik.redact(englishMessage),
        Nik.redact(indonesianMessage),
        redacted.build());
  }

  private static ImmutableList<String> strings(Object[] arguments) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (Object a : arguments) {
      b.add(String.valueOf(a));
    }
    return b.build();
  }

  /**
   * Returns the stable code, for example {@code JSON-002}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the severity.
   *
   * @return the severity, not null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns where the problem is: the offending value's pointer, line and column.
   *
   * @return the location, not null
   */
  public JsonLocation location() {
    return location;
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of the offending value, {@code ""} for the document; the
   * same as {@code location().pointer()}.
   *
   * @return the pointer, not null
   */
  public String pointer() {
    return location.pointer();
  }

  /**
   * Returns the message in English.
   *
   * @return the message, not null
   */
  public String englishMessage() {
    return englishMessage;
  }

  /**
   * Returns the message in Bahasa Indonesia (pesan dalam Bahasa Indonesia).
   *
   * @return the message, not null
   */
  public String indonesianMessage() {
    return indonesianMessage;
  }

  /**
   * Returns the raw message arguments, for front ends that localise themselves.
   *
   * @return the arguments in template order, not null
   */
  public List<String> arguments() {
    return arguments;
  }

  /**
   * Returns a copy with another severity.
   *
   * @param newSeverity the severity, not null
   * @return the problem, not null
   */
  public JsonProblem withSeverity(Severity newSeverity) {
    checkNotNull(newSeverity, "newSeverity");
    return new JsonProblem(
        code, newSeverity, location, englishMessage, indonesianMessage, arguments);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof JsonProblem)) {
      return false;
    }
    JsonProblem o = (JsonProblem) obj;
    return code.equals(o.code)
        && severity == o.severity
        && location.equals(o.location)
        && englishMessage.equals(o.englishMessage)
        && indonesianMessage.equals(o.indonesianMessage)
        && arguments.equals(o.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, location, englishMessage);
  }

  /**
   * Returns the problem in one line, for example {@code JSON-002 /visits/0 (line 3, column 5):
   * required field 'date' is missing / kolom wajib 'date' tidak ada}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return code
        + (severity == Severity.WARNING ? " warning " : " ")
        + location
        + ": "
        + englishMessage
        + " / "
        + indonesianMessage;
  }
}
