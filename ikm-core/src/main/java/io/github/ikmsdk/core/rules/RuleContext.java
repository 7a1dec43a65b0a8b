package io.github.ikmsdk.core.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.internal.QualifyingVisit;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.visit.Visit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Data derived once from a snapshot and shared by the rule families and partitions. */
final class RuleContext {
  final ProgrammeSnapshot snapshot;
  final Programme programme;
  final ProgrammePolicy policy;
  final WorkCalendar calendar;

  /** The participants that exist: a participant id without an IKM is only IKM-R002. */
  final Set<IkmId> participants;

  final ImmutableList<ProgrammeWeek> weeks;
  final ImmutableListMultimap<MentorId, MentorLeave> leaves;

  /**
   * The existing mentors of each existing IKM over all assignments, in id order: an assignment
   * naming an unknown mentor or an unknown IKM is IKM-R002 and is otherwise left out.
   */
  final Map<IkmId, Set<MentorId>> mentorsOf;

  RuleContext(ProgrammeSnapshot snapshot) {
    this.snapshot = snapshot;
    this.programme = snapshot.programme();
    this.policy = programme.policy();
    this.calendar = snapshot.calendar();
    Set<IkmId> existing = new HashSet<>();
    for (IkmId id : programme.participants()) {
      if (snapshot.ikm(id).isPresent()) {
        existing.add(id);
      }
    }
    this.participants = existing;
    this.weeks =
        ImmutableList.copyOf(
            calendar.programmeWeeks(
                programme.startDate(),
                programme.endDate(),
                policy.minWorkingDaysForRequiredWeek()));
    this.leaves = Multimaps.index(snapshot.leaves(), MentorLeave::mentor);
    Map<IkmId, Set<MentorId>> mentors = new HashMap<>();
    for (Assignment a : snapshot.assignments()) {
      if (snapshot.mentor(a.mentor()).isEmpty()) {
        continue;
      }
      for (IkmId ikm : a.ikms()) {
        if (snapshot.ikm(ikm).isEmpty()) {
          continue;
        }
        Set<MentorId> set = mentors.get(ikm);
        if (set == null) {
          mentors.put(ikm, Set.of(a.mentor()));
        } else if (!set.contains(a.mentor())) {
          Set<MentorId> more = new TreeSet<>(set);
          more.add(a.mentor());
          mentors.put(ikm, more);
        }
      }
    }
    this.mentorsOf = mentors;
  }

  /**
   * Returns the first element listed with each id: later elements with a duplicated id are only
   * IKM-R001 and are left out of every other rule.
   */
  static <T, K> Collection<T> firstListed(List<T> values, Function<T, K> id) {
    Map<K, T> first = new LinkedHashMap<>();
    for (T value : values) {
      first.putIfAbsent(id.apply(value), value);
    }
    return first.values();
  }

  /** The assigned mentor with the smallest id, so that the result is independent of order. */
  MentorId assignedMentor(IkmId ikm) {
    Set<MentorId> mentors = mentorsOf.get(ikm);
    return mentors == null ? null : mentors.iterator().next();
  }

  /** The first IKM listed with an id, or null. */
  Ikm ikm(IkmId id) {
    return snapshot.ikm(id).orElse(null);
  }

  /**
   * Returns the visits of a partition that the rules judge: the first listed with each id whose
   * mentor and IKM exist. Later visits with a duplicated id are only IKM-R001; a visit with an
   * unknown mentor or IKM is only IKM-R002.
   *
   * @param visits visits in {@link RuleEngine#VISIT_ORDER}
   * @return those visits, in the same order
   */
  Visit[] judged(Visit[] visits) {
    List<Visit> out = new ArrayList<>(visits.length);
    Set<VisitId> seen = new HashSet<>();
    for (Visit v : visits) {
      if (resolves(v) && QualifyingVisit.isFirstListed(snapshot, v) && seen.add(v.id())) {
        out.add(v);
      }
    }
    return out.size() == visits.length ? visits : out.toArray(new Visit[0]);
  }

  /** Whether a visit's mentor and IKM exist. */
  boolean resolves(Visit v) {
    return snapshot.mentor(v.mentor()).isPresent() && snapshot.ikm(v.ikm()).isPresent();
  }

  static List<Subject> visitSubjects(Visit v) {
    return List.of(Subject.of(v.id()), Subject.of(v.mentor()), Subject.of(v.ikm()));
  }
}
