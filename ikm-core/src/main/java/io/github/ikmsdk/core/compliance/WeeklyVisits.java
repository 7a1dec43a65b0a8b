package io.github.ikmsdk.core.compliance;

import com.google.common.collect.ImmutableSortedSet;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.internal.QualifyingVisit;
import io.github.ikmsdk.core.internal.QualifyingVisit.Counting;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.visit.Visit;
import java.time.LocalDate;
import java.util.TreeSet;

/**
 * Tallies the visits of an IKM in a programme week for compliance, by the one predicate {@link
 * QualifyingVisit} that the validator's weekly rule and the planner also use: only {@linkplain
 * Counting#COMPLETED completed} visits count, and only those dated up to the as-of date.
 */
final class WeeklyVisits {

  private WeeklyVisits() {}

  /** The completed and the counted visits of one IKM in one week. */
  record Tally(
      ImmutableSortedSet<VisitId> completed, ImmutableSortedSet<VisitId> counted, long longest) {

    /** Returns whether at least {@code minVisits} distinct visits counted. */
    boolean met(int minVisits) {
      return counted.size() >= minVisits;
    }
  }

  /**
   * Tallies the visits to one IKM in one programme week as of a date.
   *
   * @param visitsToIkm the visits to the IKM (any order, duplicates allowed)
   */
  static Tally tally(
      ProgrammeSnapshot snapshot, Iterable<Visit> visitsToIkm, ProgrammeWeek week, LocalDate asOf) {
    TreeSet<VisitId> completed = new TreeSet<>();
    TreeSet<VisitId> counted = new TreeSet<>();
    long longest = 0;
    int required = snapshot.programme().policy().minVisitWorkingMinutes();
    for (Visit visit : visitsToIkm) {
      LocalDate date = visit.date();
      if (date.isBefore(week.firstDay())
          || date.isAfter(week.lastDay())
          || date.isAfter(asOf)
          || !QualifyingVisit.qualifiesExceptMinutes(snapshot, visit, Counting.COMPLETED)) {
        continue;
      }
      long minutes = QualifyingVisit.workingMinutes(snapshot, visit);
      completed.add(visit.id());
      longest = Math.max(longest, minutes);
      if (QualifyingVisit.qualifies(snapshot, visit, Counting.COMPLETED, minutes)) {
        counted.add(visit.id());
      }
    }
    return new Tally(
        ImmutableSortedSet.copyOf(completed), ImmutableSortedSet.copyOf(counted), longest);
  }
}
