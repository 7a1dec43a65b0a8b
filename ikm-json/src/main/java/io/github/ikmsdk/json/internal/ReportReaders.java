package io.github.ikmsdk.json.internal;

import static io.github.ikmsdk.json.internal.FieldTable.into;

import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.compliance.ComplianceReport;
import io.github.ikmsdk.core.compliance.ComplianceTotals;
import io.github.ikmsdk.core.compliance.IkmWeekCompliance;
import io.github.ikmsdk.core.compliance.Share;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.planning.programme.CapacityReport;
import io.github.ikmsdk.core.planning.programme.HardWeek;
import io.github.ikmsdk.core.planning.programme.SentraAllocation;
import io.github.ikmsdk.core.planning.programme.SentraCapacity;
import io.github.ikmsdk.core.planning.programme.StartDateRanking;
import io.github.ikmsdk.core.planning.programme.StartOption;
import io.github.ikmsdk.core.planning.visit.Remedy;
import io.github.ikmsdk.core.planning.visit.Shortfall;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.rules.Subject;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Violation;
import io.github.ikmsdk.json.JsonProblem;
import io.github.ikmsdk.json.JsonProblemCode;
import io.github.ikmsdk.json.JsonReadException;
import io.github.ikmsdk.json.ReadResult;
import io.github.ikmsdk.json.document.ComplianceReportDocument;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.ProgrammeOutlookDocument;
import io.github.ikmsdk.json.document.ValidationReportDocument;
import io.github.ikmsdk.json.document.VisitPlanDocument;
import io.github.ikmsdk.json.internal.FieldTable.Slots;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Streaming readers of the report documents, collecting every problem. A report is read whole into
 * memory; its derived fields are checked against its content. Not thread-safe: one instance per
 * read.
 */
public final class ReportReaders {

  private final JsonIn in;
  private final Readers r;

  private ReportReaders(JsonIn in) {
    this.in = in;
    this.r = new Readers(in);
  }

  private ReportReaders(Readers r) {
    this.in = r.in;
    this.r = r;
  }

  private <T> Located<T> located(Supplier<T> reader) {
    return Located.read(in, reader);
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
   * @param root true if the cursor is before the input's first token and the document is the whole
   *     input; false if it is on the document's first token
   * @return the document and warnings
   */
  public static ReadResult<ValidationReportDocument> validationReport(JsonIn in, boolean root) {
    return document(in, root, ReportReaders::validationRoot);
  }

  /**
   * Reads a compliance report document or throws the exception listing every problem.
   *
   * @param in the cursor
   * @param root true if the cursor is before the input's first token and the document is the whole
   *     input; false if it is on the document's first token
   * @return the document and warnings
   */
  public static ReadResult<ComplianceReportDocument> complianceReport(JsonIn in, boolean root) {
    return document(in, root, ReportReaders::complianceRoot);
  }

  /**
   * Reads a visit plan document or throws the exception listing every problem.
   *
   * @param in the cursor
   * @param root true if the cursor is before the input's first token and the document is the whole
   *     input; false if it is on the document's first token
   * @return the document and warnings
   */
  public static ReadResult<VisitPlanDocument> visitPlan(JsonIn in, boolean root) {
    return document(in, root, ReportReaders::planRoot);
  }

  /**
   * Reads a programme outlook document or throws the exception listing every problem.
   *
   * @param in the cursor
   * @param root true if the cursor is before the input's first token and the document is the whole
   *     input; false if it is on the document's first token
   * @return the document and warnings
   */
  public static ReadResult<ProgrammeOutlookDocument> programmeOutlook(JsonIn in, boolean root) {
    return document(in, root, ReportReaders::outlookRoot);
  }

  // ---------------------------------------------------------------- helpers

  private static <B> FieldTable.Builder<ReportReaders, B> fields() {
    return FieldTable.builder();
  }

  private static FieldTable.Builder<ReportReaders, Slots> slots() {
    return FieldTable.builder();
  }

  /** Reads a value of a codec of the model. */
  private static <V> Function<ReportReaders, V> of(Codec<V> codec) {
    return rr -> codec.read(rr.r);
  }

  private static Function<ReportReaders, Integer> ints(int min) {
    return of(Codec.int32AtLeast(min));
  }

  private static Function<ReportReaders, Long> longs(long min) {
    return of(Codec.int64AtLeast(min));
  }

  private <T> List<T> list(Supplier<T> element) {
    return r.list(readers -> element.get());
  }

  /** Reads an array of distinct values, reporting a repeated one. */
  private <T> List<T> distinct(Supplier<T> element) {
    return r.distinct(readers -> element.get());
  }

  /** Reads an object of names to counts; any names, sorted. */
  private Map<String, Integer> namedCounts() {
    return r.named(new TreeMap<>(), readers -> readers.in.int32AtLeast(0));
  }

  // ---------------------------------------------------------------- validation report

  private static final FieldTable<ReportReaders, Slots> VALIDATION =
      slots()
          .requiredSlot("schemaVersion", rr -> rr.header(DocumentKind.VALIDATION_REPORT, 0))
          .requiredSlot("kind", rr -> rr.header(DocumentKind.VALIDATION_REPORT, 1))
          .requiredSlot(
              "status", rr -> rr.located(() -> rr.in.enumValue(ValidationReport.Status.values())))
          .requiredSlot("counts", ReportReaders::counts)
          .requiredSlot("violations", rr -> rr.list(rr::violation))
          .build("validation report", "laporan validasi");

  /** Checks {@code schemaVersion} (part 0) or {@code kind} (part 1) of the header. */
  private Void header(DocumentKind kind, int part) {
    if (part == 0) {
      r.schemaVersion(kind);
    } else {
      r.kind(kind);
    }
    return null;
  }

  private ValidationReportDocument validationRoot() {
    return VALIDATION.read(
        in,
        this,
        VALIDATION.slots(),
        (s, start) -> {
          long errors = in.errorCount();
          Located<ValidationReport.Status> status = s.get(2);
          Counts counts = s.get(3);
          ValidationReport report = ValidationReport.of(s.<List<Violation>>get(4));
          if (status.value != report.status()) {
            status.contradicts(in, "status", report.status());
          }
          counts.check(report);
          return in.errorCount() == errors ? ValidationReportDocument.of(report) : null;
        });
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
      written.agrees(in, field, derived);
    }
  }

