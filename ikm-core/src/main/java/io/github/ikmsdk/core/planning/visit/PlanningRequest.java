package io.github.ikmsdk.core.planning.visit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.ikmsdk.core.calendar.OpeningHours;
import io.github.ikmsdk.core.calendar.TimeWindow;
import io.github.ikmsdk.core.geo.TravelModel;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What to plan (permintaan perencanaan): a programme snapshot plus the facts the snapshot does not
 * hold, namely IKM closed days and opening hours, preferred weekdays, the travel model, the as-of
 * date of a re-plan, remedies the caller accepted, and the progress listener and cancellation of
 * the run.
 *
 * <table>
 *   <caption>Attributes and defaults</caption>
 *   <tr><th>attribute</th><th>default</th></tr>
 *   <tr><td>{@link #asOf()}</td><td>empty: plan the whole period</td></tr>
 *   <tr><td>{@link #travelModel()}</td><td>{@link TravelModel#roads()}</td></tr>
 *   <tr><td>{@link #closedDays()}, {@link #closedWeekdays()}</td><td>none</td></tr>
 *   <tr><td>{@link #openingHours()}</td><td>none: each IKM's own {@link Ikm#openingHours()}</td></tr>
 *   <tr><td>{@link #preferredWeekdays()}</td><td>none</td></tr>
 *   <tr><td>{@link #gridMinutes()}</td><td>{@value #DEFAULT_GRID_MINUTES}</td></tr>
 *   <tr><td>{@link #remedies()}</td><td>none</td></tr>
 *   <tr><td>{@link #listener()}</td><td>{@link PlanningListener#none()}</td></tr>
 *   <tr><td>{@link #cancellation()}</td><td>empty: the run cannot be cancelled</td></tr>
 *   <tr><td>{@link #parallel()}</td><td>true: mentors are planned on the common pool</td></tr>
 * </table>
 *
 * <p>Example: {@code PlanningRequest.builder(snapshot).asOf(today).closedDay(ikm, date).build()}.
 * The plan does not depend on {@link #parallel()}, the listener or the cancellation token. This
 * class is immutable and thread-safe if its listener is.
 *
 * @since 0.1.0
 */
public final class PlanningRequest {

  /**
   * The default step of the grid of visit start times, in minutes: 1, so plans are exact in whole
   * minutes. Set {@link Builder#gridMinutes(int)} to 15 or 30 for round start times, at the cost of
   * travel and, in tight weeks, coverage.
   */
  public static final int DEFAULT_GRID_MINUTES = 1;

  private final ProgrammeSnapshot snapshot;
  private final Optional<LocalDate> asOf;
  private final TravelModel travelModel;
  private final ImmutableSortedMap<IkmId, Set<LocalDate>> closedDays;
  private final ImmutableSortedMap<IkmId, Set<DayOfWeek>> closedWeekdays;
  private final ImmutableSortedMap<IkmId, OpeningHours> openingHours;
  private final ImmutableSortedMap<IkmId, DayOfWeek> preferredWeekdays;
  private final int gridMinutes;
  private final ImmutableList<Remedy> remedies;
  private final PlanningListener listener;
  private final Optional<CancellationToken> cancellation;
  private final boolean parallel;

  private PlanningRequest(Builder b) {
    this.snapshot = b.snapshot;
    this.asOf = b.asOf;
    this.travelModel = b.travelModel;
    ImmutableSortedMap.Builder<IkmId, Set<LocalDate>> days = ImmutableSortedMap.naturalOrder();
    b.closedDays.forEach((k, v) -> days.put(k, ImmutableSortedSet.copyOf(v)));
    this.closedDays = days.build();
    ImmutableSortedMap.Builder<IkmId, Set<DayOfWeek>> weekdays = ImmutableSortedMap.naturalOrder();
    b.closedWeekdays.forEach((k, v) -> weekdays.put(k, ImmutableSortedSet.copyOf(v)));
    this.closedWeekdays = weekdays.build();
    this.openingHours = ImmutableSortedMap.copyOf(b.openingHours);
    this.preferredWeekdays = ImmutableSortedMap.copyOf(b.preferredWeekdays);
    this.gridMinutes = b.gridMinutes;
    this.remedies = ImmutableList.copyOf(b.remedies);
    this.listener = b.listener;
    this.cancellation = b.cancellation;
    this.parallel = b.parallel;
  }

  /**
   * Returns a builder for a request to plan a snapshot.
   *
   * @param snapshot the programme snapshot, not null
   * @return the builder, with every other attribute at its default
   */
  public static Builder builder(ProgrammeSnapshot snapshot) {
    return new Builder(snapshot);
  }

  /**
   * Returns the request to plan a snapshot with every default.
   *
   * @param snapshot the programme snapshot, not null
   * @return the request
   */
  public static PlanningRequest of(ProgrammeSnapshot snapshot) {
    return builder(snapshot).build();
  }

  /**
   * Returns a builder holding this request's attributes.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(snapshot);
    b.asOf = asOf;
    b.travelModel = travelModel;
    closedDays.forEach((k, v) -> b.closedDays.put(k, new TreeSet<>(v)));
    closedWeekdays.forEach((k, v) -> b.closedWeekdays.put(k, new TreeSet<>(v)));
    b.openingHours.putAll(openingHours);
    b.preferredWeekdays.putAll(preferredWeekdays);
    b.gridMinutes = gridMinutes;
    b.remedies.addAll(remedies);
    b.listener = listener;
    b.cancellation = cancellation;
    b.parallel = parallel;
    return b;
  }

  /**
   * Returns this request with one more accepted remedy; planning it yields the alternative plan the
   * remedy promises.
   *
   * @param remedy the remedy, not null, for example from {@link Shortfall#remedies()}
   * @return the new request
   */
  public PlanningRequest withRemedy(Remedy remedy) {
    return toBuilder().addRemedy(remedy).build();
  }

  /**
   * Returns this request for another snapshot, for example the snapshot with a plan's visits.
   *
   * @param snapshot the snapshot, not null
   * @return the new request
   */
  public PlanningRequest withSnapshot(ProgrammeSnapshot snapshot) {
    Builder b = toBuilder();
    b.snapshot = checkNotNull(snapshot, "snapshot");
    return b.build();
  }

  /**
   * Returns the programme snapshot: programme, calendar, policy, assignments, leave and the
   * recorded visits.
   *
   * @return the snapshot
   */
  public ProgrammeSnapshot snapshot() {
    return snapshot;
  }

  /**
   * Returns the date a re-plan starts from. Visits dated before it, and visits with status {@code
   * COMPLETED}, {@code CANCELLED} or {@code MISSED}, are kept; planned visits from it on are
   * replaced; only dates from it on get new visits.
   *
   * @return the as-of date, empty to plan the whole period
   */
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  /**
   * Returns the travel model for trips from a mentor's base and between production sites.
   *
   * @return the travel model
   */
  public TravelModel travelModel() {
    return travelModel;
  }

  /**
   * Returns the dates on which IKMs are closed (tutup), by IKM.
   *
   * @return the closed dates, sorted by IKM id and date
   */
  public Map<IkmId, Set<LocalDate>> closedDays() {
    return closedDays;
  }

  /**
   * Returns the days of the week on which IKMs are always closed, by IKM.
   *
   * @return the closed weekdays, sorted by IKM id and weekday
   */
  public Map<IkmId, Set<DayOfWeek>> closedWeekdays() {
    return closedWeekdays;
  }

  /**
   * Returns the opening hours of IKMs (jam buka) that replace the IKMs' own {@linkplain
   * Ikm#openingHours() opening hours} in this plan: a visit must lie inside the window of its date.
   *
   * @return the replacing opening hours, by IKM id; IKMs without an entry keep their own
   */
  public Map<IkmId, OpeningHours> openingHours() {
    return openingHours;
  }

  /**
   * Returns the opening hours the plan uses for an IKM: the entry of {@link #openingHours()} if
   * there is one, else the IKM's own.
   *
   * @param ikm the IKM, not null
   * @return the opening hours, not null
   */
  public OpeningHours openingHours(Ikm ikm) {
    checkNotNull(ikm, "ikm");
    OpeningHours hours = openingHours.get(ikm.id());
    return hours != null ? hours : ikm.openingHours();
  }

  /**
   * Returns the weekday on which IKMs prefer their visit (hari kunjungan pilihan).
   *
   * @return the preferred weekdays, by IKM id
   */
  public Map<IkmId, DayOfWeek> preferredWeekdays() {
    return preferredWeekdays;
  }

  /**
   * Returns the step of the grid of start times: visits start at the start of the day's first
   * working window plus a multiple of this step; 1 (the default) plans in whole minutes.
   *
   * @return minutes, in [1, 240]
   */
  public int gridMinutes() {
    return gridMinutes;
  }

  /**
   * Returns the remedies the caller accepted.
   *
   * @return the remedies, in the order added
   */
  public List<Remedy> remedies() {
    return remedies;
  }

  /**
   * Returns the progress listener.
   *
   * @return the listener
   */
  public PlanningListener listener() {
    return listener;
  }

  /**
   * Returns the token that cancels the run.
   *
   * @return the token, empty if the run cannot be cancelled
   */
  public Optional<CancellationToken> cancellation() {
    return cancellation;
  }

  /**
   * Returns whether mentors are planned in parallel on the common fork-join pool.
   *
   * @return whether the run is parallel
   */
  public boolean parallel() {
    return parallel;
  }

  @Override
  public String toString() {
    return "PlanningRequest[programme="
        + snapshot.programme().id()
        + ", asOf="
        + asOf.map(Object::toString).orElse("-")
        + ", gridMinutes="
        + gridMinutes
        + ", remedies="
        + remedies
        + "]";
  }

  /** Builds {@link PlanningRequest}s; obtain one with {@link PlanningRequest#builder}. */
  public static final class Builder {
    private ProgrammeSnapshot snapshot;
    private Optional<LocalDate> asOf = Optional.empty();
    private TravelModel travelModel = TravelModel.roads();
    private final Map<IkmId, Set<LocalDate>> closedDays = new TreeMap<>();
    private final Map<IkmId, Set<DayOfWeek>> closedWeekdays = new TreeMap<>();
    private final Map<IkmId, OpeningHours> openingHours = new TreeMap<>();
    private final Map<IkmId, DayOfWeek> preferredWeekdays = new TreeMap<>();
    private int gridMinutes = DEFAULT_GRID_MINUTES;
    private final List<Remedy> remedies = new ArrayList<>();
    private PlanningListener listener = PlanningListener.none();
    private Optional<CancellationToken> cancellation = Optional.empty();
    private boolean parallel = true;

    private Builder(ProgrammeSnapshot snapshot) {
      this.snapshot = checkNotNull(snapshot, "snapshot");
    }

    /**
     * Sets the as-of date of a re-plan.
     *
     * @param asOf the first date to plan, not null
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Optional.of(checkNotNull(asOf, "asOf"));
      return this;
    }

    /**
     * Sets the travel model.
     *
     * @param travelModel the model, not null
     * @return this builder
     */
    public Builder travelModel(TravelModel travelModel) {
      this.travelModel = checkNotNull(travelModel, "travelModel");
      return this;
    }

    /**
     * Adds a date on which an IKM is closed.
     *
     * @param ikm the IKM, not null
     * @param date the date, not null
     * @return this builder
     */
    public Builder closedDay(IkmId ikm, LocalDate date) {
      checkNotNull(date, "date");
      closedDays.computeIfAbsent(checkNotNull(ikm, "ikm"), k -> new TreeSet<>()).add(date);
      return this;
    }

    /**
     * Adds a day of the week on which an IKM is always closed.
     *
     * @param ikm the IKM, not null
     * @param dayOfWeek the day of the week, not null
     * @return this builder
     */
    public Builder closedWeekday(IkmId ikm, DayOfWeek dayOfWeek) {
      checkNotNull(dayOfWeek, "dayOfWeek");
      closedWeekdays.computeIfAbsent(checkNotNull(ikm, "ikm"), k -> new TreeSet<>()).add(dayOfWeek);
      return this;
    }

    /**
     * Sets the same opening window of an IKM for every day, replacing its own opening hours in this
     * plan; visits to it lie inside the window.
     *
     * @param ikm the IKM, not null
     * @param hours the daily opening window, not null
     * @return this builder
     */
    public Builder openingHours(IkmId ikm, TimeWindow hours) {
      return openingHours(ikm, OpeningHours.daily(checkNotNull(hours, "hours")));
    }

    /**
     * Sets the opening hours of an IKM, replacing its own in this plan; visits to it lie inside the
     * window of their date.
     *
     * @param ikm the IKM, not null
     * @param hours the opening hours, not null
     * @return this builder
     * @since 0.2.0
     */
    public Builder openingHours(IkmId ikm, OpeningHours hours) {
      openingHours.put(checkNotNull(ikm, "ikm"), checkNotNull(hours, "hours"));
      return this;
    }

    /**
     * Sets the preferred weekday of an IKM.
     *
     * @param ikm the IKM, not null
     * @param dayOfWeek the preferred day, not null
     * @return this builder
     */
    public Builder preferredWeekday(IkmId ikm, DayOfWeek dayOfWeek) {
      preferredWeekdays.put(checkNotNull(ikm, "ikm"), checkNotNull(dayOfWeek, "dayOfWeek"));
      return this;
    }

    /**
     * Sets the step of the grid of start times.
     *
     * @param minutes the step, in [1, 240]
     * @return this builder
     * @throws IllegalArgumentException if the step is out of range
     */
    public Builder gridMinutes(int minutes) {
      checkArgument(
          minutes >= 1 && minutes <= 240, "grid must be 1 to 240 minutes, was %s", minutes);
      this.gridMinutes = minutes;
      return this;
    }

    /**
     * Adds an accepted remedy.
     *
     * @param remedy the remedy, not null
     * @return this builder
     */
    public Builder addRemedy(Remedy remedy) {
      remedies.add(checkNotNull(remedy, "remedy"));
      return this;
    }

    /**
     * Sets the progress listener.
     *
     * @param listener the listener, not null
     * @return this builder
     */
    public Builder listener(PlanningListener listener) {
      this.listener = checkNotNull(listener, "listener");
      return this;
    }

    /**
     * Sets the token that cancels the run.
     *
     * @param token the token, not null
     * @return this builder
     */
    public Builder cancellation(CancellationToken token) {
      this.cancellation = Optional.of(checkNotNull(token, "token"));
      return this;
    }

    /**
     * Sets whether mentors are planned in parallel.
     *
     * @param parallel whether to use the common fork-join pool
     * @return this builder
     */
    public Builder parallel(boolean parallel) {
      this.parallel = parallel;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public PlanningRequest build() {
      return new PlanningRequest(this);
    }
  }
}
