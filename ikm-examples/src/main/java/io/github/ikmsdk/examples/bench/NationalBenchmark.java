package io.github.ikmsdk.examples.bench;

import com.google.common.base.Preconditions;
import com.google.common.math.LongMath;
import io.github.ikmsdk.core.planning.assignment.AssignmentPlan;
import io.github.ikmsdk.core.planning.assignment.AssignmentRequest;
import io.github.ikmsdk.core.planning.assignment.MentorAssigner;
import io.github.ikmsdk.core.planning.visit.PlanningListener;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.planning.visit.VisitPlanner;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Validator;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import io.github.ikmsdk.json.IkmJson;
import io.github.ikmsdk.json.ReadLimits;
import io.github.ikmsdk.json.VisitLogReader;
import io.github.ikmsdk.json.VisitLogWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The national-scale benchmark (uji kinerja skala nasional): one run through the whole SDK on the
 * generated national programme ({@link NationalScenario}: 100,000 IKMs, 20,000 mentors, 26 weeks),
 * timing each phase and recording its peak heap.
 *
 * <p>The phases, in order, each on the output of the one before:
 *
 * <ol>
 *   <li><b>generate</b>: {@link NationalScenario#generate} without assignments and visits;
 *   <li><b>assignment</b>: {@link MentorAssigner#standard()} per regency, as {@link
 *       AssignmentBenchmark} does (the request is built outside the timed part);
 *   <li><b>planning</b>: {@link VisitPlanner#standard()} on the snapshot with those assignments,
 *       with a {@link PlanningListener} that prints every 10% to standard error;
 *   <li><b>validation</b>: {@link Validator#standard()} on the planned snapshot with every visit
 *       marked {@link VisitStatus#COMPLETED}, as in {@link ValidationBenchmark};
 *   <li><b>JSON write</b>: the visit log through {@link IkmJson#visitLogWriter(Path,
 *       io.github.ikmsdk.core.id.ProgrammeId)} to a temporary file;
 *   <li><b>JSON read</b>: the file back through the streaming {@link VisitLogReader}, with the
 *       snapshot released first so that the peak heap shows the reader's own needs.
 * </ol>
 *
 * <p>Progress goes to standard error while it runs; standard output gets a line describing the
 * machine and, at the end, a Markdown table: phase, items, time, throughput, peak heap and the live
 * heap before the phase (the input it holds), followed by the deterministic counts (groups, visits,
 * shortfalls, violations, file size) as a check that the figures are for the same work. The time is
 * wall time; the peak heap is measured as {@link Measure} documents: an upper bound of the heap in
 * use, including the phase's live input. The temporary file is deleted at the end.
 *
 * <p>Usage: {@code NationalBenchmark [fraction] [--runs N]}: fraction of the national size in (0,
 * 1], default 1.0; {@code N} measured runs per phase, default 1. With one run there is no warm-up:
 * the figures are those of a cold batch run, JIT compilation included, which is what a national
 * planning job sees; with several runs the table gives the median and the best, and the best
 * approximates the warmed-up speed. The full size takes about half a minute on two cores and needs
 * about 2 GB of heap.
 *
 * <p>Run it through Maven with the README's command for the main example, adding {@code
 * -Dexample.mainClass=io.github.ikmsdk.examples.bench.NationalBenchmark -Dexample.args="0.1"} (the
 * parent POM sets exec's main class from the property {@code example.mainClass}). {@code exec:java}
 * runs inside Maven's own JVM, whose heap holds Maven too; for honest heap figures run it in a JVM
 * of its own, with the class path that the README's "Benchmarks" section shows how to build: {@code
 * java -Xmx2g -cp ... io.github.ikmsdk.examples.bench.NationalBenchmark 1.0}.
 *
 * <p>A benchmark, not a test: the figures depend on the machine and its load.
 */
public final class NationalBenchmark {

  private static final IkmJson JSON =
      IkmJson.builder()
          .indent(false)
          .limits(ReadLimits.defaults().withMaxDocumentLength(Long.MAX_VALUE))
          .build();

  private static final PrintStream PROGRESS = System.err;

  private NationalBenchmark() {}

  /**
   * One measured phase: a row of the table. It keeps the figures only, not the phase's value, so
   * that the table does not hold on to the data of earlier phases.
   */
  private record Phase(
      String name,
      long items,
      String unit,
      long medianNanos,
      long bestNanos,
      long peakHeapBytes,
      long usedBeforeBytes) {}

  /**
   * Runs the benchmark.
   *
   * @param args optional size fraction in (0, 1], default 1.0, and {@code --runs N}, default 1
   * @throws IOException if the temporary visit log cannot be written, read or deleted
   */
  public static void main(String[] args) throws IOException {
    double fraction = 1.0;
    int runs = 1;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--runs")) {
        Preconditions.checkArgument(i + 1 < args.length, "--runs needs a number");
        runs = Integer.parseInt(args[++i]);
      } else {
        fraction = Double.parseDouble(args[i]);
      }
    }
    Preconditions.checkArgument(
        fraction > 0 && fraction <= 1, "fraction must be in (0, 1], was %s", fraction);
    Preconditions.checkArgument(runs >= 1, "runs must be at least 1, was %s", runs);

    System.out.println(machine());
    System.out.println(
        String.format(
            Locale.ROOT,
            "National benchmark: fraction %s = %s IKMs, %s mentors, %d weeks; %s",
            fraction,
            Table.count(NationalScenario.mentors(fraction) * (long) NationalScenario.CASELOAD),
            Table.count(NationalScenario.mentors(fraction)),
            NationalScenario.WEEKS,
            runs == 1
                ? "one cold run per phase (no warm-up)"
                : runs + " runs per phase (no warm-up), median and best"));

    List<Phase> phases = new ArrayList<>();
    List<String> checks = new ArrayList<>();

    ProgrammeSnapshot snapshot = generate(fraction, runs, phases);
    snapshot = assign(snapshot, runs, phases, checks);
    snapshot = plan(snapshot, runs, phases, checks);
    validate(snapshot, runs, phases, checks);
    Path file = Files.createTempFile("ikm-national-visits-", ".json");
    try {
      long visits = write(snapshot, file, runs, phases, checks);
      snapshot = null; // the read keeps no visits: let the snapshot be collected
      read(file, visits, runs, phases);
    } finally {
      Files.deleteIfExists(file);
    }

    PROGRESS.println("done");
    System.out.println();
    printTable(phases, runs);
    System.out.println();
    checks.forEach(System.out::println);
  }

  private static ProgrammeSnapshot generate(double fraction, int runs, List<Phase> phases) {
    start(1, "generate", "the programme");
    Measure.Result<ProgrammeSnapshot> result =
        Measure.run(0, runs, () -> NationalScenario.generate(fraction, false, false));
    return finish(phases, "generate", result.value().ikms().size(), "IKMs", result).value();
  }

  private static ProgrammeSnapshot assign(
      ProgrammeSnapshot snapshot, int runs, List<Phase> phases, List<String> checks) {
    start(2, "assignment", "IKMs to mentors per regency");
    AssignmentRequest request = AssignmentBenchmark.request(snapshot, true);
    Measure.Result<AssignmentPlan> result =
        Measure.run(0, runs, () -> MentorAssigner.standard().assign(request));
    AssignmentPlan plan =
        finish(phases, "assignment", request.ikms().size(), "IKMs", result).value();
    checks.add(
        String.format(
            Locale.ROOT,
            "assignment: %s groups, %s uncovered IKMs, %s idle mentors, %s travel minutes",
            Table.count(plan.groups().size()),
            Table.count(plan.uncoveredIkms().size()),
            Table.count(plan.idleMentors().size()),
            Table.count(plan.totalTravelMinutes())));
    return plan.applyTo(snapshot);
  }

  /** Plans the visits; returns the planned snapshot with every visit marked completed. */
  private static ProgrammeSnapshot plan(
      ProgrammeSnapshot snapshot, int runs, List<Phase> phases, List<String> checks) {
    start(3, "planning", "the visits");
    Progress progress = new Progress("planning", "mentor-weeks");
    Measure.Result<VisitPlan> result =
        Measure.run(
            0,
            runs,
            () -> {
              progress.restart();
              return VisitPlanner.standard()
                  .plan(PlanningRequest.builder(snapshot).listener(progress).build());
            });
    VisitPlan plan = finish(phases, "planning", progress.total(), "mentor-weeks", result).value();
    checks.add(
        String.format(
            Locale.ROOT,
            "planning: %s visits planned, %s of %s IKM-weeks covered, %s shortfalls",
            Table.count(plan.plannedVisits().size()),
            Table.count(plan.coveredIkmWeeks()),
            Table.count(plan.requiredIkmWeeks()),
            Table.count(plan.shortfalls().size())));
    List<Visit> completed = new ArrayList<>(plan.visits().size());
    for (Visit visit : plan.visits()) {
      completed.add(Visit.builder().from(visit).status(VisitStatus.COMPLETED).build());
    }
    return snapshot.withVisits(completed);
  }

  private static void validate(
      ProgrammeSnapshot snapshot, int runs, List<Phase> phases, List<String> checks) {
    start(4, "validation", "the completed visits");
    Validator validator = Validator.standard();
    Measure.Result<ValidationReport> result =
        Measure.run(0, runs, () -> validator.validate(snapshot));
    ValidationReport report =
        finish(phases, "validation", snapshot.visits().size(), "visits", result).value();
    checks.add(
        String.format(
            Locale.ROOT,
            "validation: %s violations (%s errors), %s",
            Table.count(report.violations().size()),
            Table.count(report.errors().size()),
            report));
  }

  /** Writes the visit log; returns the number of visits written. */
  private static long write(
      ProgrammeSnapshot snapshot, Path file, int runs, List<Phase> phases, List<String> checks)
      throws IOException {
    start(5, "JSON write", "the visit log");
    List<Visit> visits = snapshot.visits();
    Measure.Result<Long> result =
        Measure.run(
            0,
            runs,
            () -> {
              Progress progress = new Progress("JSON write", "visits");
              try (VisitLogWriter writer = JSON.visitLogWriter(file, snapshot.programme().id())) {
                for (Visit visit : visits) {
                  writer.write(visit);
                  progress.onProgress(writer.count(), visits.size());
                }
                return writer.count();
              }
            });
    long written = finish(phases, "JSON write", visits.size(), "visits", result).value();
    checks.add(
        String.format(
            Locale.ROOT,
            "JSON: %s visits, %s bytes",
            Table.count(written),
            Table.count(Files.size(file))));
    return written;
  }

  private static void read(Path file, long expected, int runs, List<Phase> phases) {
    start(6, "JSON read", "the visit log, streaming");
    Measure.Result<Long> result =
        Measure.run(
            0,
            runs,
            () -> {
              Progress progress = new Progress("JSON read", "visits");
              long read = 0;
              try (VisitLogReader reader = JSON.visitLogReader(file)) {
                while (reader.hasNext()) {
                  reader.next();
                  progress.onProgress(++read, expected);
                }
                Preconditions.checkState(
                    read == expected && reader.warnings().isEmpty(),
                    "read %s valid visits of %s written, warnings %s",
                    read,
                    expected,
                    reader.warnings());
                return read;
              }
            });
    finish(phases, "JSON read", expected, "visits", result);
  }

  private static void start(int number, String phase, String what) {
    PROGRESS.println(String.format(Locale.ROOT, "[%d/6] %s: %s ...", number, phase, what));
  }

  private static <T> Measure.Result<T> finish(
      List<Phase> phases, String name, long items, String unit, Measure.Result<T> result) {
    phases.add(
        new Phase(
            name,
            items,
            unit,
            result.medianNanos(),
            result.bestNanos(),
            result.peakHeapBytes(),
            result.usedBeforeBytes()));
    PROGRESS.println(
        String.format(
            Locale.ROOT,
            "      %s: %s %s in %s s, peak heap %s MB",
            name,
            Table.count(items),
            unit,
            Table.seconds(result.medianNanos()),
            Table.count(result.peakHeapBytes() >> 20)));
    return result;
  }

  private static void printTable(List<Phase> phases, int runs) {
    Table table =
        Table.markdown(System.out)
            .left("phase", 10)
            .right("items", 22)
            .right(runs == 1 ? "time s" : "median s", 8);
    if (runs > 1) {
      table.right("best s", 8);
    }
    table.right("throughput", 24).right("peak heap MB", 12).right("live before MB", 14);
    table.printHeader();
    for (Phase phase : phases) {
      List<String> cells = new ArrayList<>();
      cells.add(phase.name());
      cells.add(Table.count(phase.items()) + " " + phase.unit());
      cells.add(Table.seconds(phase.medianNanos()));
      if (runs > 1) {
        cells.add(Table.seconds(phase.bestNanos()));
      }
      cells.add(Table.perSecond(phase.items(), phase.medianNanos()) + " " + phase.unit() + "/s");
      cells.add(Table.count(phase.peakHeapBytes() >> 20));
      cells.add(Table.count(phase.usedBeforeBytes() >> 20));
      table.printRow(cells.toArray(String[]::new));
    }
  }

  /** Describes the machine and the JVM: the context of the figures. */
  private static String machine() {
    Runtime runtime = Runtime.getRuntime();
    String collectors =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "Machine: %d available processors, max heap %s MB, Java %s (%s), %s %s, GC %s%s",
        runtime.availableProcessors(),
        Table.count(runtime.maxMemory() >> 20),
        System.getProperty("java.runtime.version", Runtime.version().toString()),
        System.getProperty("java.vm.name", "unknown VM"),
        System.getProperty("os.name", "unknown OS"),
        System.getProperty("os.arch", "unknown arch"),
        collectors,
        System.getProperty("maven.home") == null ? "" : "; inside Maven's JVM");
  }

  /** Prints a phase's progress to standard error at every 10%. */
  private static final class Progress implements PlanningListener {
    private final String phase;
    private final String unit;
    private long startNanos;
    private long total;
    private int printedDecile;
    private volatile long nextReport;

    Progress(String phase, String unit) {
      this.phase = phase;
      this.unit = unit;
      restart();
    }

    /** Starts counting again, for a further run. */
    synchronized void restart() {
      startNanos = System.nanoTime();
      total = 0;
      printedDecile = 0;
      nextReport = 0;
    }

    /** Returns the total of the latest report. */
    synchronized long total() {
      return total;
    }

    @Override
    public synchronized void onProgress(int done, int total) {
      onProgress((long) done, total);
    }

    /** Reports progress; prints when a further tenth is done. Cheap between the tenths. */
    void onProgress(long done, long total) {
      if (done < nextReport) {
        return;
      }
      synchronized (this) {
        this.total = total;
        int decile = total == 0 ? 10 : (int) (done * 10 / total);
        if (decile > printedDecile) {
          printedDecile = decile;
          PROGRESS.println(
              String.format(
                  Locale.ROOT,
                  "      %s: %3d%% (%s of %s %s) %s s",
                  phase,
                  decile * 10,
                  Table.count(done),
                  Table.count(total),
                  unit,
                  Table.seconds(System.nanoTime() - startNanos)));
        }
        long nextTenth = LongMath.divide((printedDecile + 1) * total, 10, RoundingMode.CEILING);
        nextReport = Math.max(1, nextTenth);
      }
    }
  }
}
