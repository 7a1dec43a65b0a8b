package io.github.ikmsdk.json.internal;

import static io.github.ikmsdk.json.internal.ReportWriters.INDONESIAN;
import static io.github.ikmsdk.json.internal.ReportWriters.message;

import io.github.ikmsdk.core.calendar.Holiday;
import io.github.ikmsdk.core.calendar.SpecialHours;
import io.github.ikmsdk.core.planning.programme.CapacityReport;
import io.github.ikmsdk.core.planning.programme.HardWeek;
import io.github.ikmsdk.core.planning.programme.SentraAllocation;
import io.github.ikmsdk.core.planning.programme.SentraCapacity;
import io.github.ikmsdk.core.planning.programme.StartDateRanking;
import io.github.ikmsdk.core.planning.programme.StartOption;
import io.github.ikmsdk.core.planning.visit.Shortfall;
import io.github.ikmsdk.core.planning.visit.ShortfallReason;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.ProgrammeOutlookDocument;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * Writes programme outlook documents: start-date rankings and mentor capacity; {@link
 * ReportReaders#programmeOutlook} reads them back.
 */
public final class OutlookWriters {

  private OutlookWriters() {}

  /** Writes a programme outlook document. */
  public static void programmeOutlookDocument(JsonGenerator g, ProgrammeOutlookDocument doc) {
    g.writeStartObject();
    Writers.header(g, DocumentKind.PROGRAMME_OUTLOOK);
    g.writeArrayPropertyStart("startDates");
    for (StartDateRanking r : doc.rankings()) {
      ranking(g, r);
    }
    g.writeEndArray();
    if (doc.capacity().isPresent()) {
      g.writeName("capacity");
      capacity(g, doc.capacity().get());
    }
    if (doc.mentorsAvailable().isPresent()) {
      int mentors = doc.mentorsAvailable().getAsInt();
      g.writeObjectPropertyStart("allocation");
      g.writeNumberProperty("mentors", mentors);
      g.writeArrayPropertyStart("sentra");
      for (SentraAllocation a : doc.capacity().orElseThrow().allocate(mentors)) {
        allocation(g, a);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** Writes one start-date ranking. */
  static void ranking(JsonGenerator g, StartDateRanking r) {
    g.writeStartObject();
    g.writeStringProperty("programme", r.programme().value());
    if (r.commodity().isPresent()) {
      g.writeStringProperty("commodity", r.commodity().get().value());
    }
    g.writeNumberProperty("months", r.months());
    g.writeNumberProperty("participants", r.participants());
    g.writeArrayPropertyStart("options");
    for (StartOption o : r.options()) {
      option(g, o);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes one start option of a ranking. */
  static void option(JsonGenerator g, StartOption o) {
    g.writeStartObject();
    g.writeNumberProperty("rank", o.rank());
    g.writeStringProperty("start", Writers.date(o.start()));
    g.writeStringProperty("end", Writers.date(o.end()));
    g.writeNumberProperty("months", o.months());
    g.writeNumberProperty("weeks", o.weeks());
    g.writeNumberProperty("requiredIkmWeeks", o.requiredIkmWeeks());
    g.writeNumberProperty("coveredIkmWeeks", o.coveredIkmWeeks());
    g.writeNumberProperty("uncoveredIkmWeeks", o.uncoveredIkmWeeks());
    g.writeNumberProperty("unremediedIkmWeeks", o.unremediedIkmWeeks());
    g.writeArrayPropertyStart("hardWeeks");
    for (HardWeek w : o.hardWeeks()) {
      hardWeek(g, w);
    }
    g.writeEndArray();
    message(g, o.message(Locale.ENGLISH), o.message(INDONESIAN));
    g.writeEndObject();
  }

  /** Writes one hard week of a start option. */
  static void hardWeek(JsonGenerator g, HardWeek w) {
    g.writeStartObject();
    g.writeStringProperty("week", w.week().toString());
    g.writeStringProperty("firstDay", Writers.date(w.firstDay()));
    g.writeStringProperty("lastDay", Writers.date(w.lastDay()));
    g.writeNumberProperty("workingDays", w.workingDays());
    g.writeNumberProperty("requiredIkmWeeks", w.requiredIkmWeeks());
    g.writeNumberProperty("coveredIkmWeeks", w.coveredIkmWeeks());
    g.writeBooleanProperty("lebaran", w.lebaran());
    g.writeArrayPropertyStart("holidays");
    for (Holiday h : w.holidays()) {
      Writers.holiday(g, h);
    }
    g.writeEndArray();
    // The names stay for front ends; the periods, as the calendar holds them, are read back.
    g.writeArrayPropertyStart("specialHours");
    for (SpecialHours s : w.specialHours()) {
      g.writeString(s.name());
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("specialHoursPeriods");
    for (SpecialHours s : w.specialHours()) {
      Writers.specialHours(g, s);
    }
    g.writeEndArray();
    g.writeObjectPropertyStart("reasons");
    for (Map.Entry<ShortfallReason, Integer> e : w.reasons().entrySet()) {
      g.writeNumberProperty(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    // The week's remedies are those of its shortfalls; they are not repeated.
    g.writeArrayPropertyStart("shortfalls");
    for (Shortfall s : w.shortfalls()) {
      ReportWriters.shortfall(g, s);
    }
    g.writeEndArray();
    message(g, w.message(Locale.ENGLISH), w.message(INDONESIAN));
    g.writeEndObject();
  }

  /** Writes a capacity report. */
  static void capacity(JsonGenerator g, CapacityReport c) {
    g.writeStartObject();
    g.writeStringProperty("programme", c.programme().value());
    g.writeStringProperty("start", Writers.date(c.start()));
    g.writeStringProperty("end", Writers.date(c.end()));
    if (c.mentorsNeeded().isPresent()) {
      g.writeNumberProperty("mentorsNeeded", c.mentorsNeeded().getAsInt());
    }
    g.writeNumberProperty("assignedMentors", c.assignedMentors());
    g.writeArrayPropertyStart("sentra");
    for (SentraCapacity s : c.sentra()) {
      sentra(g, s);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes one sentra of a capacity report. */
  static void sentra(JsonGenerator g, SentraCapacity s) {
    g.writeStartObject();
    g.writeStringProperty("sentra", s.sentra().value());
    g.writeNumberProperty("ikms", s.ikms());
    g.writeNumberProperty("caseload", s.caseload());
    if (s.hardestWeek().isPresent()) {
      g.writeStringProperty("hardestWeek", s.hardestWeek().get().toString());
      g.writeNumberProperty("hardestWeekCapacity", s.hardestWeekCapacity());
    }
    g.writeNumberProperty("lowerBound", s.lowerBound());
    if (s.mentorsNeeded().isPresent()) {
      g.writeNumberProperty("mentorsNeeded", s.mentorsNeeded().getAsInt());
    }
    g.writeBooleanProperty("minimumProven", s.minimumProven());
    g.writeNumberProperty("assignedMentors", s.assignedMentors());
    g.writeNumberProperty("shortBy", s.shortBy());
    g.writeArrayPropertyStart("uncoveredIkmWeeksByMentors");
    for (int u : s.uncoveredIkmWeeksByMentors()) {
      g.writeNumber(u);
    }
    g.writeEndArray();
    message(g, s.message(Locale.ENGLISH), s.message(INDONESIAN));
    g.writeEndObject();
  }

  /** Writes one sentra's share of an allocation. */
  static void allocation(JsonGenerator g, SentraAllocation a) {
    g.writeStartObject();
    g.writeStringProperty("sentra", a.sentra().value());
    g.writeNumberProperty("mentors", a.mentors());
    g.writeNumberProperty("needed", a.needed());
    g.writeNumberProperty("shortBy", a.shortBy());
    g.writeNumberProperty("uncoveredIkmWeeks", a.uncoveredIkmWeeks());
    message(g, a.message(Locale.ENGLISH), a.message(INDONESIAN));
    g.writeEndObject();
  }
}
