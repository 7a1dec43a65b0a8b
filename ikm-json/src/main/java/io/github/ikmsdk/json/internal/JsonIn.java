package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.json.JsonLocation;
import io.github.ikmsdk.json.JsonProblem;
import io.github.ikmsdk.json.JsonProblem.Severity;
import io.github.ikmsdk.json.JsonProblemCode;
import io.github.ikmsdk.json.ReadLimits;
import io.github.ikmsdk.json.UnknownFields;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * A reading cursor over a {@link JsonParser} that collects problems instead of stopping at the
 * first. Readers position it on a value, read the value and leave it on the value's last token. Not
 * thread-safe.
 */
public final class JsonIn {

  /** Problems in the order they appear in their input: by line, then column. */
  public static final Comparator<JsonProblem> DOCUMENT_ORDER =
      Comparator.comparing(JsonProblem::location, JsonLocation.inDocumentOrder());

  private final JsonParser p;
  private final boolean lenient;
  private final ReadLimits limits;

  /** The errors listed and not yet taken by a record, in the order found. */
  private final List<JsonProblem> errors = new ArrayList<>();

  /** For each element of {@link #errors}, its number among all errors found. */
  private final List<Long> errorNumbers = new ArrayList<>();

  private final List<JsonProblem> warnings = new ArrayList<>();

  /** Errors found, listed or not. */
  private long errorsFound;

  /** Errors listed, including those taken by records. */
  private long errorsListed;

  /** Errors found before a mark that records have taken, listed or not. */
  private long errorsTaken;

  private long warningCount;
  private boolean fatal;

  /**
   * Creates a cursor that lists at most {@link ReadLimits#maxProblems()} errors and as many
   * warnings.
   *
   * @param p the parser, before its first token
   * @param unknownFields what to do with unknown fields
   * @param limits the limits the parser was built with, for messages and the problem cap
   */
  public JsonIn(JsonParser p, UnknownFields unknownFields, ReadLimits limits) {
    this.p = p;
    this.lenient = unknownFields == UnknownFields.LENIENT;
    this.limits = limits;
  }

  JsonParser parser() {
    return p;
  }

  /** Returns the limits of this read. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Returns the number of errors found so far, listed or not; a mark for {@link #takeErrorsSince}.
   */
  public long errorCount() {
    return errorsFound;
  }

  /** Returns whether reading stopped at a syntax, limit or I/O error. */
  public boolean isFatal() {
    return fatal;
  }

  /**
   * Returns the errors found and not taken by a record, in the order found; if some of them were
   * not listed, the last is a {@link JsonProblemCode#TOO_MANY_PROBLEMS} summary.
   */
  public List<JsonProblem> errors() {
    long omitted = errorsFound - errorsTaken - errors.size();
    if (omitted == 0) {
      return errors;
    }
    List<JsonProblem> out = new ArrayList<>(errors);
    out.add(tooMany(Severity.ERROR, omitted));
    return out;
  }

  /**
   * Returns the warnings listed so far; if some were not listed, the last is a {@link
   * JsonProblemCode#TOO_MANY_PROBLEMS} summary.
   */
  public List<JsonProblem> warnings() {
    long omitted = warningCount - warnings.size();
    if (omitted == 0) {
      return warnings;
    }
    List<JsonProblem> out = new ArrayList<>(warnings);
    out.add(tooMany(Severity.WARNING, omitted));
    return out;
  }

  /** Returns the number of warnings found, listed or not. */
  public long warningCount() {
    return warningCount;
  }

  /** Counts up to which summaries are shared. */
  private static final int SHARED_SUMMARIES = 64;

  /** Summaries by count, shared: a million records beyond the limit hold a few instances. */
  private final Map<Long, JsonProblem> errorSummaries = new HashMap<>();

  private JsonProblem tooMany(Severity severity, long omitted) {
    if (severity == Severity.ERROR && omitted <= SHARED_SUMMARIES) {
      return errorSummaries.computeIfAbsent(omitted, n -> summary(limits, severity, n));
    }
    return summary(limits, severity, omitted);
  }

  private static JsonProblem summary(ReadLimits limits, Severity severity, long omitted) {
    return JsonProblem.of(
        JsonProblemCode.TOO_MANY_PROBLEMS,
        severity,
        JsonLocation.document(),
        omitted,
        limits.maxProblems());
  }

