package io.github.ikmsdk.core.compliance;

import com.google.common.collect.ImmutableSortedSet;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.LocalDate;
import java.util.TreeSet;

/**
 * The one place that decides which visits count for an IKM in a programme week (rules S3 and S4),
 * as documented in the package documentation. The validator's weekly rules should agree with {@link
 * #tally}: pass {@link LocalDate#MAX} as the as-of date to judge all recorded data.
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
      WorkCalendar calendar,
      ProgrammePolicy policy,
      Iterable<Visit> visitsToIkm,
      ProgrammeWeek week,
      LocalDate asOf) {
    TreeSet<VisitId> completed = new TreeSet<>();
    TreeSet<VisitId> counted = new TreeSet<>();
    long longest = 0;
    for (Visit visit : visitsToIkm) {
      LocalDate date = visit.date();
      if (visit.status() != VisitStatus.COMPLETED
          || date.isBefore(week.firstDay())
          || date.isAfter(week.lastDay())
          || date.isAfter(asOf)) {
        continue;
      }
      long minutes = workingMinutes(calendar, visit);
      completed.add(visit.id());
      longest = Math.max(longest, minutes);
      if (minutes >= policy.minVisitWorkingMinutes()) {
        counted.add(visit.id());
      }
    }
    return new Tally(
        ImmutableSortedSet.copyOf(completed), ImmutableSortedSet.copyOf(counted), longest);
  }

  /** Returns the working minutes of a visit by the calendar. */
  static long workingMinutes(WorkCalendar calendar, Visit visit) {
    return calendar.workingMinutes(visit.date(), visit.start(), visit.end());
  }
}
