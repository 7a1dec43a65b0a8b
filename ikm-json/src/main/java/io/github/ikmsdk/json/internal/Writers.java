package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.ExtraWorkingDay;
import io.github.ikmsdk.core.calendar.Holiday;
import io.github.ikmsdk.core.calendar.OpeningHours;
import io.github.ikmsdk.core.calendar.SpecialHours;
import io.github.ikmsdk.core.calendar.TimeWindow;
import io.github.ikmsdk.core.calendar.WeeklySchedule;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.geo.Address;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.EntityId;
import io.github.ikmsdk.core.logbook.Amendment;
import io.github.ikmsdk.core.logbook.Certification;
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
import io.github.ikmsdk.core.programme.RemedyKind;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.PersonalData;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import io.github.ikmsdk.json.document.VisitLogDocument;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** Streaming writers of every type of the contract. Stateless; thread-safe. */
public final class Writers {

  private Writers() {}

  /** Writes a date as {@code yyyy-MM-dd}. */
  static String date(LocalDate date) {
    return date.toString();
  }

  /** Writes a time as {@code HH:mm}, or {@code HH:mm:ss[.fraction]} when it has seconds. */
  static String time(LocalTime time) {
    return time.toString();
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
    g.writeStartObject();
    g.writeNumberProperty("latitude", point.latitude());
    g.writeNumberProperty("longitude", point.longitude());
    g.writeEndObject();
  }

  /** Writes an address. */
  public static void address(JsonGenerator g, Address address) {
    g.writeStartObject();
    g.writeStringProperty("street", address.street());
    if (address.region().isPresent()) {
      g.writeStringProperty("region", address.region().get().value());
    }
    if (address.postalCode().isPresent()) {
      g.writeStringProperty("postalCode", address.postalCode().get());
    }
    g.writeEndObject();
  }

  /** Writes a day schedule as its array of working windows. */
  public static void daySchedule(JsonGenerator g, DaySchedule schedule) {
    g.writeStartArray();
    for (TimeWindow w : schedule.workingWindows()) {
      g.writeString(w.toString());
    }
    g.writeEndArray();
  }

  /** Writes a weekly schedule: every day of the week, Monday first. */
  public static void weeklySchedule(JsonGenerator g, WeeklySchedule schedule) {
    g.writeStartObject();
    for (DayOfWeek d : DayOfWeek.values()) {
      g.writeName(d.name());
      daySchedule(g, schedule.day(d));
    }
    g.writeEndObject();
  }

  /** Writes a holiday. */
  public static void holiday(JsonGenerator g, Holiday h) {
    g.writeStartObject();
    g.writeStringProperty("date", date(h.date()));
    g.writeStringProperty("kind", h.kind().name());
    g.writeStringProperty("name", h.name());
    g.writeEndObject();
  }

  /** Writes a period of special hours. */
  public static void specialHours(JsonGenerator g, SpecialHours s) {
    g.writeStartObject();
    g.writeStringProperty("firstDay", date(s.firstDay()));
    g.writeStringProperty("lastDay", date(s.lastDay()));
    g.writeName("weeklySchedule");
    weeklySchedule(g, s.schedule());
    g.writeStringProperty("name", s.name());
    g.writeEndObject();
  }

  /** Writes an extra working day. */
  public static void extraWorkingDay(JsonGenerator g, ExtraWorkingDay e) {
    g.writeStartObject();
    g.writeStringProperty("date", date(e.date()));
    g.writeName("schedule");
    daySchedule(g, e.schedule());
    g.writeStringProperty("name", e.name());
    g.writeEndObject();
  }

