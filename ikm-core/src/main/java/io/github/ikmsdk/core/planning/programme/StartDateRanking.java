package io.github.ikmsdk.core.planning.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.ProgrammeId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The candidate first days of a programme, best first (peringkat tanggal mulai); see {@link
 * StartDateRanker} for the order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StartDateRanking {

  private final ProgrammeId programme;
  private final Optional<CommodityId> commodity;
  private final int months;
  private final int participants;
  private final ImmutableList<StartOption> options;

  StartDateRanking(
      ProgrammeId programme,
      Optional<CommodityId> commodity,
      int months,
      int participants,
      List<StartOption> options) {
    this.programme = programme;
    this.commodity = commodity;
    this.months = months;
    this.participants = participants;
    this.options = ImmutableList.copyOf(options);
  }

  /**
   * Returns a ranking of start dates (peringkat tanggal mulai) with the given attributes, for
   * example as read back from a programme outlook; {@link StartDateRanker} computes them.
   *
   * @param programme the programme ranked, not null
   * @param commodity the commodity whose IKMs took part, if the request named one
   * @param months the length of the programme in whole months, at least 1
   * @param participants the number of participating IKMs, zero or more
   * @param options every candidate, best first: not empty, ranked 1, 2, ... in order, each of
   *     {@code months} months, with distinct starts
   * @return the ranking
   * @throws IllegalArgumentException if an argument breaks one of these conditions
   * @since 0.1.0
   */
  public static StartDateRanking of(
      ProgrammeId programme,
      Optional<CommodityId> commodity,
      int months,
      int participants,
      List<StartOption> options) {
    checkNotNull(programme, "programme");
    checkNotNull(commodity, "commodity");
    checkArgument(months >= 1, "months must be at least 1, was %s", months);
    checkArgument(participants >= 0, "participants must not be negative, was %s", participants);
    checkArgument(!options.isEmpty(), "options must not be empty");
    Set<LocalDate> starts = new HashSet<>();
    for (int i = 0; i < options.size(); i++) {
      StartOption o = options.get(i);
      checkArgument(o.rank() == i + 1, "option %s has rank %s, expected %s", i, o.rank(), i + 1);
      checkArgument(
          o.months() == months, "option %s has %s months, expected %s", i, o.months(), months);
      checkArgument(starts.add(o.start()), "start %s is ranked twice", o.start());
    }
    return new StartDateRanking(programme, commodity, months, participants, options);
  }

  /**
   * Returns the programme ranked.
   *
   * @return the programme id
   */
  public ProgrammeId programme() {
    return programme;
  }

  /**
   * Returns the commodity whose IKMs took part, if the request named one.
   *
   * @return the commodity
   */
  public Optional<CommodityId> commodity() {
    return commodity;
  }

  /**
   * Returns the length of the programme in whole months.
   *
   * @return the months
   */
  public int months() {
    return months;
  }

  /**
   * Returns the number of participating IKMs.
   *
   * @return the participants
   */
  public int participants() {
    return participants;
  }

  /**
   * Returns every candidate, best first.
   *
   * @return the options, by rank
   */
  public List<StartOption> options() {
    return options;
  }

  /**
   * Returns the best candidate.
   *
   * @return the option of rank 1
   */
  public StartOption best() {
    return options.get(0);
  }

  /**
   * Returns the option of one start date.
   *
   * @param start the first day, not null
   * @return the option, empty if the date was not a candidate
   */
  public Optional<StartOption> option(LocalDate start) {
    return options.stream().filter(o -> o.start().equals(start)).findFirst();
  }

  /**
   * Two rankings are equal when all their attributes are.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is an equal ranking
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof StartDateRanking)) {
      return false;
    }
    StartDateRanking o = (StartDateRanking) obj;
    return programme.equals(o.programme)
        && commodity.equals(o.commodity)
        && months == o.months
        && participants == o.participants
        && options.equals(o.options);
  }

  @Override
  public int hashCode() {
    return Objects.hash(programme, commodity, months, participants, options);
  }

  /**
   * Returns a text such as {@code StartDateRanking[PRG-1, 4 months, 52 starts, best 2027-01-04]}.
   *
   * @return a summary
   */
  @Override
  public String toString() {
    return "StartDateRanking["
        + programme
        + ", "
        + months
        + " months, "
        + options.size()
        + " starts, best "
        + best().start()
        + "]";
  }
}
