package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.core.calendar.HolidayUpdate;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.rules.LogbookAudit;
import io.github.ikmsdk.core.rules.Subject;
import io.github.ikmsdk.core.rules.Violation;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.json.JsonLocation;
import io.github.ikmsdk.json.JsonProblem;
import io.github.ikmsdk.json.JsonProblemCode;
import io.github.ikmsdk.json.JsonReadException;
import io.github.ikmsdk.json.ReadLimits;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.PersonalData;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;

/** A programme snapshot document read record by record, with every problem attributed. */
public final class SnapshotRead {

  /** What the document declares; null if unreadable. */
  public PersonalData personalData;

  /** The programme section. */
  public Rec<Programme> programme;

  /** The agency section. */
  public Rec<Agency> agency;

  /** The calendar section. */
  public Rec<WorkCalendar> calendar;

  /** The optional holiday update the calendar was built with. */
  public Rec<HolidayUpdate> holidayUpdate;

  /** The records of each list. */
  public final List<Rec<Commodity>> commodities = new ArrayList<>();

  /** Sentra records. */
  public final List<Rec<Sentra>> sentra = new ArrayList<>();

  /** Mentor records. */
  public final List<Rec<Mentor>> mentors = new ArrayList<>();

  /** IKM records. */
  public final List<Rec<Ikm>> ikms = new ArrayList<>();

  /** Assignment records. */
  public final List<Rec<Assignment>> assignments = new ArrayList<>();

  /** Leave records. */
  public final List<Rec<MentorLeave>> leaves = new ArrayList<>();

  /** Visit records. */
  public final List<Rec<Visit>> visits = new ArrayList<>();

  /** Logbook entry records. */
  public final List<Rec<LogbookEntry>> logbookEntries = new ArrayList<>();

  /** Errors outside any record: header, structure, syntax. */
  public final List<JsonProblem> documentErrors = new ArrayList<>();

  /** Warnings anywhere. */
  public final List<JsonProblem> warnings = new ArrayList<>();

  /** The limits the document was read with, which cap the problems an exception lists. */
  private ReadLimits limits = ReadLimits.defaults();

  private SnapshotRead() {}

  /**
   * Reads a document.
   *
   * @param in the cursor
   * @param root true if the cursor is before the input's first token and the document is the whole
   *     input; false if it is on the document's first token inside a larger input
   * @return the records and problems
   */
  public static SnapshotRead read(JsonIn in, boolean root) {
    SnapshotRead s = new SnapshotRead();
    Readers r = new Readers(in);
    try {
      JsonToken first = root ? in.next() : in.token();
      if (first == null) {
        in.error(JsonProblemCode.MALFORMED_JSON, "the input is empty");
      } else if (in.object()) {
        s.readRoot(r, in);
        if (root && in.next() != null) {
          in.error(JsonProblemCode.TRAILING_CONTENT);
        }
      }
    } catch (JacksonException e) {
      in.fatal(e);
    }
    s.documentErrors.addAll(in.errors());
    s.warnings.addAll(in.warnings());
    s.limits = in.limits();
    return s;
  }

  private static final FieldTable<Readers, SnapshotRead> ROOT =
      FieldTable.<Readers, SnapshotRead>builder()
          .required("schemaVersion", (r, s) -> r.schemaVersion(DocumentKind.PROGRAMME_SNAPSHOT))
          .required("kind", (r, s) -> r.kind(DocumentKind.PROGRAMME_SNAPSHOT))
          .required("personalData", (r, s) -> s.personalData(r.in))
          .required("programme", (r, s) -> s.programme = single(r, r.in, Readers::programme))
          .required("agency", (r, s) -> s.agency = single(r, r.in, Readers::agency))
          .required("calendar", (r, s) -> s.calendar = single(r, r.in, Readers::calendar))
          .optional(
              "holidayUpdate", (r, s) -> s.holidayUpdate = single(r, r.in, HolidayUpdateJson::read))
          .required("commodities", section("/commodities/", Readers::commodity, s -> s.commodities))
          .required("sentra", section("/sentra/", Readers::sentra, s -> s.sentra))
          .required("mentors", section("/mentors/", Readers::mentor, s -> s.mentors))
          .required("ikms", (r, s) -> s.ikms(r, r.in))
          .required(
              "assignments", section("/assignments/", Readers::assignment, s -> s.assignments))
          .required("leaves", section("/leaves/", Readers::leave, s -> s.leaves))
          .required("visits", section("/visits/", Readers::visit, s -> s.visits))
          .required(
              "logbookEntries",
              section("/logbookEntries/", Readers::logbookEntry, s -> s.logbookEntries))
          .build("programme snapshot", "snapshot program");

  /** The NIK problems found, and the IKM records they were found in, in the same order. */
  private final List<JsonProblem> niks = new ArrayList<>();

  private final List<Rec<Ikm>> ikmsWithNik = new ArrayList<>();

  private void readRoot(Readers r, JsonIn in) {
    ROOT.readFields(in, r, this, in.location());
    if (personalData == PersonalData.OMITTED) {
      for (int i = 0; i < niks.size(); i++) {
        Rec<Ikm> rec = ikmsWithNik.get(i);
        List<JsonProblem> problems = new ArrayList<>(rec.problems);
        problems.add(niks.get(i));
        ikms.set(ikms.indexOf(rec), new Rec<>(rec.index, rec.location, rec.key, null, problems));
      }
    }
  }

  private void personalData(JsonIn in) {
    String pd = in.string();
    if (pd != null) {
      personalData =
          pd.equals("included")
              ? PersonalData.INCLUDED
              : pd.equals("omitted") ? PersonalData.OMITTED : null;
      if (personalData == null) {
        in.notOneOf("personalData", pd, "included, omitted");
      }
    }
  }

