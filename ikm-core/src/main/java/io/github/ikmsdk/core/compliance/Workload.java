package io.github.ikmsdk.core.compliance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;

/**
 * Workload queries over the programme data (beban kerja pendamping): per mentor and day, the
 * planned, overdue and completed visits; and per mentor, "my overdue IKMs this week".
 *
 * <p>Overdue is always decided by {@link Overdue}, at day granularity, as of a date in the
 * programme's zone (see {@link Compliance#today(ProgrammeSnapshot, Clock)}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Workload {

  /** The most days one {@link #of(ProgrammeSnapshot, LocalDate, LocalDate, LocalDate)} covers. */
  public static final int MAX_DAYS = 731;

  private Workload() {}

  /**
   * Returns the workload of every mentor on every day of {@code [from, to]}: one row per mentor and
   * day, days without visits included. The mentors are those listed in the snapshot or in an
   * assignment.
   *
   * @param snapshot the programme data, not null
   * @param from the first day, not null
   * @param to the last day, inclusive, not null
   * @param today the as-of date in the programme's zone, not null
   * @return the rows, sorted by mentor, then by date
   * @throws IllegalArgumentException if {@code to} is before {@code from} or the range has more
   *     than {@value #MAX_DAYS} days
   */
  public static List<MentorDayWorkload> of(
      ProgrammeSnapshot snapshot, LocalDate from, LocalDate to, LocalDate today) {
    checkNotNull(snapshot, "snapshot");
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(today, "today");
    checkArgument(
        !to.isBefore(from), "workload range must not end before it starts, was %s to %s", from, to);
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    checkArgument(
        days <= MAX_DAYS, "workload range must have at most %s days, had %s", MAX_DAYS, days);
    ImmutableList.Builder<MentorDayWorkload> rows = ImmutableList.builder();
    for (MentorId mentor : mentors(snapshot)) {
      List<Visit> visits = snapshot.visitsBy(mentor);
      for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
        TreeSet<VisitId> planned = new TreeSet<>();
        TreeSet<VisitId> overdue = new TreeSet<>();
        TreeSet<VisitId> completed = new TreeSet<>();
        for (Visit visit : visits) {
          if (!visit.date().equals(date)) {
            continue;
          }
          if (visit.status() == VisitStatus.PLANNED) {
            planned.add(visit.id());
            if (Overdue.isOverdue(visit, today)) {
              overdue.add(visit.id());
            }
          } else if (visit.status() == VisitStatus.COMPLETED) {
            completed.add(visit.id());
          }
        }
        rows.add(
            MentorDayWorkload.builder()
                .mentor(mentor)
                .date(date)
                .plannedVisits(planned)
                .overdueVisits(overdue)
                .completedVisits(completed)
                .build());
      }
    }
    return rows.build();
  }

  /**
   * Returns a mentor's overdue IKMs this week, with today from an injected clock.
   *
   * @param snapshot the programme data, not null
   * @param mentor the mentor, not null
   * @param clock the clock, not null; today is {@link Compliance#today(ProgrammeSnapshot, Clock)}
   * @return see {@link #overdueIkms(ProgrammeSnapshot, MentorId, LocalDate)}
   */
  public static List<IkmId> overdueIkms(ProgrammeSnapshot snapshot, MentorId mentor, Clock clock) {
    return overdueIkms(snapshot, mentor, Compliance.today(snapshot, clock));
  }

  /**
   * Returns a mentor's overdue IKMs this week ("IKM saya yang terlambat minggu ini"): the IKMs
   * assigned to the mentor with something that is overdue today and is news this week. Something is
   * either
   *
   * <ul>
   *   <li>the programme week of today or the one before it, when it is {@linkplain
   *       IkmWeekCompliance#isOverdue() overdue} in {@link Compliance#asOf(ProgrammeSnapshot,
   *       LocalDate)}: so on any day of a week the IKMs that missed the previous week are listed,
   *       and from the current week's last working day (its due date) those that missed it; or
   *   <li>a visit of the mentor to the IKM that is still planned and {@linkplain
   *       Overdue#isOverdue(Visit, LocalDate) overdue}, dated from the Sunday before the ISO week
   *       of today.
   * </ul>
   *
   * @param snapshot the programme data, not null
   * @param mentor the mentor, not null
   * @param today the as-of date in the programme's zone, not null
   * @return the distinct IKM ids, sorted, possibly empty
   */
  public static List<IkmId> overdueIkms(
      ProgrammeSnapshot snapshot, MentorId mentor, LocalDate today) {
    checkNotNull(snapshot, "snapshot");
    checkNotNull(mentor, "mentor");
    checkNotNull(today, "today");
    IsoWeek thisWeek = IsoWeek.from(today);
    IsoWeek lastWeek = thisWeek.plusWeeks(-1);
    LocalDate since = thisWeek.monday().minusDays(1);
    ImmutableSortedSet<IkmId> own = ImmutableSortedSet.copyOf(snapshot.ikmsOf(mentor));
    TreeSet<IkmId> result = new TreeSet<>();
    for (IkmWeekCompliance row : Compliance.asOf(snapshot, today).rows()) {
      IsoWeek week = row.week().week();
      if (own.contains(row.ikm())
          && row.isOverdue()
          && (week.equals(thisWeek) || week.equals(lastWeek))) {
        result.add(row.ikm());
      }
    }
    for (Visit visit : snapshot.visitsBy(mentor)) {
      if (own.contains(visit.ikm())
          && Overdue.isOverdue(visit, today)
          && !visit.date().isBefore(since)) {
        result.add(visit.ikm());
      }
    }
    return ImmutableList.copyOf(result);
  }

  private static ImmutableSortedSet<MentorId> mentors(ProgrammeSnapshot snapshot) {
    TreeSet<MentorId> mentors = new TreeSet<>();
    for (Mentor mentor : snapshot.mentors()) {
      mentors.add(mentor.id());
    }
    for (Assignment assignment : snapshot.assignments()) {
      mentors.add(assignment.mentor());
    }
    return ImmutableSortedSet.copyOf(mentors);
  }
}