  /** Writes a work calendar. */
  public static void calendar(JsonGenerator g, WorkCalendar c) {
    g.writeStartObject();
    g.writeStringProperty("zone", c.zone().getId());
    g.writeName("weeklySchedule");
    weeklySchedule(g, c.weeklySchedule());
    g.writeArrayPropertyStart("holidays");
    for (Holiday h : c.holidays()) {
      holiday(g, h);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("specialHours");
    for (SpecialHours s : c.specialHours()) {
      specialHours(g, s);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("extraWorkingDays");
    for (ExtraWorkingDay e : c.extraWorkingDays()) {
      extraWorkingDay(g, e);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes a programme policy, every field. */
  public static void policy(JsonGenerator g, ProgrammePolicy p) {
    g.writeStartObject();
    g.writeNumberProperty("maxIkmsPerMentor", p.maxIkmsPerMentor());
    g.writeBooleanProperty("oneSentraPerMentor", p.oneSentraPerMentor());
    g.writeBooleanProperty("oneCommodityPerMentor", p.oneCommodityPerMentor());
    g.writeNumberProperty("minVisitsPerWeek", p.minVisitsPerWeek());
    g.writeNumberProperty("minVisitWorkingMinutes", p.minVisitWorkingMinutes());
    g.writeNumberProperty("siteToleranceMetres", p.siteToleranceMetres());
    g.writeNumberProperty("minDurationMonths", p.minDurationMonths());
    g.writeNumberProperty("maxDurationMonths", p.maxDurationMonths());
    g.writeNumberProperty("minWorkingDaysForRequiredWeek", p.minWorkingDaysForRequiredWeek());
    g.writeBooleanProperty("returnToBase", p.returnToBase());
    g.writeArrayPropertyStart("allowedRemedies");
    for (RemedyKind r : RemedyKind.values()) {
      if (p.allowedRemedies().contains(r)) {
        g.writeString(r.name());
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes a programme. */
  public static void programme(JsonGenerator g, Programme p) {
    g.writeStartObject();
    g.writeStringProperty("id", p.id().value());
    g.writeStringProperty("agency", p.agency().value());
    g.writeStringProperty("name", p.name());
    g.writeStringProperty("startDate", date(p.startDate()));
    g.writeStringProperty("endDate", date(p.endDate()));
    g.writeStringProperty("zone", p.zone().getId());
    g.writeName("policy");
    policy(g, p.policy());
    ids(g, "sentra", p.sentra());
    ids(g, "participants", p.participants());
    g.writeEndObject();
  }

  /** Writes an agency. */
  public static void agency(JsonGenerator g, Agency a) {
    g.writeStartObject();
    g.writeStringProperty("id", a.id().value());
    g.writeStringProperty("name", a.name());
    if (a.shortName().isPresent()) {
      g.writeStringProperty("shortName", a.shortName().get());
    }
    g.writeStringProperty("region", a.region().value());
    if (a.office().isPresent()) {
      g.writeName("office");
      address(g, a.office().get());
    }
    if (a.location().isPresent()) {
      g.writeName("location");
      geoPoint(g, a.location().get());
    }
    g.writeEndObject();
  }

  /** Writes a commodity. */
  public static void commodity(JsonGenerator g, Commodity c) {
    g.writeStartObject();
    g.writeStringProperty("id", c.id().value());
    g.writeStringProperty("name", c.name());
    if (c.kbli().isPresent()) {
      g.writeStringProperty("kbli", c.kbli().get().value());
    }
    g.writeNumberProperty("minDurationMonths", c.minDurationMonths());
    g.writeNumberProperty("maxDurationMonths", c.maxDurationMonths());
    g.writeEndObject();
  }

  /** Writes a sentra. */
  public static void sentra(JsonGenerator g, Sentra s) {
    g.writeStartObject();
    g.writeStringProperty("id", s.id().value());
    g.writeStringProperty("name", s.name());
    g.writeStringProperty("commodity", s.commodity().value());
    g.writeStringProperty("region", s.region().value());
    g.writeName("location");
    geoPoint(g, s.location());
    g.writeEndObject();
  }

  /** Writes a mentor. */
  public static void mentor(JsonGenerator g, Mentor m) {
    g.writeStartObject();
    g.writeStringProperty("id", m.id().value());
    g.writeStringProperty("name", m.name());
    if (m.nip().isPresent()) {
      g.writeStringProperty("nip", m.nip().get().value());
    }
    g.writeName("base");
    geoPoint(g, m.base());
    g.writeEndObject();
  }

  /** Writes an IKM; its owner's NIK only if {@code personalData}. */
  public static void ikm(JsonGenerator g, Ikm i, boolean personalData) {
    g.writeStartObject();
    g.writeStringProperty("id", i.id().value());
    g.writeStringProperty("name", i.name());
    g.writeStringProperty("ownerName", i.ownerName());
    if (i.nib().isPresent()) {
      g.writeStringProperty("nib", i.nib().get().value());
    }
    if (personalData && i.ownerNik().isPresent()) {
      g.writeStringProperty("ownerNik", i.ownerNik().get().value());
    }
    g.writeStringProperty("kbli", i.kbli().value());
    g.writeStringProperty("sentra", i.sentra().value());
    g.writeStringProperty("commodity", i.commodity().value());
    g.writeName("productionSite");
    geoPoint(g, i.productionSite());
    g.writeName("address");
    address(g, i.address());
    if (!i.openingHours().isAlways()) {
      g.writeName("openingHours");
      openingHours(g, i.openingHours());
    }
    g.writeEndObject();
  }

  /**
   * Writes opening hours: every day of the week, Monday first, then the date exceptions; each day's
   * hours as an array of its window, {@code []} when closed.
   */
  public static void openingHours(JsonGenerator g, OpeningHours hours) {
    g.writeStartObject();
    g.writeObjectPropertyStart("days");
    for (DayOfWeek d : DayOfWeek.values()) {
      g.writeName(d.name());
      openingWindow(g, hours.day(d));
    }
    g.writeEndObject();
    if (!hours.exceptions().isEmpty()) {
      g.writeArrayPropertyStart("exceptions");
      hours
          .exceptions()
          .forEach(
              (date, window) -> {
                g.writeStartObject();
                g.writeStringProperty("date", date(date));
                g.writeName("hours");
                openingWindow(g, window);
                g.writeEndObject();
              });
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void openingWindow(JsonGenerator g, Optional<TimeWindow> window) {
    g.writeStartArray();
    if (window.isPresent()) {
      g.writeString(window.get().toString());
    }
    g.writeEndArray();
  }

  /** Writes an assignment. */
  public static void assignment(JsonGenerator g, Assignment a) {
    g.writeStartObject();
    g.writeStringProperty("mentor", a.mentor().value());
    ids(g, "ikms", a.ikms());
    g.writeEndObject();
  }

  /** Writes a mentor's leave. */
  public static void leave(JsonGenerator g, MentorLeave l) {
    g.writeStartObject();
    g.writeStringProperty("mentor", l.mentor().value());
    g.writeStringProperty("firstDay", date(l.firstDay()));
    g.writeStringProperty("lastDay", date(l.lastDay()));
    if (l.reason().isPresent()) {
      g.writeStringProperty("reason", l.reason().get());
    }
    g.writeEndObject();
  }

  /** Writes a visit. */
  public static void visit(JsonGenerator g, Visit v) {
    g.writeStartObject();
    g.writeStringProperty("id", v.id().value());
    g.writeStringProperty("mentor", v.mentor().value());
    g.writeStringProperty("ikm", v.ikm().value());
    g.writeStringProperty("date", date(v.date()));
    g.writeStringProperty("start", time(v.start()));
    g.writeStringProperty("end", time(v.end()));
    if (v.location().isPresent()) {
      g.writeName("location");
      geoPoint(g, v.location().get());
    }
    g.writeStringProperty("status", v.status().name());
    g.writeStringProperty("notes", v.notes());
    g.writeEndObject();
  }

  /** Writes a logbook entry on its own, its recording time in UTC ({@code Z}). */
  public static void logbookEntry(JsonGenerator g, LogbookEntry e) {
    logbookEntry(g, e, ZoneOffset.UTC);
  }

  /**
   * Writes a logbook entry, its recording time in the programme's zone, with the offset, to the
   * millisecond if it has one.
   */
  public static void logbookEntry(JsonGenerator g, LogbookEntry e, ZoneId zone) {
    g.writeStartObject();
    g.writeStringProperty("id", e.id().value());
    g.writeStringProperty("ikm", e.ikm().value());
    g.writeStringProperty("stage", e.stage().name());
    g.writeStringProperty("date", date(e.date()));
    g.writeStringProperty("author", e.author().value());
    if (e.recordedAt().isPresent()) {
      g.writeStringProperty(
          "recordedAt",
          DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.recordedAt().get().atZone(zone)));
    }
    if (e.recordedBy().isPresent()) {
      g.writeStringProperty("recordedBy", e.recordedBy().get());
    }
    if (e.visit().isPresent()) {
      g.writeStringProperty("visit", e.visit().get().value());
    }
    g.writeStringProperty("findings", e.findings());
    g.writeStringProperty("actions", e.actions());
    if (e.indicators().isPresent()) {
      g.writeName("indicators");
      indicators(g, e.indicators().get());
    }
    if (e.amendment().isPresent()) {
      g.writeName("amendment");
      amendment(g, e.amendment().get());
    }
    if (e.link().isPresent()) {
      g.writeStringProperty("previousHash", e.link().get().previous().toString());
      g.writeStringProperty("hash", e.link().get().hash().toString());
    }
    g.writeEndObject();
  }

  /** Writes indicators. */
  public static void indicators(JsonGenerator g, Indicators i) {
    g.writeStartObject();
    if (i.monthlyTurnoverRupiah().isPresent()) {
      g.writeNumberProperty("monthlyTurnoverRupiah", i.monthlyTurnoverRupiah().getAsLong());
    }
    if (i.workers().isPresent()) {
      g.writeNumberProperty("workers", i.workers().getAsInt());
    }
    if (i.productionCapacity().isPresent()) {
      g.writeName("productionCapacity");
      productionCapacity(g, i.productionCapacity().get());
    }
    if (i.products().isPresent()) {
      g.writeNumberProperty("products", i.products().getAsInt());
    }
    g.writeArrayPropertyStart("certifications");
    for (Certification c : Certification.values()) {
      if (i.certifications().contains(c)) {
        g.writeString(c.name());
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes a production capacity. */
  public static void productionCapacity(JsonGenerator g, ProductionCapacity c) {
    g.writeStartObject();
    g.writeNumberProperty("quantity", c.quantity());
    g.writeStringProperty("unit", c.unit());
    g.writeEndObject();
  }

  /** Writes one field change of an amendment. */
  public static void fieldChange(JsonGenerator g, FieldChange c) {
    g.writeStartObject();
    g.writeStringProperty("field", c.field());
    g.writeStringProperty("previousValue", c.previousValue());
    g.writeStringProperty("newValue", c.newValue());
    g.writeEndObject();
  }

  /** Writes an amendment. */
  public static void amendment(JsonGenerator g, Amendment a) {
    g.writeStartObject();
    g.writeStringProperty("amends", a.amends().value());
    g.writeArrayPropertyStart("changes");
    for (FieldChange c : a.changes()) {
      fieldChange(g, c);
    }
    g.writeEndArray();
    if (a.reason().isPresent()) {
      g.writeStringProperty("reason", a.reason().get());
    }
    g.writeEndObject();
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
    for (LogbookEntry e : s.logbookEntries()) {
      logbookEntry(g, e, s.programme().zone());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes the start of a visit log, up to and including the start of the visits array. */
  public static void visitLogStart(JsonGenerator g, io.github.ikmsdk.core.id.ProgrammeId id) {
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
