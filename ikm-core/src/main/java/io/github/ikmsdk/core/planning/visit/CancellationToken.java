package io.github.ikmsdk.core.planning.visit;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A flag with which a caller cancels a running plan (pembatalan), for example when a user closes
 * the progress dialog.
 *
 * <p>Pass it with {@link PlanningRequest.Builder#cancellation(CancellationToken)}; call {@link
 * #cancel()} from any thread. The planner checks the flag between mentor-weeks and then throws
 * {@link PlanningCancelledException}. A token stays cancelled. This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class CancellationToken {

  private final AtomicBoolean cancelled = new AtomicBoolean();

  private CancellationToken() {}

  /**
   * Returns a new token that is not cancelled.
   *
   * @return the token
   */
  public static CancellationToken create() {
    return new CancellationToken();
  }

  /** Cancels the runs that use this token; calling it again has no effect. */
  public void cancel() {
    cancelled.set(true);
  }

  /**
   * Returns whether {@link #cancel()} was called.
   *
   * @return whether the token is cancelled
   */
  public boolean isCancelled() {
    return cancelled.get();
  }

  @Override
  public String toString() {
    return "CancellationToken[cancelled=" + cancelled.get() + "]";
  }
}