  private static final FieldTable<ReportReaders, Counts> COUNTS =
      ReportReaders.<Counts>fields()
          .required("violations", (rr, c) -> c.violations = rr.located(() -> rr.in.int32AtLeast(0)))
          .required("errors", (rr, c) -> c.errors = rr.located(() -> rr.in.int32AtLeast(0)))
          .required("warnings", (rr, c) -> c.warnings = rr.located(() -> rr.in.int32AtLeast(0)))
          .required("byRule", (rr, c) -> c.byRule = rr.located(rr::namedCounts))
          .required("subjectsByKind", (rr, c) -> c.subjectsByKind = rr.located(rr::namedCounts))
          .build("counts", "jumlah");

  private Counts counts() {
    return COUNTS.read(in, this, Counts::new, (c, start) -> c);
  }

  private Violation violation() {
    return ReportCodecs.VIOLATION.read(r);
  }

  private Subject subject() {
    return ReportCodecs.SUBJECT.read(r);
  }

  private Map<String, String> arguments() {
    return r.named(new LinkedHashMap<>(), Readers::text);
  }

  /** Reads a derived message: its shape is checked, its text ignored. */
  private Void message() {
    ReportCodecs.readMessage(r);
    return null;
  }

  // ---------------------------------------------------------------- compliance report

  private static final FieldTable<ReportReaders, ComplianceReport.Builder> COMPLIANCE =
      ReportReaders.<ComplianceReport.Builder>fields()
          .required("schemaVersion", (rr, b) -> rr.header(DocumentKind.COMPLIANCE_REPORT, 0))
          .required("kind", (rr, b) -> rr.header(DocumentKind.COMPLIANCE_REPORT, 1))
          .required("programme", into(of(Scalar.PROGRAMME_ID), ComplianceReport.Builder::programme))
          .required("asOf", into(rr -> rr.r.date(), ComplianceReport.Builder::asOf))
          .required("rows", into(rr -> rr.list(rr::ikmWeek), ComplianceReport.Builder::rows))
          .required("mentors", into(ReportReaders::mentors, ComplianceReport.Builder::mentors))
          .required("total", into(ReportReaders::totals, ComplianceReport.Builder::total))
          .build("compliance report", "laporan kepatuhan");

