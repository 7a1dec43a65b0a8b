package io.github.ikmsdk.core.planning.visit;

/**
 * Receives the progress of a planning run (kemajuan perencanaan), for example to drive a progress
 * bar.
 *
 * <p>The planner counts mentor-weeks: one mentor in one ISO week of the programme. It calls {@link
 * #onProgress(int, int)} from its worker threads but never concurrently, with {@code done}
 * increasing, at most about a thousand times per run, and always once with {@code done == total}
 * when the run completes. Implementations should return quickly.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface PlanningListener {

  /**
   * Reports progress.
   *
   * @param doneMentorWeeks the mentor-weeks planned so far, from 0 to {@code totalMentorWeeks}
   * @param totalMentorWeeks the mentor-weeks of the whole run, at least 0
   */
  void onProgress(int doneMentorWeeks, int totalMentorWeeks);

  /**
   * Returns a listener that ignores progress.
   *
   * @return the no-op listener
   */
  static PlanningListener none() {
    return (done, total) -> {};
  }
}
