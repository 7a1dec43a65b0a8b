package io.github.ikmsdk.core.compliance;

import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.logbook.Stage;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Compliance totals (rekap kepatuhan) of a group of IKMs, as of a date: those of one mentor or of
 * the whole programme.
 *
 * <ul>
 *   <li>{@link #metWeeks()}: of the <em>settled</em> IKM-weeks (a visit required and the due date
 *       passed), those met. Weeks still running or upcoming are left out, so that the share is not
 *       flattered by a week met early nor lowered by one still open.
 *   <li>{@link #workingMinutes()}: working minutes of completed visits in the programme period up
 *       to the as-of date, short ones included (jam kerja pendampingan).
 *   <li>{@link #ikmsByStage()} and {@link #evaluated()}: stage progress from the logbook entries
 *       dated up to the as-of date, each IKM at its furthest stage.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ComplianceTotals {

  ComplianceTotals() {}

  /**
   * Returns the IKMs the totals cover.
   *
   * @return the distinct IKM ids, sorted, possibly empty
   */
  public abstract List<IkmId> ikms();

  /**
   * Returns the number of IKM-weeks of each status.
   *
   * @return a count, 0 or more, for every {@link WeekStatus}, in declaration order
   */
  public abstract Map<WeekStatus, Integer> statusCounts();

  /**
   * Returns the share of the settled IKM-weeks that were met.
   *
   * @return {@link WeekStatus#MET} weeks among the {@link WeekStatus#MET}, {@link
   *     WeekStatus#VISIT_TOO_SHORT} and {@link WeekStatus#NOT_VISITED} weeks whose due date has
   *     passed
   */
  public abstract Share metWeeks();

  /**
   * Returns the number of completed visits whose minutes {@link #workingMinutes()} adds up.
   *
   * @return distinct visits, 0 or more
   */
  public abstract int completedVisits();

  /**
   * Returns the working minutes of mentoring: the sum over {@link #completedVisits()} of each
   * visit's working minutes.
   *
   * @return the minutes, 0 or more
   */
  public abstract long workingMinutes();

  /**
   * Returns how many of the IKMs have reached each stage as their furthest one (tahap).
   *
   * @return a count, 0 or more, for every {@link Stage}, in stage order; IKMs without logbook
   *     entries are in none
   */
  public abstract Map<Stage, Integer> ikmsByStage();

  /**
   * Returns the number of IKMs whose logbook records no stage yet.
   *
   * @return {@code ikms().size()} minus the sum of {@link #ikmsByStage()}
   */
  public final int ikmsWithoutStage() {
    return ikms().size() - ikmsByStage().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Returns the share of the IKMs whose results have been evaluated (evaluasi hasil).
   *
   * @return IKMs at {@link Stage#EVALUATION} of all {@link #ikms()}
   */
  public abstract Share evaluated();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ComplianceTotals} values; obtain one with {@link ComplianceTotals#builder()}. */
  public static final class Builder extends ImmutableComplianceTotals.Builder {
    Builder() {}
  }
}
