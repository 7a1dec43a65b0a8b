package io.github.ikmsdk.json.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.ikmsdk.core.calendar.ExtraWorkingDay;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.compliance.ComplianceReport;
import io.github.ikmsdk.core.compliance.ComplianceTotals;
import io.github.ikmsdk.core.compliance.IkmWeekCompliance;
import io.github.ikmsdk.core.compliance.Share;
import io.github.ikmsdk.core.compliance.WeekStatus;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.planning.visit.Remedy;
import io.github.ikmsdk.core.planning.visit.Shortfall;
import io.github.ikmsdk.core.planning.visit.ShortfallReason;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.programme.RemedyKind;
import io.github.ikmsdk.core.rules.Rule;
import io.github.ikmsdk.core.rules.Severity;
import io.github.ikmsdk.core.rules.Subject;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Violation;
import io.github.ikmsdk.json.document.ComplianceReportDocument;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.ValidationReportDocument;
import io.github.ikmsdk.json.document.VisitPlanDocument;
import io.github.ikmsdk.json.internal.FieldTable.Slots;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;

/**
 * The codecs of the parts of the validation and compliance reports and the visit plan: for each,
 * one table of its fields, held to its schema type by {@code CodecSchemaTest}. A field derived from
 * the others is written for readers of the JSON and, when read back, checked against them.
 */
final class ReportCodecs {

  /** The locale of the Bahasa Indonesia messages. */
  static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private ReportCodecs() {}

  /** Counts by the names of an enum's constants, written in the enum's order, present ones only. */
  static <E extends Enum<E>> Codec<Map<E, Integer>> enumCounts(Class<E> type) {
    E[] values = type.getEnumConstants();
    return Codec.of(
        r -> r.enumCounts(type),
        (g, counts) -> {
          g.writeStartObject();
          for (E e : values) {
            Integer n = counts.get(e);
            if (n != null) {
              g.writeNumberProperty(e.name(), n);
            }
          }
          g.writeEndObject();
        });
  }

  /**
   * A derived message, {@code {"en": ..., "id": ...}}: rendered in English and Bahasa Indonesia for
   * readers of the JSON; read for its shape only.
   */
  static final ObjectCodec<Map.Entry<String, String>, Slots> MESSAGE =
      ObjectCodec.<Map.Entry<String, String>>slots()
          .requiredSlot("en", Codec.TEXT, Map.Entry::getKey)
          .requiredSlot("id", Codec.TEXT, Map.Entry::getValue)
          .buildFromSlots("message", "pesan", s -> Map.entry(s.get(0), s.get(1)));

  private static final SerializedString MESSAGE_NAME = new SerializedString("message");

  /** Reads a derived message: its shape is checked, its text ignored. */
  static void readMessage(Readers r) {
    if (r.in.object()) {
      FieldTable<Readers, Slots> table = MESSAGE.table();
      table.readFields(r.in, r, table.slots().get(), r.in.location());
    }
  }

  /** Returns the writer of a value's derived message, {@code "message": {"en": ..., "id": ...}}. */
  static <T> ObjectCodec.FieldWriter<T> message(BiFunction<T, Locale, String> message) {
    return (g, v) -> {
      g.writeName(MESSAGE_NAME);
      MESSAGE.write(
          g,
          Map.entry(message.apply(v, Locale.ENGLISH), message.apply(v, ReportCodecs.INDONESIAN)));
    };
  }

  /** Names to texts, in document order. */
  private static final Codec<Map<String, String>> ARGUMENTS =
      Codec.of(
          r -> r.named(new LinkedHashMap<>(), Readers::text),
          (g, arguments) -> {
            g.writeStartObject();
            for (Map.Entry<String, String> e : arguments.entrySet()) {
              g.writeStringProperty(e.getKey(), e.getValue());
            }
            g.writeEndObject();
          });

  /** Names to numbers, in document order. */
  private static final Codec<Map<String, Long>> NUMBERS =
      Codec.of(
          r -> r.named(new LinkedHashMap<>(), readers -> readers.in.int64()),
          (g, numbers) -> {
            g.writeStartObject();
            for (Map.Entry<String, Long> e : numbers.entrySet()) {
              g.writeNumberProperty(e.getKey(), e.getValue());
            }
            g.writeEndObject();
          });