  /**
   * Returns the problems of a whole-document read, at most {@link ReadLimits#maxProblems()} of them
   * and a {@link JsonProblemCode#TOO_MANY_PROBLEMS} summary of the rest (a summary kept by a record
   * counts as the problems it stands for).
   */
  public static List<JsonProblem> capped(List<JsonProblem> problems, ReadLimits limits) {
    int max = limits.maxProblems();
    if (problems.size() <= max) {
      return problems;
    }
    List<JsonProblem> out = new ArrayList<>(max + 1);
    long omitted = 0;
    for (JsonProblem problem : problems) {
      boolean summary = problem.code().equals(JsonProblemCode.TOO_MANY_PROBLEMS.code());
      if (out.size() < max && !summary) {
        out.add(problem);
      } else {
        omitted += summary ? Long.parseLong(problem.arguments().get(0)) : 1;
      }
    }
    out.add(summary(limits, Severity.ERROR, omitted));
    return out;
  }

  /** Returns errors and warnings in document order. */
  public List<JsonProblem> all() {
    List<JsonProblem> errorList = errors();
    List<JsonProblem> warningList = warnings();
    List<JsonProblem> all = new ArrayList<>(errorList.size() + warningList.size());
    all.addAll(errorList);
    all.addAll(warningList);
    all.sort(DOCUMENT_ORDER);
    return all;
  }

  /**
   * Removes and returns the errors found since {@code mark} (a value of {@link #errorCount()}); if
   * some of them were not listed, the last returned is a {@link JsonProblemCode#TOO_MANY_PROBLEMS}
   * summary, so that the list is empty only if no error was found.
   */
  public List<JsonProblem> takeErrorsSince(long mark) {
    int from = errors.size();
    while (from > 0 && errorNumbers.get(from - 1) >= mark) {
      from--;
    }
    List<JsonProblem> tail = errors.subList(from, errors.size());
    List<JsonProblem> taken = new ArrayList<>(tail);
    tail.clear();
    errorNumbers.subList(from, errorNumbers.size()).clear();
    long found = errorsFound - mark;
    errorsTaken += found;
    if (taken.size() < found) {
      taken.add(tooMany(Severity.ERROR, found - taken.size()));
    }
    return taken;
  }

  /** Adds an error found elsewhere; listed even beyond the cap, as it concerns the document. */
  public void addError(JsonProblem problem) {
    list(problem);
  }

  // ---------------------------------------------------------------- navigation

  /** Advances to the next token. */
  public JsonToken next() {
    return p.nextToken();
  }

  /** Returns the current token. */
  public JsonToken token() {
    return p.currentToken();
  }

  /**
   * Advances to the next field of the current object and on to its value; returns the field name,
   * or null at the end of the object.
   */
  public String nextField() {
    JsonToken t = p.nextToken();
    if (t != JsonToken.PROPERTY_NAME) {
      return null;
    }
    String name = p.currentName();
    p.nextToken();
    return name;
  }

  /** Returns the location of the current token. */
  public TokenStreamLocation location() {
    return p.currentTokenLocation();
  }

  // ---------------------------------------------------------------- problems

  /**
   * Returns the location of the current token, its pointer that of the parser's current context
   * (for a value of a field, the field).
   */
  public JsonLocation here() {
    return at(p.streamReadContext().pathAsPointer().toString(), p.currentTokenLocation());
  }

  /**
   * Returns the location of the current token under a given pointer, for a record whose pointer its
   * reader knows better than the parser's context does.
   */
  public JsonLocation here(String pointer) {
    return at(pointer, p.currentTokenLocation());
  }

  /** Returns the location of the current value: for an object or array, the value itself. */
  private JsonLocation valueLocation() {
    return at(valuePointer(), p.currentTokenLocation());
  }

  /** Returns the location of the object that just ended, which started at {@code start}. */
  private JsonLocation objectLocation(TokenStreamLocation start) {
    // After END_OBJECT the context is the parent, positioned on this object.
    return at(p.streamReadContext().pathAsPointer().toString(), start);
  }

