package io.github.ikmsdk.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A period with its own working hours (jam kerja khusus), for example the shorter hours of civil
 * servants during Ramadan (jam kerja selama bulan Ramadan), from {@code firstDay} to {@code
 * lastDay} inclusive.
 *
 * <p>In a {@link WorkCalendar} the period's {@linkplain #schedule() weekly schedule} replaces the
 * regular one on the days it {@linkplain #contains(LocalDate) contains}; holidays and extra working
 * days still take precedence.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SpecialHours {

  private final LocalDate firstDay;
  private final LocalDate lastDay;
  private final WeeklySchedule schedule;
  private final String name;

  private SpecialHours(
      LocalDate firstDay, LocalDate lastDay, WeeklySchedule schedule, String name) {
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.schedule = schedule;
    this.name = name;
  }

  /**
   * Returns the period from {@code firstDay} to {@code lastDay}, both inclusive, working to the
   * given schedule.
   *
   * @param firstDay the first day of the period, not null
   * @param lastDay the last day of the period, inclusive, not null
   * @param schedule the weekly working hours during the period, not null
   * @param name the name, for example {@code "Ramadan 1444 H"}, not null; surrounding white space
   *     is removed
   * @return the special hours, not null
   * @throws IllegalArgumentException if {@code lastDay} is before {@code firstDay} or the name is
   *     blank
   */
  public static SpecialHours of(
      LocalDate firstDay, LocalDate lastDay, WeeklySchedule schedule, String name) {
    checkNotNull(firstDay, "firstDay");
    checkNotNull(lastDay, "lastDay");
    checkNotNull(schedule, "schedule");
    checkNotNull(name, "name");
    checkArgument(
        !lastDay.isBefore(firstDay),
        "special hours must not end before they start, were %s to %s",
        firstDay,
        lastDay);
    String trimmed = name.strip();
    checkArgument(!trimmed.isEmpty(), "special hours name must not be blank, was '%s'", name);
    return new SpecialHours(firstDay, lastDay, schedule, trimmed);
  }

  /**
   * Returns the first day of the period.
   *
   * @return the first day, not null
   */
  public LocalDate firstDay() {
    return firstDay;
  }

  /**
   * Returns the last day of the period, inclusive.
   *
   * @return the last day, not before {@link #firstDay()}
   */
  public LocalDate lastDay() {
    return lastDay;
  }

  /**
   * Returns the weekly working hours during the period.
   *
   * @return the schedule, not null
   */
  public WeeklySchedule schedule() {
    return schedule;
  }

  /**
   * Returns the name of the period.
   *
   * @return the name, trimmed and not empty
   */
  public String name() {
    return name;
  }

  /**
   * Returns whether the date lies in the period.
   *
   * @param date the date, not null
   * @return whether {@code firstDay <= date <= lastDay}
   */
  public boolean contains(LocalDate date) {
    checkNotNull(date, "date");
    return !date.isBefore(firstDay) && !date.isAfter(lastDay);
  }

  /**
   * Two special-hours periods are equal when they have the same days, schedule and name.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is an equal period
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof SpecialHours)) {
      return false;
    }
    SpecialHours other = (SpecialHours) obj;
    return firstDay.equals(other.firstDay)
        && lastDay.equals(other.lastDay)
        && schedule.equals(other.schedule)
        && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(firstDay, lastDay, schedule, name);
  }

  /**
   * Returns a text such as {@code "Ramadan 1444 H" 2023-03-23..2023-04-20 [MONDAY=...]}.
   *
   * @return the name, the days and the schedule
   */
  @Override
  public String toString() {
    return "\"" + name + "\" " + firstDay + ".." + lastDay + " [" + schedule + "]";
  }
}
