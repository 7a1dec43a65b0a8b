package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.core.calendar.ExtraWorkingDay;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.compliance.ComplianceReport;
import io.github.ikmsdk.core.compliance.ComplianceTotals;
import io.github.ikmsdk.core.compliance.IkmWeekCompliance;
import io.github.ikmsdk.core.compliance.Share;
import io.github.ikmsdk.core.compliance.WeekStatus;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.planning.Remedy;
import io.github.ikmsdk.core.planning.Shortfall;
import io.github.ikmsdk.core.planning.ShortfallReason;
import io.github.ikmsdk.core.programme.RemedyKind;
import io.github.ikmsdk.core.rules.Rule;
import io.github.ikmsdk.core.rules.Severity;
import io.github.ikmsdk.core.rules.Subject;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Violation;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.json.JsonProblem;
import io.github.ikmsdk.json.JsonProblemCode;
import io.github.ikmsdk.json.JsonReadException;
import io.github.ikmsdk.json.ReadResult;
import io.github.ikmsdk.json.document.ComplianceReportDocument;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.ValidationReportDocument;
import io.github.ikmsdk.json.document.VisitPlanDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Streaming readers of the report documents, collecting every problem. A report is read whole
 * into memory; its derived fields are checked against its content. Not thread-safe: one
 * instance per read.
 */
public final class ReportReaders {

  private final JsonIn in;
  private final Readers r;

  private ReportReaders(JsonIn in) {
    this.in = in;
    this.r = new Readers(in);
  }

  /** A value read with the place it was read from, to report a contradiction found later. */
  private static final class Located<T> {
    final T value;
    final String pointer;
    final long line;
    final long column;

    Located(T value, String pointer, long line, long column) {
      this.value = value;
      this.pointer = pointer;
      this.line = line;
      this.column = column;
    }
  }

  private <T> Located<T> located(Supplier<T> reader) {
    TokenStreamLocation loc = in.location();
    String pointer = in.parser().streamReadContext().pathAsPointer().toString();
    T value = reader.get();
    return new Located<>(value, pointer, loc.getLineNr(), loc.getColumnNr());
  }

  private void contradiction(Located<?> at, String field, Object written, Object derived) {
    in.addError(
        JsonProblem.of(
            JsonProblemCode.INVALID_VALUE,
            JsonProblem.Severity.ERROR,
            at.pointer,
            Math.max(0, at.line),
            Math.max(0, at.column),
            field,
            "'" + written + "' contradicts the content, which gives '" + derived + "'"));
  }

  // ---------------------------------------------------------------- documents

  private interface RootReader<D> {
    D read(ReportReaders rr);
  }

  private static <D> ReadResult<D> document(JsonIn in, boolean root, RootReader<D> reader) {
    ReportReaders rr = new ReportReaders(in);
    D doc = null;
    try {
      JsonToken first = root ? in.next() : in.token();
      if (first == null) {
        in.error(JsonProblemCode.MALFORMED_JSON, "the input is empty");
      } else if (in.object()) {
        doc = reader.read(rr);
        if (root && in.next() != null) {
          in.error(JsonProblemCode.TRAILING_CONTENT);
        }
      }
    } catch (JacksonException e) {
      in.fatal(e);
    }
    if (in.errorCount() > 0 || doc == null) {
      List<JsonProblem> all = new ArrayList<>(in.errors());
      all.addAll(in.warnings());
      all.sort(Comparator.comparingLong(JsonProblem::line).thenComparingLong(JsonProblem::column));
      throw new JsonReadException(all);
    }
    return ReadResult.of(doc, in.warnings());
  }

  /**
   * Reads a validation report document or throws the exception listing every problem.
   *
   * @param in the cursor
   * @param root true if the cursor is before the input's first token and the document is the
   *     whole input; false if it is on the document's first token
   * @return the document and warnings
   */
  public static ReadResult<ValidationReportDocument> validationReport(JsonIn in, boolean root) {
    return document(in, root, ReportReaders::validationRoot);
  }

