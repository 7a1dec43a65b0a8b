package io.github.ikmsdk.core.rules;

import static io.github.ikmsdk.core.rules.SeedSnapshots.ikm;
import static io.github.ikmsdk.core.rules.SeedSnapshots.mentor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.compliance.Compliance;
import io.github.ikmsdk.core.compliance.IkmWeekCompliance;
import io.github.ikmsdk.core.compliance.WeekStatus;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.planning.visit.VisitPlanner;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 with the seed programme (Manggarai Barat 2023): one meaning of "the week is met", weeks
 * due as of a date, and one report per fault. The visits of 2023-W38 and 2023-W40 are cited by no
 * logbook entry, so that the logbook rules stay out of these examples.
 */
class OneFaultOneReportTest {

  private static final ProgrammeSnapshot SEED = SeedSnapshots.valid();
  private static final IsoWeek W40 = IsoWeek.parse("2023-W40");

  /** The last working day of 2023-W40 (2 to 6 October 2023), its due date. */
  private static final LocalDate FRI_6_OCT = LocalDate.of(2023, 10, 6);

  private static Visit visit(IkmId ikm, String week) {
    return SEED.visit(VisitId.of("V-" + ikm.value() + "-" + week)).orElseThrow();
  }

  private static ProgrammeSnapshot edit(Visit visit, UnaryOperator<Visit.Builder> edit) {
    return Change.editVisit(edit.apply(Visit.builder().from(visit)).build()).applyTo(SEED);
  }

  private static Map<Rule, Integer> counts(ValidationReport report) {
    Map<Rule, Integer> out = new EnumMap<>(Rule.class);
    out.putAll(report.countsByRule());
    return out;
  }

  private static Map<Rule, Integer> counts(Object... ruleAndCount) {
    Map<Rule, Integer> out = new EnumMap<>(Rule.class);
    for (int i = 0; i < ruleAndCount.length; i += 2) {
      out.put((Rule) ruleAndCount[i], (Integer) ruleAndCount[i + 1]);
    }
    return out;
  }

  private static int plannedIn(VisitPlan plan) {
    return (int)
        plan.plannedVisits().stream()
            .filter(p -> p.ikm().equals(ikm(1)) && p.week().equals(W40))
            .count();
  }

  private static IkmWeekCompliance row(ProgrammeSnapshot s, LocalDate asOf, IkmId ikm) {
    return Compliance.asOf(s, asOf).row(ikm, W40).orElseThrow();
  }

  // ------------------------------------------------------------------ 1. one predicate

  @Test
  void aOneMinuteCompletedVisitDoesNotMeetTheWeekForValidatorComplianceOrPlanner() {
    Visit v = visit(ikm(1), "2023-W40");
    ProgrammeSnapshot s = edit(v, b -> b.end(v.start().plusMinutes(1)));
    ValidationReport report = Validator.standard().validate(s);
    assertEquals(
        counts(Rule.VISIT_TOO_SHORT, 1, Rule.WEEK_NOT_VISITED, 1), counts(report), "" + report);
    assertEquals(
        "2023-W40", report.violations(Rule.WEEK_NOT_VISITED).get(0).arguments().get("week"));
    assertEquals(WeekStatus.VISIT_TOO_SHORT, row(s, FRI_6_OCT, ikm(1)).status());
    // The planner does not count the week as covered: it plans a visit for it, or says why not.
    VisitPlan plan =
        VisitPlanner.standard()
            .plan(PlanningRequest.builder(s).asOf(LocalDate.of(2023, 10, 3)).build());
    assertTrue(
        plan.plannedVisits().stream().anyMatch(p -> p.ikm().equals(ikm(1)) && p.week().equals(W40))
            || plan.shortfalls().stream()
                .anyMatch(f -> f.ikm().equals(ikm(1)) && f.week().equals(W40)),
        plan::toString);
    VisitPlan unchanged =
        VisitPlanner.standard()
            .plan(PlanningRequest.builder(SEED).asOf(LocalDate.of(2023, 10, 3)).build());
    assertEquals(plan.requiredIkmWeeks(), unchanged.requiredIkmWeeks());
    assertEquals(unchanged.coveredIkmWeeks() - 1, plan.coveredIkmWeeks() - plannedIn(plan));
  }