  /** A subject of a violation, {@code {"kind": ..., "id": ...}}. */
  static final ObjectCodec<Subject, Slots> SUBJECT =
      ObjectCodec.<Subject>slots()
          .requiredSlot("kind", Codec.enumOf(Subject.Kind.values()), Subject::kind)
          .requiredSlot("id", Codec.TEXT, Subject::id)
          .buildFromSlots("subject", "subjek", s -> Subject.of(s.get(0), s.get(1)));

  /** A share, {@code {"part": ..., "whole": ...}}. */
  static final ObjectCodec<Share, Slots> SHARE =
      ObjectCodec.<Share>slots()
          .requiredSlot("part", Codec.int64AtLeast(0), Share::part)
          .requiredSlot("whole", Codec.int64AtLeast(0), Share::whole)
          .buildFromSlots("share", "bagian", s -> Share.of(s.<Long>get(0), s.<Long>get(1)));

  /** A programme week, every field. */
  static final ObjectCodec<ProgrammeWeek, Slots> PROGRAMME_WEEK =
      ObjectCodec.<ProgrammeWeek>slots()
          .requiredSlot("week", Scalar.ISO_WEEK, ProgrammeWeek::week)
          .requiredSlot("index", Codec.int32AtLeast(1), ProgrammeWeek::index)
          .requiredSlot("firstDay", Scalar.DATE, ProgrammeWeek::firstDay)
          .requiredSlot("lastDay", Scalar.DATE, ProgrammeWeek::lastDay)
          .requiredSlot("workingDays", Scalar.DATE.list(), ProgrammeWeek::workingDays)
          .requiredSlot("workingMinutes", Codec.int64AtLeast(0), ProgrammeWeek::workingMinutes)
          .requiredSlot(
              "minWorkingDaysForVisit",
              Codec.int32AtLeast(1),
              ProgrammeWeek::minWorkingDaysForVisit)
          .buildFromSlots(
              "programme week",
              "minggu program",
              s ->
                  ProgrammeWeek.of(
                      s.get(0),
                      s.<Integer>get(1),
                      s.get(2),
                      s.get(3),
                      s.get(4),
                      s.<Long>get(5),
                      s.<Integer>get(6)));

  /** One row of a compliance report: an IKM in a programme week. */
  static final ObjectCodec<IkmWeekCompliance, IkmWeekCompliance.Builder> IKM_WEEK =
      ObjectCodec.<IkmWeekCompliance, IkmWeekCompliance.Builder>builder()
          .required("ikm", Scalar.IKM_ID, IkmWeekCompliance::ikm, IkmWeekCompliance.Builder::ikm)
          .optional(
              "mentor",
              Scalar.MENTOR_ID,
              IkmWeekCompliance::mentor,
              IkmWeekCompliance.Builder::mentor)
          .required(
              "week", PROGRAMME_WEEK, IkmWeekCompliance::week, IkmWeekCompliance.Builder::week)
          .required(
              "status",
              Codec.enumOf(WeekStatus.values()),
              IkmWeekCompliance::status,
              IkmWeekCompliance.Builder::status)
          .required(
              "completedVisits",
              Scalar.VISIT_ID.distinct(),
              IkmWeekCompliance::completedVisits,
              IkmWeekCompliance.Builder::completedVisits)
          .required(
              "countedVisits",
              Scalar.VISIT_ID.distinct(),
              IkmWeekCompliance::countedVisits,
              IkmWeekCompliance.Builder::countedVisits)
          .required(
              "longestVisitMinutes",
              Codec.int64AtLeast(0),
              IkmWeekCompliance::longestVisitMinutes,
              IkmWeekCompliance.Builder::longestVisitMinutes)
          .required(
              "requiredVisits",
              Codec.int32AtLeast(1),
              IkmWeekCompliance::requiredVisits,
              IkmWeekCompliance.Builder::requiredVisits)
          .required(
              "requiredMinutes",
              Codec.int32AtLeast(1),
              IkmWeekCompliance::requiredMinutes,
              IkmWeekCompliance.Builder::requiredMinutes)
          .required(
              "workingDaysLeft",
              Scalar.DATE.distinct(),
              IkmWeekCompliance::workingDaysLeft,
              IkmWeekCompliance.Builder::workingDaysLeft)
          .build(
              "IKM week compliance",
              "kepatuhan IKM per minggu",
              IkmWeekCompliance::builder,
              IkmWeekCompliance.Builder::build);