  /**
   * Reads a compliance report document or throws the exception listing every problem.
   *
   * @param in the cursor
   * @param root true if the cursor is before the input's first token and the document is the
   *     whole input; false if it is on the document's first token
   * @return the document and warnings
   */
  public static ReadResult<ComplianceReportDocument> complianceReport(JsonIn in, boolean root) {
    return document(in, root, ReportReaders::complianceRoot);
  }

  /**
   * Reads a visit plan document or throws the exception listing every problem.
   *
   * @param in the cursor
   * @param root true if the cursor is before the input's first token and the document is the
   *     whole input; false if it is on the document's first token
   * @return the document and warnings
   */
  public static ReadResult<VisitPlanDocument> visitPlan(JsonIn in, boolean root) {
    return document(in, root, ReportReaders::planRoot);
  }

  // ---------------------------------------------------------------- helpers

  private <T> List<T> list(Supplier<T> element) {
    if (!in.array()) {
      return null;
    }
    int errors = in.errorCount();
    List<T> out = new ArrayList<>();
    while (in.nextElement()) {
      T value = element.get();
      if (value != null) {
        out.add(value);
      }
    }
    return in.errorCount() == errors ? out : null;
  }

  /** Reads an array of distinct values, reporting a repeated one. */
  private <T> List<T> distinct(Supplier<T> element) {
    if (!in.array()) {
      return null;
    }
    int errors = in.errorCount();
    Set<T> seen = new HashSet<>();
    List<T> out = new ArrayList<>();
    while (in.nextElement()) {
      T value = element.get();
      if (value != null) {
        if (!seen.add(value)) {
          in.error(JsonProblemCode.INVALID_VALUE, "array element", "'" + value + "' is repeated");
        }
        out.add(value);
      }
    }
    return in.errorCount() == errors ? out : null;
  }

  private Integer intAtLeast(int min) {
    Integer v = in.int32();
    if (v != null && v < min) {
      in.error(
          JsonProblemCode.INVALID_VALUE, in.parser().currentName(),
          "must be at least " + min + ", was " + v);
      return null;
    }
    return v;
  }

  private Long longAtLeast(long min) {
    Long v = in.int64();
    if (v != null && v < min) {
      in.error(
          JsonProblemCode.INVALID_VALUE, in.parser().currentName(),
          "must be at least " + min + ", was " + v);
      return null;
    }
    return v;
  }

  private <E extends Enum<E>> Map<E, Integer> enumCounts(Class<E> type) {
    if (!in.object()) {
      return null;
    }
    E[] values = type.getEnumConstants();
    int errors = in.errorCount();
    int seen = 0;
    EnumMap<E, Integer> counts = new EnumMap<>(type);
    for (String f; (f = in.nextField()) != null; ) {
      E key = null;
      for (E e : values) {
        if (e.name().equals(f)) {
          key = e;
        }
      }
      if (key == null) {
        in.unknown(f);
        continue;
      }
      seen = in.seen(seen, key.ordinal());
      Integer n = intAtLeast(0);
      if (n != null) {
        counts.put(key, n);
      }
    }
    return in.errorCount() == errors ? counts : null;
  }

  /** Reads an object of names to counts; any names. */
  private Map<String, Integer> namedCounts() {
    if (!in.object()) {
      return null;
    }
    int errors = in.errorCount();
    Set<String> seen = new HashSet<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (String f; (f = in.nextField()) != null; ) {
      if (!seen.add(f)) {
        in.error(JsonProblemCode.DUPLICATE_FIELD, f);
      }
      Integer n = intAtLeast(0);
      if (n != null) {
        counts.put(f, n);
      }
    }
    return in.errorCount() == errors ? counts : null;
  }

  private <T> T id(String what, Function<String, T> of) {
    return in.parsed(what, of);
  }

  // ---------------------------------------------------------------- validation report