  @Test
  void aVisitOnAHolidayNeverMeetsTheWeek() {
    // Thursday 17 August 2023, Independence Day: 0 working minutes.
    Visit v = visit(ikm(4), "2023-W33");
    LocalDate holiday = LocalDate.of(2023, 8, 17);
    ProgrammeSnapshot s = edit(v, b -> b.date(holiday));
    ValidationReport report = Validator.standard().validate(s);
    assertTrue(report.countsByRule().containsKey(Rule.WEEK_NOT_VISITED), report::toString);
    assertEquals("0", report.violations(Rule.VISIT_TOO_SHORT).get(0).arguments().get("minutes"));
    assertTrue(
        Compliance.asOf(s, SeedSnapshots.END)
            .row(ikm(4), IsoWeek.parse("2023-W33"))
            .orElseThrow()
            .isOverdue());
  }

  @Test
  void anotherMentorsVisitMeetsTheWeekAndIsOnlyIkmR310() {
    Visit v = visit(ikm(1), "2023-W40");
    ProgrammeSnapshot s = edit(v, b -> b.mentor(mentor(2)));
    // Mentor M-02 visits IKM-01 on the same Monday as his own IKM-06: an overlap, and R310.
    ValidationReport report = Validator.standard().validate(s);
    assertFalse(report.countsByRule().containsKey(Rule.WEEK_NOT_VISITED), report::toString);
    assertTrue(report.countsByRule().containsKey(Rule.VISIT_BY_UNASSIGNED_MENTOR));
    assertEquals(WeekStatus.MET, row(s, FRI_6_OCT, ikm(1)).status());
  }

  // ------------------------------------------------------------------ 2. as of a date

  @Test
  void asOfADateOnlyDueWeeksAreErrorsAndOnlyCompletedVisitsCountForThem() {
    Visit v = visit(ikm(1), "2023-W40");
    ProgrammeSnapshot planned = edit(v, b -> b.status(VisitStatus.PLANNED));
    // As a plan: the planned visit counts.
    assertEquals(counts(), counts(Validator.standard().validate(planned)));
    // Thursday 5 October: W40 is not yet due, and the plan for it is complete.
    assertEquals(
        counts(), counts(Validator.standard().asOf(FRI_6_OCT.minusDays(1)).validate(planned)));
    assertEquals(WeekStatus.AT_RISK, row(planned, FRI_6_OCT.minusDays(1), ikm(1)).status());
    // Friday 6 October: W40 is due; a planned visit is no visit.
    ValidationReport due = Validator.standard().asOf(FRI_6_OCT).validate(planned);
    assertEquals(counts(Rule.WEEK_NOT_VISITED, 1), counts(due));
    assertEquals(WeekStatus.NOT_VISITED, row(planned, FRI_6_OCT, ikm(1)).status());

    ProgrammeSnapshot missed = edit(v, b -> b.status(VisitStatus.MISSED));
    ValidationReport early = Validator.standard().asOf(FRI_6_OCT.minusDays(1)).validate(missed);
    assertEquals(counts(Rule.WEEK_NOT_PLANNED, 1), counts(early));
    assertEquals(Severity.WARNING, early.violations().get(0).severity());
    assertEquals(
        List.of(Subject.of(ikm(1)), Subject.week(W40), Subject.of(mentor(1))),
        early.violations().get(0).subjects());
  }

  // ------------------------------------------------------------------ 3. one fault, one report

  @Test
  void aVisitNamingAnUnknownMentorIsReportedOnceAndLeftOut() {
    Visit v = visit(ikm(1), "2023-W40");
    MentorId ghost = MentorId.of("M-99");
    ProgrammeSnapshot s = edit(v, b -> b.mentor(ghost));
    ValidationReport report = Validator.standard().validate(s);
    assertEquals(counts(Rule.UNKNOWN_REFERENCE, 1, Rule.WEEK_NOT_VISITED, 1), counts(report));
    assertEquals(WeekStatus.NOT_VISITED, row(s, SeedSnapshots.END, ikm(1)).status());
  }

