package io.github.ikmsdk.core.testing;

import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.planning.visit.Shortfall;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.planning.visit.VisitPlanner;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.rules.Change;
import io.github.ikmsdk.core.rules.Rule;
import io.github.ikmsdk.core.rules.Subject;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Validator;
import io.github.ikmsdk.core.rules.Violation;
import io.github.ikmsdk.core.visit.Visit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Contract properties of the rules, to run against your own rule configuration: extend this class
 * in your tests, return your policy (and, if you like, your validator), and jqwik checks that the
 * SDK's promises hold under it.
 *
 * <pre>{@code
 * class SixIkmsPerMentorProperties extends RuleContract {
 *   @Override
 *   protected ProgrammePolicy policy() {
 *     return ProgrammePolicy.builder().maxIkmsPerMentor(6).minVisitWorkingMinutes(180).build();
 *   }
 * }
 * }</pre>
 *
 * <p>The properties: valid programmes (from {@link IkmArbitraries#validSnapshots(
 * ProgrammePolicy)}) have no errors; the report does not depend on the order of the input; removing
 * a week's only visit is reported as that IKM-week's missed visit; an incremental {@link
 * io.github.ikmsdk.core.rules.ValidationSession} agrees with full validation; and every plan of the
 * {@link VisitPlanner} passes the validator except for the weeks its shortfalls explain. The policy
 * must ask for one visit a week.
 *
 * @since 0.1.0
 */
public abstract class RuleContract {

  /**
   * Returns the rule configuration under test.
   *
   * @return the policy, with {@code minVisitsPerWeek} 1
   */
  protected abstract ProgrammePolicy policy();

  /**
   * Returns the validator under test.
   *
   * @return the validator; by default {@link Validator#standard()}
   */
  protected Validator validator() {
    return Validator.standard();
  }

  /**
   * Provides valid snapshots under {@link #policy()}.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<ProgrammeSnapshot> contractSnapshots() {
    return IkmArbitraries.validSnapshots(policy());
  }

  @Property(tries = 50)
  void validProgrammesHaveNoErrors(@ForAll("contractSnapshots") ProgrammeSnapshot snapshot) {
    ValidationReport report = validator().validate(snapshot);
    check(report.errors().isEmpty(), "a valid programme has errors: %s", report.errors());
  }

  @Property(tries = 50)
  void reportDoesNotDependOnInputOrder(
      @ForAll("contractSnapshots") ProgrammeSnapshot snapshot, @ForAll Random random) {
    ProgrammeSnapshot shuffled =
        ProgrammeSnapshot.builder()
            .from(snapshot)
            .ikms(shuffle(snapshot.ikms(), random))
            .mentors(shuffle(snapshot.mentors(), random))
            .assignments(shuffle(snapshot.assignments(), random))
            .visits(shuffle(snapshot.visits(), random))
            .logbookEntries(shuffle(snapshot.logbookEntries(), random))
            .build();
    Visit dropped = snapshot.visits().get(random.nextInt(snapshot.visits().size()));
    ProgrammeSnapshot broken = without(snapshot, dropped);
    check(
        validator().validate(broken).equals(validator().validate(without(shuffled, dropped))),
        "the report of a shuffled programme differs");
  }

  @Property(tries = 50)
  void droppingTheOnlyVisitOfAWeekIsReported(
      @ForAll("contractSnapshots") ProgrammeSnapshot snapshot, @ForAll Random random) {
    Visit dropped = snapshot.visits().get(random.nextInt(snapshot.visits().size()));
    ValidationReport report = validator().validate(without(snapshot, dropped));
    boolean reported =
        report.violations(Rule.WEEK_NOT_VISITED).stream()
            .anyMatch(
                v ->
                    v.subjects().contains(Subject.of(dropped.ikm()))
                        && v.subjects().contains(Subject.week(dropped.week())));
    check(reported, "dropping %s is not reported as a missed week", dropped.id());
  }

  @Property(tries = 30)
  void incrementalChecksEqualFullValidation(
      @ForAll("contractSnapshots") ProgrammeSnapshot snapshot, @ForAll Random random) {
    Visit visit = snapshot.visits().get(random.nextInt(snapshot.visits().size()));
    Visit shortened =
        Visit.builder().from(visit).end(visit.start().plusMinutes(1 + random.nextInt(90))).build();
    Change change = Change.editVisit(shortened);
    ValidationReport incremental = validator().session(snapshot).check(change);
    check(
        incremental.equals(validator().validate(change.applyTo(snapshot))),
        "the session's report differs from full validation after editing %s",
        visit.id());
  }

  @Property(tries = 20)
  void plansPassTheValidatorExceptExplainedWeeks(
      @ForAll("contractSnapshots") ProgrammeSnapshot snapshot) {
    ProgrammeSnapshot unplanned =
        ProgrammeSnapshot.builder()
            .from(snapshot)
            .visits(List.of())
            .logbookEntries(List.of())
            .build();
    VisitPlan plan = VisitPlanner.standard().plan(PlanningRequest.of(unplanned));
    ValidationReport report = validator().validate(plan.applyTo(unplanned));
    Set<String> explained = new TreeSet<>();
    for (Shortfall shortfall : plan.shortfalls()) {
      explained.add(key(shortfall.ikm().value(), shortfall.week()));
    }
    Set<String> missed = new TreeSet<>();
    for (Violation violation : report.errors()) {
      check(
          violation.rule() == Rule.WEEK_NOT_VISITED,
          "a plan breaks rule %s: %s",
          violation.code(),
          violation);
      missed.add(
          key(violation.arguments().get("ikm"), IsoWeek.parse(violation.arguments().get("week"))));
    }
    check(missed.equals(explained), "missed weeks %s, explained %s", missed, explained);
  }

  private static String key(String ikm, IsoWeek week) {
    return ikm + "@" + week;
  }

  private static ProgrammeSnapshot without(ProgrammeSnapshot snapshot, Visit visit) {
    return snapshot.withVisits(
        snapshot.visits().stream().filter(v -> !v.equals(visit)).collect(Collectors.toList()));
  }

  private static <T> List<T> shuffle(List<T> values, Random random) {
    List<T> copy = new ArrayList<>(values);
    Collections.shuffle(copy, random);
    return copy;
  }

  private static void check(boolean condition, String message, Object... arguments) {
    if (!condition) {
      throw new AssertionError(String.format(Locale.ROOT, message, arguments));
    }
  }
}
