package io.github.ikmsdk.core.planning.visit;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress reporting and cancellation shared by the mentor tasks of one run: the listener hears
 * about every thousandth of the mentor-weeks, in increasing order, and once about the total.
 */
final class PlanningProgress {
  final PlanningListener listener;
  final Optional<CancellationToken> token;
  final int total;
  final int step;
  final AtomicInteger done = new AtomicInteger();
  final AtomicBoolean cancelled = new AtomicBoolean();
  private int reported = -1;

  PlanningProgress(PlanningRequest request, int total) {
    this.listener = request.listener();
    this.token = request.cancellation();
    this.total = total;
    this.step = Math.max(1, total / 1000);
  }

  boolean shouldStop() {
    if (cancelled.get()) {
      return true;
    }
    if (token.isPresent() && token.get().isCancelled()) {
      cancelled.set(true);
      return true;
    }
    return false;
  }

  void weekDone() {
    int d = done.incrementAndGet();
    if (d % step == 0 || d == total) {
      report(d);
    }
  }

  synchronized void report(int d) {
    if (d > reported) {
      reported = d;
      listener.onProgress(d, total);
    }
  }

  synchronized void finish() {
    if (reported < total) {
      reported = total;
      listener.onProgress(total, total);
    }
  }
}
