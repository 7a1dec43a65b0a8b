package io.github.ikmsdk.core.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The opening hours of a business (jam buka), such as an IKM's production site: one opening window
 * per day of the week, a day possibly closed (tutup), and exceptions for single dates that close
 * the business or give it other hours.
 *
 * <p>The simple case is one window for every day, {@link #daily(TimeWindow)}; {@link #always()},
 * open all day every day, means no restriction. A business that closes for Friday prayers (sholat
 * Jumat) in the afternoon and on Saturdays is, for example:
 *
 * <pre>{@code
 * OpeningHours.builder()
 *     .every(TimeWindow.parse("08:00-16:00"))
 *     .day(DayOfWeek.FRIDAY, TimeWindow.parse("08:00-11:30"))
 *     .closed(DayOfWeek.SATURDAY)
 *     .closedOn(LocalDate.of(2023, 8, 17))
 *     .build();
 * }</pre>
 *
 * <p>{@link #window(LocalDate)} answers the one question the rest of the library asks: the opening
 * window on a date, the date's exception if it has one, else its day of the week's window.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class OpeningHours {

  private static final DayOfWeek[] DAYS = DayOfWeek.values();

  private static final TimeWindow ALL_DAY = TimeWindow.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

  private static final OpeningHours ALWAYS = builder().build();

  // Indexed by DayOfWeek.ordinal(); null for a closed day.
  private final @Nullable TimeWindow[] days;
  private final ImmutableSortedMap<LocalDate, Optional<TimeWindow>> dates;

  private OpeningHours(
      @Nullable TimeWindow[] days, ImmutableSortedMap<LocalDate, Optional<TimeWindow>> dates) {
    this.days = days;
    this.dates = dates;
  }

  /**
   * Returns the opening hours of a business open all day on every day: no restriction. This is the
   * default of an {@code Ikm} without opening hours.
   *
   * @return the hours, not null
   */
  public static OpeningHours always() {
    return ALWAYS;
  }

  /**
   * Returns the opening hours with the same window on every day of the week and no exceptions.
   *
   * @param window the window of every day, not null
   * @return the hours, not null
   */
  public static OpeningHours daily(TimeWindow window) {
    return builder().every(window).build();
  }

  /**
   * Returns a builder in which every day is open all day and no date has an exception.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from these hours.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    System.arraycopy(days, 0, b.days, 0, days.length);
    b.dates.putAll(dates);
    return b;
  }

  /**
   * Returns the opening window on a date (jam buka pada tanggal): the date's exception if it has
   * one, else the window of its day of the week.
   *
   * @param date the date, not null
   * @return the window, or empty if the business is closed on that date
   */
  public Optional<TimeWindow> window(LocalDate date) {
    checkNotNull(date, "date");
    if (!dates.isEmpty()) {
      Optional<TimeWindow> exception = dates.get(date);
      if (exception != null) {
        return exception;
      }
    }
    return Optional.ofNullable(days[date.getDayOfWeek().ordinal()]);
  }

  /**
   * Returns the regular window of a day of the week, without exceptions.
   *
   * @param dayOfWeek the day, not null
   * @return the window, or empty if the business is closed on that day of the week
   */
  public Optional<TimeWindow> day(DayOfWeek dayOfWeek) {
    checkNotNull(dayOfWeek, "dayOfWeek");
    return Optional.ofNullable(days[dayOfWeek.ordinal()]);
  }

  /**
   * Returns the regular windows of the days of the week on which the business opens, Monday first;
   * the days that are missing are closed.
   *
   * @return the open days and their windows, not null
   */
  public Map<DayOfWeek, TimeWindow> openDays() {
    EnumMap<DayOfWeek, TimeWindow> map = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DAYS) {
      if (days[d.ordinal()] != null) {
        map.put(d, days[d.ordinal()]);
      }
    }
    return Maps.immutableEnumMap(map);
  }

  /**
   * Returns the exceptions for single dates, in date order: empty for a date on which the business
   * is closed, else its window on that date.
   *
   * @return the exceptions, not null
   */
  public SortedMap<LocalDate, Optional<TimeWindow>> exceptions() {
    return dates;
  }

  /**
   * Returns whether these hours restrict nothing: open all day on every day, without exceptions.
   *
   * @return whether these are the hours of {@link #always()}
   */
  public boolean isAlways() {
    return equals(ALWAYS);
  }

  /**
   * Two opening hours are equal when every day of the week has the same window and they have the
   * same exceptions.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} are equal opening hours
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof OpeningHours
            && Arrays.equals(((OpeningHours) obj).days, days)
            && ((OpeningHours) obj).dates.equals(dates));
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(days) * 31 + dates.hashCode();
  }

  /**
   * Returns a text such as {@code MONDAY=08:00-16:00; ...; SATURDAY=closed; SUNDAY=closed;
   * 2023-08-17=closed}.
   *
   * @return the seven days, Monday first, then the exceptions in date order
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (DayOfWeek d : DAYS) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(d).append('=').append(text(Optional.ofNullable(days[d.ordinal()])));
    }
    dates.forEach((date, w) -> sb.append("; ").append(date).append('=').append(text(w)));
    return sb.toString();
  }

  private static String text(Optional<TimeWindow> window) {
    return window.map(TimeWindow::toString).orElse("closed");
  }

  /** Builds {@link OpeningHours}; every day starts open all day. Not thread-safe. */
  public static final class Builder {

    private final @Nullable TimeWindow[] days = new TimeWindow[DAYS.length];
    private final SortedMap<LocalDate, Optional<TimeWindow>> dates = new TreeMap<>();

    private Builder() {
      Arrays.fill(days, ALL_DAY);
    }

    /**
     * Sets the same window for every day of the week.
     *
     * @param window the window, not null
     * @return this builder
     */
    public Builder every(TimeWindow window) {
      checkNotNull(window, "window");
      Arrays.fill(days, window);
      return this;
    }

    /**
     * Sets the window of one day of the week.
     *
     * @param dayOfWeek the day, not null
     * @param window the window of that day, not null
     * @return this builder
     */
    public Builder day(DayOfWeek dayOfWeek, TimeWindow window) {
      checkNotNull(dayOfWeek, "dayOfWeek");
      days[dayOfWeek.ordinal()] = checkNotNull(window, "window");
      return this;
    }

    /**
     * Closes the business on one day of the week.
     *
     * @param dayOfWeek the day, not null
     * @return this builder
     */
    public Builder closed(DayOfWeek dayOfWeek) {
      checkNotNull(dayOfWeek, "dayOfWeek");
      days[dayOfWeek.ordinal()] = null;
      return this;
    }

    /**
     * Gives one date other hours than its day of the week, replacing an earlier exception for it.
     *
     * @param date the date, not null
     * @param window the window on that date, not null
     * @return this builder
     */
    public Builder date(LocalDate date, TimeWindow window) {
      dates.put(checkNotNull(date, "date"), Optional.of(checkNotNull(window, "window")));
      return this;
    }

    /**
     * Closes the business on one date, replacing an earlier exception for it.
     *
     * @param date the date, not null
     * @return this builder
     */
    public Builder closedOn(LocalDate date) {
      dates.put(checkNotNull(date, "date"), Optional.empty());
      return this;
    }

    /**
     * Returns the opening hours.
     *
     * @return the hours, not null
     */
    public OpeningHours build() {
      return new OpeningHours(days.clone(), ImmutableSortedMap.copyOfSorted(dates));
    }
  }
}
