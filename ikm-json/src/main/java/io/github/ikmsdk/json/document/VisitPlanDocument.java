package io.github.ikmsdk.json.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.ikmsdk.core.planning.Shortfall;
import io.github.ikmsdk.core.planning.VisitPlan;
import io.github.ikmsdk.core.visit.Visit;
import java.util.List;
import java.util.Objects;

/**
 * A visit plan document (dokumen rencana kunjungan), with {@code kind} {@code "visit-plan"}:
 * the content of a {@link VisitPlan} — the planned and the kept visits, how many IKM-weeks
 * were required, and an explained {@link Shortfall} (reason, named numbers, remedies the
 * policy allows) for every required IKM-week the plan cannot cover.
 *
 * <p>The document also carries {@code coveredIkmWeeks}, derived from the content, which a
 * reader checks, and a bilingual {@code message} ({@code {"en": ..., "id": ...}}) for each
 * shortfall and remedy, rendered from the planner's catalogue, which a reader ignores (wording
 * may improve between releases). A remedy's {@code week} is derived from its extra working day
 * for {@code SATURDAY_VISIT} and {@code EXTENDED_DAY}; a reader checks it.
 *
 * <p>The document holds the plan's parts rather than the plan itself, since a {@link
 * VisitPlan} is made only by the planner; {@link #of(VisitPlan)} takes them from a plan, in the
 * plan's order, and reading gives back an equal document.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class VisitPlanDocument implements IkmDocument {

  private final ImmutableList<Visit> plannedVisits;
  private final ImmutableList<Visit> keptVisits;
  private final ImmutableList<Shortfall> shortfalls;
  private final int requiredIkmWeeks;

  private VisitPlanDocument(
      ImmutableList<Visit> plannedVisits,
      ImmutableList<Visit> keptVisits,
      ImmutableList<Shortfall> shortfalls,
      int requiredIkmWeeks) {
    this.plannedVisits = plannedVisits;
    this.keptVisits = keptVisits;
    this.shortfalls = shortfalls;
    this.requiredIkmWeeks = requiredIkmWeeks;
  }

  /**
   * Returns the document of a visit plan.
   *
   * @param plan the plan, not null
   * @return the document, not null
   */
  public static VisitPlanDocument of(VisitPlan plan) {
    checkNotNull(plan, "plan");
    return of(
        plan.plannedVisits(), plan.keptVisits(), plan.shortfalls(), plan.requiredIkmWeeks());
  }

  /**
   * Returns the document of a plan's parts, in the given order.
   *
   * @param plannedVisits the visits the plan adds, not null, no null element
   * @param keptVisits the visits of the snapshot the plan keeps, not null, no null element
   * @param shortfalls the required IKM-weeks left uncovered, not null, no null element
   * @param requiredIkmWeeks the IKM-weeks the plan had to cover, 0 or more
   * @return the document, not null
   * @throws IllegalArgumentException if {@code requiredIkmWeeks} is negative
   */
  public static VisitPlanDocument of(
      List<Visit> plannedVisits,
      List<Visit> keptVisits,
      List<Shortfall> shortfalls,
      int requiredIkmWeeks) {
    checkArgument(
        requiredIkmWeeks >= 0, "required IKM-weeks must not be negative, was %s", requiredIkmWeeks);
    return new VisitPlanDocument(
        ImmutableList.copyOf(plannedVisits),
        ImmutableList.copyOf(keptVisits),
        ImmutableList.copyOf(shortfalls),
        requiredIkmWeeks);
  }

  /**
   * Returns the visits the plan adds.
   *
   * @return the planned visits, not null
   */
  public List<Visit> plannedVisits() {
    return plannedVisits;
  }

  /**
   * Returns the visits of the snapshot the plan keeps.
   *
   * @return the kept visits, not null
   */
  public List<Visit> keptVisits() {
    return keptVisits;
  }

  /**
   * Returns the required IKM-weeks the plan leaves uncovered, each explained.
   *
   * @return the shortfalls, not null
   */
  public List<Shortfall> shortfalls() {
    return shortfalls;
  }

  /**
   * Returns how many IKM-weeks the plan had to cover.
   *
   * @return 0 or more
   */
  public int requiredIkmWeeks() {
    return requiredIkmWeeks;
  }

  /**
   * Returns how many of the required IKM-weeks the plan covers.
   *
   * @return {@code requiredIkmWeeks() - shortfalls().size()}
   */
  public int coveredIkmWeeks() {
    return requiredIkmWeeks - shortfalls.size();
  }

  /**
   * Returns {@link DocumentKind#VISIT_PLAN}.
   *
   * @return the kind, not null
   */
  @Override
  public DocumentKind kind() {
    return DocumentKind.VISIT_PLAN;
  }

  @Override
  public boolean equals(Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof VisitPlanDocument)) {
      return false;
    }
    VisitPlanDocument other = (VisitPlanDocument) obj;
    return requiredIkmWeeks == other.requiredIkmWeeks
        && plannedVisits.equals(other.plannedVisits)
        && keptVisits.equals(other.keptVisits)
        && shortfalls.equals(other.shortfalls);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plannedVisits, keptVisits, shortfalls, requiredIkmWeeks);
  }

  @Override
  public String toString() {
    return "VisitPlanDocument{planned="
        + plannedVisits.size()
        + ", kept="
        + keptVisits.size()
        + ", shortfalls="
        + shortfalls.size()
        + ", requiredIkmWeeks="
        + requiredIkmWeeks
        + "}";
  }
}