  private static final String[] VALIDATION = {
    "schemaVersion", "kind", "status", "counts", "violations"
  };

  private ValidationReportDocument validationRoot() {
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    Located<ValidationReport.Status> status = null;
    Counts counts = null;
    List<Violation> violations = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "schemaVersion":
          seen = in.seen(seen, 0);
          r.schemaVersion();
          break;
        case "kind":
          seen = in.seen(seen, 1);
          r.kind(DocumentKind.VALIDATION_REPORT);
          break;
        case "status":
          seen = in.seen(seen, 2);
          status = located(() -> in.enumValue(ValidationReport.Status.values()));
          break;
        case "counts":
          seen = in.seen(seen, 3);
          counts = counts();
          break;
        case "violations":
          seen = in.seen(seen, 4);
          violations = list(this::violation);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b11111, VALIDATION);
    if (in.errorCount() != errors) {
      return null;
    }
    ValidationReport report = ValidationReport.of(violations);
    if (status.value != report.status()) {
      contradiction(status, "status", status.value, report.status());
    }
    counts.check(report);
    return in.errorCount() == errors ? ValidationReportDocument.of(report) : null;
  }

  /** The derived counts as written, each with its place. */
  private final class Counts {
    Located<Integer> violations;
    Located<Integer> errors;
    Located<Integer> warnings;
    Located<Map<String, Integer>> byRule;
    Located<Map<String, Integer>> subjectsByKind;

    void check(ValidationReport report) {
      compare(violations, "violations", report.violations().size());
      compare(errors, "errors", report.errors().size());
      compare(warnings, "warnings", report.warnings().size());
      Map<String, Integer> rules = new TreeMap<>();
      report.countsByRule().forEach((rule, n) -> rules.put(rule.code(), n));
      compare(byRule, "byRule", rules);
      Map<String, Integer> kinds = new TreeMap<>();
      report.countsBySubjectKind().forEach((kind, n) -> kinds.put(kind.name(), n));
      compare(subjectsByKind, "subjectsByKind", kinds);
    }

    private void compare(Located<?> written, String field, Object derived) {
      if (!written.value.equals(derived)) {
        contradiction(written, field, written.value, derived);
      }
    }
  }

  private static final String[] COUNTS = {
    "violations", "errors", "warnings", "byRule", "subjectsByKind"
  };

  private Counts counts() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    Counts c = new Counts();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "violations":
          seen = in.seen(seen, 0);
          c.violations = located(() -> intAtLeast(0));
          break;
        case "errors":
          seen = in.seen(seen, 1);
          c.errors = located(() -> intAtLeast(0));
          break;
        case "warnings":
          seen = in.seen(seen, 2);
          c.warnings = located(() -> intAtLeast(0));
          break;
        case "byRule":
          seen = in.seen(seen, 3);
          c.byRule = located(this::namedCounts);
          break;
        case "subjectsByKind":
          seen = in.seen(seen, 4);
          c.subjectsByKind = located(this::namedCounts);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b11111, COUNTS);
    return in.errorCount() == errors ? c : null;
  }

  private static final String[] VIOLATION = {
    "code", "severity", "subjects", "arguments", "message"
  };

  private Violation violation() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    Rule rule = null;
    Located<Severity> severity = null;
    List<Subject> subjects = null;
    Map<String, String> arguments = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "code":
          seen = in.seen(seen, 0);
          rule = in.parsed("rule code", Rule::ofCode);
          break;
        case "severity":
          seen = in.seen(seen, 1);
          severity = located(() -> in.enumValue(Severity.values()));
          break;
        case "subjects":
          seen = in.seen(seen, 2);
          subjects = list(this::subject);
          break;
        case "arguments":
          seen = in.seen(seen, 3);
          arguments = arguments();
          break;
        case "message":
          seen = in.seen(seen, 4);
          message();
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b11111, VIOLATION);
    if (in.errorCount() != errors) {
      return null;
    }
    if (severity.value != rule.severity()) {
      contradiction(severity, "severity", severity.value, rule.severity());
      return null;
    }
    Rule ru = rule;
    List<Subject> su = subjects;
    Map<String, String> ar = arguments;
    return in.build(start, "violation", () -> Violation.of(ru, su, ar));
  }

  private static final String[] SUBJECT = {"kind", "id"};

  private Subject subject() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    Subject.Kind kind = null;
    String id = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "kind":
          seen = in.seen(seen, 0);
          kind = in.enumValue(Subject.Kind.values());
          break;
        case "id":
          seen = in.seen(seen, 1);
          id = r.text();
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b11, SUBJECT);
    if (in.errorCount() != errors) {
      return null;
    }
    Subject.Kind k = kind;
    String i = id;
    return in.build(start, "subject", () -> Subject.of(k, i));
  }

  private Map<String, String> arguments() {
    if (!in.object()) {
      return null;
    }
    int errors = in.errorCount();
    Map<String, String> arguments = new LinkedHashMap<>();
    for (String f; (f = in.nextField()) != null; ) {
      if (arguments.containsKey(f)) {
        in.error(JsonProblemCode.DUPLICATE_FIELD, f);
      }
      String value = r.text();
      if (value != null) {
        arguments.put(f, value);
      }
    }
    return in.errorCount() == errors ? arguments : null;
  }

  private static final String[] MESSAGE = {"en", "id"};

  /** Reads a derived message: its shape is checked, its text ignored. */
  private void message() {
    if (!in.object()) {
      return;
    }
    TokenStreamLocation start = in.location();
    int seen = 0;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "en":
          seen = in.seen(seen, 0);
          r.text();
          break;
        case "id":
          seen = in.seen(seen, 1);
          r.text();
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b11, MESSAGE);
  }

  // ---------------------------------------------------------------- compliance report

  private static final String[] COMPLIANCE = {
    "schemaVersion", "kind", "programme", "asOf", "rows", "mentors", "total"
  };

  private ComplianceReportDocument complianceRoot() {
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    ComplianceReport.Builder b = ComplianceReport.builder();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "schemaVersion":
          seen = in.seen(seen, 0);
          r.schemaVersion();
          break;
        case "kind":
          seen = in.seen(seen, 1);
          r.kind(DocumentKind.COMPLIANCE_REPORT);
          break;
        case "programme":
          seen = in.seen(seen, 2);
          ifPresent(id("programme id", ProgrammeId::of), b::programme);
          break;
        case "asOf":
          seen = in.seen(seen, 3);
          ifPresent(r.date(), b::asOf);
          break;
        case "rows":
          seen = in.seen(seen, 4);
          ifPresent(list(this::ikmWeek), b::rows);
          break;
        case "mentors":
          seen = in.seen(seen, 5);
          ifPresent(mentors(), b::mentors);
          break;
        case "total":
          seen = in.seen(seen, 6);
          ifPresent(totals(), b::total);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b1111111, COMPLIANCE);
    if (in.errorCount() != errors) {
      return null;
    }
    ComplianceReport report = in.build(start, "compliance report", b::build);
    return report == null ? null : ComplianceReportDocument.of(report);
  }

  private static <T> void ifPresent(T value, java.util.function.Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  private static final String[] WEEK = {
    "week", "index", "firstDay", "lastDay", "workingDays", "workingMinutes",
    "minWorkingDaysForVisit"
  };

  private ProgrammeWeek programmeWeek() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    IsoWeek week = null;
    Integer index = null;
    LocalDate first = null;
    LocalDate last = null;
    List<LocalDate> days = null;
    Long minutes = null;
    Integer minDays = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "week":
          seen = in.seen(seen, 0);
          week = in.parsed("ISO week", IsoWeek::parse);
          break;
        case "index":
          seen = in.seen(seen, 1);
          index = intAtLeast(1);
          break;
        case "firstDay":
          seen = in.seen(seen, 2);
          first = r.date();
          break;
        case "lastDay":
          seen = in.seen(seen, 3);
          last = r.date();
          break;
        case "workingDays":
          seen = in.seen(seen, 4);
          days = list(r::date);
          break;
        case "workingMinutes":
          seen = in.seen(seen, 5);
          minutes = longAtLeast(0);
          break;
        case "minWorkingDaysForVisit":
          seen = in.seen(seen, 6);
          minDays = intAtLeast(1);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b1111111, WEEK);
    if (in.errorCount() != errors) {
      return null;
    }
    IsoWeek w = week;
    int i = index;
    LocalDate a = first;
    LocalDate z = last;
    List<LocalDate> d = days;
    long m = minutes;
    int n = minDays;
    return in.build(start, "programme week", () -> ProgrammeWeek.of(w, i, a, z, d, m, n));
  }

  private static final String[] ROW = {
    "ikm", "mentor", "week", "status", "completedVisits", "countedVisits",
    "longestVisitMinutes", "requiredVisits", "requiredMinutes", "workingDaysLeft"
  };

  private IkmWeekCompliance ikmWeek() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    IkmWeekCompliance.Builder b = IkmWeekCompliance.builder();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "ikm":
          seen = in.seen(seen, 0);
          ifPresent(id("IKM id", IkmId::of), b::ikm);
          break;
        case "mentor":
          seen = in.seen(seen, 1);
          ifPresent(id("mentor id", MentorId::of), b::mentor);
          break;
        case "week":
          seen = in.seen(seen, 2);
          ifPresent(programmeWeek(), b::week);
          break;
        case "status":
          seen = in.seen(seen, 3);
          ifPresent(in.enumValue(WeekStatus.values()), b::status);
          break;
        case "completedVisits":
          seen = in.seen(seen, 4);
          ifPresent(distinct(() -> id("visit id", VisitId::of)), b::completedVisits);
          break;
        case "countedVisits":
          seen = in.seen(seen, 5);
          ifPresent(distinct(() -> id("visit id", VisitId::of)), b::countedVisits);
          break;
        case "longestVisitMinutes":
          seen = in.seen(seen, 6);
          ifPresent(longAtLeast(0), b::longestVisitMinutes);
          break;
        case "requiredVisits":
          seen = in.seen(seen, 7);
          ifPresent(intAtLeast(1), b::requiredVisits);
          break;
        case "requiredMinutes":
          seen = in.seen(seen, 8);
          ifPresent(intAtLeast(1), b::requiredMinutes);
          break;
        case "workingDaysLeft":
          seen = in.seen(seen, 9);
          ifPresent(distinct(r::date), b::workingDaysLeft);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b1111111101, ROW);
    if (in.errorCount() != errors) {
      return null;
    }
    return in.build(start, "IKM week compliance", b::build);
  }

  private static final String[] SHARE = {"part", "whole"};

  private Share share() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    Long part = null;
    Long whole = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "part":
          seen = in.seen(seen, 0);
          part = longAtLeast(0);
          break;
        case "whole":
          seen = in.seen(seen, 1);
          whole = longAtLeast(0);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b11, SHARE);
    if (in.errorCount() != errors) {
      return null;
    }
    long p = part;
    long w = whole;
    return in.build(start, "share", () -> Share.of(p, w));
  }

  private static final String[] TOTALS = {
    "ikms", "statusCounts", "metWeeks", "completedVisits", "workingMinutes", "ikmsByStage",
    "evaluated"
  };

  private ComplianceTotals totals() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    ComplianceTotals.Builder b = ComplianceTotals.builder();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "ikms":
          seen = in.seen(seen, 0);
          ifPresent(distinct(() -> id("IKM id", IkmId::of)), b::ikms);
          break;
        case "statusCounts":
          seen = in.seen(seen, 1);
          ifPresent(enumCounts(WeekStatus.class), b::statusCounts);
          break;
        case "metWeeks":
          seen = in.seen(seen, 2);
          ifPresent(share(), b::metWeeks);
          break;
        case "completedVisits":
          seen = in.seen(seen, 3);
          ifPresent(intAtLeast(0), b::completedVisits);
          break;
        case "workingMinutes":
          seen = in.seen(seen, 4);
          ifPresent(longAtLeast(0), b::workingMinutes);
          break;
        case "ikmsByStage":
          seen = in.seen(seen, 5);
          ifPresent(enumCounts(Stage.class), b::ikmsByStage);
          break;
        case "evaluated":
          seen = in.seen(seen, 6);
          ifPresent(share(), b::evaluated);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b1111111, TOTALS);
    if (in.errorCount() != errors) {
      return null;
    }
    return in.build(start, "compliance totals", b::build);
  }

  private static final String[] MENTOR_TOTALS = {"mentor", "totals"};

  private Map<MentorId, ComplianceTotals> mentors() {
    if (!in.array()) {
      return null;
    }
    int errors = in.errorCount();
    Map<MentorId, ComplianceTotals> out = new TreeMap<>();
    while (in.nextElement()) {
      if (!in.object()) {
        continue;
      }
      TokenStreamLocation start = in.location();
      int seen = 0;
      MentorId mentor = null;
      ComplianceTotals totals = null;
      for (String f; (f = in.nextField()) != null; ) {
        switch (f) {
          case "mentor":
            seen = in.seen(seen, 0);
            mentor = id("mentor id", MentorId::of);
            break;
          case "totals":
            seen = in.seen(seen, 1);
            totals = totals();
            break;
          default:
            in.unknown(f);
        }
      }
      in.require(start, seen, 0b11, MENTOR_TOTALS);
      if (mentor != null && totals != null && out.put(mentor, totals) != null) {
        in.errorAtObject(
            start, JsonProblemCode.INVALID_VALUE, "mentor", "'" + mentor.value() + "' is listed twice");
      }
    }
    return in.errorCount() == errors ? out : null;
  }

  // ---------------------------------------------------------------- visit plan

  private static final String[] PLAN = {
    "schemaVersion", "kind", "requiredIkmWeeks", "coveredIkmWeeks", "plannedVisits",
    "keptVisits", "shortfalls"
  };

  private VisitPlanDocument planRoot() {
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    Integer required = null;
    Located<Integer> covered = null;
    List<Visit> planned = null;
    List<Visit> kept = null;
    List<Shortfall> shortfalls = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "schemaVersion":
          seen = in.seen(seen, 0);
          r.schemaVersion();
          break;
        case "kind":
          seen = in.seen(seen, 1);
          r.kind(DocumentKind.VISIT_PLAN);
          break;
        case "requiredIkmWeeks":
          seen = in.seen(seen, 2);
          required = intAtLeast(0);
          break;
        case "coveredIkmWeeks":
          seen = in.seen(seen, 3);
          covered = located(in::int32);
          break;
        case "plannedVisits":
          seen = in.seen(seen, 4);
          planned = list(r::visit);
          break;
        case "keptVisits":
          seen = in.seen(seen, 5);
          kept = list(r::visit);
          break;
        case "shortfalls":
          seen = in.seen(seen, 6);
          shortfalls = list(this::shortfall);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b1111111, PLAN);
    if (in.errorCount() != errors) {
      return null;
    }
    VisitPlanDocument doc = VisitPlanDocument.of(planned, kept, shortfalls, required);
    if (covered.value != doc.coveredIkmWeeks()) {
      contradiction(covered, "coveredIkmWeeks", covered.value, doc.coveredIkmWeeks());
      return null;
    }
    return doc;
  }

  private static final String[] SHORTFALL = {
    "ikm", "mentor", "week", "reason", "numbers", "remedies", "message"
  };

  private Shortfall shortfall() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    IkmId ikm = null;
    MentorId mentor = null;
    IsoWeek week = null;
    ShortfallReason reason = null;
    Map<String, Long> numbers = null;
    List<Remedy> remedies = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "ikm":
          seen = in.seen(seen, 0);
          ikm = id("IKM id", IkmId::of);
          break;
        case "mentor":
          seen = in.seen(seen, 1);
          mentor = id("mentor id", MentorId::of);
          break;
        case "week":
          seen = in.seen(seen, 2);
          week = in.parsed("ISO week", IsoWeek::parse);
          break;
        case "reason":
          seen = in.seen(seen, 3);
          reason = in.enumValue(ShortfallReason.values());
          break;
        case "numbers":
          seen = in.seen(seen, 4);
          numbers = numbers();
          break;
        case "remedies":
          seen = in.seen(seen, 5);
          remedies = list(this::remedy);
          break;
        case "message":
          seen = in.seen(seen, 6);
          message();
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b1111101, SHORTFALL);
    if (in.errorCount() != errors) {
      return null;
    }
    IkmId i = ikm;
    Optional<MentorId> m = Optional.ofNullable(mentor);
    IsoWeek w = week;
    ShortfallReason re = reason;
    Map<String, Long> n = numbers;
    List<Remedy> rs = remedies;
    return in.build(start, "shortfall", () -> Shortfall.of(i, m, w, re, n, rs));
  }

  /** Reads named numbers, kept in document order. */
  private Map<String, Long> numbers() {
    if (!in.object()) {
      return null;
    }
    int errors = in.errorCount();
    Map<String, Long> numbers = new LinkedHashMap<>();
    for (String f; (f = in.nextField()) != null; ) {
      if (numbers.containsKey(f)) {
        in.error(JsonProblemCode.DUPLICATE_FIELD, f);
      }
      Long n = in.int64();
      if (n != null) {
        numbers.put(f, n);
      }
    }
    return in.errorCount() == errors ? numbers : null;
  }

  private static final String[] REMEDY = {"kind", "mentor", "week", "extraWorkingDay", "message"};

  private Remedy remedy() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    RemedyKind kind = null;
    MentorId mentor = null;
    Located<IsoWeek> week = null;
    ExtraWorkingDay day = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "kind":
          seen = in.seen(seen, 0);
          kind = in.enumValue(RemedyKind.values());
          break;
        case "mentor":
          seen = in.seen(seen, 1);
          mentor = id("mentor id", MentorId::of);
          break;
        case "week":
          seen = in.seen(seen, 2);
          week = located(() -> in.parsed("ISO week", IsoWeek::parse));
          break;
        case "extraWorkingDay":
          seen = in.seen(seen, 3);
          day = r.extraWorkingDay();
          break;
        case "message":
          seen = in.seen(seen, 4);
          message();
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b10111, REMEDY);
    if (in.errorCount() != errors) {
      return null;
    }
    boolean needsDay = kind != RemedyKind.VISIT_ACROSS_BREAK;
    if (needsDay != (day != null)) {
      in.errorAtObject(
          start,
          JsonProblemCode.INVALID_VALUE,
          "remedy",
          kind + (needsDay ? " needs an extraWorkingDay" : " has no extraWorkingDay"));
      return null;
    }
    RemedyKind k = kind;
    MentorId m = mentor;
    IsoWeek w = week.value;
    ExtraWorkingDay d = day;
    Remedy remedy =
        in.build(
            start,
            "remedy",
            () ->
                k == RemedyKind.SATURDAY_VISIT
                    ? Remedy.saturdayVisit(m, d)
                    : k == RemedyKind.EXTENDED_DAY
                        ? Remedy.extendedDay(m, d)
                        : Remedy.visitAcrossBreak(m, w));
    if (remedy != null && !remedy.week().equals(w)) {
      contradiction(week, "week", w, remedy.week());
      return null;
    }
    return remedy;
  }
}
