package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.ExtraWorkingDay;
import io.github.ikmsdk.core.calendar.Holiday;
import io.github.ikmsdk.core.calendar.OpeningHours;
import io.github.ikmsdk.core.calendar.SpecialHours;
import io.github.ikmsdk.core.calendar.WeeklySchedule;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.geo.Address;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.EntityId;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.logbook.Amendment;
import io.github.ikmsdk.core.logbook.FieldChange;
import io.github.ikmsdk.core.logbook.Indicators;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.ProductionCapacity;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.PersonalData;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import io.github.ikmsdk.json.document.VisitLogDocument;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import tools.jackson.core.JsonGenerator;

/**
 * Streaming writers of every type of the contract: the entry points of the codecs ({@link Codecs}),
 * which declare each type's fields once, and the documents' own layout. Stateless; thread-safe.
 */
public final class Writers {

  private Writers() {}

  /** Writes a date as {@code yyyy-MM-dd}. */
  static String date(LocalDate date) {
    return Scalar.DATE.format.apply(date);
  }

  /** Writes an array property of ids as strings. */
  static void ids(JsonGenerator g, String name, Collection<? extends EntityId<?>> ids) {
    g.writeArrayPropertyStart(name);
    for (EntityId<?> id : ids) {
      g.writeString(id.value());
    }
    g.writeEndArray();
  }

  /** Writes a geo point. */
  public static void geoPoint(JsonGenerator g, GeoPoint point) {
    Codecs.GEO_POINT.write(g, point);
  }

  /** Writes an address. */
  public static void address(JsonGenerator g, Address address) {
    Codecs.ADDRESS.write(g, address);
  }

  /** Writes a day schedule as its array of working windows. */
  public static void daySchedule(JsonGenerator g, DaySchedule schedule) {
    Codecs.DAY_SCHEDULE.write(g, schedule);
  }

  /** Writes a weekly schedule: every day of the week, Monday first. */
  public static void weeklySchedule(JsonGenerator g, WeeklySchedule schedule) {
    Codecs.WEEKLY_SCHEDULE.write(g, schedule);
  }

  /** Writes a holiday. */
  public static void holiday(JsonGenerator g, Holiday h) {
    Codecs.HOLIDAY.write(g, h);
  }

  /** Writes a period of special hours. */
  public static void specialHours(JsonGenerator g, SpecialHours s) {
    Codecs.SPECIAL_HOURS.write(g, s);
  }

  /** Writes an extra working day. */
  public static void extraWorkingDay(JsonGenerator g, ExtraWorkingDay e) {
    Codecs.EXTRA_WORKING_DAY.write(g, e);
  }

  /** Writes a work calendar. */
  public static void calendar(JsonGenerator g, WorkCalendar c) {
    Codecs.CALENDAR.write(g, c);
  }

  /** Writes a programme policy, every field. */
  public static void policy(JsonGenerator g, ProgrammePolicy p) {
    Codecs.POLICY.write(g, p);
  }

  /** Writes a programme. */
  public static void programme(JsonGenerator g, Programme p) {
    Codecs.PROGRAMME.write(g, p);
  }

  /** Writes an agency. */
  public static void agency(JsonGenerator g, Agency a) {
    Codecs.AGENCY.write(g, a);
  }

  /** Writes a commodity. */
  public static void commodity(JsonGenerator g, Commodity c) {
    Codecs.COMMODITY.write(g, c);
  }

  /** Writes a sentra. */
  public static void sentra(JsonGenerator g, Sentra s) {
    Codecs.SENTRA.write(g, s);
  }

  /** Writes a mentor. */
  public static void mentor(JsonGenerator g, Mentor m) {
    Codecs.MENTOR.write(g, m);
  }

  /** Writes an IKM; its owner's NIK only if {@code personalData}. */
  public static void ikm(JsonGenerator g, Ikm i, boolean personalData) {
    (personalData ? Codecs.IKM : Codecs.IKM_WITHOUT_NIK).write(g, i);
  }

  /**
   * Writes opening hours: every day of the week, Monday first, then the date exceptions; each day's
   * hours as an array of its window, {@code []} when closed.
   */
  public static void openingHours(JsonGenerator g, OpeningHours hours) {
    Codecs.OPENING_HOURS.write(g, hours);
  }