  /** Returns a location; an unknown or negative line or column as 0. */
  static JsonLocation at(String pointer, TokenStreamLocation loc) {
    return loc == null
        ? JsonLocation.of(pointer, 0, 0)
        : JsonLocation.of(pointer, Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr()));
  }

  private String valuePointer() {
    JsonToken t = p.currentToken();
    TokenStreamContext ctx = p.streamReadContext();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ctx.getParent() != null) {
      ctx = ctx.getParent();
    }
    return ctx.pathAsPointer().toString();
  }

  private void list(JsonProblem error) {
    errors.add(error);
    errorNumbers.add(errorsFound);
    errorsListed++;
    errorsFound++;
  }

  /**
   * Counts a problem of this severity without building it if {@link ReadLimits#maxProblems()} are
   * listed already; returns whether it was only counted.
   */
  private boolean countedOnly(Severity severity) {
    if (severity == Severity.ERROR) {
      if (errorsListed < limits.maxProblems()) {
        return false;
      }
      errorsFound++;
    } else {
      if (warnings.size() < limits.maxProblems()) {
        return false;
      }
      warningCount++;
    }
    return true;
  }

  /** Lists a problem that {@link #countedOnly} let through. */
  private void add(JsonProblem problem) {
    if (problem.severity() == Severity.ERROR) {
      list(problem);
    } else {
      warningCount++;
      warnings.add(problem);
    }
  }

  /** Reports a problem at the current value. */
  public void error(JsonProblemCode code, Object... args) {
    if (countedOnly(Severity.ERROR)) {
      return;
    }
    add(JsonProblem.of(code, Severity.ERROR, valueLocation(), args));
  }

  /** Reports a problem at the object that just ended, located at its start. */
  public void errorAtObject(TokenStreamLocation start, JsonProblemCode code, Object... args) {
    if (countedOnly(Severity.ERROR)) {
      return;
    }
    add(JsonProblem.of(code, Severity.ERROR, objectLocation(start), args));
  }

  /** Reports a field that the type does not define, and skips its value. */
  public void unknown(String name) {
    Severity severity = lenient ? Severity.WARNING : Severity.ERROR;
    if (countedOnly(severity)) {
      p.skipChildren();
      return;
    }
    add(JsonProblem.of(JsonProblemCode.UNKNOWN_FIELD, severity, valueLocation(), name));
    p.skipChildren();
  }

  /** Records that field {@code bit} was seen, reporting a duplicate. */
  public int seen(int seen, int bit) {
    int flag = 1 << bit;
    if ((seen & flag) != 0) {
      error(JsonProblemCode.DUPLICATE_FIELD, p.currentName());
    }
    return seen | flag;
  }

  /** Reports every required field that was not seen; at the end of the object. */
  public void require(TokenStreamLocation start, int seen, int required, String[] names) {
    int missing = required & ~seen;
    while (missing != 0) {
      int bit = Integer.numberOfTrailingZeros(missing);
      errorAtObject(start, JsonProblemCode.MISSING_FIELD, names[bit]);
      missing &= missing - 1;
    }
  }

  /** Records a fatal exception of the parser. */
  public void fatal(JacksonException e) {
    fatal = true;
    TokenStreamLocation loc = e.getLocation();
    if (loc == null || loc.getLineNr() <= 0) {
      try {
        loc = p.currentLocation();
      } catch (RuntimeException ignored) {
        loc = null;
      }
    }
    String pointer;
    try {
      pointer = p.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException ignored) {
      pointer = "";
    }
    list(problem(e, at(pointer, loc), limits));
  }

  /** Returns the problem of an exception thrown while opening an input. */
  public static JsonProblem openProblem(JacksonException e, ReadLimits limits) {
    return problem(e, at("", e.getLocation()), limits);
  }

  private static JsonProblem problem(JacksonException e, JsonLocation at, ReadLimits limits) {
    JsonProblem problem;
    if (e instanceof StreamConstraintsException) {
      String msg = String.valueOf(e.getOriginalMessage());
      String limit;
      Object max;
      if (msg.contains("nesting depth")) {
        limit = "nesting depth";
        max = limits.maxNestingDepth();
      } else if (msg.startsWith("String value length") || msg.startsWith("Name length")) {
        limit = "string length";
        max = limits.maxStringLength();
      } else if (msg.startsWith("Number value length")) {
        limit = "number length";
        max = limits.maxNumberLength();
      } else if (msg.startsWith("Document length")) {
        limit = "document length";
        max = limits.maxDocumentLength();
      } else {
        limit = "parser";
        max = msg;
      }
      problem = JsonProblem.of(JsonProblemCode.LIMIT_EXCEEDED, Severity.ERROR, at, limit, max);
    } else if (e instanceof JacksonIOException) {
      problem =
          JsonProblem.of(
              JsonProblemCode.IO_ERROR, Severity.ERROR, at, String.valueOf(e.getOriginalMessage()));
    } else {
      problem =
          JsonProblem.of(
              JsonProblemCode.MALFORMED_JSON,
              Severity.ERROR,
              at,
              firstLine(e.getOriginalMessage()));
    }
    return problem;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  // ---------------------------------------------------------------- values

  private static String describe(JsonToken t) {
    if (t == null) {
      return "end of input";
    }
    return switch (t) {
      case START_OBJECT -> "object";
      case START_ARRAY -> "array";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case VALUE_NULL -> "null";
      default -> t.name();
    };
  }

  private String fieldName() {
    String name = p.currentName();
    return name == null ? valuePointer() : name;
  }

  private boolean wrongType(String expected) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      error(JsonProblemCode.NULL_VALUE, fieldName());
    } else {
      error(JsonProblemCode.WRONG_TYPE, expected, describe(t));
      p.skipChildren();
    }
    return false;
  }

  /** Checks that the current token starts an object. */
  public boolean object() {
    return p.currentToken() == JsonToken.START_OBJECT || wrongType("object");
  }

  /** Checks that the current token starts an array. */
  public boolean array() {
    return p.currentToken() == JsonToken.START_ARRAY || wrongType("array");
  }

  /** Advances to the next array element; false at the end of the array. */
  public boolean nextElement() {
    return p.nextToken() != JsonToken.END_ARRAY;
  }

  /** Reads a string, or reports and returns null. */
  public String string() {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    wrongType("string");
    return null;
  }

  /**
   * Reads a string value of a type and parses it, reporting a text the type rejects as an invalid
   * value with the type's own detail.
   */
  public <T> T value(Scalar<T> type) {
    String s = string();
    if (s == null) {
      return null;
    }
    try {
      return type.parse.apply(s);
    } catch (IllegalArgumentException | DateTimeException e) {
      invalid(type.what, type.problem.apply(s));
      return null;
    }
  }

  /** Reports an invalid value ({@code JSON-004}) at the current value. */
  void invalid(Bilingual what, Bilingual detail) {
    if (countedOnly(Severity.ERROR)) {
      return;
    }
    add(invalidValue(valueLocation(), what, detail));
  }

  /** Reports an invalid value ({@code JSON-004}) of the object that just ended. */
  void invalidAtObject(TokenStreamLocation start, Bilingual what, Bilingual detail) {
    if (countedOnly(Severity.ERROR)) {
      return;
    }
    add(invalidValue(objectLocation(start), what, detail));
  }

  /**
   * Returns an invalid-value problem whose messages are the catalogue's templates filled in each
   * language; its raw arguments are the English texts.
   */
  static JsonProblem invalidValue(JsonLocation at, Bilingual what, Bilingual detail) {
    JsonProblemCode code = JsonProblemCode.INVALID_VALUE;
    return JsonProblem.of(
        code.code(),
        Severity.ERROR,
        at,
        String.format(Locale.ROOT, code.englishTemplate(), what.en, detail.en),
        String.format(Locale.ROOT, code.indonesianTemplate(), what.id, detail.id),
        List.of(what.en, detail.en));
  }

  private void outOfRange(String expectedEn, String expectedId) {
    invalid(
        Bilingual.same(fieldName()),
        Bilingual.of(
            expectedEn + ", was %s",
            expectedId + ", ditemukan %s",
            Bilingual.shown(p.getString(), "characters")));
  }

  /**
   * Returns a decimal token that JSON Schema counts as an integer ({@code 5.0}, {@code 5e0}) as its
   * exact value, or empty when it has a fraction. Its length is bounded by the read limits, and a
   * huge exponent ({@code 1e999999999}) is never expanded.
   */
  private Optional<BigDecimal> integralDecimal() {
    BigDecimal value = new BigDecimal(p.getString()).stripTrailingZeros();
    return value.scale() <= 0 ? Optional.of(value) : Optional.empty();
  }

  /** Reads an int; a decimal with no fraction, such as {@code 5.0}, is an int too. */
  public Integer int32() {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
      Optional<BigDecimal> whole = integralDecimal();
      if (whole.isPresent()) {
        try {
          return whole.get().intValueExact();
        } catch (ArithmeticException e) {
          outOfRange(
              "expected an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE,
              "harus bilangan bulat dari " + Integer.MIN_VALUE + " sampai " + Integer.MAX_VALUE);
          return null;
        }
      }
    }
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() == JsonParser.NumberType.INT) {
        return p.getIntValue();
      }
      outOfRange(
          "expected an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE,
          "harus bilangan bulat dari " + Integer.MIN_VALUE + " sampai " + Integer.MAX_VALUE);
      return null;
    }
    wrongType("integer");
    return null;
  }

  /** Reads a long; a decimal with no fraction, such as {@code 5.0}, is a long too. */
  public Long int64() {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
      Optional<BigDecimal> whole = integralDecimal();
      if (whole.isPresent()) {
        try {
          return whole.get().longValueExact();
        } catch (ArithmeticException e) {
          outOfRange(
              "expected an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE,
              "harus bilangan bulat dari " + Long.MIN_VALUE + " sampai " + Long.MAX_VALUE);
          return null;
        }
      }
    }
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = p.getNumberType();
      if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
        return p.getLongValue();
      }
      outOfRange(
          "expected an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE,
          "harus bilangan bulat dari " + Long.MIN_VALUE + " sampai " + Long.MAX_VALUE);
      return null;
    }
    wrongType("integer");
    return null;
  }

  /** Reads a finite double. */
  public Double decimal() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
      double d = p.getDoubleValue();
      if (Double.isFinite(d)) {
        return d;
      }
      outOfRange("expected a finite number", "harus bilangan berhingga");
      return null;
    }
    wrongType("number");
    return null;
  }

  /**
   * Reads an int of at least {@code min}, as a schema's {@code minimum}; a smaller one is reported
   * at the value itself, so that its pointer names the field.
   */
  public Integer int32AtLeast(int min) {
    Integer v = int32();
    return v != null && v < min ? belowMinimum(min, v) : v;
  }

  /** Reads an int from {@code min} to {@code max}, reporting one outside at the value itself. */
  public Integer int32Between(int min, int max) {
    Integer v = int32();
    return v != null && (v < min || v > max) ? outside(min, max, v) : v;
  }

  /** Reads a long of at least {@code min}, reporting a smaller one at the value itself. */
  public Long int64AtLeast(long min) {
    Long v = int64();
    return v != null && v < min ? belowMinimum(min, v) : v;
  }

  /**
   * Reads a finite double from {@code min} to {@code max}, reporting one outside at the value
   * itself.
   */
  public Double decimalBetween(double min, double max) {
    Double v = decimal();
    return v != null && !(v >= min && v <= max) ? outside(min, max, v) : v;
  }

  /**
   * Returns an array that has just been read unless it is empty, as a schema's {@code minItems: 1}
   * requires; an empty one is reported at the array itself and null returned.
   */
  public <T> List<T> nonEmpty(List<T> array) {
    if (array != null && array.isEmpty()) {
      invalid(
          Bilingual.same(fieldName()),
          Bilingual.of(
              "must have at least one element", "harus berisi paling sedikit satu elemen"));
      return null;
    }
    return array;
  }

  private <T> T belowMinimum(Object min, Object value) {
    invalid(
        Bilingual.same(fieldName()),
        Bilingual.of("must be at least %s, was %s", "minimal %s, ditemukan %s", min, value));
    return null;
  }

  private <T> T outside(Object min, Object max, Object value) {
    invalid(
        Bilingual.same(fieldName()),
        Bilingual.of(
            "must be from %s to %s, was %s",
            "harus dari %s sampai %s, ditemukan %s", min, max, value));
    return null;
  }

  /** Reads a boolean. */
  public Boolean bool() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    wrongType("boolean");
    return null;
  }

  /** Reads an enum constant by name. */
  public <E extends Enum<E>> E enumValue(E[] values) {
    String s = string();
    if (s == null) {
      return null;
    }
    for (E e : values) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E e : values) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name());
    }
    notOneOf(fieldName(), s, allowed.toString());
    return null;
  }

  /** Reports a text that is not one of the allowed words, at the current value. */
  void notOneOf(String field, String text, String allowed) {
    String shown = Bilingual.shown(text, "characters");
    invalid(
        Bilingual.same(field),
        Bilingual.of("'%s' is not one of %s", "'%s' bukan salah satu dari %s", shown, allowed));
  }

  /**
   * Builds a value at the end of its object, reporting a failed construction as an invalid {@code
   * what} with the core's detail.
   */
  <T> T build(TokenStreamLocation start, Bilingual what, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
      invalidAtObject(start, what, Bilingual.same(String.valueOf(e.getMessage())));
      return null;
    }
  }
}
