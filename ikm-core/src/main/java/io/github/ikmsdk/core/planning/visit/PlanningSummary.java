package io.github.ikmsdk.core.planning.visit;

import com.google.common.collect.ImmutableList;
import io.github.ikmsdk.core.visit.Visit;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a streaming run of {@link VisitPlanner#plan(PlanningRequest, java.util.function.Consumer)}
 * returns once every {@link MentorPlan} has been handed over (ringkasan perencanaan): the counts of
 * the whole run, the visits kept from the snapshot, and the shortfalls that belong to no mentor's
 * plan.
 *
 * <p>The {@linkplain #unassignedShortfalls() unassigned shortfalls} are those of participating IKMs
 * the run could not give to a mentor: no mentor assigned, an assigned mentor the snapshot does not
 * list, or an IKM the snapshot does not list. Together with the mentors' plans they make up {@link
 * VisitPlan#shortfalls()}. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PlanningSummary {

  private final int mentorPlans;
  private final int plannedVisits;
  private final int mentorShortfalls;
  private final int uncoveredIkmWeeks;
  private final ImmutableList<Visit> keptVisits;
  private final ImmutableList<Shortfall> unassignedShortfalls;
  private final int requiredIkmWeeks;

  private PlanningSummary(
      int mentorPlans,
      int plannedVisits,
      int mentorShortfalls,
      int uncoveredIkmWeeks,
      List<Visit> keptVisits,
      List<Shortfall> unassignedShortfalls,
      int requiredIkmWeeks) {
    this.mentorPlans = mentorPlans;
    this.plannedVisits = plannedVisits;
    this.mentorShortfalls = mentorShortfalls;
    this.uncoveredIkmWeeks = uncoveredIkmWeeks;
    this.keptVisits = ImmutableList.sortedCopyOf(VisitPlan.VISIT_ORDER, keptVisits);
    this.unassignedShortfalls = ImmutableList.copyOf(unassignedShortfalls);
    this.requiredIkmWeeks = requiredIkmWeeks;
  }

  /**
   * Returns the summary of a run; the planner's only way to make one.
   *
   * @param mentorShortfalls the shortfalls in the mentors' plans
   * @param mentorUncoveredIkmWeeks the IKM-weeks those shortfalls name
   */
  static PlanningSummary of(
      int mentorPlans,
      int plannedVisits,
      int mentorShortfalls,
      int mentorUncoveredIkmWeeks,
      List<Visit> keptVisits,
      List<Shortfall> unassignedShortfalls,
      int requiredIkmWeeks) {
    return new PlanningSummary(
        mentorPlans,
        plannedVisits,
        mentorShortfalls,
        mentorUncoveredIkmWeeks + VisitPlan.uncoveredIkmWeeks(unassignedShortfalls),
        keptVisits,
        unassignedShortfalls,
        requiredIkmWeeks);
  }

  /**
   * Returns how many mentors' plans the run handed to the consumer: one per mentor with at least
   * one participating IKM.
   *
   * @return at least 0
   */
  public int mentorPlans() {
    return mentorPlans;
  }

  /**
   * Returns how many visits the run planned, over all mentors' plans.
   *
   * @return at least 0
   */
  public int plannedVisits() {
    return plannedVisits;
  }

  /**
   * Returns how many shortfalls the run explained, in the mentors' plans and unassigned: one per
   * missing visit, so with several visits a week possibly more than the IKM-weeks left uncovered.
   *
   * @return at least 0
   */
  public int shortfalls() {
    return mentorShortfalls + unassignedShortfalls.size();
  }

  /**
   * Returns the snapshot's visits that the run kept, as {@link VisitPlan#keptVisits()}.
   *
   * @return the kept visits, sorted by date, start, mentor, IKM and id
   */
  public List<Visit> keptVisits() {
    return keptVisits;
  }

  /**
   * Returns the shortfalls of participating IKMs without a usable mentor, which no mentor's plan
   * holds.
   *
   * @return the shortfalls, sorted by week, mentor and IKM
   */
  public List<Shortfall> unassignedShortfalls() {
    return unassignedShortfalls;
  }

  /**
   * Returns how many IKM-weeks the run had to cover, as {@link VisitPlan#requiredIkmWeeks()}.
   *
   * @return at least 0
   */
  public int requiredIkmWeeks() {
    return requiredIkmWeeks;
  }

  /**
   * Returns how many of the required IKM-weeks are covered, as {@link VisitPlan#coveredIkmWeeks()}.
   *
   * @return {@code requiredIkmWeeks()} less the IKM-weeks the shortfalls name
   */
  public int coveredIkmWeeks() {
    return requiredIkmWeeks - uncoveredIkmWeeks;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof PlanningSummary)) {
      return false;
    }
    PlanningSummary other = (PlanningSummary) obj;
    return mentorPlans == other.mentorPlans
        && plannedVisits == other.plannedVisits
        && mentorShortfalls == other.mentorShortfalls
        && uncoveredIkmWeeks == other.uncoveredIkmWeeks
        && requiredIkmWeeks == other.requiredIkmWeeks
        && keptVisits.equals(other.keptVisits)
        && unassignedShortfalls.equals(other.unassignedShortfalls);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        mentorPlans,
        plannedVisits,
        mentorShortfalls,
        uncoveredIkmWeeks,
        keptVisits,
        unassignedShortfalls,
        requiredIkmWeeks);
  }

  /**
   * Returns a summary for logs.
   *
   * @return the text, for example {@code PlanningSummary[mentorPlans=2, planned=64, kept=0,
   *     shortfalls=1, requiredIkmWeeks=65]}
   */
  @Override
  public String toString() {
    return "PlanningSummary[mentorPlans="
        + mentorPlans
        + ", planned="
        + plannedVisits
        + ", kept="
        + keptVisits.size()
        + ", shortfalls="
        + shortfalls()
        + ", requiredIkmWeeks="
        + requiredIkmWeeks
        + "]";
  }
}
