package io.github.ikmsdk.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import com.google.common.collect.RangeMap;
import com.google.common.collect.TreeRangeMap;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The working-time calendar of an agency (kalender kerja: hari dan jam kerja, hari libur): which
 * days are working days, the working hours and breaks of each day, and how many working minutes an
 * interval holds, in one time zone.
 *
 * <p>Start with a preset such as {@link #civilServant(ZoneId)} (civil-servant hours and the bundled
 * national holidays and cuti bersama) and adjust it with {@link #toBuilder()}, or build one from
 * scratch with {@link #builder()}:
 *
 * <pre>{@code
 * WorkCalendar calendar = WorkCalendar.civilServant(IndonesianTimeZone.WITA.zoneId())
 *     .toBuilder()
 *     .addHoliday(Holiday.of(LocalDate.of(2023, 9, 1), HolidayKind.REGIONAL_HOLIDAY, "..."))
 *     .build();
 * long minutes = calendar.workingMinutes(
 *     LocalDateTime.of(2023, 8, 21, 10, 0), LocalDateTime.of(2023, 8, 21, 15, 0)); // 240
 * }</pre>
 *
 * <h2>Effective schedule of a date</h2>
 *
 * <p>The {@linkplain #schedule(LocalDate) working hours of a date} are decided in this order; the
 * first rule that applies wins:
 *
 * <ol>
 *   <li>an {@link ExtraWorkingDay} on that date: its schedule (even on a holiday);
 *   <li>a {@link Holiday} on that date: closed;
 *   <li>a {@link SpecialHours} period containing the date: that period's schedule for the day of
 *       the week; where periods overlap, the one added last wins;
 *   <li>otherwise the {@linkplain #weeklySchedule() weekly schedule}.
 * </ol>
 *
 * <h2>Times and zone</h2>
 *
 * <p>All arithmetic uses local dates and times ({@link LocalDate}, {@link LocalTime}, {@link
 * LocalDateTime}) understood in the calendar's {@linkplain #zone() zone}; the zone is used to find
 * {@linkplain #today(Clock) today} and by callers to convert instants. Indonesian zones have no
 * daylight saving time. Working minutes are exact for times in whole minutes; for times with
 * seconds the exact {@link Duration} methods are additive and the minute methods round down.
 *
 * <p>Lookups are fast: {@link #schedule(LocalDate)} is a hash lookup (plus a logarithmic search
 * when special-hours periods exist), and the working-minute methods do not allocate for intervals
 * within one day.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WorkCalendar {

  /** How far {@link #nextWorkingMoment(LocalDateTime)} searches, in days. */
  public static final int MAX_SEARCH_DAYS = 366 * 2;

  private final ZoneId zone;
  private final WeeklySchedule weeklySchedule;
  private final ImmutableList<Holiday> holidays;
  private final ImmutableListMultimap<LocalDate, Holiday> holidaysByDate;
  private final ImmutableList<SpecialHours> specialHours;
  private final ImmutableRangeMap<LocalDate, SpecialHours> specialHoursByDate;
  private final ImmutableList<ExtraWorkingDay> extraWorkingDays;
  private final ImmutableMap<LocalDate, ExtraWorkingDay> extraWorkingDaysByDate;
  // Extra working days and holidays, resolved: the first two rules of the precedence.
  private final ImmutableMap<LocalDate, DaySchedule> overrides;

  private WorkCalendar(Builder builder) {
    this.zone = builder.zone;
    this.weeklySchedule = builder.weeklySchedule;
    this.holidays = ImmutableList.copyOf(builder.holidays);
    ImmutableListMultimap.Builder<LocalDate, Holiday> byDate = ImmutableListMultimap.builder();
    for (Holiday h : holidays) {
      byDate.put(h.date(), h);
    }
    this.holidaysByDate = byDate.build();
    this.specialHours = ImmutableList.copyOf(builder.specialHours);
    RangeMap<LocalDate, SpecialHours> ranges = TreeRangeMap.create();
    for (SpecialHours s : specialHours) {
      ranges.put(Range.closed(s.firstDay(), s.lastDay()), s);
    }
    this.specialHoursByDate = ImmutableRangeMap.copyOf(ranges);
    this.extraWorkingDays = ImmutableList.copyOf(builder.extraWorkingDays.values());
    this.extraWorkingDaysByDate = ImmutableMap.copyOf(builder.extraWorkingDays);
    Map<LocalDate, DaySchedule> resolved = new HashMap<>();
    for (Holiday h : holidays) {
      resolved.put(h.date(), DaySchedule.closed());
    }
    for (ExtraWorkingDay e : extraWorkingDays) {
      resolved.put(e.date(), e.schedule());
    }
    this.overrides = ImmutableMap.copyOf(new TreeMap<>(resolved));
  }

  /**
   * Returns a new builder with no zone, the {@linkplain WeeklySchedule#civilServant()
   * civil-servant} weekly schedule and no holidays.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the calendar of Indonesian civil servants in the given zone: the {@linkplain
   * WeeklySchedule#civilServant() civil-servant working hours} and the {@linkplain
   * Holidays#indonesia() bundled national holidays and cuti bersama} (2023 and 2024 only). No
   * special hours are included; add Ramadan hours with {@link Builder#addSpecialHours}.
   *
   * @param zone the zone of the agency, for example {@code Asia/Makassar} (WITA), not null
   * @return the calendar, not null
   */
  public static WorkCalendar civilServant(ZoneId zone) {
    return builder()
        .zone(zone)
        .weeklySchedule(WeeklySchedule.civilServant())
        .addHolidays(Holidays.indonesia())
        .build();
  }

  /**
   * Returns a builder that starts from this calendar.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.zone = zone;
    builder.weeklySchedule = weeklySchedule;
    builder.holidays.addAll(holidays);
    builder.specialHours.addAll(specialHours);
    builder.extraWorkingDays.putAll(extraWorkingDaysByDate);
    return builder;
  }

  /**
   * Returns the time zone of the calendar.
   *
   * @return the zone, not null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the regular weekly working hours.
   *
   * @return the weekly schedule, not null
   */
  public WeeklySchedule weeklySchedule() {
    return weeklySchedule;
  }

  /**
   * Returns all holidays of the calendar.
   *
   * @return the holidays, sorted by date, kind and name, without duplicates
   */
  public List<Holiday> holidays() {
    return holidays;
  }

  /**
   * Returns the special-hours periods in the order they were added (later ones win where they
   * overlap).
   *
   * @return the periods, not null
   */
  public List<SpecialHours> specialHours() {
    return specialHours;
  }

  /**
   * Returns the extra working days.
   *
   * @return the days, sorted by date, at most one per date
   */
  public List<ExtraWorkingDay> extraWorkingDays() {
    return extraWorkingDays;
  }

  /**
   * Returns the effective working hours of a date, following the precedence in the class
   * documentation.
   *
   * @param date the date, not null
   * @return the schedule, {@linkplain DaySchedule#closed() closed} on non-working days
   */
  public DaySchedule schedule(LocalDate date) {
    DaySchedule override = overrides.get(checkNotNull(date, "date"));
    if (override != null) {
      return override;
    }
    if (!specialHours.isEmpty()) {
      SpecialHours special = specialHoursByDate.get(date);
      if (special != null) {
        return special.schedule().day(date.getDayOfWeek());
      }
    }
    return weeklySchedule.day(date.getDayOfWeek());
  }

  /**
   * Returns whether the date has any working time.
   *
   * @param date the date, not null
   * @return whether {@link #schedule(LocalDate)} is working
   */
  public boolean isWorkingDay(LocalDate date) {
    return schedule(date).isWorking();
  }

  /**
   * Returns the holiday on a date; if there are several, the first in {@linkplain Holiday#compareTo
   * order} (a public holiday before a cuti bersama).
   *
   * <p>A holiday is returned even when an {@link ExtraWorkingDay} makes the date a working day.
   *
   * @param date the date, not null
   * @return the holiday, or empty if there is none
   */
  public Optional<Holiday> holiday(LocalDate date) {
    List<Holiday> onDate = holidaysByDate.get(checkNotNull(date, "date"));
    return onDate.isEmpty() ? Optional.empty() : Optional.of(onDate.get(0));
  }

  /**
   * Returns all holidays on a date.
   *
   * @param date the date, not null
   * @return the holidays, sorted; empty if there are none
   */
  public List<Holiday> holidays(LocalDate date) {
    return holidaysByDate.get(checkNotNull(date, "date"));
  }

  /**
   * Returns the special-hours period that governs a date, if any (the one added last among those
   * that contain it).
   *
   * @param date the date, not null
   * @return the period, or empty
   */
  public Optional<SpecialHours> specialHours(LocalDate date) {
    return Optional.ofNullable(specialHoursByDate.get(checkNotNull(date, "date")));
  }

  /**
   * Returns the extra working day on a date, if any.
   *
   * @param date the date, not null
   * @return the extra working day, or empty
   */
  public Optional<ExtraWorkingDay> extraWorkingDay(LocalDate date) {
    return Optional.ofNullable(extraWorkingDaysByDate.get(checkNotNull(date, "date")));
  }

  /**
   * Returns the working minutes of {@code [startInclusive, endExclusive)} on one date.
   *
   * @param date the date, not null
   * @param startInclusive the start of the interval, not null
   * @param endExclusive the end of the interval, not null ({@link LocalTime#MIDNIGHT} is 00:00; use
   *     {@link #workingMinutes(LocalDateTime, LocalDateTime)} to reach the end of the day)
   * @return the working minutes, rounded down; zero if the end is not after the start
   */
  public long workingMinutes(LocalDate date, LocalTime startInclusive, LocalTime endExclusive) {
    checkNotNull(startInclusive, "startInclusive");
    checkNotNull(endExclusive, "endExclusive");
    return schedule(date).workingNanos(startInclusive.toNanoOfDay(), endExclusive.toNanoOfDay())
        / TimeWindow.NANOS_PER_MINUTE;
  }

  /**
   * Returns the working minutes of {@code [startInclusive, endExclusive)}, which may span any
   * number of days: its overlap with the working windows of each date, breaks excluded, zero on
   * non-working days. The count is additive: splitting an interval at whole minutes never changes
   * the sum. Runs in time proportional to the number of days.
   *
   * @param startInclusive the start, not null
   * @param endExclusive the end, not null
   * @return the working minutes, rounded down; zero if the end is not after the start
   */
  public long workingMinutes(LocalDateTime startInclusive, LocalDateTime endExclusive) {
    return workingNanos(startInclusive, endExclusive) / TimeWindow.NANOS_PER_MINUTE;
  }

  /**
   * Returns the exact working time of {@code [startInclusive, endExclusive)}, which may span any
   * number of days. The result is additive over any split point.
   *
   * @param startInclusive the start, not null
   * @param endExclusive the end, not null
   * @return the working time; zero if the end is not after the start
   */
  public Duration workingDuration(LocalDateTime startInclusive, LocalDateTime endExclusive) {
    return Duration.ofNanos(workingNanos(startInclusive, endExclusive));
  }

  private long workingNanos(LocalDateTime startInclusive, LocalDateTime endExclusive) {
    checkNotNull(startInclusive, "startInclusive");
    checkNotNull(endExclusive, "endExclusive");
    if (!endExclusive.isAfter(startInclusive)) {
      return 0;
    }
    LocalDate first = startInclusive.toLocalDate();
    LocalDate last = endExclusive.toLocalDate();
    long from = startInclusive.toLocalTime().toNanoOfDay();
    long to = endExclusive.toLocalTime().toNanoOfDay();
    if (first.equals(last)) {
      return schedule(first).workingNanos(from, to);
    }
    long sum = schedule(first).workingNanos(from, TimeWindow.NANOS_PER_DAY);
    for (LocalDate d = first.plusDays(1); d.isBefore(last); d = d.plusDays(1)) {
      sum += schedule(d).totalNanos();
    }
    return sum + schedule(last).workingNanos(0, to);
  }

  /**
   * Returns the working days of an ISO week.
   *
   * @param week the week, not null
   * @return the working days, in order; may be empty
   */
  public List<LocalDate> workingDays(IsoWeek week) {
    checkNotNull(week, "week");
    return workingDays(week.monday(), week.sunday());
  }

  /**
   * Returns the working days from {@code firstDay} to {@code lastDay}, both inclusive.
   *
   * @param firstDay the first day, not null
   * @param lastDay the last day, inclusive, not null
   * @return the working days, in order; empty if {@code lastDay} is before {@code firstDay}
   */
  public List<LocalDate> workingDays(LocalDate firstDay, LocalDate lastDay) {
    checkNotNull(firstDay, "firstDay");
    checkNotNull(lastDay, "lastDay");
    ImmutableList.Builder<LocalDate> days = ImmutableList.builder();
    for (LocalDate d = firstDay; !d.isAfter(lastDay); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        days.add(d);
      }
    }
    return days.build();
  }

  /**
   * Returns the weeks of a programme period with the default policy: a visit is due in every week
   * that has at least one working day in the period.
   *
   * @param firstDay the first day of the programme, not null
   * @param lastDay the last day of the programme, inclusive, not null
   * @return the weeks, see {@link #programmeWeeks(LocalDate, LocalDate, int)}
   * @throws IllegalArgumentException if {@code lastDay} is before {@code firstDay}
   */
  public List<ProgrammeWeek> programmeWeeks(LocalDate firstDay, LocalDate lastDay) {
    return programmeWeeks(firstDay, lastDay, 1);
  }

  /**
   * Returns the weeks of a programme period (minggu program): every ISO week that intersects {@code
   * [firstDay, lastDay]}, in order, numbered from 1, each clipped to the period. The weeks cover
   * the period without gap or overlap.
   *
   * @param firstDay the first day of the programme, not null
   * @param lastDay the last day of the programme, inclusive, not null
   * @param minWorkingDaysForVisit the number of working days in the clipped week from which a visit
   *     is due, at least 1
   * @return the weeks, in order, not empty
   * @throws IllegalArgumentException if {@code lastDay} is before {@code firstDay} or {@code
   *     minWorkingDaysForVisit} is less than 1
   */
  public List<ProgrammeWeek> programmeWeeks(
      LocalDate firstDay, LocalDate lastDay, int minWorkingDaysForVisit) {
    checkNotNull(firstDay, "firstDay");
    checkNotNull(lastDay, "lastDay");
    checkArgument(
        !lastDay.isBefore(firstDay),
        "programme must not end before it starts, was %s to %s",
        firstDay,
        lastDay);
    checkArgument(
        minWorkingDaysForVisit >= 1,
        "minWorkingDaysForVisit must be at least 1, was %s",
        minWorkingDaysForVisit);
    ImmutableList.Builder<ProgrammeWeek> weeks = ImmutableList.builder();
    IsoWeek week = IsoWeek.from(firstDay);
    int index = 1;
    while (true) {
      LocalDate monday = week.monday();
      LocalDate sunday = monday.plusDays(6);
      LocalDate from = monday.isBefore(firstDay) ? firstDay : monday;
      LocalDate to = sunday.isAfter(lastDay) ? lastDay : sunday;
      List<LocalDate> working = new ArrayList<>(7);
      long nanos = 0;
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        DaySchedule schedule = schedule(d);
        if (schedule.isWorking()) {
          working.add(d);
          nanos += schedule.totalNanos();
        }
      }
      weeks.add(
          ProgrammeWeek.of(
              week,
              index,
              from,
              to,
              working,
              nanos / TimeWindow.NANOS_PER_MINUTE,
              minWorkingDaysForVisit));
      if (!sunday.isBefore(lastDay)) {
        return weeks.build();
      }
      week = week.plusWeeks(1);
      index++;
    }
  }

  /**
   * Returns the first working moment at or after {@code from}: {@code from} itself if it lies in a
   * working window, otherwise the start of the next working window. The search looks at most
   * {@value #MAX_SEARCH_DAYS} days ahead.
   *
   * @param from the moment to start from, not null
   * @return the moment, or empty if there is no working time within the search horizon
   */
  public Optional<LocalDateTime> nextWorkingMoment(LocalDateTime from) {
    checkNotNull(from, "from");
    LocalDate date = from.toLocalDate();
    long next = schedule(date).nextWorkingNanos(from.toLocalTime().toNanoOfDay());
    if (next >= 0) {
      return Optional.of(LocalDateTime.of(date, LocalTime.ofNanoOfDay(next)));
    }
    for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
      if (date.equals(LocalDate.MAX)) {
        return Optional.empty();
      }
      date = date.plusDays(1);
      next = schedule(date).nextWorkingNanos(0);
      if (next >= 0) {
        return Optional.of(LocalDateTime.of(date, LocalTime.ofNanoOfDay(next)));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns today's date in the calendar's zone, at day granularity: the date shown by a wall clock
   * of the agency at the clock's instant, whatever the clock's own zone.
   *
   * @param clock the clock, not null; inject it rather than reading the system clock
   * @return today in {@link #zone()}, not null
   */
  public LocalDate today(Clock clock) {
    checkNotNull(clock, "clock");
    return LocalDate.now(clock.withZone(zone));
  }

  /**
   * Two calendars are equal when they have the same zone, weekly schedule, holidays, special hours
   * (in the same order) and extra working days.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is an equal calendar
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof WorkCalendar)) {
      return false;
    }
    WorkCalendar other = (WorkCalendar) obj;
    return zone.equals(other.zone)
        && weeklySchedule.equals(other.weeklySchedule)
        && holidays.equals(other.holidays)
        && specialHours.equals(other.specialHours)
        && extraWorkingDays.equals(other.extraWorkingDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, weeklySchedule, holidays, specialHours, extraWorkingDays);
  }

  /**
   * Returns a short summary, for example {@code WorkCalendar{zone=Asia/Makassar, weekly=[...],
   * holidays=54, specialHours=0, extraWorkingDays=0}}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "WorkCalendar{zone="
        + zone
        + ", weekly=["
        + weeklySchedule
        + "], holidays="
        + holidays.size()
        + ", specialHours="
        + specialHours.size()
        + ", extraWorkingDays="
        + extraWorkingDays.size()
        + "}";
  }

  /**
   * Builds a {@link WorkCalendar}. The zone must be set; the weekly schedule defaults to {@link
   * WeeklySchedule#civilServant()}. Operations apply in call order: {@link
   * #removeHoliday(LocalDate)} removes the holidays added before it. Not thread-safe.
   */
  public static final class Builder {

    private ZoneId zone;
    private WeeklySchedule weeklySchedule = WeeklySchedule.civilServant();
    private final TreeSet<Holiday> holidays = new TreeSet<>();
    private final List<SpecialHours> specialHours = new ArrayList<>();
    private final TreeMap<LocalDate, ExtraWorkingDay> extraWorkingDays = new TreeMap<>();

    private Builder() {}

    /**
     * Sets the time zone.
     *
     * @param zone the zone, for example {@code IndonesianTimeZone.WITA.zoneId()}, not null
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = checkNotNull(zone, "zone");
      return this;
    }

    /**
     * Sets the regular weekly working hours.
     *
     * @param weeklySchedule the schedule, not null
     * @return this builder
     */
    public Builder weeklySchedule(WeeklySchedule weeklySchedule) {
      this.weeklySchedule = checkNotNull(weeklySchedule, "weeklySchedule");
      return this;
    }

    /**
     * Adds a holiday; adding an equal holiday again has no effect.
     *
     * @param holiday the holiday, not null
     * @return this builder
     */
    public Builder addHoliday(Holiday holiday) {
      holidays.add(checkNotNull(holiday, "holiday"));
      return this;
    }

    /**
     * Adds holidays, for example {@link Holidays#indonesia()}.
     *
     * @param holidays the holidays, not null, no null element
     * @return this builder
     */
    public Builder addHolidays(Iterable<Holiday> holidays) {
      checkNotNull(holidays, "holidays");
      for (Holiday h : holidays) {
        addHoliday(h);
      }
      return this;
    }

    /**
     * Removes every holiday on a date added so far, for example when a decree cancels it. Removing
     * a date without holidays has no effect.
     *
     * @param date the date, not null
     * @return this builder
     */
    public Builder removeHoliday(LocalDate date) {
      checkNotNull(date, "date");
      holidays.removeIf(h -> h.date().equals(date));
      return this;
    }

    /**
     * Removes all holidays added so far.
     *
     * @return this builder
     */
    public Builder clearHolidays() {
      holidays.clear();
      return this;
    }

    /**
     * Adds a special-hours period; where periods overlap, the one added last wins.
     *
     * @param specialHours the period, not null
     * @return this builder
     */
    public Builder addSpecialHours(SpecialHours specialHours) {
      this.specialHours.add(checkNotNull(specialHours, "specialHours"));
      return this;
    }

    /**
     * Adds an extra working day, replacing any extra working day added before on the same date.
     *
     * @param extraWorkingDay the day, not null
     * @return this builder
     */
    public Builder addExtraWorkingDay(ExtraWorkingDay extraWorkingDay) {
      checkNotNull(extraWorkingDay, "extraWorkingDay");
      extraWorkingDays.put(extraWorkingDay.date(), extraWorkingDay);
      return this;
    }

    /**
     * Returns the calendar.
     *
     * @return the calendar, not null
     * @throws IllegalStateException if no zone was set
     */
    public WorkCalendar build() {
      checkState(zone != null, "zone must be set");
      return new WorkCalendar(this);
    }
  }
}
