package io.github.ikmsdk.json.document;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ikmsdk.core.planning.visit.Shortfall;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import org.jspecify.annotations.Nullable;

/**
 * A visit plan document (dokumen rencana kunjungan), with {@code kind} {@code "visit-plan"}: the
 * content of a {@link VisitPlan} — the planned and the kept visits, how many IKM-weeks were
 * required, and an explained {@link Shortfall} (reason, named numbers, remedies the policy allows)
 * for every required IKM-week the plan cannot cover.
 *
 * <p>The document also carries {@code coveredIkmWeeks}, derived from the content, which a reader
 * checks, and a bilingual {@code message} ({@code {"en": ..., "id": ...}}) for each shortfall and
 * remedy, rendered from the planner's catalogue, which a reader ignores (wording may improve
 * between releases). A remedy's {@code week} is derived from its extra working day for {@code
 * SATURDAY_VISIT} and {@code EXTENDED_DAY}; a reader checks it.
 *
 * <p>Reading rebuilds the plan with {@link VisitPlan#of}, so reading a written document gives back
 * an equal document and an equal plan: {@code read(write(VisitPlanDocument.of(plan)))
 * .document().plan().equals(plan)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class VisitPlanDocument implements IkmDocument {

  private final VisitPlan plan;

  private VisitPlanDocument(VisitPlan plan) {
    this.plan = plan;
  }

  /**
   * Returns the document of a visit plan.
   *
   * @param plan the plan, not null
   * @return the document, not null
   */
  public static VisitPlanDocument of(VisitPlan plan) {
    return new VisitPlanDocument(checkNotNull(plan, "plan"));
  }

  /**
   * Returns the plan.
   *
   * @return the plan, not null
   */
  public VisitPlan plan() {
    return plan;
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
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof VisitPlanDocument && ((VisitPlanDocument) obj).plan.equals(plan));
  }

  @Override
  public int hashCode() {
    return plan.hashCode();
  }

  @Override
  public String toString() {
    return "VisitPlanDocument{" + plan + "}";
  }
}
