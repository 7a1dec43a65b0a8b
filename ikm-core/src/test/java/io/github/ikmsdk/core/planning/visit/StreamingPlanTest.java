package io.github.ikmsdk.core.planning.visit;

import static io.github.ikmsdk.core.planning.visit.PlanningFixtures.LABUAN_BAJO;
import static io.github.ikmsdk.core.planning.visit.PlanningFixtures.ikm;
import static io.github.ikmsdk.core.planning.visit.PlanningFixtures.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The streaming planner: order, equality with the whole plan, consumer failure, cancellation. */
class StreamingPlanTest {

  private static final VisitPlanner PLANNER = VisitPlanner.standard();

  /**
   * The seed's five IKMs of Batu Cermin shared by three mentors, listed out of id order, and one
   * IKM left without a mentor: IKM-05 gets the unassigned shortfalls.
   */
  static ProgrammeSnapshot threeMentors() {
    ProgrammeSnapshot seed = seed();
    List<Mentor> mentors = new ArrayList<>();
    for (String id : List.of("M-03", "M-01", "M-02")) {
      mentors.add(
          Mentor.builder().id(MentorId.of(id)).name("Pendamping " + id).base(LABUAN_BAJO).build());
    }
    return ProgrammeSnapshot.builder()
        .from(seed)
        .mentors(mentors)
        .assignments(
            List.of(
                Assignment.of(MentorId.of("M-03"), List.of(ikm(4))),
                Assignment.of(MentorId.of("M-01"), List.of(ikm(1), ikm(2))),
                Assignment.of(MentorId.of("M-02"), List.of(ikm(3)))))
        .build();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void plansComeInMentorIdOrderOnTheCallingThreadAndMakeUpTheWholePlan(boolean parallel) {
    PlanningRequest request = PlanningRequest.builder(threeMentors()).parallel(parallel).build();
    Thread caller = Thread.currentThread();
    List<MentorPlan> plans = new ArrayList<>();
    PlanningSummary summary =
        PLANNER.plan(
            request,
            plan -> {
              assertSame(caller, Thread.currentThread());
              plans.add(plan);
            });
    assertEquals(
        List.of("M-01", "M-02", "M-03"), plans.stream().map(p -> p.mentor().value()).toList());
    assertEquals(List.of(ikm(1), ikm(2)), plans.get(0).ikms());
    VisitPlan whole = PLANNER.plan(request);
    assertEquals(whole, StreamingPlanProperties.assemble(plans, summary));
    assertEquals(3, summary.mentorPlans());
    assertEquals(whole.plannedVisits().size(), summary.plannedVisits());
    assertEquals(whole.shortfalls().size(), summary.shortfalls());
    assertEquals(whole.requiredIkmWeeks(), summary.requiredIkmWeeks());
    // IKM-05 has no mentor: every one of its 13 weeks is short, in the summary only.
    assertEquals(13, summary.unassignedShortfalls().size());
    assertTrue(
        summary.unassignedShortfalls().stream()
            .allMatch(
                s -> s.ikm().equals(ikm(5)) && s.reason() == ShortfallReason.NO_MENTOR_ASSIGNED));
    for (MentorPlan plan : plans) {
      assertEquals(plan.ikms().size() * 13, plan.requiredIkmWeeks());
      assertEquals(plan.requiredIkmWeeks(), plan.plannedVisits().size() + plan.shortfalls().size());
      assertTrue(plan.plannedVisits().stream().allMatch(v -> v.mentor().equals(plan.mentor())));
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aConsumerExceptionStopsTheRunAndReachesTheCaller(boolean parallel) {
    PlanningRequest request = PlanningRequest.builder(threeMentors()).parallel(parallel).build();
    IllegalStateException failure = new IllegalStateException("disk full");
    AtomicInteger calls = new AtomicInteger();
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                PLANNER.plan(
                    request,
                    plan -> {
                      if (calls.incrementAndGet() == 2) {
                        throw failure;
                      }
                    }));
    assertSame(failure, thrown);
    assertEquals(2, calls.get(), "no plan is handed over after the consumer threw");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void cancellingFromTheConsumerHandsOverNoFurtherPlan(boolean parallel) {
    CancellationToken token = CancellationToken.create();
    PlanningRequest request =
        PlanningRequest.builder(threeMentors()).parallel(parallel).cancellation(token).build();
    List<MentorPlan> plans = new ArrayList<>();
    PlanningCancelledException e =
        assertThrows(
            PlanningCancelledException.class,
            () ->
                PLANNER.plan(
                    request,
                    plan -> {
                      plans.add(plan);
                      token.cancel();
                    }));
    assertEquals(1, plans.size());
    assertEquals("M-01", plans.get(0).mentor().value());
    assertEquals(3 * 13, e.totalMentorWeeks());
    // The plan handed over before the cancellation is complete and as the whole plan has it.
    VisitPlan whole =
        PLANNER.plan(request.toBuilder().cancellation(CancellationToken.create()).build());
    assertEquals(
        whole.plannedVisits().stream().filter(v -> v.mentor().value().equals("M-01")).toList(),
        plans.get(0).plannedVisits());
  }

  @Test
  void aRunCancelledBeforeItStartsHandsOverNothing() {
    CancellationToken token = CancellationToken.create();
    token.cancel();
    PlanningRequest request = PlanningRequest.builder(threeMentors()).cancellation(token).build();
    List<MentorPlan> plans = new ArrayList<>();
    PlanningCancelledException e =
        assertThrows(PlanningCancelledException.class, () -> PLANNER.plan(request, plans::add));
    assertEquals(0, e.doneMentorWeeks());
    assertTrue(plans.isEmpty());
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void cancellingDuringAMentorHandsOverNoPartialPlan(boolean parallel) {
    CancellationToken token = CancellationToken.create();
    PlanningRequest request =
        PlanningRequest.builder(threeMentors())
            .parallel(parallel)
            .cancellation(token)
            .listener(
                (done, total) -> {
                  if (done >= 20) {
                    token.cancel();
                  }
                })
            .build();
    List<MentorPlan> plans = new ArrayList<>();
    assertThrows(PlanningCancelledException.class, () -> PLANNER.plan(request, plans::add));
    VisitPlan whole =
        PLANNER.plan(request.toBuilder().cancellation(CancellationToken.create()).build());
    for (MentorPlan plan : plans) {
      assertEquals(plan.requiredIkmWeeks(), plan.plannedVisits().size() + plan.shortfalls().size());
      assertEquals(
          whole.plannedVisits().stream().filter(v -> v.mentor().equals(plan.mentor())).toList(),
          plan.plannedVisits());
    }
  }

  @Test
  void nullsAreRefused() {
    PlanningRequest request = PlanningRequest.of(seed());
    assertThrows(NullPointerException.class, () -> PLANNER.plan(request, null));
    assertThrows(NullPointerException.class, () -> PLANNER.plan(null, plan -> {}));
  }
}