  /** Writes an assignment. */
  public static void assignment(JsonGenerator g, Assignment a) {
    Codecs.ASSIGNMENT.write(g, a);
  }

  /** Writes a mentor's leave. */
  public static void leave(JsonGenerator g, MentorLeave l) {
    Codecs.LEAVE.write(g, l);
  }

  /** Writes a visit. */
  public static void visit(JsonGenerator g, Visit v) {
    Codecs.VISIT.write(g, v);
  }

  /** Writes a logbook entry on its own, its recording time in UTC ({@code Z}). */
  public static void logbookEntry(JsonGenerator g, LogbookEntry e) {
    Codecs.LOGBOOK_ENTRY.write(g, e);
  }

  /**
   * Writes a logbook entry, its recording time in the programme's zone, with the offset, to the
   * millisecond if it has one.
   */
  public static void logbookEntry(JsonGenerator g, LogbookEntry e, ZoneId zone) {
    Codecs.logbookEntry(zone).write(g, e);
  }

  /** Writes indicators. */
  public static void indicators(JsonGenerator g, Indicators i) {
    Codecs.INDICATORS.write(g, i);
  }

  /** Writes a production capacity. */
  public static void productionCapacity(JsonGenerator g, ProductionCapacity c) {
    Codecs.PRODUCTION_CAPACITY.write(g, c);
  }

  /** Writes one field change of an amendment. */
  public static void fieldChange(JsonGenerator g, FieldChange c) {
    Codecs.FIELD_CHANGE.write(g, c);
  }

  /** Writes an amendment. */
  public static void amendment(JsonGenerator g, Amendment a) {
    Codecs.AMENDMENT.write(g, a);
  }

  /** Writes the common header fields of a document. */
  static void header(JsonGenerator g, DocumentKind kind) {
    g.writeNumberProperty("schemaVersion", kind.schemaVersion());
    g.writeStringProperty("kind", kind.wireName());
  }

  /**
   * Writes a programme snapshot document, with the NIKs only if the caller opted in and the
   * document holds them.
   */
  public static void programmeDocument(
      JsonGenerator g, ProgrammeDocument doc, boolean includePersonalData) {
    boolean personal = includePersonalData && doc.personalData() == PersonalData.INCLUDED;
    ProgrammeSnapshot s = doc.snapshot();
    g.writeStartObject();
    header(g, DocumentKind.PROGRAMME_SNAPSHOT);
    g.writeStringProperty(
        "personalData", (personal ? PersonalData.INCLUDED : PersonalData.OMITTED).wireName());
    g.writeName("programme");
    programme(g, s.programme());
    g.writeName("agency");
    agency(g, s.agency());
    g.writeName("calendar");
    calendar(g, s.calendar());
    if (doc.holidayUpdate().isPresent()) {
      g.writeName("holidayUpdate");
      HolidayUpdateJson.write(g, doc.holidayUpdate().get());
    }
    g.writeArrayPropertyStart("commodities");
    for (Commodity c : s.commodities()) {
      commodity(g, c);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("sentra");
    for (Sentra x : s.sentra()) {
      sentra(g, x);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("mentors");
    for (Mentor m : s.mentors()) {
      mentor(g, m);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("ikms");
    for (Ikm i : s.ikms()) {
      ikm(g, i, personal);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("assignments");
    for (Assignment a : s.assignments()) {
      assignment(g, a);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("leaves");
    for (MentorLeave l : s.leaves()) {
      leave(g, l);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("visits");
    for (Visit v : s.visits()) {
      visit(g, v);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("logbookEntries");
    Codec<LogbookEntry> entry = Codecs.logbookEntry(s.programme().zone());
    for (LogbookEntry e : s.logbookEntries()) {
      entry.write(g, e);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes the start of a visit log, up to and including the start of the visits array. */
  public static void visitLogStart(JsonGenerator g, ProgrammeId id) {
    g.writeStartObject();
    header(g, DocumentKind.VISIT_LOG);
    g.writeStringProperty("programme", id.value());
    g.writeArrayPropertyStart("visits");
  }

  /** Writes the end of a visit log. */
  public static void visitLogEnd(JsonGenerator g) {
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes a visit log document. */
  public static void visitLogDocument(JsonGenerator g, VisitLogDocument doc) {
    visitLogStart(g, doc.programme());
    for (Visit v : doc.visits()) {
      visit(g, v);
    }
    visitLogEnd(g);
  }
}
