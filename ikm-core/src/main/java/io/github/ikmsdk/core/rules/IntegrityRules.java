package io.github.ikmsdk.core.rules;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import io.github.ikmsdk.core.calendar.HolidayKind;
import io.github.ikmsdk.core.id.EntityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.rules.Reference.Referrer;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The integrity rules (IKM-R0xx): unique ids, references that resolve, participants and their
 * sentra, and a calendar that knows the holidays of the programme's years.
 */
final class IntegrityRules {

  private IntegrityRules() {}

  /** The integrity rules of the global partition. */
  static void global(RuleContext c, List<Violation> out) {
    ProgrammeSnapshot s = c.snapshot;
    Programme p = c.programme;
    Subject programme = Subject.of(p.id());

    if (!p.agency().equals(s.agency().id())) {
      out.add(
          unknownReference(programme, Referrer.PROGRAMME, p.id(), Reference.AGENCY, p.agency()));
    }
    duplicateIds(out, Subject.Kind.COMMODITY, s.commodities(), Commodity::id);
    duplicateIds(out, Subject.Kind.SENTRA, s.sentra(), Sentra::id);
    duplicateIds(out, Subject.Kind.MENTOR, s.mentors(), Mentor::id);
    duplicateIds(out, Subject.Kind.IKM, s.ikms(), Ikm::id);

    for (SentraId id : p.sentra()) {
      if (s.sentra(id).isEmpty()) {
        out.add(unknownReference(programme, Referrer.PROGRAMME, p.id(), Reference.SENTRA, id));
      }
    }
    for (IkmId id : p.participants()) {
      if (s.ikm(id).isEmpty()) {
        out.add(unknownReference(programme, Referrer.PROGRAMME, p.id(), Reference.IKM, id));
      }
    }
    for (Sentra sentra : RuleContext.firstListed(s.sentra(), Sentra::id)) {
      if (s.commodity(sentra.commodity()).isEmpty()) {
        out.add(
            unknownReference(
                Subject.of(sentra.id()),
                Referrer.SENTRA,
                sentra.id(),
                Reference.COMMODITY,
                sentra.commodity()));
      }
    }
    for (Ikm ikm : RuleContext.firstListed(s.ikms(), Ikm::id)) {
      Subject subject = Subject.of(ikm.id());
      boolean sentraKnown = s.sentra(ikm.sentra()).isPresent();
      if (!sentraKnown) {
        out.add(unknownReference(subject, Referrer.IKM, ikm.id(), Reference.SENTRA, ikm.sentra()));
      }
      if (s.commodity(ikm.commodity()).isEmpty()) {
        out.add(
            unknownReference(
                subject, Referrer.IKM, ikm.id(), Reference.COMMODITY, ikm.commodity()));
      }
      if (sentraKnown && c.participants.contains(ikm.id()) && !p.sentra().contains(ikm.sentra())) {
        out.add(sentraNotInProgramme(ikm.id(), ikm.sentra()));
      }
    }
    for (MentorLeave leave : s.leaves()) {
      if (s.mentor(leave.mentor()).isEmpty()) {
        out.add(
            unknownReference(
                Subject.of(leave.mentor()),
                Referrer.LEAVE,
                leave.mentor(),
                Reference.MENTOR,
                leave.mentor()));
      }
    }

    // The calendar must know the public holidays of every year of the programme.
    for (int year = p.startDate().getYear(); year <= p.endDate().getYear(); year++) {
      int y = year;
      if (c.calendar.holidays().stream()
          .noneMatch(h -> h.kind() == HolidayKind.PUBLIC_HOLIDAY && h.date().getYear() == y)) {
        out.add(calendarWithoutHolidays(p.id(), year));
      }
    }
  }

  /** IKM-R001 for an id listed {@code count} times, or nothing when it is listed once. */
  static ImmutableList<Violation> duplicates(Subject.Kind kind, EntityId<?> id, int count) {
    if (count < 2) {
      return ImmutableList.of();
    }
    return ImmutableList.of(duplicateId(kind, id, count));
  }

  private static <T, K extends EntityId<K>> void duplicateIds(
      List<Violation> out, Subject.Kind kind, List<T> values, Function<T, K> id) {
    Multiset<K> counts = HashMultiset.create(values.size());
    for (T value : values) {
      counts.add(id.apply(value));
    }
    if (counts.elementSet().size() == values.size()) {
      return;
    }
    SortedMap<K, Integer> duplicated = new TreeMap<>();
    for (Multiset.Entry<K> entry : counts.entrySet()) {
      if (entry.getCount() > 1) {
        duplicated.put(entry.getElement(), entry.getCount());
      }
    }
    duplicated.forEach((key, count) -> out.addAll(duplicates(kind, key, count)));
  }

  // ------------------------------------------------------------------ typed violations

  /** IKM-R001: an id of a kind is listed {@code count} times. */
  static Violation duplicateId(Subject.Kind kind, EntityId<?> id, int count) {
    return Rule.DUPLICATE_ID.violation(List.of(Subject.of(kind, id.value())), kind, id, count);
  }

  /**
   * IKM-R002: the element {@code referrer id} names in {@code field} a target that is not there.
   */
  static <K extends EntityId<K>> Violation unknownReference(
      Subject subject, Referrer referrer, EntityId<?> id, Reference<K> field, K target) {
    return unknownReference(List.of(subject), referrer, id, field, target);
  }

  /** IKM-R002 with several subjects; the target is the violation's missing reference. */
  static <K extends EntityId<K>> Violation unknownReference(
      List<Subject> subjects, Referrer referrer, EntityId<?> id, Reference<K> field, K target) {
    Rule rule = Rule.UNKNOWN_REFERENCE;
    return Violation.of(
        rule, subjects, rule.arguments(referrer, id, field, target), field.subject(target));
  }

  /** IKM-R003: the element {@code referrer id} concerns an IKM that does not take part. */
  static Violation notAParticipant(
      List<Subject> subjects, Referrer referrer, EntityId<?> id, IkmId ikm) {
    return Rule.NOT_A_PARTICIPANT.violation(subjects, referrer, id, ikm);
  }

  /** IKM-R004: a participant belongs to a sentra that does not take part. */
  static Violation sentraNotInProgramme(IkmId ikm, SentraId sentra) {
    return Rule.SENTRA_NOT_IN_PROGRAMME.violation(
        List.of(Subject.of(ikm), Subject.of(sentra)), ikm, sentra);
  }

  /** IKM-R005: the calendar holds no public holiday in a year of the programme. */
  static Violation calendarWithoutHolidays(ProgrammeId programme, int year) {
    return Rule.CALENDAR_WITHOUT_HOLIDAYS.violation(
        List.of(Subject.of(programme)), programme, year);
  }
}
