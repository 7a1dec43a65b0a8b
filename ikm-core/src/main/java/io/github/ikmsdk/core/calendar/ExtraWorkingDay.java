package io.github.ikmsdk.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A day declared a working day although it normally is not (hari kerja tambahan), for example a
 * Saturday on which the agency schedules work, with that day's working hours.
 *
 * <p>In a {@link WorkCalendar} an extra working day takes precedence over everything else on its
 * date, holidays included.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ExtraWorkingDay implements Comparable<ExtraWorkingDay> {

  private final LocalDate date;
  private final DaySchedule schedule;
  private final String name;

  private ExtraWorkingDay(LocalDate date, DaySchedule schedule, String name) {
    this.date = date;
    this.schedule = schedule;
    this.name = name;
  }

  /**
   * Returns the extra working day on the given date with the given hours.
   *
   * @param date the day, not null
   * @param schedule the working hours of that day, not null and {@linkplain DaySchedule#isWorking()
   *     working}
   * @param name the reason or name, for example {@code "Kunjungan IKM hari Sabtu"}, not null;
   *     surrounding white space is removed
   * @return the extra working day, not null
   * @throws IllegalArgumentException if the schedule is closed or the name is blank
   */
  public static ExtraWorkingDay of(LocalDate date, DaySchedule schedule, String name) {
    checkNotNull(date, "date");
    checkNotNull(schedule, "schedule");
    checkNotNull(name, "name");
    checkArgument(
        schedule.isWorking(), "extra working day %s must have working hours, was closed", date);
    String trimmed = name.strip();
    checkArgument(!trimmed.isEmpty(), "extra working day name must not be blank, was '%s'", name);
    return new ExtraWorkingDay(date, schedule, trimmed);
  }

  /**
   * Returns the day.
   *
   * @return the date, not null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the working hours of the day.
   *
   * @return the schedule, working
   */
  public DaySchedule schedule() {
    return schedule;
  }

  /**
   * Returns the name or reason.
   *
   * @return the name, trimmed and not empty
   */
  public String name() {
    return name;
  }

  /**
   * Compares by date, then name, then the schedule's text.
   *
   * @param other the other extra working day, not null
   * @return negative, zero or positive as this day sorts before, with or after the other
   */
  @Override
  public int compareTo(ExtraWorkingDay other) {
    int cmp = date.compareTo(other.date);
    if (cmp == 0) {
      cmp = name.compareTo(other.name);
    }
    return cmp != 0 ? cmp : schedule.toString().compareTo(other.schedule.toString());
  }

  /**
   * Two extra working days are equal when they have the same date, schedule and name.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is an equal extra working day
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof ExtraWorkingDay)) {
      return false;
    }
    ExtraWorkingDay other = (ExtraWorkingDay) obj;
    return date.equals(other.date) && schedule.equals(other.schedule) && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, schedule, name);
  }

  /**
   * Returns a text such as {@code 2023-08-19 08:00-12:00 "Kunjungan IKM hari Sabtu"}.
   *
   * @return the date, schedule and quoted name
   */
  @Override
  public String toString() {
    return date + " " + schedule + " \"" + name + "\"";
  }
}
