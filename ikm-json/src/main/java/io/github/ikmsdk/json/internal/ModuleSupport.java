package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.ExtraWorkingDay;
import io.github.ikmsdk.core.calendar.Holiday;
import io.github.ikmsdk.core.calendar.HolidayKind;
import io.github.ikmsdk.core.calendar.HolidayUpdate;
import io.github.ikmsdk.core.calendar.IndonesianTimeZone;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.OpeningHours;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.SpecialHours;
import io.github.ikmsdk.core.calendar.TimeWindow;
import io.github.ikmsdk.core.calendar.WeeklySchedule;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.compliance.ComplianceReport;
import io.github.ikmsdk.core.compliance.ComplianceTotals;
import io.github.ikmsdk.core.compliance.IkmWeekCompliance;
import io.github.ikmsdk.core.compliance.MentorDayWorkload;
import io.github.ikmsdk.core.compliance.Share;
import io.github.ikmsdk.core.compliance.WeekStatus;
import io.github.ikmsdk.core.geo.Address;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.AgencyId;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.identifier.Kbli;
import io.github.ikmsdk.core.identifier.Nib;
import io.github.ikmsdk.core.identifier.Nik;
import io.github.ikmsdk.core.identifier.Nip;
import io.github.ikmsdk.core.identifier.RegionCode;
import io.github.ikmsdk.core.identifier.RegionLevel;
import io.github.ikmsdk.core.identifier.Sex;
import io.github.ikmsdk.core.identifier.VillageType;
import io.github.ikmsdk.core.imports.ImportMode;
import io.github.ikmsdk.core.imports.ImportReason;
import io.github.ikmsdk.core.imports.RecordOutcome;
import io.github.ikmsdk.core.imports.RecordType;
import io.github.ikmsdk.core.logbook.Amendment;
import io.github.ikmsdk.core.logbook.Certification;
import io.github.ikmsdk.core.logbook.ChainLink;
import io.github.ikmsdk.core.logbook.FieldChange;
import io.github.ikmsdk.core.logbook.Indicators;
import io.github.ikmsdk.core.logbook.Logbook;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.ProductionCapacity;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.planning.assignment.AssignmentPlan;
import io.github.ikmsdk.core.planning.assignment.AssignmentReason;
import io.github.ikmsdk.core.planning.assignment.GroupAssignment;
import io.github.ikmsdk.core.planning.assignment.MentorShortage;
import io.github.ikmsdk.core.planning.duration.ProcessComplexity;
import io.github.ikmsdk.core.planning.duration.ProgrammeDuration;
import io.github.ikmsdk.core.planning.programme.CapacityReport;
import io.github.ikmsdk.core.planning.programme.HardWeek;
import io.github.ikmsdk.core.planning.programme.SentraAllocation;
import io.github.ikmsdk.core.planning.programme.SentraCapacity;
import io.github.ikmsdk.core.planning.programme.StartDateRanking;
import io.github.ikmsdk.core.planning.programme.StartOption;
import io.github.ikmsdk.core.planning.visit.Remedy;
import io.github.ikmsdk.core.planning.visit.Shortfall;
import io.github.ikmsdk.core.planning.visit.ShortfallReason;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.RemedyKind;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.rules.Rule;
import io.github.ikmsdk.core.rules.Severity;
import io.github.ikmsdk.core.rules.Subject;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Violation;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import io.github.ikmsdk.json.JsonProblem;
import io.github.ikmsdk.json.JsonReadException;
import io.github.ikmsdk.json.ReadLimits;
import io.github.ikmsdk.json.UnknownFields;
import io.github.ikmsdk.json.document.ComplianceReportDocument;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import io.github.ikmsdk.json.document.ProgrammeOutlookDocument;
import io.github.ikmsdk.json.document.ValidationReportDocument;
import io.github.ikmsdk.json.document.VisitLogDocument;
import io.github.ikmsdk.json.document.VisitPlanDocument;
import io.github.ikmsdk.json.internal.ReportReaders.Part;
import java.time.DateTimeException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamWriteException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Registers the serializers and deserializers of every core value type on a {@link SimpleModule}:
 * the contract's wire format, by the same writers and readers as {@code IkmJson}. The report values
 * ({@code ProgrammeSnapshot}, {@code ValidationReport}, {@code ComplianceReport}, {@code
 * VisitPlan}) are written as their documents; their parts as in the documents; the values no
 * document holds by {@link ModuleShapes}; enums by name, except {@code Rule} by its code. The
 * results of planning the next programme ({@code StartDateRanking}, {@code CapacityReport} and
 * their parts) are written and read as in the programme-outlook document.
 */
public final class ModuleSupport {

  private ModuleSupport() {}

