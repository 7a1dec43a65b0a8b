package io.github.ikmsdk.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A week of the ISO-8601 week-based calendar (minggu ISO), such as {@code 2023-W33}, the week of
 * Monday 14 to Sunday 20 August 2023.
 *
 * <p>ISO weeks run from Monday to Sunday. Week 1 of a week-based year is the week that holds the
 * first Thursday of the calendar year (equivalently, 4 January), so a week-based year has 52 or 53
 * weeks and its first and last days may lie in the neighbouring calendar years: Monday 30 December
 * 2024 is in {@code 2025-W01}, and 2020 has a week {@code 2020-W53}.
 *
 * <p>The text form is {@code YYYY-Www} with a two-digit week, for example {@code 2023-W33}; years
 * beyond 9999 carry a {@code +} sign and years before 0 a {@code -} sign, as in {@link
 * LocalDate#toString()}. {@link #parse(CharSequence)} reads it back. Weeks order by week-based
 * year, then week.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IsoWeek implements Comparable<IsoWeek> {

  /** The smallest supported week-based year; its weeks have valid dates. */
  public static final int MIN_YEAR = Year.MIN_VALUE + 1;

  /** The largest supported week-based year; its weeks have valid dates. */
  public static final int MAX_YEAR = Year.MAX_VALUE - 1;

  private static final Pattern TEXT = Pattern.compile("([+-]?[0-9]{4,10})-W([0-9]{2})");

  private final int weekBasedYear;
  private final int week;

  private IsoWeek(int weekBasedYear, int week) {
    this.weekBasedYear = weekBasedYear;
    this.week = week;
  }

  /**
   * Returns the given week of the given week-based year.
   *
   * @param weekBasedYear the ISO week-based year, in [{@value #MIN_YEAR}, {@value #MAX_YEAR}]
   * @param week the week of that year, from 1 to 52, or 53 in a year that has 53 weeks
   * @return the week, not null
   * @throws IllegalArgumentException if the year is out of range or the year has no such week
   */
  public static IsoWeek of(int weekBasedYear, int week) {
    checkArgument(
        weekBasedYear >= MIN_YEAR && weekBasedYear <= MAX_YEAR,
        "week-based year must be in [%s, %s], was %s",
        MIN_YEAR,
        MAX_YEAR,
        weekBasedYear);
    int weeks = weeksInYear(weekBasedYear);
    checkArgument(
        week >= 1 && week <= weeks,
        "week of week-based year %s must be in [1, %s], was %s",
        weekBasedYear,
        weeks,
        week);
    return new IsoWeek(weekBasedYear, week);
  }

  /**
   * Returns the ISO week that contains the date.
   *
   * @param date the date, not null
   * @return the week, not null
   * @throws IllegalArgumentException if the date's week-based year is out of the supported range
   *     (only near {@link LocalDate#MIN} and {@link LocalDate#MAX})
   */
  public static IsoWeek from(LocalDate date) {
    checkNotNull(date, "date");
    return of(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * Parses the text form {@code YYYY-Www}, for example {@code 2023-W33}.
   *
   * @param text the text to parse, not null
   * @return the week, not null
   * @throws IllegalArgumentException if the text is not of that form or names a week the year does
   *     not have
   */
  public static IsoWeek parse(CharSequence text) {
    checkNotNull(text, "text");
    Matcher m = TEXT.matcher(text);
    checkArgument(m.matches(), "ISO week must be like '2023-W33', was '%s'", text);
    long year = Long.parseLong(m.group(1));
    checkArgument(
        year >= MIN_YEAR && year <= MAX_YEAR,
        "week-based year must be in [%s, %s], was '%s'",
        MIN_YEAR,
        MAX_YEAR,
        text);
    return of((int) year, Integer.parseInt(m.group(2)));
  }

  /**
   * Returns the number of weeks of a week-based year.
   *
   * @param weekBasedYear the ISO week-based year, in [{@value #MIN_YEAR}, {@value #MAX_YEAR}]
   * @return 52 or 53
   * @throws IllegalArgumentException if the year is out of range
   */
  public static int weeksInYear(int weekBasedYear) {
    checkArgument(
        weekBasedYear >= MIN_YEAR && weekBasedYear <= MAX_YEAR,
        "week-based year must be in [%s, %s], was %s",
        MIN_YEAR,
        MAX_YEAR,
        weekBasedYear);
    // A year has 53 weeks when it starts on a Thursday, or is a leap year starting on Wednesday.
    LocalDate jan1 = LocalDate.of(weekBasedYear, 1, 1);
    DayOfWeek first = jan1.getDayOfWeek();
    return first == DayOfWeek.THURSDAY || (jan1.isLeapYear() && first == DayOfWeek.WEDNESDAY)
        ? 53
        : 52;
  }

  /**
   * Returns the ISO week-based year, which differs from the calendar year of some days near New
   * Year.
   *
   * @return the week-based year
   */
  public int weekBasedYear() {
    return weekBasedYear;
  }

  /**
   * Returns the week of the week-based year.
   *
   * @return the week, from 1 to 53
   */
  public int week() {
    return week;
  }

  /**
   * Returns the first day of the week.
   *
   * @return the Monday, not null
   */
  public LocalDate monday() {
    // 4 January is always in week 1.
    LocalDate jan4 = LocalDate.of(weekBasedYear, 1, 4);
    return jan4.minusDays(jan4.getDayOfWeek().getValue() - 1L).plusWeeks(week - 1L);
  }

  /**
   * Returns the last day of the week.
   *
   * @return the Sunday, not null
   */
  public LocalDate sunday() {
    return monday().plusDays(6);
  }

  /**
   * Returns the given day of this week.
   *
   * @param dayOfWeek the day, not null
   * @return the date, not null
   */
  public LocalDate day(DayOfWeek dayOfWeek) {
    checkNotNull(dayOfWeek, "dayOfWeek");
    return monday().plusDays(dayOfWeek.getValue() - 1L);
  }

  /**
   * Returns the seven days of the week.
   *
   * @return Monday to Sunday, in order
   */
  public List<LocalDate> days() {
    LocalDate monday = monday();
    ImmutableList.Builder<LocalDate> days = ImmutableList.builderWithExpectedSize(7);
    for (int i = 0; i < 7; i++) {
      days.add(monday.plusDays(i));
    }
    return days.build();
  }

  /**
   * Returns the week the given number of weeks later (or earlier, if negative).
   *
   * @param weeks the weeks to add, may be negative
   * @return the week, not null
   * @throws DateTimeException if the result is out of the supported range
   * @throws ArithmeticException if numeric overflow occurs
   */
  public IsoWeek plusWeeks(long weeks) {
    if (weeks == 0) {
      return this;
    }
    LocalDate monday = monday().plusWeeks(weeks);
    try {
      return from(monday);
    } catch (IllegalArgumentException e) {
      throw new DateTimeException("week out of range: " + this + " plus " + weeks, e);
    }
  }

  /**
   * Returns the number of whole weeks from this week to the other.
   *
   * @param other the other week, not null
   * @return the weeks, negative if {@code other} is earlier
   */
  public long weeksUntil(IsoWeek other) {
    checkNotNull(other, "other");
    return ChronoUnit.WEEKS.between(monday(), other.monday());
  }

  /**
   * Returns whether the date falls in this week.
   *
   * @param date the date, not null
   * @return whether {@code monday() <= date <= sunday()}
   */
  public boolean contains(LocalDate date) {
    checkNotNull(date, "date");
    LocalDate monday = monday();
    return !date.isBefore(monday) && !date.isAfter(monday.plusDays(6));
  }

  /**
   * Compares by week-based year, then week.
   *
   * @param other the other week, not null
   * @return negative, zero or positive as this week is before, equal to or after the other
   */
  @Override
  public int compareTo(IsoWeek other) {
    int cmp = Integer.compare(weekBasedYear, other.weekBasedYear);
    return cmp != 0 ? cmp : Integer.compare(week, other.week);
  }

  /**
   * Two weeks are equal when they have the same week-based year and week.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is the same week
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof IsoWeek
            && ((IsoWeek) obj).weekBasedYear == weekBasedYear
            && ((IsoWeek) obj).week == week);
  }

  @Override
  public int hashCode() {
    return weekBasedYear ^ (week << 25);
  }

  /**
   * Returns the text form, for example {@code 2023-W33}.
   *
   * @return the text that {@link #parse(CharSequence)} reads back
   */
  @Override
  public String toString() {
    String year;
    if (weekBasedYear > 9999) {
      year = "+" + weekBasedYear;
    } else if (weekBasedYear < 0) {
      year = String.format(Locale.ROOT, "-%04d", -(long) weekBasedYear);
    } else {
      year = String.format(Locale.ROOT, "%04d", weekBasedYear);
    }
    return String.format(Locale.ROOT, "%s-W%02d", year, week);
  }
}