  /** Compliance totals; counts per status and stage in declaration order. */
  static final ObjectCodec<ComplianceTotals, ComplianceTotals.Builder> TOTALS =
      ObjectCodec.<ComplianceTotals, ComplianceTotals.Builder>builder()
          .required(
              "ikms",
              Scalar.IKM_ID.distinct(),
              ComplianceTotals::ikms,
              ComplianceTotals.Builder::ikms)
          .required(
              "statusCounts",
              enumCounts(WeekStatus.class),
              ComplianceTotals::statusCounts,
              ComplianceTotals.Builder::statusCounts)
          .required(
              "metWeeks", SHARE, ComplianceTotals::metWeeks, ComplianceTotals.Builder::metWeeks)
          .required(
              "completedVisits",
              Codec.int32AtLeast(0),
              ComplianceTotals::completedVisits,
              ComplianceTotals.Builder::completedVisits)
          .required(
              "workingMinutes",
              Codec.int64AtLeast(0),
              ComplianceTotals::workingMinutes,
              ComplianceTotals.Builder::workingMinutes)
          .required(
              "ikmsByStage",
              enumCounts(Stage.class),
              ComplianceTotals::ikmsByStage,
              ComplianceTotals.Builder::ikmsByStage)
          .required(
              "evaluated", SHARE, ComplianceTotals::evaluated, ComplianceTotals.Builder::evaluated)
          .build(
              "compliance totals",
              "total kepatuhan",
              ComplianceTotals::builder,
              ComplianceTotals.Builder::build);

  private static final Bilingual VIOLATION_NAME = Bilingual.of("violation", "pelanggaran");

  /** A violation with its derived severity, checked against its rule, and bilingual message. */
  static final ObjectCodec<Violation, Slots> VIOLATION =
      ObjectCodec.<Violation>slots()
          .requiredSlot("code", Scalar.RULE_CODE, Violation::rule)
          .derivedSlot("severity", Codec.enumOf(Severity.values()), Violation::severity)
          .requiredSlot("subjects", SUBJECT.nonEmptyList(), Violation::subjects)
          .requiredSlot("arguments", ARGUMENTS, Violation::arguments)
          .message(Violation::message)
          .buildFromSlotsWith(
              "violation",
              "pelanggaran",
              (r, s, start) -> {
                Rule rule = s.get(0);
                Located<Severity> severity = s.get(1);
                if (severity.value != rule.severity()) {
                  severity.contradicts(r.in, "severity", rule.severity());
                  return null;
                }
                return r.in.build(
                    start,
                    VIOLATION_NAME,
                    () -> Violation.of(rule, s.<List<Subject>>get(2), s.get(3)));
              });

  private static final Bilingual REMEDY_NAME = Bilingual.of("remedy", "solusi");

  /**
   * A remedy of a shortfall with its bilingual message: an extra working day for the kinds that
   * need one, and its week, checked against the day's.
   */
  static final ObjectCodec<Remedy, Slots> REMEDY =
      ObjectCodec.<Remedy>slots()
          .requiredSlot("kind", Codec.enumOf(RemedyKind.values()), Remedy::kind)
          .requiredSlot("mentor", Scalar.MENTOR_ID, Remedy::mentor)
          .derivedSlot("week", Scalar.ISO_WEEK, Remedy::week)
          .optionalSlot("extraWorkingDay", Codecs.EXTRA_WORKING_DAY, Remedy::extraWorkingDay)
          .message(Remedy::message)
          .buildFromSlotsWith("remedy", "solusi", ReportCodecs::remedy);

