package io.github.ikmsdk.core.planning.visit;

import com.google.common.collect.ImmutableList;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.visit.Visit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The plan of one mentor (rencana kunjungan pendamping): the visits planned for the mentor's IKMs
 * and the explained {@link Shortfall}s of those IKMs, as {@link VisitPlanner#plan(PlanningRequest,
 * java.util.function.Consumer)} hands them over one mentor at a time.
 *
 * <p>A mentor's plan holds only what the run decided for that mentor's participating IKMs: the
 * visits kept from the snapshot stay in the snapshot and are listed once, in the run's {@link
 * PlanningSummary}. Visits are sorted as in {@link VisitPlan} (date, start, IKM, id), shortfalls by
 * week and IKM. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MentorPlan {

  /** The order of a mentor's shortfalls: week, then IKM. */
  private static final Comparator<Shortfall> SHORTFALL_ORDER =
      Comparator.comparing(Shortfall::week).thenComparing(Shortfall::ikm);

  private final MentorId mentor;
  private final ImmutableList<IkmId> ikms;
  private final ImmutableList<Visit> plannedVisits;
  private final ImmutableList<Shortfall> shortfalls;
  private final int requiredIkmWeeks;

  private MentorPlan(
      MentorId mentor,
      List<IkmId> ikms,
      List<Visit> plannedVisits,
      List<Shortfall> shortfalls,
      int requiredIkmWeeks) {
    this.mentor = mentor;
    this.ikms = ImmutableList.copyOf(ikms);
    this.plannedVisits = ImmutableList.sortedCopyOf(VisitPlan.VISIT_ORDER, plannedVisits);
    this.shortfalls = ImmutableList.sortedCopyOf(SHORTFALL_ORDER, shortfalls);
    this.requiredIkmWeeks = requiredIkmWeeks;
  }

  /** Returns the plan of a mentor's IKMs; the planner's only way to make one. */
  static MentorPlan of(
      MentorId mentor,
      List<IkmId> ikms,
      List<Visit> plannedVisits,
      List<Shortfall> shortfalls,
      int requiredIkmWeeks) {
    return new MentorPlan(mentor, ikms, plannedVisits, shortfalls, requiredIkmWeeks);
  }

  /**
   * Returns the mentor (pendamping) this plan is for.
   *
   * @return the mentor's id
   */
  public MentorId mentor() {
    return mentor;
  }

  /**
   * Returns the participating IKMs assigned to the mentor that the run planned.
   *
   * @return the IKM ids, sorted
   */
  public List<IkmId> ikms() {
    return ikms;
  }

  /**
   * Returns the visits the run planned for the mentor, all with status {@code PLANNED}.
   *
   * @return the new visits, sorted by date, start, IKM and id
   */
  public List<Visit> plannedVisits() {
    return plannedVisits;
  }

  /**
   * Returns the mentor's IKM-weeks that stay uncovered, with reasons and remedies.
   *
   * @return the shortfalls, sorted by week and IKM
   */
  public List<Shortfall> shortfalls() {
    return shortfalls;
  }

  /**
   * Returns how many IKM-weeks of the mentor's IKMs the run had to cover: the IKMs times the
   * required programme weeks from the as-of date on.
   *
   * @return at least 0
   */
  public int requiredIkmWeeks() {
    return requiredIkmWeeks;
  }

  /**
   * Returns how many of the mentor's required IKM-weeks are covered, by a kept completed visit that
   * counts for its week or a planned visit.
   *
   * @return {@code requiredIkmWeeks()} less the IKM-weeks the {@link #shortfalls()} name (with
   *     several visits a week, one IKM-week may have several shortfalls)
   */
  public int coveredIkmWeeks() {
    return requiredIkmWeeks - VisitPlan.uncoveredIkmWeeks(shortfalls);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof MentorPlan)) {
      return false;
    }
    MentorPlan other = (MentorPlan) obj;
    return requiredIkmWeeks == other.requiredIkmWeeks
        && mentor.equals(other.mentor)
        && ikms.equals(other.ikms)
        && plannedVisits.equals(other.plannedVisits)
        && shortfalls.equals(other.shortfalls);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mentor, ikms, plannedVisits, shortfalls, requiredIkmWeeks);
  }

  /**
   * Returns a summary for logs.
   *
   * @return the text, for example {@code MentorPlan[mentor=PEND-01, ikms=5, planned=64,
   *     shortfalls=1, requiredIkmWeeks=65]}
   */
  @Override
  public String toString() {
    return "MentorPlan[mentor="
        + mentor
        + ", ikms="
        + ikms.size()
        + ", planned="
        + plannedVisits.size()
        + ", shortfalls="
        + shortfalls.size()
        + ", requiredIkmWeeks="
        + requiredIkmWeeks
        + "]";
  }
}