  /** A serializer delegating to a streaming writer. */
  private static final class Ser<T> extends ValueSerializer<T> {
    private final BiConsumer<JsonGenerator, T> writer;

    Ser(BiConsumer<JsonGenerator, T> writer) {
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      writer.accept(g, value);
    }
  }

  /**
   * A deserializer delegating to a streaming reader over a view of the parser that holds the value
   * to the module's limits, turning problems into a mismatch that lists them all.
   */
  private static final class Deser<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Function<Readers, ?> reader;
    private final UnknownFields unknownFields;
    private final ReadLimits limits;

    Deser(
        Class<T> type,
        Function<Readers, ?> reader,
        UnknownFields unknownFields,
        ReadLimits limits) {
      this.type = type;
      this.reader = reader;
      this.unknownFields = unknownFields;
      this.limits = limits;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonIn in = new JsonIn(new LimitedParser(p, limits), unknownFields, limits);
      Object value;
      try {
        value = reader.apply(new Readers(in));
      } catch (JsonReadException e) {
        return ctxt.reportInputMismatch(type, "%s", describe(e.problems()));
      } catch (StreamConstraintsException e) {
        in.fatal(e);
        value = null;
      }
      if (in.errorCount() > 0 || value == null) {
        return ctxt.reportInputMismatch(type, "%s", describe(in.errors()));
      }
      return type.cast(value);
    }