  @Test
  void theFirstListedDuplicateWinsEverywhere() {
    Visit v = visit(ikm(1), "2023-W40");
    Visit cancelled = Visit.builder().from(v).status(VisitStatus.CANCELLED).build();
    List<Visit> first = new ArrayList<>(SEED.visits());
    first.add(0, cancelled);
    ProgrammeSnapshot cancelledFirst = SEED.withVisits(first);
    assertEquals(
        counts(Rule.DUPLICATE_ID, 1, Rule.WEEK_NOT_VISITED, 1),
        counts(Validator.standard().validate(cancelledFirst)));
    assertEquals(WeekStatus.NOT_VISITED, row(cancelledFirst, SeedSnapshots.END, ikm(1)).status());

    List<Visit> last = new ArrayList<>(SEED.visits());
    last.add(cancelled);
    ProgrammeSnapshot cancelledLast = SEED.withVisits(last);
    assertEquals(
        counts(Rule.DUPLICATE_ID, 1), counts(Validator.standard().validate(cancelledLast)));
    assertEquals(WeekStatus.MET, row(cancelledLast, SeedSnapshots.END, ikm(1)).status());

    // A later copy that would overlap the first is ignored, references included.
    Visit ghostCopy = Visit.builder().from(v).mentor(MentorId.of("M-99")).build();
    List<Visit> copies = new ArrayList<>(SEED.visits());
    copies.add(ghostCopy);
    copies.add(v);
    assertEquals(
        counts(Rule.DUPLICATE_ID, 1),
        counts(Validator.standard().validate(SEED.withVisits(copies))));
  }

  @Test
  void anUnknownIkmInAnAssignmentIsReportedOnceAndNotCountedInTheCaseload() {
    // M-01 has the maximum caseload of five IKMs; a sixth, unknown IKM is IKM-R002 only.
    List<Assignment> assignments = new ArrayList<>(SEED.assignments());
    Assignment a = assignments.get(0);
    assertEquals(SEED.programme().policy().maxIkmsPerMentor(), a.ikms().size());
    List<IkmId> ikms = new ArrayList<>(a.ikms());
    ikms.add(IkmId.of("IKM-99"));
    assignments.set(0, Assignment.of(a.mentor(), ikms));
    ValidationReport report = Validator.standard().validate(SEED.withAssignments(assignments));
    assertEquals(counts(Rule.UNKNOWN_REFERENCE, 1), counts(report));
  }

  @Test
  void anUnknownParticipantIsReportedOnceNotAsWeeksWithoutVisits() {
    ProgrammeSnapshot s =
        ProgrammeSnapshot.builder()
            .from(SEED)
            .programme(
                Programme.builder()
                    .from(SEED.programme())
                    .addParticipants(IkmId.of("IKM-99"))
                    .build())
            .build();
    assertEquals(counts(Rule.UNKNOWN_REFERENCE, 1), counts(Validator.standard().validate(s)));
  }

  @Test
  void anIkmNamingAnUnknownCommodityIsLeftOutOfTheCommodityRules() {
    List<Ikm> ikms = new ArrayList<>(SEED.ikms());
    ikms.set(0, Ikm.builder().from(ikms.get(0)).commodity(CommodityId.of("GARAM")).build());
    ProgrammeSnapshot s = ProgrammeSnapshot.builder().from(SEED).ikms(ikms).build();
    // Neither IKM-R105 (the mentor's commodities) nor IKM-R106 (the sentra's commodity).
    assertEquals(counts(Rule.UNKNOWN_REFERENCE, 1), counts(Validator.standard().validate(s)));
  }

  @Test
  void anAssignmentNamingAnUnknownMentorIsReportedOnce() {
    List<Assignment> assignments = new ArrayList<>(SEED.assignments());
    Assignment a = assignments.get(0);
    assignments.set(0, Assignment.of(MentorId.of("M-99"), a.ikms()));
    ValidationReport report = Validator.standard().validate(SEED.withAssignments(assignments));
    // Its IKMs are listed, so not IKM-R101; their visits by M-01 are not IKM-R310 either.
    assertEquals(counts(Rule.UNKNOWN_REFERENCE, 1), counts(report), report::toString);
  }
}
