package io.github.ikmsdk.core.rules;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import io.github.ikmsdk.core.calendar.HolidayKind;
import io.github.ikmsdk.core.id.EntityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
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
      out.add(unknown(programme, "PROGRAMME", p.id(), "agency", p.agency()));
    }
    duplicateIds(out, Subject.Kind.COMMODITY, s.commodities(), Commodity::id);
    duplicateIds(out, Subject.Kind.SENTRA, s.sentra(), Sentra::id);
    duplicateIds(out, Subject.Kind.MENTOR, s.mentors(), Mentor::id);
    duplicateIds(out, Subject.Kind.IKM, s.ikms(), Ikm::id);

    for (SentraId id : p.sentra()) {
      if (s.sentra(id).isEmpty()) {
        out.add(unknown(programme, "PROGRAMME", p.id(), "sentra", id));
      }
    }
    for (IkmId id : p.participants()) {
      if (s.ikm(id).isEmpty()) {
        out.add(unknown(programme, "PROGRAMME", p.id(), "ikm", id));
      }
    }
    for (Sentra sentra : RuleContext.firstListed(s.sentra(), Sentra::id)) {
      if (s.commodity(sentra.commodity()).isEmpty()) {
        out.add(
            unknown(
                Subject.of(sentra.id()), "SENTRA", sentra.id(), "commodity", sentra.commodity()));
      }
    }
    for (Ikm ikm : RuleContext.firstListed(s.ikms(), Ikm::id)) {
      Subject subject = Subject.of(ikm.id());
      boolean sentraKnown = s.sentra(ikm.sentra()).isPresent();
      if (!sentraKnown) {
        out.add(unknown(subject, "IKM", ikm.id(), "sentra", ikm.sentra()));
      }
      if (s.commodity(ikm.commodity()).isEmpty()) {
        out.add(unknown(subject, "IKM", ikm.id(), "commodity", ikm.commodity()));
      }
      if (sentraKnown && c.participants.contains(ikm.id()) && !p.sentra().contains(ikm.sentra())) {
        out.add(
            Rule.SENTRA_NOT_IN_PROGRAMME.violation(
                List.of(subject, Subject.of(ikm.sentra())), ikm.id(), ikm.sentra()));
      }
    }
    for (MentorLeave leave : s.leaves()) {
      if (s.mentor(leave.mentor()).isEmpty()) {
        out.add(
            unknown(Subject.of(leave.mentor()), "LEAVE", leave.mentor(), "mentor", leave.mentor()));
      }
    }

    // The calendar must know the public holidays of every year of the programme.
    for (int year = p.startDate().getYear(); year <= p.endDate().getYear(); year++) {
      int y = year;
      if (c.calendar.holidays().stream()
          .noneMatch(h -> h.kind() == HolidayKind.PUBLIC_HOLIDAY && h.date().getYear() == y)) {
        out.add(Rule.CALENDAR_WITHOUT_HOLIDAYS.violation(List.of(programme), p.id(), year));
      }
    }
  }

  /** IKM-R001 for an id listed {@code count} times, or nothing when it is listed once. */
  static ImmutableList<Violation> duplicates(Subject.Kind kind, EntityId<?> id, int count) {
    if (count < 2) {
      return ImmutableList.of();
    }
    return ImmutableList.of(
        Rule.DUPLICATE_ID.violation(List.of(Subject.of(kind, id.value())), kind, id, count));
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

  /** IKM-R002: the element {@code kind id} refers in {@code field} to {@code target}, not there. */
  static Violation unknown(Subject subject, String kind, Object id, String field, Object target) {
    return unknown(List.of(subject), kind, id, field, target);
  }

  /** IKM-R002 with several subjects. */
  static Violation unknown(
      List<Subject> subjects, String kind, Object id, String field, Object target) {
    return Rule.UNKNOWN_REFERENCE.violation(subjects, kind, id, field, target);
  }

  /** IKM-R003: the element {@code kind id} concerns an IKM that does not take part. */
  static Violation notAParticipant(List<Subject> subjects, String kind, Object id, IkmId ikm) {
    return Rule.NOT_A_PARTICIPANT.violation(subjects, kind, id, ikm);
  }
}