  private static Remedy remedy(Readers r, Slots s, TokenStreamLocation start) {
    RemedyKind kind = s.get(0);
    MentorId mentor = s.get(1);
    Located<IsoWeek> week = s.get(2);
    ExtraWorkingDay day = s.get(3);
    boolean needsDay = kind != RemedyKind.VISIT_ACROSS_BREAK;
    if (needsDay != (day != null)) {
      r.in.invalidAtObject(
          start,
          REMEDY_NAME,
          needsDay
              ? Bilingual.of("%s needs an extraWorkingDay", "%s memerlukan extraWorkingDay", kind)
              : Bilingual.of(
                  "%s has no extraWorkingDay", "%s tidak memakai extraWorkingDay", kind));
      return null;
    }
    IsoWeek w = week.value;
    Remedy remedy =
        r.in.build(
            start,
            REMEDY_NAME,
            () ->
                kind == RemedyKind.SATURDAY_VISIT
                    ? Remedy.saturdayVisit(mentor, day)
                    : kind == RemedyKind.EXTENDED_DAY
                        ? Remedy.extendedDay(mentor, day)
                        : Remedy.visitAcrossBreak(mentor, w));
    if (remedy != null && !remedy.week().equals(w)) {
      week.contradicts(r.in, "week", remedy.week());
      return null;
    }
    return remedy;
  }

  /** A shortfall of a visit plan with its remedies and bilingual message. */
  static final ObjectCodec<Shortfall, Slots> SHORTFALL =
      ObjectCodec.<Shortfall>slots()
          .requiredSlot("ikm", Scalar.IKM_ID, Shortfall::ikm)
          .optionalSlot("mentor", Scalar.MENTOR_ID, Shortfall::mentor)
          .requiredSlot("week", Scalar.ISO_WEEK, Shortfall::week)
          .requiredSlot("reason", Codec.enumOf(ShortfallReason.values()), Shortfall::reason)
          .requiredSlot("numbers", NUMBERS, Shortfall::numbers)
          .requiredSlot("remedies", REMEDY.list(), Shortfall::remedies)
          .message(Shortfall::message)
          .buildFromSlots(
              "shortfall",
              "kekurangan kunjungan",
              s ->
                  Shortfall.of(
                      s.get(0),
                      Optional.ofNullable(s.get(1)),
                      s.get(2),
                      s.get(3),
                      s.get(4),
                      s.<List<Remedy>>get(5)));

  // ---------------------------------------------------------------- documents

  /** A count, zero or more. */
  private static final Codec<Integer> COUNT = Codec.int32AtLeast(0);

