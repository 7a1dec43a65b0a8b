package io.github.ikmsdk.core.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The weekly pattern of working hours (pola jam kerja mingguan): one {@link DaySchedule} per day of
 * the week.
 *
 * <p>Two presets follow the common arrangement of Indonesian civil-servant working hours under
 * Peraturan Presiden 21/2023 (hari kerja dan jam kerja instansi pemerintah): {@link
 * #civilServant()} (37.5 hours a week) and {@link #civilServantRamadan()} (32.5 hours a week during
 * Ramadan). The head of each agency sets the exact hours, so any pattern can be built with {@link
 * #builder()}, {@link #of(Map)} or {@link #with(DayOfWeek, DaySchedule)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WeeklySchedule {

  private static final DayOfWeek[] DAYS = DayOfWeek.values();

  private static final WeeklySchedule CIVIL_SERVANT =
      builder()
          .weekdays(
              DaySchedule.of(
                  LocalTime.of(7, 30), LocalTime.of(16, 0), ImmutableList.of(window(12, 0, 13, 0))))
          .day(
              DayOfWeek.FRIDAY,
              DaySchedule.of(
                  LocalTime.of(7, 30),
                  LocalTime.of(16, 30),
                  ImmutableList.of(window(11, 30, 13, 0))))
          .build();

  private static final WeeklySchedule CIVIL_SERVANT_RAMADAN =
      builder()
          .weekdays(
              DaySchedule.of(
                  LocalTime.of(8, 0), LocalTime.of(15, 0), ImmutableList.of(window(12, 0, 12, 30))))
          .day(
              DayOfWeek.FRIDAY,
              DaySchedule.of(
                  LocalTime.of(8, 0),
                  LocalTime.of(15, 30),
                  ImmutableList.of(window(11, 30, 12, 30))))
          .build();

  // Indexed by DayOfWeek.ordinal().
  private final DaySchedule[] days;

  private WeeklySchedule(DaySchedule[] days) {
    this.days = days;
  }

  private static TimeWindow window(int h1, int m1, int h2, int m2) {
    return TimeWindow.of(LocalTime.of(h1, m1), LocalTime.of(h2, m2));
  }

  /**
   * Returns the schedule with the given day schedules; days that are not in the map are {@linkplain
   * DaySchedule#closed() closed}.
   *
   * @param days the schedule of each day, not null, no null key or value
   * @return the weekly schedule, not null
   */
  public static WeeklySchedule of(Map<DayOfWeek, DaySchedule> days) {
    checkNotNull(days, "days");
    Builder builder = builder();
    days.forEach(builder::day);
    return builder.build();
  }

  /**
   * Returns a builder in which every day is closed.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the common civil-servant working hours (Perpres 21/2023): Monday to Thursday
   * 07:30-16:00 with a break 12:00-13:00, Friday 07:30-16:30 with a break 11:30-13:00, Saturday and
   * Sunday closed; 2,250 working minutes (37.5 hours) a week.
   *
   * @return the preset, not null
   */
  public static WeeklySchedule civilServant() {
    return CIVIL_SERVANT;
  }

  /**
   * Returns the common civil-servant working hours during Ramadan (32.5 hours a week, start 08:00):
   * Monday to Thursday 08:00-15:00 with a break 12:00-12:30, Friday 08:00-15:30 with a break
   * 11:30-12:30, Saturday and Sunday closed; 1,950 working minutes a week. The exact hours are set
   * each year by circular of the ministry (MenPAN-RB) and by each agency.
   *
   * @return the preset, not null
   */
  public static WeeklySchedule civilServantRamadan() {
    return CIVIL_SERVANT_RAMADAN;
  }

  /**
   * Returns the schedule of one day of the week.
   *
   * @param dayOfWeek the day, not null
   * @return the day's schedule, not null; {@linkplain DaySchedule#closed() closed} if no work
   */
  public DaySchedule day(DayOfWeek dayOfWeek) {
    checkNotNull(dayOfWeek, "dayOfWeek");
    return days[dayOfWeek.ordinal()];
  }

  /**
   * Returns a copy with one day's schedule replaced.
   *
   * @param dayOfWeek the day, not null
   * @param schedule the new schedule of that day, not null
   * @return the changed weekly schedule, not null
   */
  public WeeklySchedule with(DayOfWeek dayOfWeek, DaySchedule schedule) {
    return toBuilder().day(dayOfWeek, schedule).build();
  }

  /**
   * Returns a builder that starts from this schedule.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    System.arraycopy(days, 0, builder.days, 0, days.length);
    return builder;
  }

  /**
   * Returns the day schedules as a map in day order, Monday first, including closed days.
   *
   * @return the seven day schedules, not null
   */
  public Map<DayOfWeek, DaySchedule> days() {
    EnumMap<DayOfWeek, DaySchedule> map = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DAYS) {
      map.put(d, days[d.ordinal()]);
    }
    return Maps.immutableEnumMap(map);
  }

  /**
   * Returns the working days of the week.
   *
   * @return the days whose schedule is working, in order Monday first
   */
  public Set<DayOfWeek> workingDays() {
    EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : DAYS) {
      if (days[d.ordinal()].isWorking()) {
        set.add(d);
      }
    }
    return Sets.immutableEnumSet(set);
  }

  /**
   * Returns the exact working time of a whole week.
   *
   * @return the sum of the days' working time
   */
  public Duration weeklyWorkingDuration() {
    long nanos = 0;
    for (DaySchedule d : days) {
      nanos += d.totalNanos();
    }
    return Duration.ofNanos(nanos);
  }

  /**
   * Returns the working minutes of a whole week, for example 2,250 for {@link #civilServant()}.
   *
   * @return the weekly working time in whole minutes (rounded down)
   */
  public long weeklyWorkingMinutes() {
    return weeklyWorkingDuration().toMinutes();
  }

  /**
   * Two weekly schedules are equal when every day has an equal schedule.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is an equal weekly schedule
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof WeeklySchedule && Arrays.equals(((WeeklySchedule) obj).days, days));
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(days);
  }

  /**
   * Returns a text such as {@code MONDAY=07:30-12:00,13:00-16:00; ...; SUNDAY=closed}.
   *
   * @return the seven days and their schedules, Monday first
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (DayOfWeek d : DAYS) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(d).append('=').append(days[d.ordinal()]);
    }
    return sb.toString();
  }

  /** Builds a {@link WeeklySchedule}; every day starts closed. Not thread-safe. */
  public static final class Builder {

    private final DaySchedule[] days = new DaySchedule[DAYS.length];

    private Builder() {
      Arrays.fill(days, DaySchedule.closed());
    }

    /**
     * Sets the schedule of one day of the week.
     *
     * @param dayOfWeek the day, not null
     * @param schedule the schedule of that day, not null
     * @return this builder
     */
    public Builder day(DayOfWeek dayOfWeek, DaySchedule schedule) {
      checkNotNull(dayOfWeek, "dayOfWeek");
      days[dayOfWeek.ordinal()] = checkNotNull(schedule, "schedule");
      return this;
    }

    /**
     * Sets the same schedule for Monday to Friday.
     *
     * @param schedule the schedule of each weekday, not null
     * @return this builder
     */
    public Builder weekdays(DaySchedule schedule) {
      checkNotNull(schedule, "schedule");
      for (DayOfWeek d : DAYS) {
        if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
          days[d.ordinal()] = schedule;
        }
      }
      return this;
    }

    /**
     * Returns the weekly schedule.
     *
     * @return the schedule, not null
     */
    public WeeklySchedule build() {
      return new WeeklySchedule(days.clone());
    }
  }
}
