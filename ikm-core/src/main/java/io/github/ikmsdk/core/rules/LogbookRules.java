package io.github.ikmsdk.core.rules;

import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.logbook.Logbook;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.visit.Visit;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;

/**
 * The logbook rules (IKM-R4xx, S1): entries inside the period, consistent with the visits they
 * cite, amendments of the same logbook, the stages diagnosis, plan, mentoring and evaluation in
 * order in the logbook sequence ({@link Logbook#sequence()}), each single stage once, locked after
 * the evaluation; backdated entries; and the hash chain ({@link LogbookAudit}).
 */
final class LogbookRules {

  private LogbookRules() {}

  /**
   * The rules of one IKM's logbook.
   *
   * @param entries the IKM's entries in recording order, as listed in the snapshot
   */
  static void ofIkm(RuleContext c, IkmId ikm, List<LogbookEntry> entries, List<Violation> out) {
    ProgrammeSnapshot s = c.snapshot;
    Programme p = c.programme;
    boolean ikmKnown = s.ikm(ikm).isPresent();
    Subject ikmSubject = Subject.of(ikm);

    for (LogbookEntry e : entries) {
      List<Subject> subjects = List.of(ikmSubject, Subject.of(e.id()));
      if (!ikmKnown) {
        out.add(IntegrityRules.unknown(subjects, "LOGBOOK_ENTRY", e.id(), "ikm", ikm));
      } else if (!c.participants.contains(ikm)) {
        out.add(IntegrityRules.notAParticipant(subjects, "LOGBOOK_ENTRY", e.id(), ikm));
      }
      if (s.mentor(e.author()).isEmpty()) {
        out.add(IntegrityRules.unknown(subjects, "LOGBOOK_ENTRY", e.id(), "author", e.author()));
      }
      if (!p.contains(e.date())) {
        out.add(
            Rule.ENTRY_OUTSIDE_PERIOD.violation(
                subjects, e.id(), e.date(), p.startDate(), p.endDate()));
      }
      if (e.visit().isPresent()) {
        visit(c, ikm, e, e.visit().get(), out);
      }
      if (e.amendment().isPresent()) {
        LogbookEntryId target = e.amendment().get().amends();
        LogbookEntry original = s.logbookEntry(target).orElse(null);
        if (original == null || !original.ikm().equals(ikm)) {
          out.add(Rule.AMENDMENT_TARGET_NOT_IN_LOGBOOK.violation(subjects, e.id(), ikm, target));
        } else if (e.date().isBefore(original.date())) {
          out.add(
              Rule.AMENDMENT_BEFORE_ORIGINAL.violation(
                  subjects, e.id(), target, e.date(), original.date()));
        }
      }
    }
    Logbook logbook = Logbook.of(ikm, entries);
    stages(ikm, logbook.sequence(), out);
    backdated(ikm, entries, p.zone(), out);
    LogbookAudit.chain(logbook, out);
  }

  /** IKM-R002 or IKM-R405 for the visit an entry cites. */
  private static void visit(
      RuleContext c, IkmId ikm, LogbookEntry e, VisitId visitId, List<Violation> out) {
    Visit visit = c.snapshot.visit(visitId).orElse(null);
    if (visit == null) {
      out.add(
          IntegrityRules.unknown(
              List.of(Subject.of(ikm), Subject.of(e.id())),
              "LOGBOOK_ENTRY",
              e.id(),
              "visit",
              visitId));
      return;
    }
    List<Subject> subjects = List.of(Subject.of(ikm), Subject.of(e.id()), Subject.of(visitId));
    if (!visit.ikm().equals(ikm)) {
      out.add(mismatch(subjects, e, visitId, "ikm", ikm, visit.ikm()));
    }
    if (!visit.mentor().equals(e.author())) {
      out.add(mismatch(subjects, e, visitId, "mentor", e.author(), visit.mentor()));
    }
    if (!visit.date().equals(e.date())) {
      out.add(mismatch(subjects, e, visitId, "date", e.date(), visit.date()));
    }
  }

