package io.github.ikmsdk.core.compliance;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.LocalDate;

/**
 * The one definition of overdue (terlambat), at day granularity: something is overdue only from the
 * day after its due date, so what is due today is never overdue.
 *
 * <p>Overdue is never stored: every part of the SDK that says overdue calls {@link
 * #isOverdue(LocalDate, LocalDate)} with a date taken from an injected {@link java.time.Clock} in
 * the programme's zone (see {@link Compliance#today(
 * io.github.ikmsdk.core.programme.ProgrammeSnapshot, java.time.Clock)}). The due date of a
 * programme week is its last day inside the programme period ({@link #dueDate(ProgrammeWeek)}), the
 * due date of a planned visit its date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Overdue {

  private Overdue() {}

  /**
   * Returns whether something due on {@code dueDate} is overdue on {@code today}.
   *
   * @param dueDate the last day on which it is still on time, not null
   * @param today the current date in the programme's zone, not null
   * @return whether {@code today} is after {@code dueDate}; false when due today
   */
  public static boolean isOverdue(LocalDate dueDate, LocalDate today) {
    checkNotNull(dueDate, "dueDate");
    checkNotNull(today, "today");
    return today.isAfter(dueDate);
  }

  /**
   * Returns the due date of a programme week: the last day of the week inside the programme period,
   * usually the Sunday.
   *
   * @param week the week, not null
   * @return {@code week.lastDay()}
   */
  public static LocalDate dueDate(ProgrammeWeek week) {
    return checkNotNull(week, "week").lastDay();
  }

  /**
   * Returns whether a visit is overdue: it is still {@link VisitStatus#PLANNED} and its date is
   * overdue by {@link #isOverdue(LocalDate, LocalDate)}.
   *
   * @param visit the visit, not null
   * @param today the current date in the programme's zone, not null
   * @return whether the visit is planned and its date is before {@code today}
   */
  public static boolean isOverdue(Visit visit, LocalDate today) {
    checkNotNull(visit, "visit");
    return visit.status() == VisitStatus.PLANNED && isOverdue(visit.date(), today);
  }
}
