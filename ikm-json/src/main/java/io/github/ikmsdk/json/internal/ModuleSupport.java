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
import io.github.ikmsdk.core.id.EntityId;
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
    <T> void string(Class<T> type, Function<T, String> text, Scalar<T> scalar) {
      both(type, (g, v) -> g.writeString(text.apply(v)), r -> r.in.value(scalar));
      m.addKeySerializer(type, new Ser<T>((g, v) -> g.writeName(text.apply(v))));
      m.addKeyDeserializer(type, new KeyDeser<>(type, scalar));
    }

    <T extends EntityId<T>> void id(Class<T> type, Scalar<T> scalar) {
      string(type, EntityId::value, scalar);
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
    x.id(AgencyId.class, Scalar.AGENCY_ID);
    x.id(ProgrammeId.class, Scalar.PROGRAMME_ID);
    x.id(MentorId.class, Scalar.MENTOR_ID);
    x.id(IkmId.class, Scalar.IKM_ID);
    x.id(SentraId.class, Scalar.SENTRA_ID);
    x.id(CommodityId.class, Scalar.COMMODITY_ID);
    x.id(VisitId.class, Scalar.VISIT_ID);
    x.id(LogbookEntryId.class, Scalar.LOGBOOK_ENTRY_ID);
  }

  /** The message of writing an NIK without consent, naming the module method that gives it. */
  private static final String NIK_CONSENT =
      "an NIK is personal data: register IkmJsonModule.create().withPersonalData() to write it";

  private static void identifiers(Registry x) {
    x.string(Nib.class, Nib::value, Scalar.NIB);
    x.string(Nip.class, Nip::value, Scalar.NIP);
    x.string(Kbli.class, Kbli::value, Scalar.KBLI);
    x.string(RegionCode.class, RegionCode::value, Scalar.REGION);
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
    x.both(GeoPoint.class, Writers::geoPoint, Readers::geoPoint);
    x.both(Address.class, Writers::address, Readers::address);
  }

  private static void calendar(Registry x) {
    x.string(TimeWindow.class, TimeWindow::toString, Scalar.TIME_WINDOW);
    x.string(IsoWeek.class, IsoWeek::toString, Scalar.ISO_WEEK);
    x.both(DaySchedule.class, Writers::daySchedule, Readers::daySchedule);
    x.both(WeeklySchedule.class, Writers::weeklySchedule, Readers::weeklySchedule);
    x.both(Holiday.class, Writers::holiday, Readers::holiday);
    x.both(SpecialHours.class, Writers::specialHours, Readers::specialHours);
    x.both(OpeningHours.class, Writers::openingHours, Readers::openingHours);
    x.both(ExtraWorkingDay.class, Writers::extraWorkingDay, Readers::extraWorkingDay);
    x.both(HolidayUpdate.class, HolidayUpdateJson::write, HolidayUpdateJson::read);
    x.both(WorkCalendar.class, Writers::calendar, Readers::calendar);
    x.reportPart(ProgrammeWeek.class, ReportWriters::programmeWeek, Part.PROGRAMME_WEEK);
  }

  private static void programme(Registry x) {
    boolean personalData = x.personalData;
    x.both(ProgrammePolicy.class, Writers::policy, Readers::policy);
    x.both(Programme.class, Writers::programme, Readers::programme);
    x.both(Agency.class, Writers::agency, Readers::agency);
    x.both(Commodity.class, Writers::commodity, Readers::commodity);
    x.both(Sentra.class, Writers::sentra, Readers::sentra);
    x.both(Mentor.class, Writers::mentor, Readers::mentor);
    x.both(Ikm.class, (g, v) -> Writers.ikm(g, v, personalData), Readers::ikm);
    x.both(Assignment.class, Writers::assignment, Readers::assignment);
    x.both(MentorLeave.class, Writers::leave, Readers::leave);
    x.both(Visit.class, Writers::visit, Readers::visit);
    x.both(
        ProgrammeSnapshot.class,
        (g, v) -> Writers.programmeDocument(g, ProgrammeDocument.of(v), personalData),
        r -> SnapshotRead.read(r.in, false).toDocument().snapshot());
  }

  private static void logbook(Registry x) {
    x.both(Indicators.class, Writers::indicators, Readers::indicators);
    x.both(ProductionCapacity.class, Writers::productionCapacity, Readers::productionCapacity);
    x.both(FieldChange.class, Writers::fieldChange, Readers::fieldChange);
    x.both(Amendment.class, Writers::amendment, Readers::amendment);
    x.both(ChainLink.class, ModuleShapes::chainLink, ModuleShapes::chainLink);
    x.both(LogbookEntry.class, Writers::logbookEntry, Readers::logbookEntry);
    x.both(Logbook.class, ModuleShapes::logbook, ModuleShapes::logbook);
  }

  private static void reports(Registry x) {
    x.string(Rule.class, Rule::code, Scalar.RULE_CODE);
    x.reportPart(Subject.class, ReportWriters::subject, Part.SUBJECT);
    x.reportPart(Violation.class, ReportWriters::violation, Part.VIOLATION);
    x.both(
        ValidationReport.class,
        (g, v) -> ReportWriters.validationReportDocument(g, ValidationReportDocument.of(v)),
        r -> ReportReaders.validationReport(r.in, false).document().report());
    x.reportPart(Share.class, ReportWriters::share, Part.SHARE);
    x.reportPart(IkmWeekCompliance.class, ReportWriters::ikmWeek, Part.IKM_WEEK);
    x.reportPart(ComplianceTotals.class, ReportWriters::totals, Part.TOTALS);
    x.both(
        ComplianceReport.class,
        (g, v) -> ReportWriters.complianceReportDocument(g, ComplianceReportDocument.of(v)),
        r -> ReportReaders.complianceReport(r.in, false).document().report());
    x.both(
        MentorDayWorkload.class, ModuleShapes::mentorDayWorkload, ModuleShapes::mentorDayWorkload);
  }

  private static void planning(Registry x) {
    x.reportPart(Remedy.class, ReportWriters::remedy, Part.REMEDY);
    x.reportPart(Shortfall.class, ReportWriters::shortfall, Part.SHORTFALL);
    x.both(
        VisitPlan.class,
        (g, v) -> ReportWriters.visitPlanDocument(g, VisitPlanDocument.of(v)),
        r -> ReportReaders.visitPlan(r.in, false).document().plan());
    x.string(ProgrammeDuration.class, ProgrammeDuration::toString, Scalar.PROGRAMME_DURATION);
    x.both(GroupAssignment.class, ModuleShapes::groupAssignment, ModuleShapes::groupAssignment);
    x.both(MentorShortage.class, ModuleShapes::mentorShortage, ModuleShapes::mentorShortage);
    x.both(AssignmentPlan.class, ModuleShapes::assignmentPlan, ModuleShapes::assignmentPlan);
  }

  private static void outlook(Registry x) {
    x.reportPart(StartDateRanking.class, OutlookWriters::ranking, Part.START_DATE_RANKING);
    x.reportPart(StartOption.class, OutlookWriters::option, Part.START_OPTION);
    x.reportPart(HardWeek.class, OutlookWriters::hardWeek, Part.HARD_WEEK);
    x.reportPart(CapacityReport.class, OutlookWriters::capacity, Part.CAPACITY_REPORT);
    x.reportPart(SentraCapacity.class, OutlookWriters::sentra, Part.SENTRA_CAPACITY);
    x.reportPart(SentraAllocation.class, OutlookWriters::allocation, Part.SENTRA_ALLOCATION);
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
        ReportWriters::validationReportDocument,
        r -> ReportReaders.validationReport(r.in, false).document());
    x.both(
        ComplianceReportDocument.class,
        ReportWriters::complianceReportDocument,
        r -> ReportReaders.complianceReport(r.in, false).document());
    x.both(
        VisitPlanDocument.class,
        ReportWriters::visitPlanDocument,
        r -> ReportReaders.visitPlan(r.in, false).document());
    x.both(
        ProgrammeOutlookDocument.class,
        OutlookWriters::programmeOutlookDocument,
        r -> ReportReaders.programmeOutlook(r.in, false).document());
  }
}
