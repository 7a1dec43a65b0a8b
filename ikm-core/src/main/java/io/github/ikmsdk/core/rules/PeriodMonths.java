package io.github.ikmsdk.core.rules;

import io.github.ikmsdk.core.planning.duration.ProgrammeDuration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The length of a programme period in calendar months, as the duration rules (S6) measure it.
 *
 * <p>A period {@code [start, end]} lasts {@code m + r / n} months, where {@code m} is the number of
 * whole months from {@code start} to {@code end + 1 day}, {@code r} the days left over and {@code
 * n} the days of the next month from {@code start + m months}. A programme of exactly three months
 * runs from {@code D} to {@code D.plusMonths(3).minusDays(1)}: the bounds are exact and come from
 * {@link ProgrammeDuration#endDate(LocalDate, int)}, the SDK's one definition of month arithmetic.
 */
final class PeriodMonths {

  private final LocalDate start;
  private final LocalDate end;
  private final long wholeMonths;
  private final long restDays;
  private final long nextMonthDays;

  private PeriodMonths(
      LocalDate start, LocalDate end, long wholeMonths, long restDays, long nextMonthDays) {
    this.start = start;
    this.end = end;
    this.wholeMonths = wholeMonths;
    this.restDays = restDays;
    this.nextMonthDays = nextMonthDays;
  }

  static PeriodMonths of(LocalDate start, LocalDate end) {
    LocalDate endExclusive = end.plusDays(1);
    long months = ChronoUnit.MONTHS.between(start, endExclusive);
    LocalDate from = start.plusMonths(months);
    long rest = ChronoUnit.DAYS.between(from, endExclusive);
    long next = ChronoUnit.DAYS.between(from, start.plusMonths(months + 1));
    return new PeriodMonths(start, end, months, rest, next);
  }

  /** Whether the period lasts at least {@code minimum} months. */
  boolean reaches(int minimum) {
    return !end.isBefore(ProgrammeDuration.endDate(start, minimum));
  }

  /** Whether the period lasts at most {@code maximum} months. */
  boolean atMost(int maximum) {
    return !end.isAfter(ProgrammeDuration.endDate(start, maximum));
  }

  boolean within(int minimum, int maximum) {
    return reaches(minimum) && atMost(maximum);
  }

  /** The months with two decimals, for example {@code 2.90}. */
  String text() {
    return String.format(Locale.ROOT, "%.2f", wholeMonths + (double) restDays / nextMonthDays);
  }
}
