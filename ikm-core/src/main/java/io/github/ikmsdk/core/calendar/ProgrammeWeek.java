package io.github.ikmsdk.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One week of a programme (minggu program): an ISO week clipped to the programme period, with its
 * working days and whether a visit is due in it.
 *
 * <p>The first and last weeks of a programme are usually partial: a programme from Thursday 10
 * August 2023 has as its first week {@code 2023-W32} clipped to Thursday 10 to Sunday 13 August,
 * with two working days. A week needs a visit when it holds at least {@link
 * #minWorkingDaysForVisit()} working days inside the period (one by default), so a week without
 * working days never does. Weeks are made by {@link WorkCalendar#programmeWeeks(LocalDate,
 * LocalDate, int)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProgrammeWeek {

  private final IsoWeek week;
  private final int index;
  private final LocalDate firstDay;
  private final LocalDate lastDay;
  private final ImmutableList<LocalDate> workingDays;
  private final long workingMinutes;
  private final int minWorkingDaysForVisit;

  private ProgrammeWeek(
      IsoWeek week,
      int index,
      LocalDate firstDay,
      LocalDate lastDay,
      ImmutableList<LocalDate> workingDays,
      long workingMinutes,
      int minWorkingDaysForVisit) {
    this.week = week;
    this.index = index;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.workingDays = workingDays;
    this.workingMinutes = workingMinutes;
    this.minWorkingDaysForVisit = minWorkingDaysForVisit;
  }

  /**
   * Returns the programme week with the given content.
   *
   * @param week the ISO week, not null
   * @param index the 1-based position of the week in the programme
   * @param firstDay the first day of the week inside the programme period, not null
   * @param lastDay the last day of the week inside the programme period, not null
   * @param workingDays the working days in {@code [firstDay, lastDay]}, not null, strictly
   *     increasing
   * @param workingMinutes the working minutes of those days, zero or more
   * @param minWorkingDaysForVisit the number of working days from which a visit is due, at least 1
   * @return the programme week, not null
   * @throws IllegalArgumentException if the index or {@code minWorkingDaysForVisit} is less than 1,
   *     {@code workingMinutes} is negative, the days do not lie in {@code week} with {@code
   *     firstDay <= lastDay}, or a working day is out of order or outside {@code [firstDay,
   *     lastDay]}
   */
  public static ProgrammeWeek of(
      IsoWeek week,
      int index,
      LocalDate firstDay,
      LocalDate lastDay,
      List<LocalDate> workingDays,
      long workingMinutes,
      int minWorkingDaysForVisit) {
    checkNotNull(week, "week");
    checkNotNull(firstDay, "firstDay");
    checkNotNull(lastDay, "lastDay");
    ImmutableList<LocalDate> days = ImmutableList.copyOf(checkNotNull(workingDays, "workingDays"));
    checkArgument(index >= 1, "programme week index must be at least 1, was %s", index);
    checkArgument(
        minWorkingDaysForVisit >= 1,
        "minWorkingDaysForVisit must be at least 1, was %s",
        minWorkingDaysForVisit);
    checkArgument(
        workingMinutes >= 0, "working minutes must not be negative, was %s", workingMinutes);
    checkArgument(
        !lastDay.isBefore(firstDay) && week.contains(firstDay) && week.contains(lastDay),
        "programme week days %s..%s must be ordered and lie in %s",
        firstDay,
        lastDay,
        week);
    LocalDate previous = firstDay.minusDays(1);
    for (LocalDate d : days) {
      checkArgument(
          d.isAfter(previous) && !d.isAfter(lastDay),
          "working days must be increasing and lie in %s..%s, were %s",
          firstDay,
          lastDay,
          days);
      previous = d;
    }
    return new ProgrammeWeek(
        week, index, firstDay, lastDay, days, workingMinutes, minWorkingDaysForVisit);
  }

  /**
   * Returns the ISO week.
   *
   * @return the week, not null
   */
  public IsoWeek week() {
    return week;
  }

  /**
   * Returns the position of the week in the programme, the first week being 1.
   *
   * @return the index, at least 1
   */
  public int index() {
    return index;
  }

  /**
   * Returns the first day of the week that lies in the programme period.
   *
   * @return the day, the Monday unless the programme starts within the week
   */
  public LocalDate firstDay() {
    return firstDay;
  }

  /**
   * Returns the last day of the week that lies in the programme period.
   *
   * @return the day, the Sunday unless the programme ends within the week
   */
  public LocalDate lastDay() {
    return lastDay;
  }

  /**
   * Returns the number of days of the week inside the programme period.
   *
   * @return the days from {@link #firstDay()} to {@link #lastDay()} inclusive, 1 to 7
   */
  public int dayCount() {
    return (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
  }

  /**
   * Returns the working days of the week inside the programme period.
   *
   * @return the days, in order; may be empty
   */
  public List<LocalDate> workingDays() {
    return workingDays;
  }

  /**
   * Returns the working minutes of the week's {@linkplain #workingDays() working days}.
   *
   * @return the minutes, zero or more
   */
  public long workingMinutes() {
    return workingMinutes;
  }

  /**
   * Returns the number of working days from which a visit is due in a week.
   *
   * @return the threshold, at least 1
   */
  public int minWorkingDaysForVisit() {
    return minWorkingDaysForVisit;
  }

  /**
   * Returns whether a visit is due in this week.
   *
   * @return whether {@code workingDays().size() >= minWorkingDaysForVisit()}
   */
  public boolean visitRequired() {
    return workingDays.size() >= minWorkingDaysForVisit;
  }

  /**
   * Two programme weeks are equal when all their properties are equal.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is an equal programme week
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof ProgrammeWeek)) {
      return false;
    }
    ProgrammeWeek other = (ProgrammeWeek) obj;
    return week.equals(other.week)
        && index == other.index
        && firstDay.equals(other.firstDay)
        && lastDay.equals(other.lastDay)
        && workingDays.equals(other.workingDays)
        && workingMinutes == other.workingMinutes
        && minWorkingDaysForVisit == other.minWorkingDaysForVisit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        week, index, firstDay, lastDay, workingDays, workingMinutes, minWorkingDaysForVisit);
  }

  /**
   * Returns a text such as {@code #1 2023-W32 2023-08-10..2023-08-13 2 working days, 900 min, visit
   * required}.
   *
   * @return a summary of the week
   */
  @Override
  public String toString() {
    return "#"
        + index
        + " "
        + week
        + " "
        + firstDay
        + ".."
        + lastDay
        + " "
        + workingDays.size()
        + " working days, "
        + workingMinutes
        + " min, "
        + (visitRequired() ? "visit required" : "no visit required");
  }
}
