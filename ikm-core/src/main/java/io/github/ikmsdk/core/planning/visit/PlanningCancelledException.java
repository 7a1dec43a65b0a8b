package io.github.ikmsdk.core.planning.visit;

import java.util.concurrent.CancellationException;

/**
 * Thrown by {@link VisitPlanner#plan(PlanningRequest)} and {@link
 * VisitPlanner#plan(PlanningRequest, java.util.function.Consumer)} when the request's {@link
 * CancellationToken} is cancelled during the run; no partial plan is returned or handed over.
 *
 * @since 0.1.0
 */
public final class PlanningCancelledException extends CancellationException {

  private static final long serialVersionUID = 1L;

  /** The mentor-weeks planned before the run stopped. */
  private final int doneMentorWeeks;

  /** The mentor-weeks of the whole run. */
  private final int totalMentorWeeks;

  /**
   * Creates the exception.
   *
   * @param doneMentorWeeks the mentor-weeks planned before the run stopped
   * @param totalMentorWeeks the mentor-weeks of the whole run
   */
  public PlanningCancelledException(int doneMentorWeeks, int totalMentorWeeks) {
    super(
        "planning was cancelled after "
            + doneMentorWeeks
            + " of "
            + totalMentorWeeks
            + " mentor-weeks");
    this.doneMentorWeeks = doneMentorWeeks;
    this.totalMentorWeeks = totalMentorWeeks;
  }

  /**
   * Returns how many mentor-weeks were planned before the run stopped.
   *
   * @return at least 0
   */
  public int doneMentorWeeks() {
    return doneMentorWeeks;
  }

  /**
   * Returns how many mentor-weeks the whole run had.
   *
   * @return at least 0
   */
  public int totalMentorWeeks() {
    return totalMentorWeeks;
  }
}