  private void ikms(Readers r, JsonIn in) {
    if (in.array()) {
      int i = 0;
      while (in.nextElement()) {
        int nikMark = r.nikFields.size();
        Rec<Ikm> rec = record(r, in, i++, "/ikms/", Readers::ikm);
        ikms.add(rec);
        if (r.nikFields.size() > nikMark) {
          niks.add(r.nikFields.get(nikMark));
          ikmsWithNik.add(rec);
        }
      }
    }
  }

  private static <T> Rec<T> single(Readers r, JsonIn in, Function<Readers, T> reader) {
    return read(r, in, -1, in.here(), reader);
  }

  private static <T> FieldTable.FieldReader<Readers, SnapshotRead> section(
      String prefix, Function<Readers, T> reader, Function<SnapshotRead, List<Rec<T>>> out) {
    return (r, s) -> {
      if (r.in.array()) {
        int i = 0;
        while (r.in.nextElement()) {
          out.apply(s).add(record(r, r.in, i++, prefix, reader));
        }
      }
    };
  }

  private static <T> Rec<T> record(
      Readers r, JsonIn in, int index, String prefix, Function<Readers, T> reader) {
    return read(r, in, index, in.here(prefix + index), reader);
  }

  /** Reads a record at a location; its value is null if any problem was found in it. */
  private static <T> Rec<T> read(
      Readers r, JsonIn in, int index, JsonLocation at, Function<Readers, T> reader) {
    long mark = in.errorCount();
    r.recordKey = null;
    T value = reader.apply(r);
    List<JsonProblem> problems = in.takeErrorsSince(mark);
    return new Rec<>(index, at, r.recordKey, problems.isEmpty() ? value : null, problems);
  }

  /** Returns every error, document-level and per record, in document order. */
  public List<JsonProblem> allErrors() {
    List<JsonProblem> all = new ArrayList<>(documentErrors);
    for (Rec<?> rec : records()) {
      all.addAll(rec.problems);
    }
    all.sort(JsonIn.DOCUMENT_ORDER);
    return all;
  }

  /** Returns every record, sections first, in document order of sections. */
  public List<Rec<?>> records() {
    List<Rec<?>> all = new ArrayList<>();
    if (programme != null) {
      all.add(programme);
    }
    if (agency != null) {
      all.add(agency);
    }
    if (calendar != null) {
      all.add(calendar);
    }
    if (holidayUpdate != null) {
      all.add(holidayUpdate);
    }
    all.addAll(commodities);
    all.addAll(sentra);
    all.addAll(mentors);
    all.addAll(ikms);
    all.addAll(assignments);
    all.addAll(leaves);
    all.addAll(visits);
    all.addAll(logbookEntries);
    return all;
  }

  /** Returns the document, or throws the exception listing every problem. */
  public ProgrammeDocument toDocument() {
    List<JsonProblem> errors = allErrors();
    if (!errors.isEmpty()) {
      List<JsonProblem> all = new ArrayList<>(JsonIn.capped(errors, limits));
      all.addAll(warnings);
      all.sort(JsonIn.DOCUMENT_ORDER);
      throw new JsonReadException(all);
    }
    ProgrammeSnapshot.Builder b = ProgrammeSnapshot.builder();
    b.programme(programme.value);
    b.agency(agency.value);
    b.calendar(calendar.value);
    commodities.forEach(c -> b.addCommodities(c.value));
    sentra.forEach(c -> b.addSentra(c.value));
    mentors.forEach(c -> b.addMentors(c.value));
    ikms.forEach(c -> b.addIkms(c.value));
    assignments.forEach(c -> b.addAssignments(c.value));
    leaves.forEach(c -> b.addLeaves(c.value));
    visits.forEach(c -> b.addVisits(c.value));
    logbookEntries.forEach(c -> b.addLogbookEntries(c.value));
    ProgrammeSnapshot snapshot = b.build();
    warnings.addAll(chainWarnings(snapshot));
    ProgrammeDocument doc = ProgrammeDocument.of(snapshot, personalData);
    return holidayUpdate == null ? doc : doc.withHolidayUpdate(holidayUpdate.value);
  }

  /**
   * Verifies every IKM's logbook hash chain ({@link LogbookAudit}) and returns a warning for each
   * break, at the entry where it shows, with the rule's code and messages: the document is read,
   * and the reader learns where it was tampered with.
   */
  private List<JsonProblem> chainWarnings(ProgrammeSnapshot snapshot) {
    Map<LogbookEntryId, Rec<LogbookEntry>> recs = new HashMap<>();
    Set<IkmId> ikms = new LinkedHashSet<>();
    for (Rec<LogbookEntry> rec : logbookEntries) {
      recs.putIfAbsent(rec.value.id(), rec);
      ikms.add(rec.value.ikm());
    }
    List<JsonProblem> out = new ArrayList<>();
    for (IkmId ikm : ikms) {
      for (Violation v : LogbookAudit.verify(snapshot.logbook(ikm))) {
        Rec<LogbookEntry> rec = recs.get(entryOf(v));
        out.add(Importer.ruleProblem(v, JsonProblem.Severity.WARNING, rec.location));
      }
    }
    return out;
  }

  /**
   * The logbook entry a chain violation is about: its {@link Subject.Kind#LOGBOOK_ENTRY} subject.
   */
  private static LogbookEntryId entryOf(Violation v) {
    return v.subjects().stream()
        .filter(s -> s.kind() == Subject.Kind.LOGBOOK_ENTRY)
        .map(s -> LogbookEntryId.of(s.id()))
        .findFirst()
        .orElseThrow();
  }
}