    private static String describe(List<JsonProblem> problems) {
      StringBuilder sb = new StringBuilder();
      for (JsonProblem problem : problems) {
        sb.append(sb.length() == 0 ? "" : "; ").append(problem);
      }
      return sb.toString();
    }
  }

  /** A map key deserializer parsing the key as the wire form of a type written as a string. */
  private static final class KeyDeser<T> extends KeyDeserializer {
    private final Class<T> type;
    private final Scalar<T> scalar;

    KeyDeser(Class<T> type, Scalar<T> scalar) {
      this.type = type;
      this.scalar = scalar;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) {
      try {
        return scalar.parse.apply(key);
      } catch (IllegalArgumentException | DateTimeException e) {
        Bilingual detail = scalar.problem.apply(key);
        return ctxt.handleWeirdKey(type, key, "%s: %s / %s", scalar.what.en, detail.en, detail.id);
      }
    }
  }

  /** The module's options and the module being filled. */
  private static final class Registry {
    final SimpleModule m;
    final boolean personalData;
    final UnknownFields unknownFields;
    final ReadLimits limits;

    Registry(SimpleModule m, boolean personalData, UnknownFields unknownFields, ReadLimits limits) {
      this.m = m;
      this.personalData = personalData;
      this.unknownFields = unknownFields;
      this.limits = limits;
    }

    <T> void both(Class<T> type, BiConsumer<JsonGenerator, T> writer, Function<Readers, ?> reader) {
      m.addSerializer(type, new Ser<>(writer));
      m.addDeserializer(type, new Deser<>(type, reader, unknownFields, limits));
    }

    /**
     * Registers a type written as a string, and as a map key written the same way (Jackson would
     * otherwise write a key by {@code toString()}, which masks an NIK and differs from the wire
     * form of a rule).
     */
    /** Registers a type read and written by its codec. */
    <T> void codec(Class<T> type, Codec<T> codec) {
      both(type, codec::write, codec::read);
    }

    <T> void string(Class<T> type, Scalar<T> scalar) {
      codec(type, scalar);
      m.addKeySerializer(type, new Ser<T>((g, v) -> g.writeName(scalar.format.apply(v))));
      m.addKeyDeserializer(type, new KeyDeser<>(type, scalar));
    }

    <E extends Enum<E>> void enumByName(Class<E> type) {
      E[] values = type.getEnumConstants();
      both(type, (g, v) -> g.writeString(v.name()), r -> r.in.enumValue(values));
    }

    <T> void reportPart(Class<T> type, BiConsumer<JsonGenerator, T> writer, Part part) {
      both(type, writer, r -> ReportReaders.part(r.in, part));
    }
  }

  /** The enums of the core written by name, as the documents write them. */
  private static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(
          RegionLevel.class,
          Sex.class,
          VillageType.class,
          HolidayKind.class,
          IndonesianTimeZone.class,
          RemedyKind.class,
          VisitStatus.class,
          Certification.class,
          Stage.class,
          Severity.class,
          Subject.Kind.class,
          ValidationReport.Status.class,
          WeekStatus.class,
          AssignmentReason.class,
          ProcessComplexity.class,
          ShortfallReason.class,
          ImportMode.class,
          RecordType.class,
          ImportReason.Kind.class,
          RecordOutcome.Decision.class);

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void enums(Registry x) {
    for (Class<? extends Enum<?>> type : ENUMS) {
      x.enumByName((Class) type);
    }
  }

  /**
   * Registers everything on {@code m}.
   *
   * @param m the module to fill
   * @param personalData whether NIKs are written
   * @param unknownFields what reading does with unknown fields
   * @param limits the limits every value read is held to
   */
  public static void register(
      SimpleModule m, boolean personalData, UnknownFields unknownFields, ReadLimits limits) {
    Registry x = new Registry(m, personalData, unknownFields, limits);
    ids(x);
    identifiers(x);
    calendar(x);
    programme(x);
    logbook(x);
    reports(x);
    planning(x);
    outlook(x);
    enums(x);
    documents(x);
  }

  private static void ids(Registry x) {
    x.string(AgencyId.class, Scalar.AGENCY_ID);
    x.string(ProgrammeId.class, Scalar.PROGRAMME_ID);
    x.string(MentorId.class, Scalar.MENTOR_ID);
    x.string(IkmId.class, Scalar.IKM_ID);
    x.string(SentraId.class, Scalar.SENTRA_ID);
    x.string(CommodityId.class, Scalar.COMMODITY_ID);
    x.string(VisitId.class, Scalar.VISIT_ID);
    x.string(LogbookEntryId.class, Scalar.LOGBOOK_ENTRY_ID);
  }

  /** The message of writing an NIK without consent, naming the module method that gives it. */
  private static final String NIK_CONSENT =
      "an NIK is personal data: register IkmJsonModule.create().withPersonalData() to write it";

  private static void identifiers(Registry x) {
    x.string(Nib.class, Scalar.NIB);
    x.string(Nip.class, Scalar.NIP);
    x.string(Kbli.class, Scalar.KBLI);
    x.string(RegionCode.class, Scalar.REGION);
    boolean personalData = x.personalData;
    x.both(
        Nik.class,
        (g, v) -> {
          if (!personalData) {
            throw new StreamWriteException(g, NIK_CONSENT);
          }
          g.writeString(v.value());
        },
        r -> r.in.value(Scalar.NIK));
    x.m.addKeySerializer(
        Nik.class,
        new Ser<Nik>(
            (g, v) -> {
              if (!personalData) {
                throw new StreamWriteException(g, NIK_CONSENT);
              }
              g.writeName(v.value());
            }));
    x.m.addKeyDeserializer(Nik.class, new KeyDeser<>(Nik.class, Scalar.NIK));
    x.codec(GeoPoint.class, Codecs.GEO_POINT);
    x.codec(Address.class, Codecs.ADDRESS);
  }

  private static void calendar(Registry x) {
    x.string(TimeWindow.class, Scalar.TIME_WINDOW);
    x.string(IsoWeek.class, Scalar.ISO_WEEK);
    x.codec(DaySchedule.class, Codecs.DAY_SCHEDULE);
    x.codec(WeeklySchedule.class, Codecs.WEEKLY_SCHEDULE);
    x.codec(Holiday.class, Codecs.HOLIDAY);
    x.codec(SpecialHours.class, Codecs.SPECIAL_HOURS);
    x.codec(OpeningHours.class, Codecs.OPENING_HOURS);
    x.codec(ExtraWorkingDay.class, Codecs.EXTRA_WORKING_DAY);
    x.both(HolidayUpdate.class, HolidayUpdateJson::write, HolidayUpdateJson::read);
    x.codec(WorkCalendar.class, Codecs.CALENDAR);
    x.reportPart(ProgrammeWeek.class, ReportCodecs.PROGRAMME_WEEK::write, Part.PROGRAMME_WEEK);
  }

  private static void programme(Registry x) {
    boolean personalData = x.personalData;
    x.codec(ProgrammePolicy.class, Codecs.POLICY);
    x.codec(Programme.class, Codecs.PROGRAMME);
    x.codec(Agency.class, Codecs.AGENCY);
    x.codec(Commodity.class, Codecs.COMMODITY);
    x.codec(Sentra.class, Codecs.SENTRA);
    x.codec(Mentor.class, Codecs.MENTOR);
    x.codec(Ikm.class, personalData ? Codecs.IKM : Codecs.IKM_WITHOUT_NIK);
    x.codec(Assignment.class, Codecs.ASSIGNMENT);
    x.codec(MentorLeave.class, Codecs.LEAVE);
    x.codec(Visit.class, Codecs.VISIT);
    x.both(
        ProgrammeSnapshot.class,
        (g, v) -> Writers.programmeDocument(g, ProgrammeDocument.of(v), personalData),
        r -> SnapshotRead.read(r.in, false).toDocument().snapshot());
  }

  private static void logbook(Registry x) {
    x.codec(Indicators.class, Codecs.INDICATORS);
    x.codec(ProductionCapacity.class, Codecs.PRODUCTION_CAPACITY);
    x.codec(FieldChange.class, Codecs.FIELD_CHANGE);
    x.codec(Amendment.class, Codecs.AMENDMENT);
    x.codec(ChainLink.class, ModuleShapes.CHAIN_LINK);
    x.codec(LogbookEntry.class, Codecs.LOGBOOK_ENTRY);
    x.codec(Logbook.class, ModuleShapes.LOGBOOK);
  }

  private static void reports(Registry x) {
    x.string(Rule.class, Scalar.RULE_CODE);
    x.reportPart(Subject.class, ReportCodecs.SUBJECT::write, Part.SUBJECT);
    x.reportPart(Violation.class, ReportCodecs.VIOLATION::write, Part.VIOLATION);
    x.both(
        ValidationReport.class,
        (g, v) -> ReportCodecs.VALIDATION_REPORT.write(g, ValidationReportDocument.of(v)),
        r -> ReportReaders.validationReport(r.in, false).document().report());
    x.reportPart(Share.class, ReportCodecs.SHARE::write, Part.SHARE);
    x.reportPart(IkmWeekCompliance.class, ReportCodecs.IKM_WEEK::write, Part.IKM_WEEK);
    x.reportPart(ComplianceTotals.class, ReportCodecs.TOTALS::write, Part.TOTALS);
    x.both(
        ComplianceReport.class,
        (g, v) -> ReportCodecs.COMPLIANCE_REPORT.write(g, ComplianceReportDocument.of(v)),
        r -> ReportReaders.complianceReport(r.in, false).document().report());
    x.codec(MentorDayWorkload.class, ModuleShapes.MENTOR_DAY_WORKLOAD);
  }

  private static void planning(Registry x) {
    x.reportPart(Remedy.class, ReportCodecs.REMEDY::write, Part.REMEDY);
    x.reportPart(Shortfall.class, ReportCodecs.SHORTFALL::write, Part.SHORTFALL);
    x.both(
        VisitPlan.class,
        (g, v) -> ReportCodecs.VISIT_PLAN.write(g, VisitPlanDocument.of(v)),
        r -> ReportReaders.visitPlan(r.in, false).document().plan());
    x.string(ProgrammeDuration.class, Scalar.PROGRAMME_DURATION);
    x.codec(GroupAssignment.class, ModuleShapes.GROUP_ASSIGNMENT);
    x.codec(MentorShortage.class, ModuleShapes.MENTOR_SHORTAGE);
    x.codec(AssignmentPlan.class, ModuleShapes.ASSIGNMENT_PLAN);
  }

  private static void outlook(Registry x) {
    x.reportPart(StartDateRanking.class, OutlookCodecs.RANKING::write, Part.START_DATE_RANKING);
    x.reportPart(StartOption.class, OutlookCodecs.OPTION::write, Part.START_OPTION);
    x.reportPart(HardWeek.class, OutlookCodecs.HARD_WEEK::write, Part.HARD_WEEK);
    x.reportPart(CapacityReport.class, OutlookCodecs.CAPACITY::write, Part.CAPACITY_REPORT);
    x.reportPart(SentraCapacity.class, OutlookCodecs.SENTRA_CAPACITY::write, Part.SENTRA_CAPACITY);
    x.reportPart(
        SentraAllocation.class, OutlookCodecs.SENTRA_ALLOCATION::write, Part.SENTRA_ALLOCATION);
  }

  private static void documents(Registry x) {
    boolean personalData = x.personalData;
    x.both(
        ProgrammeDocument.class,
        (g, v) -> Writers.programmeDocument(g, v, personalData),
        r -> SnapshotRead.read(r.in, false).toDocument());
    x.both(
        VisitLogDocument.class,
        Writers::visitLogDocument,
        r -> VisitLogs.read(r.in, false).document());
    x.both(
        ValidationReportDocument.class,
        ReportCodecs.VALIDATION_REPORT::write,
        r -> ReportReaders.validationReport(r.in, false).document());
    x.both(
        ComplianceReportDocument.class,
        ReportCodecs.COMPLIANCE_REPORT::write,
        r -> ReportReaders.complianceReport(r.in, false).document());
    x.both(
        VisitPlanDocument.class,
        ReportCodecs.VISIT_PLAN::write,
        r -> ReportReaders.visitPlan(r.in, false).document());
    x.both(
        ProgrammeOutlookDocument.class,
        OutlookCodecs.PROGRAMME_OUTLOOK::write,
        r -> ReportReaders.programmeOutlook(r.in, false).document());
  }
}
