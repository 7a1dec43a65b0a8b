package io.github.ikmsdk.core.planning.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.planning.visit.Shortfall;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.planning.visit.VisitPlanner;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The direct answers the ranker and capacity must equal: one full planner run per question. */
final class BruteForce {

  private BruteForce() {}

  /** Plans the programme with the option's period in one run. */
  static VisitPlan plan(PlanningRequest planning, StartOption option) {
    ProgrammeSnapshot s = planning.snapshot();
    Programme p =
        Programme.builder()
            .from(s.programme())
            .startDate(option.start())
            .endDate(option.end())
            .build();
    return VisitPlanner.standard()
        .plan(planning.withSnapshot(ProgrammeSnapshot.builder().from(s).programme(p).build()));
  }

  static void assertSameAsPlanner(PlanningRequest planning, StartOption option) {
    VisitPlan plan = plan(planning, option);
    assertEquals(plan.requiredIkmWeeks(), option.requiredIkmWeeks(), option.toString());
    assertEquals(plan.coveredIkmWeeks(), option.coveredIkmWeeks(), option.toString());
    Set<IsoWeek> weeks =
        plan.shortfalls().stream()
            .map(Shortfall::week)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(
        List.copyOf(weeks),
        option.hardWeeks().stream().map(HardWeek::week).collect(Collectors.toList()),
        option.toString());
    assertEquals(
        plan.shortfalls().size(),
        option.hardWeeks().stream().mapToInt(w -> w.shortfalls().size()).sum(),
        option.toString());
  }
}
