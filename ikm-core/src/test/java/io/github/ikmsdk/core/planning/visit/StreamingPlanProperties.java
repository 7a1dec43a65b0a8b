package io.github.ikmsdk.core.planning.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.id.EntityId;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.testing.IkmArbitraries;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The streaming planner gives exactly the plans of the list planner, on generated programmes,
 * serial and parallel, in blocks of any size.
 */
class StreamingPlanProperties {

  /** The order of a whole plan's shortfalls, written out here independently of the planner. */
  private static final Comparator<Shortfall> PLAN_ORDER =
      Comparator.comparing(Shortfall::week)
          .thenComparing(s -> s.mentor().map(EntityId::value).orElse(""))
          .thenComparing(Shortfall::ikm);

  /** Assembles the whole plan from the streamed mentors' plans and the run's summary. */
  static VisitPlan assemble(List<MentorPlan> plans, PlanningSummary summary) {
    List<Visit> planned = new ArrayList<>();
    List<Shortfall> shortfalls = new ArrayList<>(summary.unassignedShortfalls());
    for (MentorPlan plan : plans) {
      planned.addAll(plan.plannedVisits());
      shortfalls.addAll(plan.shortfalls());
    }
    shortfalls.sort(PLAN_ORDER);
    return VisitPlan.of(planned, summary.keptVisits(), shortfalls, summary.requiredIkmWeeks());
  }

  @Provide
  Arbitrary<ProgrammeSnapshot> snapshots() {
    return IkmArbitraries.validSnapshots();
  }

  /**
   * A generated programme broken so that there is something to plan: of its completed visits a
   * third stay, a third are gone and a third are turned into planned visits to be replaced; some
   * programmes ask for two visits a week, and in some one mentor's IKMs lose their mentor.
   */
  private static PlanningRequest request(ProgrammeSnapshot snapshot, long seed) {
    Random r = new Random(seed);
    List<Visit> visits = new ArrayList<>();
    for (Visit v : snapshot.visits()) {
      int fate = r.nextInt(3);
      if (fate == 0) {
        visits.add(v);
      } else if (fate == 1) {
        visits.add(Visit.builder().from(v).status(VisitStatus.PLANNED).build());
      }
    }
    Programme programme = snapshot.programme();
    ProgrammeSnapshot.Builder broken = ProgrammeSnapshot.builder().from(snapshot).visits(visits);
    if (r.nextInt(4) == 0) {
      ProgrammePolicy twice =
          ProgrammePolicy.builder().from(programme.policy()).minVisitsPerWeek(2).build();
      broken.programme(Programme.builder().from(programme).policy(twice).build());
    }
    if (r.nextInt(4) == 0 && !snapshot.assignments().isEmpty()) {
      broken.assignments(snapshot.assignments().subList(1, snapshot.assignments().size()));
    }
    PlanningRequest.Builder request = PlanningRequest.builder(broken.build());
    if (r.nextBoolean()) {
      LocalDate asOf = programme.startDate().plusDays(r.nextInt((int) programme.lengthInDays()));
      request.asOf(asOf);
    }
    if (r.nextBoolean()) {
      request.gridMinutes(30);
    }
    return request.build();
  }

  @Property(tries = 40)
  void streamedPlansMakeUpExactlyTheWholePlan(
      @ForAll("snapshots") ProgrammeSnapshot snapshot, @ForAll long seed) {
    PlanningRequest request = request(snapshot, seed);
    VisitPlan whole = VisitPlanner.standard().plan(request);
    for (boolean parallel : new boolean[] {false, true}) {
      PlanningRequest variant = request.toBuilder().parallel(parallel).build();
      for (int block : new int[] {1, 2, PlanningRun.BLOCK}) {
        List<MentorPlan> plans = new ArrayList<>();
        PlanningSummary summary = new PlanningRun(variant).stream(plans::add, block);
        assertEquals(whole, assemble(plans, summary), "parallel " + parallel + ", block " + block);
        assertEquals(plans.size(), summary.mentorPlans());
        assertEquals(whole.plannedVisits().size(), summary.plannedVisits());
        assertEquals(whole.coveredIkmWeeks(), summary.coveredIkmWeeks());
        for (int i = 1; i < plans.size(); i++) {
          assertTrue(
              plans.get(i - 1).mentor().compareTo(plans.get(i).mentor()) < 0,
              "mentor plans in increasing id order");
        }
        for (MentorPlan plan : plans) {
          assertTrue(
              plan.plannedVisits().stream()
                  .allMatch(
                      v -> v.mentor().equals(plan.mentor()) && plan.ikms().contains(v.ikm())));
          assertTrue(plan.shortfalls().stream().allMatch(s -> plan.ikms().contains(s.ikm())));
        }
      }
    }
    // The public method is the same run with the standard block, and deterministic.
    List<MentorPlan> plans = new ArrayList<>();
    PlanningSummary summary = VisitPlanner.standard().plan(request, plans::add);
    assertEquals(whole, assemble(plans, summary));
    List<MentorPlan> again = new ArrayList<>();
    assertEquals(summary, VisitPlanner.standard().plan(request, again::add));
    assertEquals(plans, again);
    Statistics.label("planned").collect(whole.plannedVisits().isEmpty() ? "none" : "some");
    Statistics.label("unassigned")
        .collect(whole.shortfalls().stream().anyMatch(s -> s.mentor().isEmpty()) ? "some" : "none");
  }
}
