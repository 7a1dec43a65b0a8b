package io.github.ikmsdk.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The working hours of one day (jam kerja sehari): the working windows that remain after the breaks
 * (jam istirahat) are taken out, for example {@code 07:30-12:00,13:00-16:00}.
 *
 * <p>A schedule is either {@linkplain #closed() closed} (no working time, such as a Sunday) or a
 * sorted list of disjoint {@link TimeWindow}s. Windows that abut are merged, so every schedule has
 * one canonical form and equal working time means equal schedules. The {@linkplain #breaks()
 * breaks} are the gaps between the working windows.
 *
 * <p>The text form is the working windows separated by commas, or {@code closed}; {@link
 * #parse(CharSequence)} reads it back.
 *
 * <table>
 *   <caption>Factories</caption>
 *   <tr><th>factory</th><th>example</th></tr>
 *   <tr><td>{@link #closed()}</td><td>no working time</td></tr>
 *   <tr><td>{@link #of(LocalTime, LocalTime, List)}</td>
 *       <td>07:30 to 16:00 with a break 12:00-13:00</td></tr>
 *   <tr><td>{@link #ofWindows(List)}</td><td>07:30-12:00 and 13:00-16:00</td></tr>
 *   <tr><td>{@link #parse(CharSequence)}</td><td>{@code "07:30-12:00,13:00-16:00"}</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DaySchedule {

  private static final DaySchedule CLOSED = new DaySchedule(ImmutableList.of());
  private static final String CLOSED_TEXT = "closed";

  private final ImmutableList<TimeWindow> windows;
  // Parallel arrays of the windows' nano-of-day bounds, for allocation-free arithmetic.
  private final long[] starts;
  private final long[] ends;
  private final long totalNanos;

  private DaySchedule(ImmutableList<TimeWindow> windows) {
    this.windows = windows;
    this.starts = new long[windows.size()];
    this.ends = new long[windows.size()];
    long total = 0;
    for (int i = 0; i < windows.size(); i++) {
      starts[i] = windows.get(i).startNanos();
      ends[i] = windows.get(i).endNanos();
      total += ends[i] - starts[i];
    }
    this.totalNanos = total;
  }

  /**
   * Returns the schedule of a day without working time (hari tidak bekerja).
   *
   * @return the closed schedule, not null
   */
  public static DaySchedule closed() {
    return CLOSED;
  }

  /**
   * Returns the schedule that works from {@code start} to {@code end} except in the breaks.
   *
   * <p>For example {@code of(07:30, 16:00, [12:00-13:00])} is {@code 07:30-12:00,13:00-16:00}.
   * Breaks may be given in any order; breaks that abut are merged.
   *
   * @param start the start of the working day, not null
   * @param end the end of the working day, exclusive, not null; {@link LocalTime#MIDNIGHT} means
   *     24:00
   * @param breaks the breaks, not null, no null element; each must lie strictly inside {@code
   *     (start, end)} and no two may overlap
   * @return the schedule, not null
   * @throws IllegalArgumentException if {@code start} is not before {@code end}, a break does not
   *     lie strictly inside the day, or two breaks overlap
   */
  public static DaySchedule of(LocalTime start, LocalTime end, List<TimeWindow> breaks) {
    checkNotNull(breaks, "breaks");
    TimeWindow day = TimeWindow.of(start, end);
    List<TimeWindow> sorted = sortedCopy(breaks, "break");
    long cursor = day.startNanos();
    List<TimeWindow> working = new ArrayList<>(sorted.size() + 1);
    for (TimeWindow b : sorted) {
      checkArgument(
          day.startNanos() < b.startNanos() && b.endNanos() < day.endNanos(),
          "break %s must lie strictly inside the working day %s",
          b,
          day);
      checkArgument(b.startNanos() >= cursor, "breaks must not overlap, but %s does", b);
      if (b.startNanos() > cursor) {
        working.add(TimeWindow.ofNanos(cursor, b.startNanos()));
      }
      cursor = b.endNanos();
    }
    working.add(TimeWindow.ofNanos(cursor, day.endNanos()));
    return new DaySchedule(ImmutableList.copyOf(working));
  }

  /**
   * Returns the schedule made of the given working windows.
   *
   * <p>Windows may be given in any order; windows that abut are merged into one. An empty list
   * gives the {@linkplain #closed() closed} schedule.
   *
   * @param workingWindows the working windows, not null, no null element, no two overlapping
   * @return the schedule, not null
   * @throws IllegalArgumentException if two windows overlap
   */
  public static DaySchedule ofWindows(List<TimeWindow> workingWindows) {
    checkNotNull(workingWindows, "workingWindows");
    List<TimeWindow> sorted = sortedCopy(workingWindows, "working window");
    if (sorted.isEmpty()) {
      return CLOSED;
    }
    List<TimeWindow> merged = new ArrayList<>(sorted.size());
    long curStart = sorted.get(0).startNanos();
    long curEnd = sorted.get(0).endNanos();
    for (TimeWindow w : sorted.subList(1, sorted.size())) {
      checkArgument(w.startNanos() >= curEnd, "working windows must not overlap, but %s does", w);
      if (w.startNanos() == curEnd) {
        curEnd = w.endNanos();
      } else {
        merged.add(TimeWindow.ofNanos(curStart, curEnd));
        curStart = w.startNanos();
        curEnd = w.endNanos();
      }
    }
    merged.add(TimeWindow.ofNanos(curStart, curEnd));
    return new DaySchedule(ImmutableList.copyOf(merged));
  }

  /**
   * Parses the text form: {@code closed}, or time windows separated by commas such as {@code
   * 07:30-12:00,13:00-16:00} (white space around each window is ignored).
   *
   * @param text the text to parse, not null
   * @return the schedule, not null
   * @throws IllegalArgumentException if a window cannot be parsed or two windows overlap
   */
  public static DaySchedule parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString().strip();
    if (s.equals(CLOSED_TEXT)) {
      return CLOSED;
    }
    List<TimeWindow> windows = new ArrayList<>();
    for (String part : Splitter.on(',').trimResults().split(s)) {
      windows.add(TimeWindow.parse(part));
    }
    return ofWindows(windows);
  }

  private static List<TimeWindow> sortedCopy(List<TimeWindow> windows, String what) {
    List<TimeWindow> copy = new ArrayList<>(windows.size());
    for (TimeWindow w : windows) {
      copy.add(checkNotNull(w, "%s", what));
    }
    copy.sort(
        Comparator.comparingLong(TimeWindow::startNanos).thenComparingLong(TimeWindow::endNanos));
    return copy;
  }

  /**
   * Returns the working windows, sorted, disjoint and not abutting.
   *
   * @return the windows, empty if the day is closed
   */
  public List<TimeWindow> workingWindows() {
    return windows;
  }

  /**
   * Returns the breaks: the gaps between consecutive working windows. The time before the first and
   * after the last window is not a break.
   *
   * @return the breaks, sorted; empty if there are fewer than two working windows
   */
  public List<TimeWindow> breaks() {
    ImmutableList.Builder<TimeWindow> gaps = ImmutableList.builder();
    for (int i = 1; i < starts.length; i++) {
      gaps.add(TimeWindow.ofNanos(ends[i - 1], starts[i]));
    }
    return gaps.build();
  }

  /**
   * Returns whether the day has any working time.
   *
   * @return whether there is at least one working window
   */
  public boolean isWorking() {
    return starts.length > 0;
  }

  /**
   * Returns when work starts.
   *
   * @return the start of the first working window, or empty if the day is closed
   */
  public Optional<LocalTime> start() {
    return windows.isEmpty() ? Optional.empty() : Optional.of(windows.get(0).start());
  }

  /**
   * Returns when work ends. {@link LocalTime#MIDNIGHT} here means 24:00, the end of the day.
   *
   * @return the end of the last working window, or empty if the day is closed
   */
  public Optional<LocalTime> end() {
    return windows.isEmpty()
        ? Optional.empty()
        : Optional.of(windows.get(windows.size() - 1).end());
  }

  /**
   * Returns the exact working time of the day, breaks excluded.
   *
   * @return the working time, zero if closed
   */
  public Duration workingDuration() {
    return Duration.ofNanos(totalNanos);
  }

  /**
   * Returns the working time of the day in whole minutes, breaks excluded (rounded down if the
   * windows have seconds).
   *
   * @return the working minutes, zero if closed
   */
  public long workingMinutes() {
    return totalNanos / TimeWindow.NANOS_PER_MINUTE;
  }

  /**
   * Returns the working minutes in {@code [fromInclusive, toExclusive)}: its overlap with the
   * working windows, in whole minutes (rounded down if the times have seconds).
   *
   * @param fromInclusive the start of the interval, not null
   * @param toExclusive the end of the interval, not null; unlike in {@link TimeWindow}, {@link
   *     LocalTime#MIDNIGHT} here is 00:00 (use {@link #workingMinutes()} for the whole day)
   * @return the working minutes, zero if {@code toExclusive} is not after {@code fromInclusive}
   */
  public long workingMinutes(LocalTime fromInclusive, LocalTime toExclusive) {
    checkNotNull(fromInclusive, "fromInclusive");
    checkNotNull(toExclusive, "toExclusive");
    return workingNanos(fromInclusive.toNanoOfDay(), toExclusive.toNanoOfDay())
        / TimeWindow.NANOS_PER_MINUTE;
  }

  /**
   * Returns the exact working time in {@code [fromInclusive, toExclusive)}.
   *
   * @param fromInclusive the start of the interval, not null
   * @param toExclusive the end of the interval, not null; {@link LocalTime#MIDNIGHT} here is 00:00
   * @return the working time, zero if {@code toExclusive} is not after {@code fromInclusive}
   */
  public Duration workingDuration(LocalTime fromInclusive, LocalTime toExclusive) {
    checkNotNull(fromInclusive, "fromInclusive");
    checkNotNull(toExclusive, "toExclusive");
    return Duration.ofNanos(workingNanos(fromInclusive.toNanoOfDay(), toExclusive.toNanoOfDay()));
  }

  /** Working nanoseconds in [from, to) given as nano-of-day, {@code to} up to one whole day. */
  long workingNanos(long from, long to) {
    long sum = 0;
    for (int i = 0; i < starts.length; i++) {
      long s = Math.max(from, starts[i]);
      long e = Math.min(to, ends[i]);
      if (s < e) {
        sum += e - s;
      }
    }
    return sum;
  }

  long totalNanos() {
    return totalNanos;
  }

  /**
   * Returns the first working nano-of-day at or after {@code from}, or -1 if there is none on this
   * day.
   */
  long nextWorkingNanos(long from) {
    for (int i = 0; i < starts.length; i++) {
      if (from < ends[i]) {
        return Math.max(from, starts[i]);
      }
    }
    return -1;
  }

  /**
   * Two schedules are equal when they have the same working windows.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is an equal schedule
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof DaySchedule
            && Arrays.equals(((DaySchedule) obj).starts, starts)
            && Arrays.equals(((DaySchedule) obj).ends, ends));
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(starts) * 31 + Arrays.hashCode(ends);
  }

  /**
   * Returns the text form, for example {@code 07:30-12:00,13:00-16:00} or {@code closed}.
   *
   * @return the text that {@link #parse(CharSequence)} reads back
   */
  @Override
  public String toString() {
    if (windows.isEmpty()) {
      return CLOSED_TEXT;
    }
    StringBuilder sb = new StringBuilder();
    for (TimeWindow w : windows) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(w);
    }
    return sb.toString();
  }
}
