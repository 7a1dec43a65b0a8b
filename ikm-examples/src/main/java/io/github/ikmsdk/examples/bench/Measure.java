package io.github.ikmsdk.examples.bench;

import com.google.common.base.Preconditions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times a task and records the peak heap while it runs: the measuring code the benchmarks share.
 *
 * <p>{@link #run(int, int, Supplier)} runs the task {@code warmUps} times unmeasured, then {@code
 * runs} times measured. Before each measured run it collects garbage ({@link #usedHeapAfterGc()})
 * and resets the peak usage of every heap memory pool; after the run it reads the wall time ({@link
 * System#nanoTime()}) and the sum of the heap pools' peak usage.
 *
 * <p>What the peak heap is, honestly: the sum over the heap pools (for G1: eden, survivor, old) of
 * each pool's highest used bytes since the reset. It includes the live input the task works on and
 * garbage not yet collected, and the pools may peak at different moments, so it is an upper bound
 * of the heap in use during the run, not the task's live data. It depends on the collector and on
 * {@code -Xmx}: a larger heap lets eden grow before it is collected. Compare figures only between
 * runs with the same JVM options. {@link Result#usedBeforeBytes()} gives the heap in use after the
 * collection before the run, for reference.
 */
final class Measure {

  /** Collections before a measurement: the second one frees what finalization released. */
  private static final int GC_ROUNDS = 2;

  private Measure() {}

  /**
   * The times and peak heap of a task's measured runs and the value of its last run.
   *
   * @param <T> the type of the task's value
   */
  static final class Result<T> {
    private final T value;
    private final long[] sortedNanos;
    private final long peakHeapBytes;
    private final long usedBeforeBytes;

    private Result(T value, long[] sortedNanos, long peakHeapBytes, long usedBeforeBytes) {
      this.value = value;
      this.sortedNanos = sortedNanos;
      this.peakHeapBytes = peakHeapBytes;
      this.usedBeforeBytes = usedBeforeBytes;
    }

    /** Returns the value of the last measured run. */
    T value() {
      return value;
    }

    /** Returns the number of measured runs, at least 1. */
    int runs() {
      return sortedNanos.length;
    }

    /** Returns the wall time of the fastest run, in nanoseconds. */
    long bestNanos() {
      return sortedNanos[0];
    }

    /** Returns the wall time of the middle run (the slower middle one if even), in ns. */
    long medianNanos() {
      return sortedNanos[sortedNanos.length / 2];
    }

    /** Returns the highest peak heap of the runs, in bytes; see the class documentation. */
    long peakHeapBytes() {
      return peakHeapBytes;
    }

    /** Returns the most heap in use after the collection before a run, in bytes. */
    long usedBeforeBytes() {
      return usedBeforeBytes;
    }
  }

  /**
   * Runs a task {@code warmUps} times unmeasured and {@code runs} times measured.
   *
   * @param <T> the type of the task's value
   * @param warmUps the unmeasured runs first, at least 0
   * @param runs the measured runs, at least 1
   * @param task the task; its value is kept so that the work cannot be optimised away
   * @return the times, the peak heap and the value of the last run
   */
  static <T> Result<T> run(int warmUps, int runs, Supplier<T> task) {
    Preconditions.checkArgument(warmUps >= 0, "warm-ups must be at least 0, was %s", warmUps);
    Preconditions.checkArgument(runs >= 1, "runs must be at least 1, was %s", runs);
    for (int i = 0; i < warmUps; i++) {
      task.get();
    }
    long[] nanos = new long[runs];
    long peak = 0;
    long before = 0;
    T value = null;
    for (int r = 0; r < runs; r++) {
      value = null; // let the previous run's value be collected
      before = Math.max(before, usedHeapAfterGc());
      resetHeapPeaks();
      long start = System.nanoTime();
      value = task.get();
      nanos[r] = System.nanoTime() - start;
      peak = Math.max(peak, heapPeaks());
    }
    Arrays.sort(nanos);
    return new Result<>(value, nanos, peak, before);
  }

  /**
   * Runs a task once, measured, without warm-up.
   *
   * @param <T> the type of the task's value
   * @param task the task
   * @return the time, the peak heap and the value
   */
  static <T> Result<T> once(Supplier<T> task) {
    return run(0, 1, task);
  }

  /**
   * Collects garbage and returns the heap in use afterwards: an estimate of the live data.
   *
   * @return used heap bytes after {@link System#gc()}
   */
  static long usedHeapAfterGc() {
    for (int i = 0; i < GC_ROUNDS; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .toList();
  }

  private static void resetHeapPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long heapPeaks() {
    return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }
}