  private ComplianceReportDocument complianceRoot() {
    ComplianceReport report =
        COMPLIANCE.read(in, this, ComplianceReport::builder, ComplianceReport.Builder::build);
    return report == null ? null : ComplianceReportDocument.of(report);
  }

  private ProgrammeWeek programmeWeek() {
    return ReportCodecs.PROGRAMME_WEEK.read(r);
  }

  private IkmWeekCompliance ikmWeek() {
    return ReportCodecs.IKM_WEEK.read(r);
  }

  private Share share() {
    return ReportCodecs.SHARE.read(r);
  }

  private ComplianceTotals totals() {
    return ReportCodecs.TOTALS.read(r);
  }

  private static final FieldTable<ReportReaders, Slots> MENTOR_TOTALS =
      slots()
          .requiredSlot("mentor", of(Scalar.MENTOR_ID))
          .requiredSlot("totals", ReportReaders::totals)
          .build("mentor totals", "total pendamping");

  private Map<MentorId, ComplianceTotals> mentors() {
    if (!in.array()) {
      return null;
    }
    long errors = in.errorCount();
    Map<MentorId, ComplianceTotals> out = new TreeMap<>();
    while (in.nextElement()) {
      if (!in.object()) {
        continue;
      }
      TokenStreamLocation start = in.location();
      Slots s = MENTOR_TOTALS.slots().get();
      MENTOR_TOTALS.readFields(in, this, s, start);
      MentorId mentor = s.get(0);
      ComplianceTotals totals = s.get(1);
      if (mentor != null && totals != null && out.put(mentor, totals) != null) {
        in.invalidAtObject(
            start,
            Bilingual.same("mentor"),
            Bilingual.of("'%s' is listed twice", "'%s' tercantum dua kali", mentor.value()));
      }
    }
    return in.errorCount() == errors ? out : null;
  }

  // ---------------------------------------------------------------- visit plan

  private static final FieldTable<ReportReaders, Slots> PLAN =
      slots()
          .requiredSlot("schemaVersion", rr -> rr.header(DocumentKind.VISIT_PLAN, 0))
          .requiredSlot("kind", rr -> rr.header(DocumentKind.VISIT_PLAN, 1))
          .requiredSlot("requiredIkmWeeks", ints(0))
          .requiredSlot("coveredIkmWeeks", rr -> rr.located(rr.in::int32))
          .requiredSlot("plannedVisits", rr -> rr.list(rr.r::visit))
          .requiredSlot("keptVisits", rr -> rr.list(rr.r::visit))
          .requiredSlot("shortfalls", rr -> rr.list(rr::shortfall))
          .build("visit plan", "rencana kunjungan");

  private VisitPlanDocument planRoot() {
    return PLAN.read(
        in,
        this,
        PLAN.slots(),
        (s, start) -> {
          Located<Integer> covered = s.get(3);
          VisitPlan plan =
              in.build(
                  start,
                  PLAN.what(),
                  () -> VisitPlan.of(s.get(4), s.get(5), s.get(6), s.<Integer>get(2)));
          if (plan == null) {
            return null;
          }
          if (covered.value != plan.coveredIkmWeeks()) {
            covered.contradicts(in, "coveredIkmWeeks", plan.coveredIkmWeeks());
            return null;
          }
          return VisitPlanDocument.of(plan);
        });
  }

  private Shortfall shortfall() {
    return ReportCodecs.SHORTFALL.read(r);
  }

  private Remedy remedy() {
    return ReportCodecs.REMEDY.read(r);
  }

  // ---------------------------------------------------------------- programme outlook

  /** Reports a derived field that differs from what the content gives; true if they agree. */
  private boolean agrees(Located<?> written, String field, Object derived) {
    return written.agrees(in, field, derived);
  }

  private static final FieldTable<ReportReaders, Slots> OUTLOOK =
      slots()
          .requiredSlot("schemaVersion", rr -> rr.header(DocumentKind.PROGRAMME_OUTLOOK, 0))
          .requiredSlot("kind", rr -> rr.header(DocumentKind.PROGRAMME_OUTLOOK, 1))
          .requiredSlot("startDates", rr -> rr.list(rr::ranking))
          .optionalSlot("capacity", ReportReaders::capacity)
          .optionalSlot("allocation", rr -> rr.located(rr::allocation))
          .build("programme outlook", "rencana program");

