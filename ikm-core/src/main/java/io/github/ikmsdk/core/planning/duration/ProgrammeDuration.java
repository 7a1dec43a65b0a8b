package io.github.ikmsdk.core.planning.duration;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Range;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The duration of a mentoring programme (lama pendampingan) in whole months, with its first and
 * last day.
 *
 * <p><b>Month arithmetic.</b> A programme of {@code N} months that starts on {@code D} runs from
 * {@code D} to {@link #endDate(LocalDate, int) D.plusMonths(N).minusDays(1)}, both inclusive: 14
 * August 2023 plus 4 months ends on 13 December 2023. {@link LocalDate#plusMonths(long)} clips to
 * the end of a shorter month, so a start late in a month ends earlier than the same day number: 31
 * January 2023 plus 1 month is 28 February, and the programme ends on 27 February (as do starts on
 * 28, 29 and 30 January). Conversely, {@link #monthsBetween(LocalDate, LocalDate)} counts the whole
 * months a period covers by the same definition, so that {@code monthsBetween(D, endDate(D, N)) ==
 * N} for every {@code D} and {@code N}. The validator's duration rule (S6) uses these two methods;
 * use them wherever a period is compared with a number of months.
 *
 * <p>The text form is the ISO 8601 interval "start/duration", for example {@code "2023-08-14/P4M"};
 * {@link #parse(CharSequence)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProgrammeDuration {

  private static final Pattern TEXT = Pattern.compile("([^/]+)/P(\\d{1,9})M");

  private final LocalDate startDate;
  private final int months;
  private final LocalDate endDate;

  private ProgrammeDuration(LocalDate startDate, int months) {
    this.startDate = startDate;
    this.months = months;
    this.endDate = endDate(startDate, months);
  }

  /**
   * Returns the programme of a number of months from a first day.
   *
   * @param startDate the first day of mentoring, inclusive, not null
   * @param months the number of whole months, at least 1
   * @return the duration, not null
   * @throws IllegalArgumentException if {@code months} is less than 1
   * @throws DateTimeException if the end date lies outside the supported date range
   */
  public static ProgrammeDuration of(LocalDate startDate, int months) {
    checkNotNull(startDate, "startDate");
    checkArgument(months >= 1, "months must be at least 1, was %s", months);
    return new ProgrammeDuration(startDate, months);
  }

  /**
   * Parses the text form "start/PnM", for example {@code "2023-08-14/P4M"}.
   *
   * @param text the text, not null
   * @return the duration, not null
   * @throws IllegalArgumentException if the text is not an ISO date, a slash and a period of whole
   *     months of at least 1
   */
  public static ProgrammeDuration parse(CharSequence text) {
    checkNotNull(text, "text");
    Matcher matcher = TEXT.matcher(text);
    checkArgument(
        matcher.matches(), "programme duration must be like '2023-08-14/P4M', was '%s'", text);
    try {
      return of(LocalDate.parse(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "programme duration must be like '2023-08-14/P4M', was '" + text + "'", e);
    }
  }

  /**
   * Returns the last day of a programme of a number of months: {@code
   * startDate.plusMonths(months).minusDays(1)}.
   *
   * @param startDate the first day, inclusive, not null
   * @param months the number of whole months, zero or more; 0 gives the day before the start
   * @return the last day, inclusive
   * @throws IllegalArgumentException if {@code months} is negative
   * @throws DateTimeException if the result lies outside the supported date range
   */
  public static LocalDate endDate(LocalDate startDate, int months) {
    checkNotNull(startDate, "startDate");
    checkArgument(months >= 0, "months must not be negative, was %s", months);
    return startDate.plusMonths(months).minusDays(1);
  }

  /**
   * Returns the number of whole months a period covers: the largest {@code N} with {@link
   * #endDate(LocalDate, int) endDate(startDate, N)} not after {@code endInclusive}.
   *
   * <p>A period is at least {@code N} months long exactly when this method returns at least {@code
   * N}, and at most {@code N} months long exactly when {@code endInclusive} is not after {@code
   * endDate(startDate, N)}. Examples: 14 Aug 2023 to 13 Dec 2023 is 4 months; to 12 Dec 2023 it is
   * 3; 31 Jan 2023 to 27 Feb 2023 is 1 month.
   *
   * @param startDate the first day, inclusive, not null
   * @param endInclusive the last day, inclusive, not before {@code startDate}
   * @return the whole months covered, zero or more
   * @throws IllegalArgumentException if {@code endInclusive} is before {@code startDate}
   */
  public static int monthsBetween(LocalDate startDate, LocalDate endInclusive) {
    checkNotNull(startDate, "startDate");
    checkNotNull(endInclusive, "endInclusive");
    checkArgument(
        !endInclusive.isBefore(startDate),
        "end %s must not be before start %s",
        endInclusive,
        startDate);
    // ChronoUnit.MONTHS counts a month only when the day of month is reached again, which
    // misses the months that plusMonths clips (31 Jan + 1 month = 28 Feb); step up over those.
    int months = Math.toIntExact(ChronoUnit.MONTHS.between(startDate, endInclusive.plusDays(1)));
    while (!endDate(startDate, months + 1).isAfter(endInclusive)) {
      months++;
    }
    return months;
  }

  /**
   * Returns the first day of mentoring (tanggal mulai).
   *
   * @return the first day, inclusive
   */
  public LocalDate startDate() {
    return startDate;
  }

  /**
   * Returns the last day of mentoring (tanggal selesai): {@code
   * startDate().plusMonths(months()).minusDays(1)}.
   *
   * @return the last day, inclusive, not before {@link #startDate()}
   */
  public LocalDate endDate() {
    return endDate;
  }

  /**
   * Returns the number of whole months.
   *
   * @return at least 1
   */
  public int months() {
    return months;
  }

  /**
   * Returns the period as a closed range of dates.
   *
   * @return {@code [startDate, endDate]}
   */
  public Range<LocalDate> period() {
    return Range.closed(startDate, endDate);
  }

  /**
   * Returns the number of days in the period.
   *
   * @return at least 28
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(startDate, endDate) + 1;
  }

  /**
   * Returns the programme weeks (minggu program) of the period under a working calendar: every ISO
   * week that intersects the period, numbered from 1, clipped to the period, with a visit due in
   * those with at least the policy's {@link ProgrammePolicy#minWorkingDaysForRequiredWeek() minimum
   * working days}.
   *
   * @param calendar the working calendar, not null
   * @param policy the policy, not null
   * @return the weeks, in order, covering the period without gap or overlap
   */
  public List<ProgrammeWeek> weeks(WorkCalendar calendar, ProgrammePolicy policy) {
    checkNotNull(calendar, "calendar");
    checkNotNull(policy, "policy");
    return calendar.programmeWeeks(startDate, endDate, policy.minWorkingDaysForRequiredWeek());
  }

  /**
   * Returns the snapshot whose programme runs over this period: its {@link Programme#startDate()}
   * and {@link Programme#endDate()} become this duration's, everything else stays. Assignments,
   * visits and logbook entries are kept as they are; validate the result to see those that now fall
   * outside the period.
   *
   * @param snapshot the snapshot, not null
   * @return the snapshot with the programme over this period
   */
  public ProgrammeSnapshot applyTo(ProgrammeSnapshot snapshot) {
    checkNotNull(snapshot, "snapshot");
    Programme programme =
        Programme.builder()
            .from(snapshot.programme())
            .startDate(startDate)
            .endDate(endDate)
            .build();
    return ProgrammeSnapshot.builder().from(snapshot).programme(programme).build();
  }

  /**
   * Two durations are equal when they have the same start and the same number of months.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is an equal duration
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof ProgrammeDuration
            && ((ProgrammeDuration) obj).months == months
            && ((ProgrammeDuration) obj).startDate.equals(startDate));
  }

  @Override
  public int hashCode() {
    return Objects.hash(startDate, months);
  }

  /**
   * Returns the text form "start/PnM".
   *
   * @return the text, for example {@code "2023-08-14/P4M"}
   */
  @Override
  public String toString() {
    return startDate + "/P" + months + "M";
  }
}
