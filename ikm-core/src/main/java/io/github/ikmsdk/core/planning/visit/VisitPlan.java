package io.github.ikmsdk.core.planning.visit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.visit.Visit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The result of planning (rencana kunjungan): the new planned visits, the visits kept from the
 * snapshot, and an explained {@link Shortfall} for every required IKM-week that neither covers.
 *
 * <p>Visits are sorted by date, start, mentor, IKM and id. {@link #applyTo(ProgrammeSnapshot)}
 * gives the snapshot whose visits are {@link #visits()}; planning that snapshot again with the same
 * request gives an equal plan. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class VisitPlan {

  /** The order of visits in a plan: date, start, mentor, IKM, id. */
  static final Comparator<Visit> VISIT_ORDER =
      (a, b) -> {
        int c = a.date().compareTo(b.date());
        if (c == 0) {
          c = a.start().compareTo(b.start());
        }
        if (c == 0) {
          c = a.mentor().compareTo(b.mentor());
        }
        if (c == 0) {
          c = a.ikm().compareTo(b.ikm());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
      };

  private final ImmutableList<Visit> plannedVisits;
  private final ImmutableList<Visit> keptVisits;
  private final ImmutableList<Shortfall> shortfalls;
  private final int requiredIkmWeeks;

  private VisitPlan(
      List<Visit> plannedVisits,
      List<Visit> keptVisits,
      List<Shortfall> shortfalls,
      int requiredIkmWeeks) {
    this.plannedVisits = ImmutableList.sortedCopyOf(VISIT_ORDER, plannedVisits);
    this.keptVisits = ImmutableList.sortedCopyOf(VISIT_ORDER, keptVisits);
    this.shortfalls = ImmutableList.copyOf(shortfalls);
    this.requiredIkmWeeks = requiredIkmWeeks;
  }

  /**
   * Returns a plan made of its parts, for example when reading one back from a document; the
   * planner makes plans with {@link VisitPlanner#plan(PlanningRequest)}.
   *
   * @param plannedVisits the visits the run planned, not null
   * @param keptVisits the recorded visits the run kept, not null
   * @param shortfalls the explained shortfalls, in the planner's order, not null
   * @param requiredIkmWeeks the IKM-weeks that needed a visit, at least the number of IKM-weeks the
   *     shortfalls name
   * @return the plan, visits sorted by date, start, mentor, IKM and id
   * @throws IllegalArgumentException if {@code requiredIkmWeeks} is less than the number of
   *     IKM-weeks the shortfalls name
   */
  public static VisitPlan of(
      List<Visit> plannedVisits,
      List<Visit> keptVisits,
      List<Shortfall> shortfalls,
      int requiredIkmWeeks) {
    int uncovered = uncoveredIkmWeeks(shortfalls);
    checkArgument(
        requiredIkmWeeks >= uncovered,
        "required IKM-weeks %s must be at least the number of IKM-weeks short %s",
        requiredIkmWeeks,
        uncovered);
    return new VisitPlan(plannedVisits, keptVisits, shortfalls, requiredIkmWeeks);
  }

  /**
   * Returns the visits this run planned, all with status {@code PLANNED} and located at the IKM's
   * production site.
   *
   * @return the new visits, sorted
   */
  public List<Visit> plannedVisits() {
    return plannedVisits;
  }

  /**
   * Returns the snapshot's visits that the run kept: those with status other than {@code PLANNED}
   * and those dated before the as-of date. A visit listed after another with the same id (IKM-R001)
   * is not kept: the first listed wins, so the snapshot after the plan lists each id once.
   *
   * @return the kept visits, sorted
   */
  public List<Visit> keptVisits() {
    return keptVisits;
  }

  /**
   * Returns the kept and the planned visits together: the visits of the snapshot after the plan.
   *
   * @return all visits, sorted
   */
  public List<Visit> visits() {
    return ImmutableList.sortedCopyOf(
        VISIT_ORDER,
        ImmutableList.<Visit>builder().addAll(keptVisits).addAll(plannedVisits).build());
  }

  /**
   * Returns the required visits that stay unplanned, with reasons and remedies: one per IKM-week
   * when the policy asks for one visit a week, one per missing visit otherwise.
   *
   * @return the shortfalls, sorted by week, mentor and IKM (an IKM-week's in visit order)
   */
  public List<Shortfall> shortfalls() {
    return shortfalls;
  }

  /**
   * Returns how many IKM-weeks the run had to cover: participating IKMs times the required
   * programme weeks from the as-of date on.
   *
   * @return at least 0
   */
  public int requiredIkmWeeks() {
    return requiredIkmWeeks;
  }

  /**
   * Returns how many of the required IKM-weeks are covered, by a kept completed visit that counts
   * for its week (inside the period, with the minimum working minutes) or a planned visit.
   *
   * @return {@code requiredIkmWeeks()} less the IKM-weeks the {@link #shortfalls()} name
   */
  public int coveredIkmWeeks() {
    return requiredIkmWeeks - uncoveredIkmWeeks(shortfalls);
  }

  /** The distinct IKM-weeks the shortfalls name: with several visits a week, one may name many. */
  static int uncoveredIkmWeeks(List<Shortfall> shortfalls) {
    Set<List<Object>> weeks = new HashSet<>();
    for (Shortfall s : shortfalls) {
      weeks.add(List.of(s.ikm(), s.week()));
    }
    return weeks.size();
  }

  /**
   * Returns the snapshot with this plan's {@link #visits()} in place of its visits.
   *
   * @param snapshot the snapshot that was planned, not null
   * @return the snapshot after the plan
   */
  public ProgrammeSnapshot applyTo(ProgrammeSnapshot snapshot) {
    checkNotNull(snapshot, "snapshot");
    return ProgrammeSnapshot.builder().from(snapshot).visits(visits()).build();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof VisitPlan)) {
      return false;
    }
    VisitPlan other = (VisitPlan) obj;
    return requiredIkmWeeks == other.requiredIkmWeeks
        && plannedVisits.equals(other.plannedVisits)
        && keptVisits.equals(other.keptVisits)
        && shortfalls.equals(other.shortfalls);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plannedVisits, keptVisits, shortfalls, requiredIkmWeeks);
  }

  /**
   * Returns a summary for logs.
   *
   * @return the text, for example {@code VisitPlan[planned=64, kept=0, shortfalls=1,
   *     requiredIkmWeeks=65]}
   */
  @Override
  public String toString() {
    return "VisitPlan[planned="
        + plannedVisits.size()
        + ", kept="
        + keptVisits.size()
        + ", shortfalls="
        + shortfalls.size()
        + ", requiredIkmWeeks="
        + requiredIkmWeeks
        + "]";
  }
}
