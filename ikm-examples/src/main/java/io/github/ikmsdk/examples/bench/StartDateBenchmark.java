package io.github.ikmsdk.examples.bench;

import io.github.ikmsdk.core.planning.duration.ProgrammeDuration;
import io.github.ikmsdk.core.planning.programme.CapacityReport;
import io.github.ikmsdk.core.planning.programme.MentorCapacity;
import io.github.ikmsdk.core.planning.programme.StartDateRanker;
import io.github.ikmsdk.core.planning.programme.StartDateRanking;
import io.github.ikmsdk.core.planning.programme.StartDateRequest;
import io.github.ikmsdk.core.planning.programme.StartOption;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.planning.visit.VisitPlanner;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * Times {@link StartDateRanker} and {@link MentorCapacity} on kabupaten-sized programmes from
 * {@link NationalScenario} (20 sentra of a regency: 40 mentors with five IKMs each, and smaller
 * cuts), ranking every Monday of 2027 for programmes of 3 and 6 months on the bundled 2027
 * holidays, and compares with brute force: one full {@link VisitPlanner} run per start, whose
 * covered IKM-weeks must equal the ranking's for every start.
 *
 * <p>Usage: {@code StartDateBenchmark [runs]}, default 5. Each ranking runs once untimed, then
 * {@code runs} times; the report gives the best and median wall time. The brute force runs once.
 * Run it as the README's "Benchmarks" section shows. A benchmark, not a test: numbers depend on the
 * machine and its load.
 */
public final class StartDateBenchmark {

  private StartDateBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional: the number of timed runs
   */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    SortedSet<LocalDate> mondays = StartDateRequest.weekdays(2027, DayOfWeek.MONDAY);
    Table table =
        Table.markdown(System.out)
            .left("programme", 22)
            .right("months", 6)
            .right("starts", 6)
            .right("ranking best", 12)
            .right("median", 8)
            .right("brute force", 11)
            .right("equal", 5)
            .right("capacity", 8);
    table.printHeader();
    // 0.0001 gives one sentra (2 mentors, 10 IKMs); 0.0005 five; 0.002 a regency of 20.
    for (double fraction : new double[] {0.0001, 0.0005, 0.002}) {
      ProgrammeSnapshot snapshot = NationalScenario.generate(fraction, true, false);
      PlanningRequest planning = PlanningRequest.of(snapshot);
      for (int months : new int[] {3, 6}) {
        StartDateRequest request =
            StartDateRequest.builder(planning).months(months).starts(mondays).build();
        Measure.Result<StartDateRanking> ranked =
            Measure.run(1, runs, () -> StartDateRanker.rank(request));
        Measure.Result<List<Integer>> brute =
            Measure.once(() -> bruteForce(planning, mondays, months));
        boolean equal = true;
        int i = 0;
        for (LocalDate start : mondays) {
          StartOption o = ranked.value().option(start).orElseThrow();
          equal &= o.coveredIkmWeeks() == brute.value().get(i++);
        }
        Measure.Result<CapacityReport> capacity =
            Measure.once(
                () ->
                    MentorCapacity.of(
                        planning.withSnapshot(
                            withStart(snapshot, ranked.value().best().start(), months))));
        table.printRow(
            snapshot.mentors().size() + " mentors, " + snapshot.ikms().size() + " IKMs",
            Integer.toString(months),
            Integer.toString(mondays.size()),
            Table.millis(ranked.bestNanos()),
            Table.millis(ranked.medianNanos()),
            Table.millis(brute.bestNanos()),
            equal ? "yes" : "NO",
            Table.millis(capacity.bestNanos()));
      }
    }
  }

  /** The covered IKM-weeks of each start, each from one full planner run. */
  private static List<Integer> bruteForce(
      PlanningRequest planning, SortedSet<LocalDate> starts, int months) {
    List<Integer> covered = new ArrayList<>();
    for (LocalDate start : starts) {
      VisitPlan plan =
          VisitPlanner.standard()
              .plan(planning.withSnapshot(withStart(planning.snapshot(), start, months)));
      covered.add(plan.coveredIkmWeeks());
    }
    return covered;
  }

  private static ProgrammeSnapshot withStart(ProgrammeSnapshot s, LocalDate start, int months) {
    Programme p =
        Programme.builder()
            .from(s.programme())
            .startDate(start)
            .endDate(ProgrammeDuration.endDate(start, months))
            .build();
    return ProgrammeSnapshot.builder().from(s).programme(p).build();
  }
}
