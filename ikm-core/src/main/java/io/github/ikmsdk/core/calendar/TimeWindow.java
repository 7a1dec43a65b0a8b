package io.github.ikmsdk.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A half-open span of wall-clock time within one day (rentang waktu), {@code [start, end)}, such as
 * the working hours {@code 07:30-12:00} or the break {@code 12:00-13:00}.
 *
 * <p>The start is inclusive and the end exclusive, so {@code 07:30-12:00} and {@code 12:00-13:00}
 * {@linkplain #abuts(TimeWindow) abut} without overlapping. The start is strictly before the end: a
 * window is never empty.
 *
 * <p><b>End of day.</b> A window cannot cross midnight. To reach the end of the day, use {@link
 * LocalTime#MIDNIGHT} as the end: as an <em>end</em> it means 24:00, the end of the day (ISO 8601),
 * and the text form writes it as {@code 24:00}. So {@code TimeWindow.of(22:00, 00:00)} is {@code
 * 22:00-24:00}, two hours long, and {@link #contains(LocalTime)} is true for 23:59:59.999999999.
 * {@link LocalTime#MIDNIGHT} as a <em>start</em> is 00:00 as usual, so {@code 00:00-24:00} (also
 * written {@code 00:00-00:00}) is the whole day.
 *
 * <p><b>Precision.</b> Minutes are the usual unit, but seconds and nanoseconds are kept exactly;
 * {@link #duration()} is exact and {@link #minutes()} rounds down to whole minutes.
 *
 * <p>The text form is {@code start-end} with each time as {@code HH:mm}, or {@code HH:mm:ss} (plus
 * a fraction) when it has seconds, for example {@code 07:30-12:00}; {@link #parse(CharSequence)}
 * reads it back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TimeWindow {

  /** Nanoseconds in one day: the nano-of-day of the end of the day (24:00). */
  static final long NANOS_PER_DAY = 86_400_000_000_000L;

  /** Nanoseconds in one minute. */
  static final long NANOS_PER_MINUTE = 60_000_000_000L;

  private final LocalTime start;
  private final LocalTime end;
  private final long startNanos;
  private final long endNanos;

  private TimeWindow(LocalTime start, LocalTime end, long startNanos, long endNanos) {
    this.start = start;
    this.end = end;
    this.startNanos = startNanos;
    this.endNanos = endNanos;
  }

  /**
   * Returns the window from {@code startInclusive} up to, not including, {@code endExclusive}.
   *
   * @param startInclusive the first instant of the window, not null
   * @param endExclusive the end of the window, not null; {@link LocalTime#MIDNIGHT} means the end
   *     of the day (24:00)
   * @return the window, not null
   * @throws IllegalArgumentException if the start is not before the end
   */
  public static TimeWindow of(LocalTime startInclusive, LocalTime endExclusive) {
    checkNotNull(startInclusive, "startInclusive");
    checkNotNull(endExclusive, "endExclusive");
    long s = startInclusive.toNanoOfDay();
    long e = endNanoOfDay(endExclusive);
    checkArgument(
        s < e,
        "time window start must be before its end, was %s-%s",
        startInclusive,
        format(endExclusive, e));
    return new TimeWindow(startInclusive, endExclusive, s, e);
  }

  /**
   * Returns the window between two nanosecond-of-day values, the end possibly being {@link
   * #NANOS_PER_DAY}; for use inside the package where the values are known to be valid.
   */
  static TimeWindow ofNanos(long startNanos, long endNanos) {
    LocalTime end =
        endNanos == NANOS_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.ofNanoOfDay(endNanos);
    return new TimeWindow(LocalTime.ofNanoOfDay(startNanos), end, startNanos, endNanos);
  }

  /**
   * Parses the text form {@code start-end}, for example {@code 07:30-12:00}, {@code 07:30:15-12:00}
   * or {@code 22:00-24:00}. Each time is an ISO local time ({@code HH:mm} with optional seconds and
   * fraction); the end may also be {@code 24:00}, the end of the day.
   *
   * @param text the text to parse, not null
   * @return the window, not null
   * @throws IllegalArgumentException if the text is not two times separated by {@code -}, or the
   *     start is not before the end
   */
  public static TimeWindow parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString().strip();
    int dash = s.indexOf('-');
    checkArgument(
        dash > 0 && dash == s.lastIndexOf('-'), "time window must be 'HH:mm-HH:mm', was '%s'", s);
    String endText = s.substring(dash + 1).strip();
    try {
      LocalTime startTime = LocalTime.parse(s.substring(0, dash).strip());
      LocalTime endTime = endText.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(endText);
      return of(startTime, endTime);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("time window must be 'HH:mm-HH:mm', was '" + s + "'", e);
    }
  }

  private static long endNanoOfDay(LocalTime end) {
    return end.equals(LocalTime.MIDNIGHT) ? NANOS_PER_DAY : end.toNanoOfDay();
  }

  private static String format(LocalTime time, long nanoOfDay) {
    return nanoOfDay == NANOS_PER_DAY ? "24:00" : time.toString();
  }

  /**
   * Returns the start of the window, inclusive.
   *
   * @return the start, not null
   */
  public LocalTime start() {
    return start;
  }

  /**
   * Returns the end of the window, exclusive. {@link LocalTime#MIDNIGHT} here means the end of the
   * day (24:00); see {@link #endsAtEndOfDay()}.
   *
   * @return the end, not null
   */
  public LocalTime end() {
    return end;
  }

  /**
   * Returns whether the window runs to the end of the day, that is {@link #end()} is {@link
   * LocalTime#MIDNIGHT} read as 24:00.
   *
   * @return whether the end is 24:00
   */
  public boolean endsAtEndOfDay() {
    return endNanos == NANOS_PER_DAY;
  }

  long startNanos() {
    return startNanos;
  }

  long endNanos() {
    return endNanos;
  }

  /**
   * Returns the exact length of the window.
   *
   * @return the duration, positive and at most one day
   */
  public Duration duration() {
    return Duration.ofNanos(endNanos - startNanos);
  }

  /**
   * Returns the length of the window in whole minutes, rounded down (a window of 90 seconds is 1
   * minute long).
   *
   * @return the minutes, in [0, 1440]
   */
  public long minutes() {
    return (endNanos - startNanos) / NANOS_PER_MINUTE;
  }

  /**
   * Returns whether the time lies in this window: {@code start <= time < end}.
   *
   * @param time the time to test, not null
   * @return whether the window contains the time
   */
  public boolean contains(LocalTime time) {
    checkNotNull(time, "time");
    long t = time.toNanoOfDay();
    return startNanos <= t && t < endNanos;
  }

  /**
   * Returns whether the other window lies entirely within this one.
   *
   * @param other the other window, not null
   * @return whether {@code this.start <= other.start} and {@code other.end <= this.end}
   */
  public boolean encloses(TimeWindow other) {
    checkNotNull(other, "other");
    return startNanos <= other.startNanos && other.endNanos <= endNanos;
  }

  /**
   * Returns whether the two windows share some time. Abutting windows do not overlap.
   *
   * @param other the other window, not null
   * @return whether the intersection is not empty
   */
  public boolean overlaps(TimeWindow other) {
    checkNotNull(other, "other");
    return startNanos < other.endNanos && other.startNanos < endNanos;
  }

  /**
   * Returns whether one window ends exactly where the other starts.
   *
   * @param other the other window, not null
   * @return whether {@code this.end == other.start} or {@code other.end == this.start}
   */
  public boolean abuts(TimeWindow other) {
    checkNotNull(other, "other");
    return endNanos == other.startNanos || other.endNanos == startNanos;
  }

  /**
   * Returns the time the two windows share.
   *
   * @param other the other window, not null
   * @return the intersection, or empty if the windows do not {@linkplain #overlaps overlap}
   */
  public Optional<TimeWindow> intersection(TimeWindow other) {
    checkNotNull(other, "other");
    long s = Math.max(startNanos, other.startNanos);
    long e = Math.min(endNanos, other.endNanos);
    return s < e ? Optional.of(ofNanos(s, e)) : Optional.empty();
  }

  /**
   * Two windows are equal when they have the same start and end.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is an equal window
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof TimeWindow
            && ((TimeWindow) obj).startNanos == startNanos
            && ((TimeWindow) obj).endNanos == endNanos);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(startNanos) * 31 + Long.hashCode(endNanos);
  }

  /**
   * Returns the text form, for example {@code 07:30-12:00} or {@code 22:00-24:00}.
   *
   * @return the text that {@link #parse(CharSequence)} reads back
   */
  @Override
  public String toString() {
    return start + "-" + format(end, endNanos);
  }
}
