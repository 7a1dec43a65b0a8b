package io.github.ikmsdk.core.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.visit.Visit;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Data derived once from a snapshot and shared by the rule families and partitions. */
final class RuleContext {
  final ProgrammeSnapshot snapshot;
  final Programme programme;
  final ProgrammePolicy policy;
  final WorkCalendar calendar;
  final Set<IkmId> participants;
  final ImmutableList<ProgrammeWeek> weeks;
  final ImmutableListMultimap<MentorId, MentorLeave> leaves;
  private final long firstMondayEpochDay;

  /** The mentors of each IKM over all assignments, in id order. */
  final Map<IkmId, Set<MentorId>> mentorsOf;

  RuleContext(ProgrammeSnapshot snapshot) {
    this.snapshot = snapshot;
    this.programme = snapshot.programme();
    this.policy = programme.policy();
    this.calendar = snapshot.calendar();
    this.participants = programme.participants();
    this.weeks =
        ImmutableList.copyOf(
            calendar.programmeWeeks(
                programme.startDate(), programme.endDate(), policy.minWorkingDaysForRequiredWeek()));
    this.firstMondayEpochDay = mondayEpochDay(programme.startDate());
    this.leaves = Multimaps.index(snapshot.leaves(), MentorLeave::mentor);
    Map<IkmId, Set<MentorId>> mentors = new HashMap<>();
    for (Assignment a : snapshot.assignments()) {
      for (IkmId ikm : a.ikms()) {
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

  /** The assigned mentor with the smallest id, so that the result is independent of order. */
  MentorId assignedMentor(IkmId ikm) {
    Set<MentorId> mentors = mentorsOf.get(ikm);
    return mentors == null ? null : mentors.iterator().next();
  }

  /** The first IKM listed with an id, or null. */
  Ikm ikm(IkmId id) {
    return snapshot.ikm(id).orElse(null);
  }

  /** The index in {@link #weeks} of the week of a date inside the programme period. */
  int weekIndex(LocalDate date) {
    return (int) ((mondayEpochDay(date) - firstMondayEpochDay) / 7);
  }

  private static long mondayEpochDay(LocalDate date) {
    return date.toEpochDay() - (date.getDayOfWeek().getValue() - 1);
  }

  static List<Subject> visitSubjects(Visit v) {
    return List.of(Subject.of(v.id()), Subject.of(v.mentor()), Subject.of(v.ikm()));
  }
}