  /** Names to counts: any names, read sorted, written in the map's order. */
  private static final Codec<Map<String, Integer>> NAMED_COUNTS =
      Codec.of(
          r -> r.named(new TreeMap<>(), readers -> readers.in.int32AtLeast(0)),
          (g, counts) -> {
            g.writeStartObject();
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
              g.writeNumberProperty(e.getKey(), e.getValue());
            }
            g.writeEndObject();
          });

  /** Returns the violations of a report by rule code, in the rules' order. */
  private static Map<String, Integer> countsByRule(ValidationReport report) {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    report.countsByRule().forEach((rule, n) -> b.put(rule.code(), n));
    return b.buildOrThrow();
  }

  /** Returns the distinct subjects of a report by kind name, in the kinds' order. */
  private static Map<String, Integer> subjectsByKind(ValidationReport report) {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    report.countsBySubjectKind().forEach((kind, n) -> b.put(kind.name(), n));
    return b.buildOrThrow();
  }

  /** The counts of a validation report, derived from its violations: checked when read. */
  static final ObjectCodec<ValidationReport, Slots> COUNTS =
      ObjectCodec.<ValidationReport>slots()
          .derived("violations", COUNT, report -> report.violations().size())
          .derived("errors", COUNT, report -> report.errors().size())
          .derived("warnings", COUNT, report -> report.warnings().size())
          .derived("byRule", NAMED_COUNTS, ReportCodecs::countsByRule)
          .derived("subjectsByKind", NAMED_COUNTS, ReportCodecs::subjectsByKind)
          .buildDerived("counts", "jumlah");

  /** A validation report document: its status and counts derived from its violations. */
  static final ObjectCodec<ValidationReportDocument, Slots> VALIDATION_REPORT =
      ObjectCodec.<ValidationReportDocument>slots()
          .header(DocumentKind.VALIDATION_REPORT)
          .derived(
              "status",
              Codec.enumOf(ValidationReport.Status.values()),
              doc -> doc.report().status())
          .derivedObject("counts", COUNTS, ValidationReportDocument::report)
          .requiredSlot("violations", VIOLATION.list(), doc -> doc.report().violations())
          .buildChecked(
              "validation report",
              "laporan validasi",
              s -> ValidationReportDocument.of(ValidationReport.of(s.<List<Violation>>get(4))));

  /** A mentor's compliance totals, one element of a compliance report's {@code mentors}. */
  static final ObjectCodec<Map.Entry<MentorId, ComplianceTotals>, Slots> MENTOR_TOTALS =
      ObjectCodec.<Map.Entry<MentorId, ComplianceTotals>>slots()
          .requiredSlot("mentor", Scalar.MENTOR_ID, Map.Entry::getKey)
          .requiredSlot("totals", TOTALS, Map.Entry::getValue)
          .buildFromSlots(
              "mentor totals",
              "total pendamping",
              s -> Map.entry(s.<MentorId>get(0), s.<ComplianceTotals>get(1)));

  /** The totals of each mentor, written sorted by mentor; a mentor listed twice is reported. */
  private static final Codec<Map<MentorId, ComplianceTotals>> MENTORS =
      Codec.of(
          ReportCodecs::readMentors,
          (g, mentors) -> {
            g.writeStartArray();
            for (Map.Entry<MentorId, ComplianceTotals> e :
                ImmutableSortedMap.copyOf(mentors).entrySet()) {
              MENTOR_TOTALS.write(g, e);
            }
            g.writeEndArray();
          });

  private static Map<MentorId, ComplianceTotals> readMentors(Readers r) {
    JsonIn in = r.in;
    if (!in.array()) {
      return null;
    }
    long errors = in.errorCount();
    FieldTable<Readers, Slots> table = MENTOR_TOTALS.table();
    Map<MentorId, ComplianceTotals> out = new TreeMap<>();
    while (in.nextElement()) {
      if (!in.object()) {
        continue;
      }
      TokenStreamLocation start = in.location();
      Slots s = table.slots().get();
      table.readFields(in, r, s, start);
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

  /** A compliance report document. */
  static final ObjectCodec<ComplianceReportDocument, ComplianceReport.Builder> COMPLIANCE_REPORT =
      ObjectCodec.<ComplianceReportDocument, ComplianceReport.Builder>builder()
          .header(DocumentKind.COMPLIANCE_REPORT)
          .required(
              "programme",
              Scalar.PROGRAMME_ID,
              doc -> doc.report().programme(),
              ComplianceReport.Builder::programme)
          .required("asOf", Scalar.DATE, doc -> doc.report().asOf(), ComplianceReport.Builder::asOf)
          .required(
              "rows", IKM_WEEK.list(), doc -> doc.report().rows(), ComplianceReport.Builder::rows)
          .required(
              "mentors", MENTORS, doc -> doc.report().mentors(), ComplianceReport.Builder::mentors)
          .required("total", TOTALS, doc -> doc.report().total(), ComplianceReport.Builder::total)
          .build(
              "compliance report",
              "laporan kepatuhan",
              ComplianceReport::builder,
              b -> ComplianceReportDocument.of(b.build()));

  /** Any 32-bit integer, for a derived count checked against its content rather than a range. */
  private static final Codec<Integer> INT32 =
      Codec.of(r -> r.in.int32(), JsonGenerator::writeNumber);

  /** A visit plan document: its covered IKM-weeks derived from its shortfalls. */
  static final ObjectCodec<VisitPlanDocument, Slots> VISIT_PLAN =
      ObjectCodec.<VisitPlanDocument>slots()
          .header(DocumentKind.VISIT_PLAN)
          .requiredSlot("requiredIkmWeeks", COUNT, doc -> doc.plan().requiredIkmWeeks())
          .derived("coveredIkmWeeks", INT32, doc -> doc.plan().coveredIkmWeeks())
          .requiredSlot("plannedVisits", Codecs.VISIT.list(), doc -> doc.plan().plannedVisits())
          .requiredSlot("keptVisits", Codecs.VISIT.list(), doc -> doc.plan().keptVisits())
          .requiredSlot("shortfalls", SHORTFALL.list(), doc -> doc.plan().shortfalls())
          .buildChecked(
              "visit plan",
              "rencana kunjungan",
              s ->
                  VisitPlanDocument.of(
                      VisitPlan.of(s.get(4), s.get(5), s.get(6), s.<Integer>get(2))));
}
