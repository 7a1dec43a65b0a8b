package io.github.ikmsdk.core.planning.visit;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ikmsdk.core.geo.TravelModel;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import java.util.function.Consumer;

/**
 * Plans the weekly visits of a programme (perencanaan kunjungan): for every participating IKM and
 * every programme week that needs a visit, a dated visit with start and end times, or an explained
 * {@link Shortfall}.
 *
 * <h2>Hard rules</h2>
 *
 * <p>Every planned visit lies inside the programme period, on a working day of the calendar (after
 * the accepted {@linkplain Remedy remedies}), not on the mentor's leave, not on a day the IKM is
 * closed and inside the IKM's opening window of its date ({@link
 * PlanningRequest#openingHours(Ikm)}, by weekday and by date, to the minute), starts and ends
 * inside the day's working span, holds at least {@link ProgrammePolicy#minVisitWorkingMinutes()}
 * working minutes, and is located at the IKM's production site. A mentor's day starts at the
 * mentor's base at the start of the working day: the first visit starts no earlier than the day
 * start plus the travel from the base, and each further visit no earlier than the previous visit's
 * end plus the travel between the sites; kept completed visits are respected the same way. Unless
 * {@link ProgrammePolicy#returnToBase()} is false, the day also ends at the base: the day's last
 * planned visit ends no later than the end of the day's working time minus the travel back to the
 * base. Travel minutes come from the request's {@link TravelModel}, rounded up to whole minutes.
 *
 * <h2>Objective, per mentor and ISO week</h2>
 *
 * <ol>
 *   <li>most IKM-weeks covered;
 *   <li>regularity: most IKMs visited on their target weekday and start time, where the target is
 *       the IKM's visit of the previous week (planned or kept) if it fell on the preferred weekday
 *       or there is no preference, otherwise the preferred weekday at any time;
 *   <li>least travel minutes: from the base to each day's first visit, between visits and, under
 *       {@link ProgrammePolicy#returnToBase()}, from each day's last visit back to the base;
 *   <li>earliest in the week: least sum over visits of {@code dayOfWeek * 1440 + startMinute};
 *   <li>ties: a fixed order over IKMs sorted by id, days and start times.
 * </ol>
 *
 * <p>Visits start on whole minutes by default: any minute inside a working window at which the
 * visit can hold the minimum working minutes before the day ends; each visit ends as soon as it
 * holds them. {@link PlanningRequest#gridMinutes()} set above 1 restricts starts to a grid for
 * round times: the start of the day's first working window plus multiples of the step. The solution
 * is exact in minutes (or on the chosen grid) for up to {@value #MAX_EXACT_IKMS} IKMs per mentor;
 * IKMs beyond that are planned in further groups of that size, in id order, around the visits
 * already placed. Each week's IKMs are those not covered by a kept completed visit that counts for
 * the week as compliance counts it (inside the programme period, with at least the minimum working
 * minutes; see the {@linkplain io.github.ikmsdk.core.compliance compliance package}); a shorter
 * completed visit still blocks its time but does not cover the week. One visit per IKM-week is
 * planned when the policy asks for one; when it asks for several, each IKM gets the week's required
 * visits less its qualifying completed ones, at most one a day, and the objective becomes: most
 * visits, most IKMs visited at least once, fewest visits of one IKM on consecutive calendar days,
 * then the levels above from regularity on. Of visits sharing an id only the first listed counts
 * (IKM-R001 reports the others): a later one neither covers a week nor blocks its mentor's time,
 * and the plan does not keep it.
 *
 * <h2>Shortfalls and remedies</h2>
 *
 * <p>Each required IKM-week left uncovered gets a {@link Shortfall} with its reason, numbers,
 * messages in Bahasa Indonesia and English, and the remedies allowed by {@link
 * ProgrammePolicy#allowedRemedies()} that cover at least one more IKM-week of that mentor and week
 * when the week is solved again with them: a visit on the week's Saturday with Friday's hours; the
 * smallest extension of one day's end (in steps of 30 minutes, up to four hours, earliest day
 * first); counting breaks as visit time.
 *
 * <h2>Re-planning</h2>
 *
 * <p>With {@link PlanningRequest#asOf()} set, visits with status other than {@code PLANNED} and
 * visits dated before the as-of date are kept; planned visits from it on are replaced; only weeks
 * that end on or after it are planned, and only dates from it on get visits. Planning the
 * {@linkplain VisitPlan#applyTo(ProgrammeSnapshot) snapshot with a plan's visits} again with the
 * same request gives an equal plan. Planned visits get ids {@code P-<ikm>-<week>}, for example
 * {@code P-IKM-01-2023-W34}, with a suffix {@code -2}, {@code -3}, ... if a kept visit has that id.
 *
 * <h2>Large programmes</h2>
 *
 * <p>{@link #plan(PlanningRequest)} holds the whole plan. {@link #plan(PlanningRequest, Consumer)}
 * hands each mentor's plan to a consumer in mentor id order and keeps nothing of it, so that time
 * and memory grow linearly with the number of mentors (see the README's benchmarks).
 *
 * <p>The planner is deterministic: the same request gives the same plan, serial or parallel.
 * Cancellation throws {@link PlanningCancelledException}. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class VisitPlanner {

  /** The most IKMs of one mentor planned together exactly in one week. */
  public static final int MAX_EXACT_IKMS = 10;

  private static final VisitPlanner STANDARD = new VisitPlanner();

  private VisitPlanner() {}

  /**
   * Returns the standard planner.
   *
   * @return the planner
   */
  public static VisitPlanner standard() {
    return STANDARD;
  }

  /**
   * Plans the visits of a request and returns the whole plan. Every planned visit and shortfall is
   * held in memory at once, which suits programmes of up to some thousands of mentors; for larger
   * ones use {@link #plan(PlanningRequest, Consumer)}.
   *
   * @param request the request, not null
   * @return the plan
   * @throws PlanningCancelledException if the request's cancellation token is cancelled during the
   *     run
   */
  public VisitPlan plan(PlanningRequest request) {
    return new PlanningRun(checkNotNull(request, "request")).execute();
  }

  /**
   * Plans the visits of a request and hands each mentor's plan to a consumer as soon as it is
   * ready, without holding the whole plan: the way to plan programmes too large for one {@link
   * VisitPlan} in memory, for example to write each mentor's visits to a file or a database.
   *
   * <p>The consumer gets one {@link MentorPlan} per mentor with at least one participating IKM, in
   * increasing order of mentor id, always on the calling thread and never concurrently, serial or
   * parallel; the plans are those {@link #plan(PlanningRequest)} gives, which is built on this
   * method: its planned visits are the plans' visits and its shortfalls the plans' shortfalls and
   * the summary's {@linkplain PlanningSummary#unassignedShortfalls() unassigned shortfalls}. A
   * parallel run plans a block of a few hundred mentors at a time, so the memory it holds does not
   * grow with the number of mentors beyond the request's own facts.
   *
   * <p>If the consumer throws, the run stops at once and the exception reaches the caller
   * unchanged; no further plans are handed over. If the request's cancellation token is cancelled,
   * by another thread or by the consumer itself, the run hands over no further plan (never a
   * partial one) and throws {@link PlanningCancelledException}; the plans handed over before stay
   * valid.
   *
   * @param request the request, not null
   * @param consumer receives the mentors' plans, not null
   * @return the run's counts, kept visits and shortfalls of IKMs without a usable mentor
   * @throws PlanningCancelledException if the request's cancellation token is cancelled during the
   *     run
   * @since 0.1.0
   */
  public PlanningSummary plan(PlanningRequest request, Consumer<? super MentorPlan> consumer) {
    checkNotNull(consumer, "consumer");
    return new PlanningRun(checkNotNull(request, "request")).stream(consumer);
  }

  /**
   * Plans the alternative a remedy promises: the same as {@code plan(request.withRemedy(remedy))}.
   *
   * @param request the request, not null
   * @param remedy the remedy, not null
   * @return the alternative plan
   */
  public VisitPlan apply(PlanningRequest request, Remedy remedy) {
    return plan(request.withRemedy(remedy));
  }

  @Override
  public String toString() {
    return "VisitPlanner.standard()";
  }
}
