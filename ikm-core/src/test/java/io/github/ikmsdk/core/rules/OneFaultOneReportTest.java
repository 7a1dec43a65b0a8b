package io.github.ikmsdk.core.rules;

import static io.github.ikmsdk.core.rules.SeedSnapshots.ikm;
import static io.github.ikmsdk.core.rules.SeedSnapshots.mentor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.hash.HashCode;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.compliance.Compliance;
import io.github.ikmsdk.core.compliance.IkmWeekCompliance;
import io.github.ikmsdk.core.compliance.WeekStatus;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.logbook.LogbookChain;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.planning.visit.VisitPlanner;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
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

  // ------------------------------------------------------------------ 3. duplicated entries

  private static LogbookEntry entry(String id) {
    return SEED.logbookEntry(LogbookEntryId.of(id)).orElseThrow();
  }

  private static ProgrammeSnapshot withEntries(List<LogbookEntry> entries) {
    return SEED.withLogbookEntries(entries);
  }

  @Test
  void aLaterLogbookEntryWithTheIdOfAnEarlierOneIsOnlyIkmR001() {
    LogbookEntry diagnosis = entry("L-IKM-01-1");
    // An evaluation of an unknown author citing an unknown visit, after the period.
    LogbookEntry copy =
        LogbookEntry.builder()
            .from(diagnosis)
            .stage(Stage.EVALUATION)
            .author(MentorId.of("M-99"))
            .visit(VisitId.of("V-99"))
            .date(SeedSnapshots.END.plusDays(3))
            .build();
    List<LogbookEntry> last = new ArrayList<>(SEED.logbookEntries());
    last.add(copy);
    assertEquals(
        counts(Rule.DUPLICATE_ID, 1), counts(Validator.standard().validate(withEntries(last))));

    // Listed first, the copy wins and the diagnosis is ignored: the plan lacks its diagnosis, and
    // the copy is a second evaluation after the first, in a locked logbook.
    List<LogbookEntry> first = new ArrayList<>(SEED.logbookEntries());
    first.add(0, copy);
    ValidationReport report = Validator.standard().validate(withEntries(first));
    assertEquals(
        counts(
            Rule.DUPLICATE_ID, 1,
            Rule.UNKNOWN_REFERENCE, 2,
            Rule.ENTRY_OUTSIDE_PERIOD, 1,
            Rule.STAGE_SKIPPED, 1,
            Rule.STAGE_REPEATED, 1,
            Rule.LOGBOOK_LOCKED, 1),
        counts(report),
        report::toString);
  }

  @Test
  void anEntryCitingAVisitWithAnUnknownMentorIsNotAlsoIkmR405() {
    LogbookEntry diagnosis = entry("L-IKM-01-1");
    Visit cited = SEED.visit(diagnosis.visit().orElseThrow()).orElseThrow();
    ProgrammeSnapshot s = edit(cited, b -> b.mentor(MentorId.of("M-99")));
    ValidationReport report = Validator.standard().validate(s);
    assertEquals(
        counts(Rule.UNKNOWN_REFERENCE, 1, Rule.WEEK_NOT_VISITED, 1),
        counts(report),
        report::toString);
    // Another date is a fault of its own, reported besides.
    ProgrammeSnapshot moved =
        edit(cited, b -> b.mentor(MentorId.of("M-99")).date(cited.date().plusDays(1)));
    assertEquals(
        List.of("date"),
        Validator.standard().validate(moved).violations(Rule.ENTRY_VISIT_MISMATCH).stream()
            .map(v -> v.arguments().get("field"))
            .collect(Collectors.toList()));
  }

  /** IKM-01's entries recorded one a day from the start and sealed into its chain. */
  private static List<LogbookEntry> sealed(List<LogbookEntry> entries) {
    List<LogbookEntry> out = new ArrayList<>();
    HashCode previous = LogbookChain.GENESIS;
    Instant at = Instant.parse("2023-08-14T08:00:00Z");
    for (LogbookEntry e : entries) {
      LogbookEntry recorded =
          LogbookEntry.builder()
              .from(e)
              .recordedAt(at.plus(Duration.ofDays(out.size())))
              .recordedBy("M-01")
              .build();
      LogbookEntry link = LogbookChain.seal(recorded, previous);
      out.add(link);
      previous = link.link().get().hash();
    }
    return out;
  }

  private static List<LogbookEntry> othersAnd(List<LogbookEntry> ikm01) {
    List<LogbookEntry> out = new ArrayList<>(ikm01);
    SEED.logbookEntries().stream().filter(e -> !e.ikm().equals(ikm(1))).forEach(out::add);
    return out;
  }

  @Test
  void theHashChainSeesEveryRecordListedDuplicatesIncluded() {
    List<LogbookEntry> own = new ArrayList<>(SEED.logbook(ikm(1)).entries());
    own.sort(Comparator.comparing(LogbookEntry::date));
    // A second record with the id of the plan, recorded and linked after it: a separate record.
    List<LogbookEntry> twice = new ArrayList<>(own);
    twice.add(2, LogbookEntry.builder().from(own.get(1)).findings("Dicatat dua kali").build());
    ProgrammeSnapshot chained = withEntries(othersAnd(sealed(twice)));
    ValidationReport report = Validator.standard().validate(chained);
    // Not a removal after it (IKM-R412) nor any stage rule: the record is IKM-R001 only.
    assertEquals(counts(Rule.DUPLICATE_ID, 1), counts(report), report::toString);

    // A copy of the sealed plan replayed at the end forks the chain: the chain shows it.
    List<LogbookEntry> replayed = sealed(own);
    replayed.add(replayed.get(1));
    ValidationReport forked = Validator.standard().validate(withEntries(othersAnd(replayed)));
    assertEquals(
        counts(Rule.DUPLICATE_ID, 1, Rule.CHAIN_OUT_OF_ORDER, 1), counts(forked), forked::toString);
  }

  // ------------------------------------------------------------------ 3. duplicated visits,
  // planning

  @Test
  void theVisitPlannerIgnoresALaterVisitWithTheIdOfAnEarlierOne() {
    LocalDate asOf = LocalDate.of(2023, 10, 3);
    List<Visit> visits = new ArrayList<>();
    for (Visit v : SEED.visits()) {
      boolean later = !v.date().isBefore(asOf);
      visits.add(later ? Visit.builder().from(v).status(VisitStatus.PLANNED).build() : v);
    }
    ProgrammeSnapshot s = SEED.withVisits(visits);
    // A completed copy of IKM-01's first visit taking M-01's whole Monday 9 October.
    Visit copy =
        Visit.builder()
            .from(visit(ikm(1), "2023-W33"))
            .date(LocalDate.of(2023, 10, 9))
            .start(LocalTime.of(7, 30))
            .end(LocalTime.of(16, 0))
            .build();
    VisitPlanner planner = VisitPlanner.standard();
    VisitPlan plan = planner.plan(PlanningRequest.builder(s).asOf(asOf).build());
    List<Visit> duplicated = new ArrayList<>(visits);
    duplicated.add(copy);
    assertEquals(
        plan, planner.plan(PlanningRequest.builder(s.withVisits(duplicated)).asOf(asOf).build()));
    // With an id of its own the same visit would cover the week and take the mentor's Monday.
    List<Visit> own = new ArrayList<>(visits);
    own.add(Visit.builder().from(copy).id(VisitId.of("V-EXTRA")).build());
    VisitPlan other = planner.plan(PlanningRequest.builder(s.withVisits(own)).asOf(asOf).build());
    assertFalse(plan.plannedVisits().equals(other.plannedVisits()), other::toString);
  }
}
