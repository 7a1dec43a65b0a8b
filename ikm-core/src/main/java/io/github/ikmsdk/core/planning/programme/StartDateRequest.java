package io.github.ikmsdk.core.planning.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What to rank (permintaan tanggal mulai): the programme to start, its length in months and the
 * candidate first days.
 *
 * <p>The programme is a {@link PlanningRequest} whose snapshot holds the participants, mentors,
 * assignments, calendar and policy, and whose other attributes (travel model, IKM closed days and
 * opening hours, accepted remedies) apply to every candidate; the snapshot's own period, its
 * recorded visits and logbook are ignored, and the request must have no as-of date. With a {@link
 * #commodity()} only the participants of that commodity's IKMs take part, as when each commodity's
 * programme starts on its own date.
 *
 * <p>Example: {@code StartDateRequest.builder(request).months(4).starts(StartDateRequest.weekdays(
 * 2027, DayOfWeek.MONDAY)).build()}. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StartDateRequest {

  private final PlanningRequest planning;
  private final int months;
  private final ImmutableSortedSet<LocalDate> starts;
  private final Optional<CommodityId> commodity;

  private StartDateRequest(Builder b) {
    this.planning = b.planning;
    this.months = b.months;
    this.starts = ImmutableSortedSet.copyOf(b.starts);
    this.commodity = b.commodity;
  }

  /**
   * Returns a builder for a programme.
   *
   * @param planning the programme and the facts of planning it, not null, without an as-of date
   * @return the builder
   */
  public static Builder builder(PlanningRequest planning) {
    return new Builder(planning);
  }

  /**
   * Returns every date of a calendar year that falls on a day of the week, for example every Monday
   * of 2027.
   *
   * @param year the calendar year
   * @param dayOfWeek the day of the week, not null
   * @return the dates, sorted
   */
  public static SortedSet<LocalDate> weekdays(int year, DayOfWeek dayOfWeek) {
    checkNotNull(dayOfWeek, "dayOfWeek");
    TreeSet<LocalDate> dates = new TreeSet<>();
    LocalDate d = LocalDate.of(year, 1, 1).with(TemporalAdjusters.nextOrSame(dayOfWeek));
    for (; d.getYear() == year; d = d.plusWeeks(1)) {
      dates.add(d);
    }
    return ImmutableSortedSet.copyOf(dates);
  }

  /**
   * Returns the programme and the facts of planning it.
   *
   * @return the planning request
   */
  public PlanningRequest planning() {
    return planning;
  }

  /**
   * Returns the length of the programme in whole months (lama pendampingan): a programme starting
   * on {@code d} ends on {@code d.plusMonths(months).minusDays(1)}.
   *
   * @return the months, at least 1
   */
  public int months() {
    return months;
  }

  /**
   * Returns the candidate first days.
   *
   * @return the dates, sorted, not empty
   */
  public SortedSet<LocalDate> starts() {
    return starts;
  }

  /**
   * Returns the commodity whose IKMs take part, if the programme is one commodity's.
   *
   * @return the commodity, empty for every participant
   */
  public Optional<CommodityId> commodity() {
    return commodity;
  }

  /**
   * Returns a text such as {@code StartDateRequest[programme=PRG-1, months=4, starts=52 from
   * 2027-01-04 to 2027-12-27, commodity=KOPI]}.
   *
   * @return a summary
   */
  @Override
  public String toString() {
    return "StartDateRequest[programme="
        + planning.snapshot().programme().id()
        + ", months="
        + months
        + ", starts="
        + starts.size()
        + " from "
        + starts.first()
        + " to "
        + starts.last()
        + ", commodity="
        + commodity.map(CommodityId::value).orElse("-")
        + "]";
  }

  /** Builds {@link StartDateRequest}s; obtain one with {@link StartDateRequest#builder}. */
  public static final class Builder {
    private final PlanningRequest planning;
    private int months;
    private final TreeSet<LocalDate> starts = new TreeSet<>();
    private Optional<CommodityId> commodity = Optional.empty();

    private Builder(PlanningRequest planning) {
      this.planning = checkNotNull(planning, "planning");
      checkArgument(
          planning.asOf().isEmpty(),
          "a programme not yet started is planned whole: the request must have no as-of date");
    }

    /**
     * Sets the length of the programme.
     *
     * @param months whole months, from 1 to 120
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder months(int months) {
      checkArgument(months >= 1 && months <= 120, "months must be 1 to 120, was %s", months);
      this.months = months;
      return this;
    }

    /**
     * Adds candidate first days.
     *
     * @param starts the dates, not null, no null element
     * @return this builder
     */
    public Builder starts(Iterable<LocalDate> starts) {
      checkNotNull(starts, "starts").forEach(d -> this.starts.add(checkNotNull(d, "start")));
      return this;
    }

    /**
     * Restricts the programme to the participants of one commodity's IKMs.
     *
     * @param commodity the commodity, not null
     * @return this builder
     */
    public Builder commodity(CommodityId commodity) {
      this.commodity = Optional.of(checkNotNull(commodity, "commodity"));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException if the months are not set or there is no start
     */
    public StartDateRequest build() {
      checkArgument(months >= 1, "months must be set");
      checkArgument(!starts.isEmpty(), "at least one start date is needed");
      return new StartDateRequest(this);
    }
  }
}
