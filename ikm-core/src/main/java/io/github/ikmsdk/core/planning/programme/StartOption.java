package io.github.ikmsdk.core.planning.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.internal.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One candidate first day of a programme and what the strict rules make of it (pilihan tanggal
 * mulai): its rank, end date, weeks, the IKM-weeks the strict rules can and cannot cover, and the
 * hard weeks with their reasons and remedies.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StartOption {

  private static final LocalizedText MESSAGES = LocalizedText.load(StartOption.class, "messages");

  private final int rank;
  private final LocalDate start;
  private final LocalDate end;
  private final int months;
  private final int weeks;
  private final int requiredIkmWeeks;
  private final int coveredIkmWeeks;
  private final ImmutableList<HardWeek> hardWeeks;

  StartOption(
      int rank,
      LocalDate start,
      LocalDate end,
      int months,
      int weeks,
      int requiredIkmWeeks,
      int coveredIkmWeeks,
      List<HardWeek> hardWeeks) {
    this.rank = rank;
    this.start = start;
    this.end = end;
    this.months = months;
    this.weeks = weeks;
    this.requiredIkmWeeks = requiredIkmWeeks;
    this.coveredIkmWeeks = coveredIkmWeeks;
    this.hardWeeks = ImmutableList.copyOf(hardWeeks);
  }

  /**
   * Returns a start option (pilihan tanggal mulai) with the given attributes, for example as read
   * back from a programme outlook; {@link StartDateRanker} computes them.
   *
   * @param rank the rank among the request's starts, from 1
   * @param start the first day of the programme, not null
   * @param end the last day of the programme, inclusive, not before {@code start}
   * @param months the length in whole months, at least 1
   * @param weeks the number of ISO weeks the period touches, at least 1
   * @param requiredIkmWeeks the IKM-weeks that need a visit, zero or more
   * @param coveredIkmWeeks the required IKM-weeks the strict rules can cover, from 0 to {@code
   *     requiredIkmWeeks}
   * @param hardWeeks the weeks the strict rules cannot fully cover, in order of week, each from
   *     {@code start} to {@code end}; their uncovered IKM-weeks add up to {@code requiredIkmWeeks -
   *     coveredIkmWeeks}
   * @return the option
   * @throws IllegalArgumentException if an argument breaks one of these conditions
   * @since 0.1.0
   */
  public static StartOption of(
      int rank,
      LocalDate start,
      LocalDate end,
      int months,
      int weeks,
      int requiredIkmWeeks,
      int coveredIkmWeeks,
      List<HardWeek> hardWeeks) {
    checkArgument(rank >= 1, "rank must be at least 1, was %s", rank);
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkArgument(!end.isBefore(start), "end %s is before start %s", end, start);
    checkArgument(months >= 1, "months must be at least 1, was %s", months);
    checkArgument(weeks >= 1, "weeks must be at least 1, was %s", weeks);
    checkArgument(
        requiredIkmWeeks >= 0, "requiredIkmWeeks must not be negative, was %s", requiredIkmWeeks);
    checkArgument(
        coveredIkmWeeks >= 0 && coveredIkmWeeks <= requiredIkmWeeks,
        "coveredIkmWeeks must be from 0 to requiredIkmWeeks %s, was %s",
        requiredIkmWeeks,
        coveredIkmWeeks);
    int uncovered = 0;
    IsoWeek previous = null;
    for (HardWeek w : hardWeeks) {
      checkArgument(
          !w.firstDay().isBefore(start) && !w.lastDay().isAfter(end),
          "hard week %s is not from %s to %s",
          w.week(),
          start,
          end);
      checkArgument(
          previous == null || previous.compareTo(w.week()) < 0,
          "hard week %s is not after %s",
          w.week(),
          previous);
      previous = w.week();
      uncovered += w.uncoveredIkmWeeks();
    }
    checkArgument(
        uncovered == requiredIkmWeeks - coveredIkmWeeks,
        "the hard weeks leave %s IKM-weeks uncovered, but requiredIkmWeeks %s and coveredIkmWeeks"
            + " %s leave %s",
        uncovered,
        requiredIkmWeeks,
        coveredIkmWeeks,
        requiredIkmWeeks - coveredIkmWeeks);
    return new StartOption(
        rank, start, end, months, weeks, requiredIkmWeeks, coveredIkmWeeks, hardWeeks);
  }

  StartOption withRank(int newRank) {
    return new StartOption(
        newRank, start, end, months, weeks, requiredIkmWeeks, coveredIkmWeeks, hardWeeks);
  }

  /**
   * Returns the rank among the request's starts, 1 for the best.
   *
   * @return the rank, from 1
   */
  public int rank() {
    return rank;
  }

  /**
   * Returns the first day of the programme.
   *
   * @return the start
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day of the programme.
   *
   * @return the end, inclusive
   */
  public LocalDate end() {
    return end;
  }

  /**
   * Returns the length in whole months.
   *
   * @return the months
   */
  public int months() {
    return months;
  }

  /**
   * Returns the number of ISO weeks the period touches (minggu program).
   *
   * @return the weeks
   */
  public int weeks() {
    return weeks;
  }

  /**
   * Returns the IKM-weeks that need a visit: every participant in every week with enough working
   * days in the period (rule S3).
   *
   * @return the required IKM-weeks
   */
  public int requiredIkmWeeks() {
    return requiredIkmWeeks;
  }

  /**
   * Returns the required IKM-weeks the strict rules can cover: those the {@link
   * io.github.ikmsdk.core.planning.visit.VisitPlanner} plans without remedies.
   *
   * @return the covered IKM-weeks
   */
  public int coveredIkmWeeks() {
    return coveredIkmWeeks;
  }

  /**
   * Returns the required IKM-weeks the strict rules cannot cover.
   *
   * @return {@code requiredIkmWeeks() - coveredIkmWeeks()}
   */
  public int uncoveredIkmWeeks() {
    return requiredIkmWeeks - coveredIkmWeeks;
  }

  /**
   * Returns the uncovered IKM-weeks for which the planner found no remedy the policy allows.
   *
   * @return the IKM-weeks without remedy
   */
  public int unremediedIkmWeeks() {
    int count = 0;
    for (HardWeek w : hardWeeks) {
      count += (int) w.shortfalls().stream().filter(s -> s.remedies().isEmpty()).count();
    }
    return count;
  }

  /**
   * Returns the weeks the strict rules cannot fully cover, with their reasons and remedies.
   *
   * @return the hard weeks, in order
   */
  public List<HardWeek> hardWeeks() {
    return hardWeeks;
  }

  /**
   * Explains the option in Bahasa Indonesia ({@code id}) or English (any other language).
   *
   * @param locale the locale, not null
   * @return the explanation, for example "Start 2027-01-04 (6 months, to 2027-07-03, 27 weeks): 390
   *     of 405 IKM-weeks can be covered under the strict rules, 15 cannot, in 3 hard weeks; 0 of
   *     them have no remedy the policy allows."
   */
  public String message(Locale locale) {
    return MESSAGES.format(
        locale,
        "startOption",
        ImmutableMap.<String, Object>builder()
            .put("start", start.toString())
            .put("end", end.toString())
            .put("months", months)
            .put("weeks", weeks)
            .put("covered", coveredIkmWeeks)
            .put("required", requiredIkmWeeks)
            .put("uncovered", uncoveredIkmWeeks())
            .put("hardWeeks", hardWeeks.size())
            .put("unremedied", unremediedIkmWeeks())
            .build());
  }

  /**
   * Two options are equal when all their attributes are.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is an equal option
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof StartOption)) {
      return false;
    }
    StartOption o = (StartOption) obj;
    return rank == o.rank
        && start.equals(o.start)
        && end.equals(o.end)
        && months == o.months
        && weeks == o.weeks
        && requiredIkmWeeks == o.requiredIkmWeeks
        && coveredIkmWeeks == o.coveredIkmWeeks
        && hardWeeks.equals(o.hardWeeks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rank, start, end, requiredIkmWeeks, coveredIkmWeeks, hardWeeks);
  }

  /**
   * Returns a text such as {@code StartOption[#1 2027-01-04..2027-07-03, 390/405]}.
   *
   * @return the rank, period and covered and required IKM-weeks
   */
  @Override
  public String toString() {
    return "StartOption[#"
        + rank
        + " "
        + start
        + ".."
        + end
        + ", "
        + coveredIkmWeeks
        + "/"
        + requiredIkmWeeks
        + "]";
  }
}
