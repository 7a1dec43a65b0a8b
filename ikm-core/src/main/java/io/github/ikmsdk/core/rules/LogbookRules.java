package io.github.ikmsdk.core.rules;

import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.logbook.Logbook;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.rules.Reference.Referrer;
import io.github.ikmsdk.core.visit.Visit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The logbook rules (IKM-R4xx, S1): entries inside the period, consistent with the visits they
 * cite, amendments of the same logbook, the stages diagnosis, plan, mentoring and evaluation in
 * order in the logbook sequence ({@link Logbook#sequence()}), each single stage once, locked after
 * the evaluation; backdated entries; and the hash chain ({@link LogbookAudit}).
 *
 * <p>One fault, one report:
 *
 * <ul>
 *   <li>An entry listed after another entry with the same id is only IKM-R001: the first listed
 *       entry wins, and the later one is left out of IKM-R002 for its references and of IKM-R401 to
 *       R410 (stages, period, cited visit, locking, amendments, backdating). The hash chain (R411
 *       to R415) is the exception: it is walked over every record listed, duplicates included,
 *       because a duplicated id in a chain is a separate record that was written and linked.
 *       Leaving it out would break the link of the entry after it and report a removal (IKM-R412)
 *       that never happened; a copy replayed into the chain claims the predecessor of its original,
 *       and that fork (IKM-R413) is the chain itself showing the tampering, reported besides
 *       IKM-R001.
 *   <li>IKM-R405 compares the entry with the visit it cites, the first listed with that id (a later
 *       visit with the same id is ignored). A field is compared only when both sides name something
 *       that exists: a visit whose mentor or IKM is unknown, or an entry whose author or IKM is
 *       unknown, is IKM-R002 once, and no second report that the entry and the visit disagree on
 *       that field. The date is compared whatever the references, being a fault of its own.
 * </ul>
 */
final class LogbookRules {

  private LogbookRules() {}

  /**
   * The rules of one IKM's logbook.
   *
   * @param listed the IKM's entries in recording order, as listed in the snapshot
   */
  static void ofIkm(RuleContext c, IkmId ikm, List<LogbookEntry> listed, List<Violation> out) {
    ProgrammeSnapshot s = c.snapshot;
    Programme p = c.programme;
    boolean ikmKnown = s.ikm(ikm).isPresent();
    List<LogbookEntry> entries = firstListed(s, listed);

    for (LogbookEntry e : entries) {
      List<Subject> subjects = entrySubjects(ikm, e);
      if (!ikmKnown) {
        out.add(
            IntegrityRules.unknownReference(
                subjects, Referrer.LOGBOOK_ENTRY, e.id(), Reference.IKM, ikm));
      } else if (!c.participants.contains(ikm)) {
        out.add(IntegrityRules.notAParticipant(subjects, Referrer.LOGBOOK_ENTRY, e.id(), ikm));
      }
      if (s.mentor(e.author()).isEmpty()) {
        out.add(
            IntegrityRules.unknownReference(
                subjects, Referrer.LOGBOOK_ENTRY, e.id(), Reference.AUTHOR, e.author()));
      }
      if (!p.contains(e.date())) {
        out.add(outsidePeriod(ikm, e, p.startDate(), p.endDate()));
      }
      if (e.visit().isPresent()) {
        visit(c, ikm, e, e.visit().get(), out);
      }
      if (e.amendment().isPresent()) {
        LogbookEntryId target = e.amendment().get().amends();
        LogbookEntry original = s.logbookEntry(target).orElse(null);
        if (original == null || !original.ikm().equals(ikm)) {
          out.add(amendmentTargetNotInLogbook(ikm, e, target));
        } else if (e.date().isBefore(original.date())) {
          out.add(amendmentBeforeOriginal(ikm, e, original));
        }
      }
    }
    stages(ikm, Logbook.of(ikm, entries).sequence(), out);
    backdated(ikm, entries, p.zone(), out);
    LogbookAudit.chain(Logbook.of(ikm, listed), out);
  }

  /**
   * The entries the rules judge: the first listed with each id (the one {@link
   * ProgrammeSnapshot#logbookEntry} returns), in the given order.
   */
  private static List<LogbookEntry> firstListed(ProgrammeSnapshot s, List<LogbookEntry> listed) {
    List<LogbookEntry> out = new ArrayList<>(listed.size());
    Set<LogbookEntryId> seen = new HashSet<>();
    for (LogbookEntry e : listed) {
      Optional<LogbookEntry> first = s.logbookEntry(e.id());
      if (first.isPresent() && first.get().equals(e) && seen.add(e.id())) {
        out.add(e);
      }
    }
    return out.size() == listed.size() ? listed : out;
  }

  /**
   * IKM-R002 or IKM-R405 for the visit an entry cites; a field whose reference does not resolve on
   * either side is not compared (its IKM-R002 is the report).
   */
  private static void visit(
      RuleContext c, IkmId ikm, LogbookEntry e, VisitId visitId, List<Violation> out) {
    Visit visit = c.snapshot.visit(visitId).orElse(null);
    if (visit == null) {
      out.add(
          IntegrityRules.unknownReference(
              entrySubjects(ikm, e), Referrer.LOGBOOK_ENTRY, e.id(), Reference.VISIT, visitId));
      return;
    }
    ProgrammeSnapshot s = c.snapshot;
    boolean ikmsExist = s.ikm(ikm).isPresent() && s.ikm(visit.ikm()).isPresent();
    if (ikmsExist && !visit.ikm().equals(ikm)) {
      out.add(ikmMismatch(ikm, e, visit));
    }
    boolean mentorsExist = s.mentor(e.author()).isPresent() && s.mentor(visit.mentor()).isPresent();
    if (mentorsExist && !visit.mentor().equals(e.author())) {
      out.add(mentorMismatch(ikm, e, visit));
    }
    if (!visit.date().equals(e.date())) {
      out.add(dateMismatch(ikm, e, visit));
    }
  }

  /**
   * S1 on the logbook sequence: single stages once, each stage after the one it needs, nothing but
   * amendments after the first evaluation. A fault is reported once, on the entry at fault: in D,
   * M, P the MENTORING entry lacks its PLAN, and the PLAN recorded afterwards is not reported.
   */
  private static void stages(IkmId ikm, List<LogbookEntry> sequence, List<Violation> out) {
    EnumMap<Stage, LogbookEntry> first = new EnumMap<>(Stage.class);
    LogbookEntry evaluation = null;
    for (LogbookEntry e : sequence) {
      Stage stage = e.stage();
      if (evaluation != null) {
        out.add(locked(ikm, e, evaluation));
      }
      if (!stage.isRepeatable() && first.containsKey(stage)) {
        out.add(stageRepeated(ikm, e, first.get(stage)));
        continue;
      }
      if (evaluation != null) {
        continue;
      }
      if (stage == Stage.EVALUATION && !first.containsKey(Stage.MENTORING)) {
        out.add(evaluationBeforeMentoring(ikm, e));
      } else if (stage == Stage.PLAN || stage == Stage.MENTORING) {
        Stage missing = Stage.values()[stage.ordinal() - 1];
        if (!first.containsKey(missing)) {
          out.add(stageSkipped(ikm, e, missing));
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
          out.add(backdated(ikm, e, latest, zone));
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

  // ------------------------------------------------------------------ typed violations

  /** The subjects of an entry's violation: its IKM, then the entry. */
  static List<Subject> entrySubjects(IkmId ikm, LogbookEntry e) {
    return List.of(Subject.of(ikm), Subject.of(e.id()));
  }

  /** IKM-R401: a PLAN or MENTORING entry without an earlier entry of the stage it needs. */
  static Violation stageSkipped(IkmId ikm, LogbookEntry e, Stage missing) {
    return Rule.STAGE_SKIPPED.violation(entrySubjects(ikm, e), e.id(), ikm, e.stage(), missing);
  }

  /** IKM-R402: an EVALUATION entry without an earlier MENTORING entry. */
  static Violation evaluationBeforeMentoring(IkmId ikm, LogbookEntry e) {
    return Rule.EVALUATION_BEFORE_MENTORING.violation(entrySubjects(ikm, e), e.id(), ikm);
  }

  /** IKM-R403: a second entry of a single stage, after {@code first}. */
  static Violation stageRepeated(IkmId ikm, LogbookEntry e, LogbookEntry first) {
    return Rule.STAGE_REPEATED.violation(entrySubjects(ikm, e), e.id(), ikm, e.stage(), first.id());
  }

  /** IKM-R404: an entry dated outside the programme period {@code first .. last}. */
  static Violation outsidePeriod(IkmId ikm, LogbookEntry e, LocalDate first, LocalDate last) {
    return Rule.ENTRY_OUTSIDE_PERIOD.violation(
        entrySubjects(ikm, e), e.id(), e.date(), first, last);
  }

  /** IKM-R405 on the IKM: the entry's logbook is {@code ikm}, the cited visit's IKM another. */
  static Violation ikmMismatch(IkmId ikm, LogbookEntry e, Visit visit) {
    return visitMismatch(ikm, e, visit, "ikm", ikm, visit.ikm());
  }

  /** IKM-R405 on the mentor: the entry's author is not the cited visit's mentor. */
  static Violation mentorMismatch(IkmId ikm, LogbookEntry e, Visit visit) {
    return visitMismatch(ikm, e, visit, "mentor", e.author(), visit.mentor());
  }

  /** IKM-R405 on the date: the entry's date is not the cited visit's. */
  static Violation dateMismatch(IkmId ikm, LogbookEntry e, Visit visit) {
    return visitMismatch(ikm, e, visit, "date", e.date(), visit.date());
  }

  private static Violation visitMismatch(
      IkmId ikm, LogbookEntry e, Visit visit, String field, Object expected, Object actual) {
    return Rule.ENTRY_VISIT_MISMATCH.violation(
        List.of(Subject.of(ikm), Subject.of(e.id()), Subject.of(visit.id())),
        e.id(),
        visit.id(),
        field,
        expected,
        actual);
  }

  /** IKM-R406: an entry after the logbook was locked by {@code evaluation}. */
  static Violation locked(IkmId ikm, LogbookEntry e, LogbookEntry evaluation) {
    return Rule.LOGBOOK_LOCKED.violation(
        entrySubjects(ikm, e), e.id(), ikm, evaluation.id(), evaluation.date());
  }

  /** IKM-R407: an amendment of an entry that is not in the same IKM's logbook. */
  static Violation amendmentTargetNotInLogbook(IkmId ikm, LogbookEntry e, LogbookEntryId target) {
    return Rule.AMENDMENT_TARGET_NOT_IN_LOGBOOK.violation(
        entrySubjects(ikm, e), e.id(), ikm, target);
  }

  /** IKM-R408: an amendment dated before the entry it corrects. */
  static Violation amendmentBeforeOriginal(IkmId ikm, LogbookEntry e, LogbookEntry original) {
    return Rule.AMENDMENT_BEFORE_ORIGINAL.violation(
        entrySubjects(ikm, e), e.id(), original.id(), e.date(), original.date());
  }

  /** IKM-R410: an entry dated before {@code latest}, recorded earlier; times in the zone. */
  static Violation backdated(IkmId ikm, LogbookEntry e, LogbookEntry latest, ZoneId zone) {
    return Rule.BACKDATED_ENTRY.violation(
        List.of(Subject.of(ikm), Subject.of(e.id()), Subject.of(latest.id())),
        e.id(),
        ikm,
        e.date(),
        shown(e, zone),
        latest.id(),
        latest.date(),
        shown(latest, zone));
  }

  /** A recording time in the programme's zone, ISO 8601 with offset. */
  private static String shown(LogbookEntry e, ZoneId zone) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.recordedAt().get().atZone(zone));
  }
}