  private static Violation mismatch(
      List<Subject> subjects,
      LogbookEntry e,
      VisitId visit,
      String field,
      Object expected,
      Object actual) {
    return Rule.ENTRY_VISIT_MISMATCH.violation(subjects, e.id(), visit, field, expected, actual);
  }

  /**
   * S1 on the logbook sequence: single stages once, each stage after the one it needs, nothing but
   * amendments after the first evaluation. A fault is reported once, on the entry at fault: in D,
   * M, P the MENTORING entry lacks its PLAN, and the PLAN recorded afterwards is not reported.
   */
  private static void stages(IkmId ikm, List<LogbookEntry> sequence, List<Violation> out) {
    Subject ikmSubject = Subject.of(ikm);
    EnumMap<Stage, LogbookEntry> first = new EnumMap<>(Stage.class);
    LogbookEntry evaluation = null;
    for (LogbookEntry e : sequence) {
      List<Subject> subjects = List.of(ikmSubject, Subject.of(e.id()));
      Stage stage = e.stage();
      if (evaluation != null) {
        out.add(
            Rule.LOGBOOK_LOCKED.violation(
                subjects, e.id(), ikm, evaluation.id(), evaluation.date()));
      }
      if (!stage.isRepeatable() && first.containsKey(stage)) {
        out.add(Rule.STAGE_REPEATED.violation(subjects, e.id(), ikm, stage, first.get(stage).id()));
        continue;
      }
      if (evaluation != null) {
        continue;
      }
      if (stage == Stage.EVALUATION && !first.containsKey(Stage.MENTORING)) {
        out.add(Rule.EVALUATION_BEFORE_MENTORING.violation(subjects, e.id(), ikm));
      } else if (stage == Stage.PLAN || stage == Stage.MENTORING) {
        Stage missing = Stage.values()[stage.ordinal() - 1];
        if (!first.containsKey(missing)) {
          out.add(Rule.STAGE_SKIPPED.violation(subjects, e.id(), ikm, stage, missing));
        }
      }
      first.putIfAbsent(stage, e);
      if (stage == Stage.EVALUATION) {
        evaluation = e;
      }
    }
  }

  /**
   * IKM-R410: each entry dated before an entry recorded strictly earlier, reported with the earlier
   * entry of the latest date (the first recorded of those).
   */
  private static void backdated(
      IkmId ikm, List<LogbookEntry> entries, ZoneId zone, List<Violation> out) {
    List<LogbookEntry> recorded = new ArrayList<>(entries.size());
    for (LogbookEntry e : entries) {
      if (e.recordedAt().isPresent()) {
        recorded.add(e);
      }
    }
    recorded.sort(Comparator.comparing(e -> e.recordedAt().get()));
    LogbookEntry latest = null;
    int i = 0;
    while (i < recorded.size()) {
      Instant at = recorded.get(i).recordedAt().get();
      int end = i;
      while (end < recorded.size() && recorded.get(end).recordedAt().get().equals(at)) {
        end++;
      }
      for (int j = i; j < end; j++) {
        LogbookEntry e = recorded.get(j);
        if (latest != null && e.date().isBefore(latest.date())) {
          out.add(
              Rule.BACKDATED_ENTRY.violation(
                  List.of(Subject.of(ikm), Subject.of(e.id()), Subject.of(latest.id())),
                  e.id(),
                  ikm,
                  e.date(),
                  shown(e, zone),
                  latest.id(),
                  latest.date(),
                  shown(latest, zone)));
        }
      }
      for (int j = i; j < end; j++) {
        if (latest == null || recorded.get(j).date().isAfter(latest.date())) {
          latest = recorded.get(j);
        }
      }
      i = end;
    }
  }

  /** A recording time in the programme's zone, ISO 8601 with offset. */
  private static String shown(LogbookEntry e, ZoneId zone) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.recordedAt().get().atZone(zone));
  }
}