  private ProgrammeOutlookDocument outlookRoot() {
    return OUTLOOK.read(
        in,
        this,
        OUTLOOK.slots(),
        (s, start) -> {
          ProgrammeOutlookDocument.Builder b = ProgrammeOutlookDocument.builder();
          s.<List<StartDateRanking>>get(2).forEach(b::addRanking);
          CapacityReport capacity = s.get(3);
          if (capacity != null) {
            b.capacity(capacity);
          }
          Located<Slots> allocation = s.get(4);
          if (allocation != null) {
            int mentors = allocation.value.<Integer>get(0);
            Located<List<SentraAllocation>> sentra = allocation.value.get(1);
            if (capacity == null) {
              in.addError(
                  JsonIn.invalidValue(
                      allocation.at,
                      Bilingual.same("allocation"),
                      Bilingual.of(
                          "needs a capacity report ('capacity')",
                          "memerlukan laporan kebutuhan pendamping ('capacity')")));
              return null;
            }
            if (!agrees(sentra, "sentra", capacity.allocate(mentors))) {
              return null;
            }
            b.mentorsAvailable(mentors);
          }
          return b.build();
        });
  }

  private static final FieldTable<ReportReaders, Slots> ALLOCATION =
      slots()
          .requiredSlot("mentors", ints(0))
          .requiredSlot("sentra", rr -> rr.located(() -> rr.list(rr::sentraAllocation)))
          .build("allocation", "alokasi pendamping");

  /** Reads the allocation of a document: the mentors (slot 0) and the sentra as written (1). */
  private Slots allocation() {
    return ALLOCATION.read(in, this, ALLOCATION.slots(), (s, start) -> s);
  }

  private StartDateRanking ranking() {
    return OutlookCodecs.RANKING.read(r);
  }

  private StartOption option() {
    return OutlookCodecs.OPTION.read(r);
  }

  private HardWeek hardWeek() {
    return OutlookCodecs.HARD_WEEK.read(r);
  }

  private CapacityReport capacity() {
    return OutlookCodecs.CAPACITY.read(r);
  }

  private SentraCapacity sentraCapacity() {
    return OutlookCodecs.SENTRA_CAPACITY.read(r);
  }

  private SentraAllocation sentraAllocation() {
    return OutlookCodecs.SENTRA_ALLOCATION.read(r);
  }

  // ---------------------------------------------------------------- parts on their own

  /**
   * Reads one part of a report on its own, the cursor on its first token, for the Jackson module;
   * null (after reporting) if invalid.
   *
   * @param in the cursor
   * @param part the part
   * @return the value, or null
   */
  public static Object part(JsonIn in, Part part) {
    ReportReaders rr = new ReportReaders(in);
    return switch (part) {
      case VIOLATION -> rr.violation();
      case SUBJECT -> rr.subject();
      case PROGRAMME_WEEK -> rr.programmeWeek();
      case IKM_WEEK -> rr.ikmWeek();
      case TOTALS -> rr.totals();
      case SHARE -> rr.share();
      case SHORTFALL -> rr.shortfall();
      case REMEDY -> rr.remedy();
      case START_DATE_RANKING -> rr.ranking();
      case START_OPTION -> rr.option();
      case HARD_WEEK -> rr.hardWeek();
      case CAPACITY_REPORT -> rr.capacity();
      case SENTRA_CAPACITY -> rr.sentraCapacity();
      case SENTRA_ALLOCATION -> rr.sentraAllocation();
    };
  }

  /** The parts of the report documents that {@link #part} reads. */
  public enum Part {
    /** A violation of a validation report. */
    VIOLATION,
    /** A subject of a violation. */
    SUBJECT,
    /** A programme week, as in a compliance report row. */
    PROGRAMME_WEEK,
    /** A row of a compliance report. */
    IKM_WEEK,
    /** Compliance totals. */
    TOTALS,
    /** A share. */
    SHARE,
    /** A shortfall of a visit plan. */
    SHORTFALL,
    /** A remedy of a shortfall. */
    REMEDY,
    /** A start-date ranking of a programme outlook. */
    START_DATE_RANKING,
    /** A start option of a ranking. */
    START_OPTION,
    /** A hard week of a start option. */
    HARD_WEEK,
    /** The capacity report of a programme outlook. */
    CAPACITY_REPORT,
    /** One sentra of a capacity report. */
    SENTRA_CAPACITY,
    /** One sentra's share of an allocation. */
    SENTRA_ALLOCATION
  }
}
