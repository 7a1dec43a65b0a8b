package io.github.ikmsdk.examples.bench;

import io.github.ikmsdk.core.identifier.RegionCode;
import io.github.ikmsdk.core.planning.assignment.AssignmentPlan;
import io.github.ikmsdk.core.planning.assignment.AssignmentRequest;
import io.github.ikmsdk.core.planning.assignment.MentorAssigner;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Times {@link MentorAssigner#standard()} on the generated national programme ({@link
 * NationalScenario}: 100,000 IKMs in 10,000 sentra, that is 20,000 groups of five, and 20,000
 * mentors over 500 regencies).
 *
 * <p>Two modes:
 *
 * <ul>
 *   <li><b>per regency</b>: each mentor's {@link AssignmentRequest#mentorRegions() region} is the
 *       regency of the sentra the generator created the mentor for, so the assignment is solved
 *       exactly per regency (about 40 groups and 40 mentors each);
 *   <li><b>one matrix</b>: no regions, one exact Hungarian assignment over all groups and mentors;
 *       O(n<sup>3</sup>), so only small fractions are run.
 * </ul>
 *
 * <p>Usage: {@code AssignmentBenchmark [fraction [largestOneMatrixFraction]]}, defaults 1.0 and
 * 0.1. Prints a table of wall time and peak heap (after a garbage collection; generation of the
 * input excluded). A benchmark, not a test: numbers depend on the machine.
 */
public final class AssignmentBenchmark {

  private AssignmentBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional size fraction in (0, 1] and largest fraction for the one-matrix mode
   */
  public static void main(String[] args) {
    double fraction = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
    double oneMatrixMax = args.length > 1 ? Double.parseDouble(args[1]) : 0.1;

    // Warm up the JIT on a small input.
    run(request(NationalScenario.generate(0.02, false, false), true));

    Table table =
        Table.plain(System.out)
            .left("mode", 10)
            .right("fraction", 8)
            .right("IKMs", 8)
            .right("mentors", 8)
            .right("groups", 7)
            .right("comps", 6)
            .right("time ms", 9)
            .right("heap MB", 9)
            .right("travel min", 13)
            .right("shortage", 9)
            .right("idle", 6);
    table.printHeader();
    for (double f : new double[] {fraction / 10, fraction / 2, fraction}) {
      report(table, "per region", f, request(NationalScenario.generate(f, false, false), true));
    }
    for (double f = 0.0125; f <= oneMatrixMax + 1e-9; f *= 2) {
      report(table, "one matrix", f, request(NationalScenario.generate(f, false, false), false));
    }
  }

  /**
   * Returns the request to assign the snapshot's IKMs to its mentors.
   *
   * @param snapshot a {@link NationalScenario} snapshot
   * @param perRegion whether each mentor is limited to the regency the generator created the mentor
   *     for
   * @return the request
   */
  static AssignmentRequest request(ProgrammeSnapshot snapshot, boolean perRegion) {
    AssignmentRequest.Builder builder = AssignmentRequest.builder(snapshot);
    if (perRegion) {
      // The generator creates mentors 2s and 2s+1 for sentra s: their region is its regency.
      List<Sentra> sentra = snapshot.sentra();
      List<Mentor> mentors = snapshot.mentors();
      for (int m = 0; m < mentors.size(); m++) {
        RegionCode village = sentra.get(m / NationalScenario.MENTORS_PER_SENTRA).region();
        RegionCode regency = village.parent().flatMap(RegionCode::parent).orElseThrow();
        builder.putMentorRegions(mentors.get(m).id(), regency);
      }
    }
    return builder.build();
  }

  private static void report(Table table, String mode, double fraction, AssignmentRequest request) {
    Set<RegionCode> regions = new HashSet<>(request.mentorRegions().values());
    Measure.Result<AssignmentPlan> result = Measure.once(() -> run(request));
    AssignmentPlan plan = result.value();
    int shortage = plan.shortages().stream().mapToInt(s -> s.mentorsNeeded()).sum();
    table.printRow(
        mode,
        String.format(Locale.ROOT, "%.4f", fraction),
        Table.count(request.ikms().size()),
        Table.count(request.mentors().size()),
        Table.count(plan.groups().size()),
        Table.count(Math.max(1, regions.size())),
        Table.count(result.bestNanos() / 1_000_000),
        Table.count(result.peakHeapBytes() >> 20),
        Table.count(plan.totalTravelMinutes()),
        Table.count(shortage),
        Table.count(plan.idleMentors().size()));
  }

  private static AssignmentPlan run(AssignmentRequest request) {
    return MentorAssigner.standard().assign(request);
  }
}
