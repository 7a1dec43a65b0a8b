package io.github.ikmsdk.core.planning.programme;

import com.google.common.collect.ImmutableList;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.ProgrammeId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
