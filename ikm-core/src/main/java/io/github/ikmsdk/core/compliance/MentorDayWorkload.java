package io.github.ikmsdk.core.compliance;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The visits of one mentor on one day (beban kerja harian pendamping), as of a date: planned,
 * overdue and completed.
 *
 * <p>The counts are the sizes of the lists. Made by {@link Workload}; construction checks only that
 * the overdue visits are among the planned ones.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MentorDayWorkload {

  MentorDayWorkload() {}

  /**
   * Returns the mentor.
   *
   * @return the mentor id
   */
  public abstract MentorId mentor();

  /**
   * Returns the day.
   *
   * @return the date in the programme's zone
   */
  public abstract LocalDate date();

  /**
   * Returns the mentor's visits on the day that are still {@link
   * io.github.ikmsdk.core.visit.VisitStatus#PLANNED}, overdue ones included.
   *
   * @return the distinct visit ids, sorted, possibly empty
   */
  public abstract List<VisitId> plannedVisits();

  /**
   * Returns the planned visits that are overdue by {@link Overdue#isOverdue(
   * io.github.ikmsdk.core.visit.Visit, LocalDate)}: the day is before the as-of date and the visit
   * is still planned.
   *
   * @return the distinct visit ids, sorted, possibly empty; empty for days from the as-of date on
   */
  public abstract List<VisitId> overdueVisits();

  /**
   * Returns the mentor's visits on the day that are {@link
   * io.github.ikmsdk.core.visit.VisitStatus#COMPLETED}.
   *
   * @return the distinct visit ids, sorted, possibly empty
   */
  public abstract List<VisitId> completedVisits();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link MentorDayWorkload} values; obtain one with {@link MentorDayWorkload#builder()}.
   */
  public static final class Builder extends ImmutableMentorDayWorkload.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        plannedVisits().containsAll(overdueVisits()),
        "overdue visits %s must be among the planned visits %s",
        overdueVisits(),
        plannedVisits());
  }
}
