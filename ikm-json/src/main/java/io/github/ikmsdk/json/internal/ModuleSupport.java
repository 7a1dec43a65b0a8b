package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.Holiday;
import io.github.ikmsdk.core.calendar.TimeWindow;
import io.github.ikmsdk.core.calendar.WeeklySchedule;
import io.github.ikmsdk.core.calendar.WorkCalendar;
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
import io.github.ikmsdk.core.logbook.Indicators;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.visit.Visit;
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
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/** Registers the serializers and deserializers of every core type on a {@link SimpleModule}. */
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

  /** A deserializer delegating to a streaming reader, turning problems into a mismatch. */
  private static final class Deser<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Function<Readers, T> reader;
    private final UnknownFields unknownFields;

    Deser(Class<T> type, Function<Readers, T> reader, UnknownFields unknownFields) {
      this.type = type;
      this.reader = reader;
      this.unknownFields = unknownFields;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonIn in = new JsonIn(p, unknownFields, ReadLimits.defaults());
      T value;
      try {
        value = reader.apply(new Readers(in));
      } catch (JsonReadException e) {
        return ctxt.reportInputMismatch(type, "%s", describe(e.problems()));
      }
      if (in.errorCount() > 0 || value == null) {
        return ctxt.reportInputMismatch(type, "%s", describe(in.errors()));
      }
      return value;
    }

    private static String describe(List<JsonProblem> problems) {
      StringBuilder sb = new StringBuilder();
      for (JsonProblem problem : problems) {
        sb.append(sb.length() == 0 ? "" : "; ").append(problem);
      }
      return sb.toString();
    }
  }

  private static <T> void both(
      SimpleModule m,
      Class<T> type,
      BiConsumer<JsonGenerator, T> writer,
      Function<Readers, T> reader,
      UnknownFields unknownFields) {
    m.addSerializer(type, new Ser<>(writer));
    m.addDeserializer(type, new Deser<>(type, reader, unknownFields));
  }

  private static <T extends EntityId<T>> void id(
      SimpleModule m, Class<T> type, Scalar<T> scalar, UnknownFields unknownFields) {
    both(m, type, (g, v) -> g.writeString(v.value()), r -> r.in.value(scalar), unknownFields);
  }

  /** Registers everything on {@code m}. */
  public static void register(SimpleModule m, boolean personalData, UnknownFields u) {
    id(m, AgencyId.class, Scalar.AGENCY_ID, u);
    id(m, ProgrammeId.class, Scalar.PROGRAMME_ID, u);
    id(m, MentorId.class, Scalar.MENTOR_ID, u);
    id(m, IkmId.class, Scalar.IKM_ID, u);
    id(m, SentraId.class, Scalar.SENTRA_ID, u);
    id(m, CommodityId.class, Scalar.COMMODITY_ID, u);
    id(m, VisitId.class, Scalar.VISIT_ID, u);
    id(m, LogbookEntryId.class, Scalar.LOGBOOK_ENTRY_ID, u);
    both(m, Nib.class, (g, v) -> g.writeString(v.value()), r -> r.in.value(Scalar.NIB), u);
    both(m, Nip.class, (g, v) -> g.writeString(v.value()), r -> r.in.value(Scalar.NIP), u);
    both(m, Kbli.class, (g, v) -> g.writeString(v.value()), r -> r.in.value(Scalar.KBLI), u);
    both(m, RegionCode.class, (g, v) -> g.writeString(v.value()), Readers::region, u);
    both(
        m,
        Nik.class,
        (g, v) -> {
          if (!personalData) {
            throw new tools.jackson.core.exc.StreamWriteException(
                g,
                "an NIK is personal data: register IkmJsonModule.create().withPersonalData()"
                    + " to write it");
          }
          g.writeString(v.value());
        },
        r -> r.in.value(Scalar.NIK),
        u);
    both(m, GeoPoint.class, Writers::geoPoint, Readers::geoPoint, u);
    both(m, Address.class, Writers::address, Readers::address, u);
    both(
        m,
        TimeWindow.class,
        (g, v) -> g.writeString(v.toString()),
        r -> r.in.value(Scalar.TIME_WINDOW),
        u);
    both(m, DaySchedule.class, Writers::daySchedule, Readers::daySchedule, u);
    both(m, WeeklySchedule.class, Writers::weeklySchedule, Readers::weeklySchedule, u);
    both(m, Holiday.class, Writers::holiday, Readers::holiday, u);
    both(m, WorkCalendar.class, Writers::calendar, Readers::calendar, u);
    both(m, ProgrammePolicy.class, Writers::policy, Readers::policy, u);
    both(m, Programme.class, Writers::programme, Readers::programme, u);
    both(m, Agency.class, Writers::agency, Readers::agency, u);
    both(m, Commodity.class, Writers::commodity, Readers::commodity, u);
    both(m, Sentra.class, Writers::sentra, Readers::sentra, u);
    both(m, Mentor.class, Writers::mentor, Readers::mentor, u);
    both(m, Ikm.class, (g, v) -> Writers.ikm(g, v, personalData), Readers::ikm, u);
    both(m, Assignment.class, Writers::assignment, Readers::assignment, u);
    both(m, MentorLeave.class, Writers::leave, Readers::leave, u);
    both(m, Visit.class, Writers::visit, Readers::visit, u);
    both(m, Indicators.class, Writers::indicators, Readers::indicators, u);
    both(m, LogbookEntry.class, Writers::logbookEntry, Readers::logbookEntry, u);
    both(
        m,
        ProgrammeDocument.class,
        (g, v) -> Writers.programmeDocument(g, v, personalData),
        r -> SnapshotRead.read(r.in, false).toDocument(),
        u);
    both(
        m,
        VisitLogDocument.class,
        Writers::visitLogDocument,
        r -> VisitLogs.read(r.in, false).document(),
        u);
    both(
        m,
        ValidationReportDocument.class,
        ReportWriters::validationReportDocument,
        r -> ReportReaders.validationReport(r.in, false).document(),
        u);
    both(
        m,
        ComplianceReportDocument.class,
        ReportWriters::complianceReportDocument,
        r -> ReportReaders.complianceReport(r.in, false).document(),
        u);
    both(
        m,
        VisitPlanDocument.class,
        ReportWriters::visitPlanDocument,
        r -> ReportReaders.visitPlan(r.in, false).document(),
        u);
    // Written only: a report for front ends.
    m.addSerializer(
        ProgrammeOutlookDocument.class, new Ser<>(OutlookWriters::programmeOutlookDocument));
  }
}
