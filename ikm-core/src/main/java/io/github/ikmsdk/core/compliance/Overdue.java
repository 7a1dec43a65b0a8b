package io.github.ikmsdk.core.compliance;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * The one definition of overdue (terlambat), at day granularity: something is overdue only from the
 * day after its due date, so what is due today is never overdue.
 *
 * <p>Overdue is never stored: every part of the SDK that says overdue calls this class with a date
 * taken from an injected {@link java.time.Clock} in the programme's zone (see {@link
 * Compliance#today( io.github.ikmsdk.core.programme.ProgrammeSnapshot, java.time.Clock)}). The due
 * date of a planned visit is its date, and it is overdue from the next day ({@link
 * #isOverdue(Visit, LocalDate)}).
 *
 * <p>A programme week is different: its due date is its last working day inside the programme
 * period ({@link #dueDate(ProgrammeWeek)}), and the week is <em>due</em> as of any date on or after
 * it ({@link #isDue(ProgrammeWeek, LocalDate)}): no working day is left for a visit, so its verdict
 * is final. The validator ({@code Validator.asOf}) and the compliance report both judge weeks by
 * {@link #isDue(ProgrammeWeek, LocalDate)}; a due week that is not met is overdue.
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
   * Returns the due date of a programme week (tenggat minggu): its last working day inside the
   * programme period, usually the Friday; for a week without working days, which never needs a
   * visit, its last day inside the period.
   *
   * @param week the week, not null
   * @return the last of {@code week.workingDays()}, or {@code week.lastDay()} if there is none
   */
  public static LocalDate dueDate(ProgrammeWeek week) {
    checkNotNull(week, "week");
    List<LocalDate> days = week.workingDays();
    return days.isEmpty() ? week.lastDay() : days.get(days.size() - 1);
  }

  /**
   * Returns whether a programme week is due as of a date: its {@linkplain #dueDate(ProgrammeWeek)
   * last working day} is on or before the date. For a due week only completed visits count, and too
   * few of them is final (IKM-R305, and an overdue compliance status).
   *
   * <p>Example with the seed programme (civil-servant calendar, WITA): week 2023-W33 has its last
   * working day on Friday 18 August 2023, so it is due as of Friday 18 August and not as of
   * Thursday 17 August.
   *
   * @param week the week, not null
   * @param asOf the date in the programme's zone, not null
   * @return whether {@code dueDate(week)} is not after {@code asOf}
   */
  public static boolean isDue(ProgrammeWeek week, LocalDate asOf) {
    checkNotNull(asOf, "asOf");
    return !dueDate(week).isAfter(asOf);
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
