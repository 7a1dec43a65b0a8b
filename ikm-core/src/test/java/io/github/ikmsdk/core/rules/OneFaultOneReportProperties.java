package io.github.ikmsdk.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.compliance.Compliance;
import io.github.ikmsdk.core.compliance.IkmWeekCompliance;
import io.github.ikmsdk.core.compliance.Overdue;
import io.github.ikmsdk.core.compliance.WeekStatus;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.planning.visit.VisitPlanner;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.testing.IkmArbitraries;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 10 as properties on generated valid snapshots: each targeted breakage is reported once and
 * produces exactly the expected violations; a week's verdict as of a date changes only on its due
 * date; validator and compliance agree week by week; and the order of the lists does not matter.
 *
 * <p>The logbook is left out of the visit breakages: entries cite visits, and the logbook rules are
 * not what those properties are about; a duplicated logbook entry has its own property, and a
 * duplicated visit leaves the visit plan unchanged.
 */
class OneFaultOneReportProperties {

  private static final Validator VALIDATOR = Validator.standard();

  @Provide
  Arbitrary<ProgrammeSnapshot> valid() {
    return IkmArbitraries.validSnapshots(2, 2).map(s -> s.withLogbookEntries(List.of()));
  }

  private static Multiset<Violation> violations(ProgrammeSnapshot s) {
    return HashMultiset.create(VALIDATOR.validate(s).violations());
  }

  private static Visit anyVisit(ProgrammeSnapshot s, Random random) {
    return s.visits().get(random.nextInt(s.visits().size()));
  }

  private static ProgrammeSnapshot replace(ProgrammeSnapshot s, Visit old, Visit updated) {
    List<Visit> visits = new ArrayList<>(s.visits());
    visits.set(visits.indexOf(old), updated);
    return s.withVisits(visits);
  }

  private static ProgrammeSnapshot without(ProgrammeSnapshot s, Visit gone) {
    List<Visit> visits = new ArrayList<>(s.visits());
    visits.remove(gone);
    return s.withVisits(visits);
  }

  /** The IKM-R305 violations of the snapshot without the visit: what losing it costs. */
  private static List<Violation> weeksWithout(ProgrammeSnapshot s, Visit gone) {
    return VALIDATOR.validate(without(s, gone)).violations(Rule.WEEK_NOT_VISITED);
  }

  private static void assertExactly(Multiset<Violation> expected, ProgrammeSnapshot broken) {
    assertEquals(expected, violations(broken), () -> VALIDATOR.validate(broken).toString());
  }

  @Property(tries = 60)
  void aShortenedVisitIsR304AndCostsItsWeekOnly(
      @ForAll("valid") ProgrammeSnapshot s, @ForAll long seed) {
    assertEquals(List.of(), VALIDATOR.validate(s).errors());
    Visit v = anyVisit(s, new Random(seed));
    int minimum = s.programme().policy().minVisitWorkingMinutes();
    // The first minute of the visit only: inside working hours, long enough for nothing.
    Visit shortened = Visit.builder().from(v).end(v.start().plusMinutes(1)).build();
    Assume.that(s.calendar().workingMinutes(v.date(), v.start(), shortened.end()) < minimum);
    ProgrammeSnapshot broken = replace(s, v, shortened);
    Multiset<Violation> expected = HashMultiset.create(violations(s));
    expected.add(
        Rule.VISIT_TOO_SHORT.violation(
            RuleContext.visitSubjects(v),
            v.id(),
            s.calendar().workingMinutes(v.date(), v.start(), shortened.end()),
            minimum));
    expected.addAll(weeksWithout(s, v));
    assertExactly(expected, broken);
    Statistics.label("week lost").collect(!weeksWithout(s, v).isEmpty());
  }

  @Property(tries = 60)
  void aVisitMovedToADayWithoutWorkingMinutesNeverMeetsTheWeek(
      @ForAll("valid") ProgrammeSnapshot s, @ForAll long seed) {
    Visit v = anyVisit(s, new Random(seed));
    LocalDate saturday = v.date().with(DayOfWeek.SATURDAY);
    Assume.that(s.programme().contains(saturday));
    Assume.that(!s.calendar().schedule(saturday).isWorking());
    Assume.that(s.leaves().stream().noneMatch(l -> l.contains(saturday)));
    Visit moved = Visit.builder().from(v).date(saturday).build();
    ProgrammeSnapshot broken = replace(s, v, moved);
    List<Subject> subjects = RuleContext.visitSubjects(v);
    int minimum = s.programme().policy().minVisitWorkingMinutes();
    Rule tooShort =
        v.status() == VisitStatus.COMPLETED ? Rule.VISIT_TOO_SHORT : Rule.PLANNED_VISIT_TOO_SHORT;
    Multiset<Violation> expected = HashMultiset.create(violations(s));
    expected.add(Rule.VISIT_ON_NON_WORKING_DAY.violation(subjects, v.id(), saturday));
    expected.add(tooShort.violation(subjects, v.id(), 0, minimum));
    expected.addAll(weeksWithout(s, v));
    assertExactly(expected, broken);
  }

  @Property(tries = 60)
  void aDanglingMentorIsR002AndTheVisitIsOtherwiseLeftOut(
      @ForAll("valid") ProgrammeSnapshot s, @ForAll long seed) {
    Visit v = anyVisit(s, new Random(seed));
    MentorId ghost = MentorId.of("M-GHOST");
    Visit dangling = Visit.builder().from(v).mentor(ghost).build();
    ProgrammeSnapshot broken = replace(s, v, dangling);
    // As if the visit were not there, plus one IKM-R002.
    Multiset<Violation> expected = violations(without(s, v));
    expected.add(
        Rule.UNKNOWN_REFERENCE.violation(
            RuleContext.visitSubjects(dangling), "VISIT", v.id(), "mentor", ghost));
    assertExactly(expected, broken);
  }

  @Property(tries = 60)
  void aDuplicatedVisitIsR001AndTheFirstListedWinsInEitherOrder(
      @ForAll("valid") ProgrammeSnapshot s, @ForAll long seed) {
    Visit v = anyVisit(s, new Random(seed));
    Visit cancelled = Visit.builder().from(v).status(VisitStatus.CANCELLED).build();
    Violation duplicate =
        Rule.DUPLICATE_ID.violation(List.of(Subject.of(v.id())), Subject.Kind.VISIT, v.id(), 2);

    List<Visit> after = new ArrayList<>(s.visits());
    after.add(cancelled);
    Multiset<Violation> expectedAfter = HashMultiset.create(violations(s));
    expectedAfter.add(duplicate);
    assertExactly(expectedAfter, s.withVisits(after));

    List<Visit> before = new ArrayList<>(s.visits());
    before.add(0, cancelled);
    Multiset<Violation> expectedBefore = violations(without(s, v));
    expectedBefore.add(duplicate);
    assertExactly(expectedBefore, s.withVisits(before));
  }

  @Property(tries = 60)
  void aDuplicatedLogbookEntryIsR001AndTheFirstListedWinsInEitherOrder(
      @ForAll("withLogbook") ProgrammeSnapshot s, @ForAll long seed) {
    Random random = new Random(seed);
    Assume.that(!s.logbookEntries().isEmpty());
    List<LogbookEntry> entries = s.logbookEntries();
    LogbookEntry e = entries.get(random.nextInt(entries.size()));
    // A copy that breaks every logbook rule it can: an unknown author and visit, outside the
    // period, a second diagnosis or evaluation, after the evaluation.
    LogbookEntry copy =
        LogbookEntry.builder()
            .from(e)
            .author(MentorId.of("M-GHOST"))
            .visit(VisitId.of("V-GHOST"))
            .stage(random.nextBoolean() ? Stage.DIAGNOSIS : Stage.EVALUATION)
            .date(s.programme().endDate().plusDays(1 + random.nextInt(30)))
            .build();
    Violation duplicate =
        Rule.DUPLICATE_ID.violation(
            List.of(Subject.of(e.id())), Subject.Kind.LOGBOOK_ENTRY, e.id(), 2);

    List<LogbookEntry> after = new ArrayList<>(entries);
    after.add(copy);
    Multiset<Violation> expectedAfter = HashMultiset.create(violations(s));
    expectedAfter.add(duplicate);
    assertExactly(expectedAfter, s.withLogbookEntries(after));

    List<LogbookEntry> before = new ArrayList<>(entries);
    before.add(0, copy);
    List<LogbookEntry> replaced = new ArrayList<>(entries);
    replaced.set(replaced.indexOf(e), copy);
    Multiset<Violation> expectedBefore = violations(s.withLogbookEntries(replaced));
    expectedBefore.add(duplicate);
    assertExactly(expectedBefore, s.withLogbookEntries(before));

    // Added through a session, sealed into the chain: the same report as a full validation.
    LogbookEntry recorded =
        LogbookEntry.builder()
            .from(copy)
            .recordedAt(Instant.parse("2030-01-01T00:00:00Z"))
            .recordedBy("operator")
            .build();
    Change add = Change.addLogbookEntry(recorded);
    ValidationReport incremental = VALIDATOR.session(s).check(add);
    assertEquals(VALIDATOR.validate(add.applyTo(s)), incremental);
    assertEquals(expectedAfter, HashMultiset.create(incremental.violations()));
  }

  @Property(tries = 30)
  void aLaterDuplicatedVisitDoesNotChangeThePlan(
      @ForAll("valid") ProgrammeSnapshot s, @ForAll long seed) {
    Random random = new Random(seed);
    Programme p = s.programme();
    LocalDate asOf = p.startDate().plusDays(random.nextInt(28));
    // The visits from the as-of date on are still planned: the planner plans them again.
    List<Visit> planned = new ArrayList<>();
    for (Visit v : s.visits()) {
      boolean later = !v.date().isBefore(asOf);
      planned.add(later ? Visit.builder().from(v).status(VisitStatus.PLANNED).build() : v);
    }
    s = s.withVisits(planned);
    Visit v = anyVisit(s, random);
    // A completed copy that would cover its week and take its mentor's whole morning.
    Visit copy =
        Visit.builder()
            .from(v)
            .status(VisitStatus.COMPLETED)
            .date(asOf.plusDays(random.nextInt(14)))
            .start(LocalTime.of(6, 0))
            .end(LocalTime.of(13, 0))
            .build();
    List<Visit> visits = new ArrayList<>(s.visits());
    visits.add(copy);
    ProgrammeSnapshot duplicated = s.withVisits(visits);
    VisitPlanner planner = VisitPlanner.standard();
    VisitPlan plan = planner.plan(PlanningRequest.builder(s).asOf(asOf).build());
    Statistics.label("visits planned").collect(!plan.plannedVisits().isEmpty());
    assertEquals(plan, planner.plan(PlanningRequest.builder(duplicated).asOf(asOf).build()));
    // Listed first, the copy wins: the plan is that of the snapshot with the copy instead.
    visits.remove(visits.size() - 1);
    visits.add(0, copy);
    assertEquals(
        planner.plan(PlanningRequest.builder(replace(s, v, copy)).asOf(asOf).build()),
        planner.plan(PlanningRequest.builder(s.withVisits(visits)).asOf(asOf).build()));
    // The validator of the session agrees with a full validation of the duplicated snapshot.
    assertEquals(VALIDATOR.validate(duplicated), VALIDATOR.session(s).check(Change.addVisit(copy)));
  }

  @Property(tries = 60)
  void anUnknownIkmInAnAssignmentIsR002Only(
      @ForAll("valid") ProgrammeSnapshot s, @ForAll long seed) {
    Random random = new Random(seed);
    List<Assignment> assignments = new ArrayList<>(s.assignments());
    int i = random.nextInt(assignments.size());
    Assignment a = assignments.get(i);
    IkmId ghost = IkmId.of("IKM-GHOST");
    List<IkmId> ikms = new ArrayList<>(a.ikms());
    ikms.add(random.nextInt(ikms.size() + 1), ghost);
    assignments.set(i, Assignment.of(a.mentor(), ikms));
    Multiset<Violation> expected = HashMultiset.create(violations(s));
    expected.add(
        Rule.UNKNOWN_REFERENCE.violation(
            List.of(Subject.of(ghost)), "ASSIGNMENT", a.mentor(), "ikm", ghost));
    // Even at the maximum caseload, the unknown IKM is no IKM-R103.
    Statistics.label("at the maximum caseload")
        .collect(a.ikms().size() == s.programme().policy().maxIkmsPerMentor());
    assertExactly(expected, s.withAssignments(assignments));
  }

  /** A valid snapshot with some visits planned, missed or shortened, and an as-of date. */
  private static ProgrammeSnapshot degrade(ProgrammeSnapshot s, Random random) {
    List<Visit> visits = new ArrayList<>();
    for (Visit v : s.visits()) {
      int roll = random.nextInt(10);
      Visit.Builder b = Visit.builder().from(v);
      if (roll == 0) {
        b.status(VisitStatus.PLANNED);
      } else if (roll == 1) {
        b.status(VisitStatus.MISSED);
      } else if (roll == 2) {
        b.end(v.start().plusMinutes(30));
      } else if (roll == 3) {
        b.mentor(MentorId.of("M-GHOST"));
      }
      visits.add(b.build());
      if (roll == 4) {
        visits.add(0, Visit.builder().from(v).status(VisitStatus.CANCELLED).build());
      }
    }
    return s.withVisits(visits);
  }

  private static List<ProgrammeWeek> requiredWeeks(ProgrammeSnapshot s) {
    Programme p = s.programme();
    return s
        .calendar()
        .programmeWeeks(p.startDate(), p.endDate(), p.policy().minWorkingDaysForRequiredWeek())
        .stream()
        .filter(ProgrammeWeek::visitRequired)
        .collect(Collectors.toList());
  }

  private static Set<String> ikmWeeks(ValidationReport report, Rule rule) {
    return report.violations(rule).stream()
        .map(v -> v.arguments().get("ikm") + " " + v.arguments().get("week"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Property(tries = 100)
  void validatorAndComplianceAgreeWeekByWeek(
      @ForAll("valid") ProgrammeSnapshot valid, @ForAll long seed) {
    Random random = new Random(seed);
    ProgrammeSnapshot s = degrade(valid, random);
    Programme p = s.programme();
    int span = (int) (p.endDate().toEpochDay() - p.startDate().toEpochDay()) + 14;
    LocalDate asOf = p.startDate().minusDays(3).plusDays(random.nextInt(span));
    ValidationReport report = VALIDATOR.asOf(asOf).validate(s);
    Set<String> notVisited = ikmWeeks(report, Rule.WEEK_NOT_VISITED);
    Set<String> notPlanned = ikmWeeks(report, Rule.WEEK_NOT_PLANNED);
    Set<String> overdue = new TreeSet<>();
    for (IkmWeekCompliance row : Compliance.asOf(s, asOf).rows()) {
      String key = row.ikm() + " " + row.week().week();
      boolean due = Overdue.isDue(row.week(), asOf);
      if (row.isOverdue()) {
        overdue.add(key);
      }
      if (row.week().visitRequired() && due) {
        assertEquals(!row.isMet(), notVisited.contains(key), key);
      }
      if (row.status() == WeekStatus.MET) {
        assertTrue(!notVisited.contains(key) && !notPlanned.contains(key), key);
      }
      if (!due) {
        assertTrue(!notVisited.contains(key), key + " is not due");
      }
      Statistics.label("status").collect(row.status());
    }
    assertEquals(overdue, notVisited);
  }

  @Property(tries = 60)
  void movingTheDateAcrossADueDateChangesOnlyThatWeek(
      @ForAll("valid") ProgrammeSnapshot valid, @ForAll long seed) {
    Random random = new Random(seed);
    ProgrammeSnapshot s = degrade(valid, random);
    List<ProgrammeWeek> weeks = requiredWeeks(s);
    ProgrammeWeek week = weeks.get(random.nextInt(weeks.size()));
    LocalDate due = Overdue.dueDate(week);
    ValidationReport before = VALIDATOR.asOf(due.minusDays(1)).validate(s);
    ValidationReport after = VALIDATOR.asOf(due).validate(s);
    Subject subject = Subject.week(week.week());
    assertEquals(
        others(before, subject), others(after, subject), "only " + week.week() + " may change");
    for (Violation v : ofWeek(before, subject)) {
      assertEquals(Rule.WEEK_NOT_PLANNED, v.rule(), "not yet due: never IKM-R305");
    }
    for (Violation v : ofWeek(after, subject)) {
      assertEquals(Rule.WEEK_NOT_VISITED, v.rule(), "due: never IKM-R312");
    }
    // Too few completed and planned visits is too few completed ones.
    Set<String> planned = new TreeSet<>();
    for (Violation v : ofWeek(before, subject)) {
      planned.add(v.arguments().get("ikm") + " " + v.arguments().get("week"));
    }
    assertTrue(ikmWeeks(after, Rule.WEEK_NOT_VISITED).containsAll(planned));
    Statistics.label("verdict changed").collect(!ofWeek(after, subject).isEmpty());
  }

  private static List<Violation> ofWeek(ValidationReport report, Subject week) {
    return report.violations().stream()
        .filter(v -> v.subjects().contains(week))
        .collect(Collectors.toList());
  }

  private static List<Violation> others(ValidationReport report, Subject week) {
    return report.violations().stream()
        .filter(v -> !v.subjects().contains(week))
        .collect(Collectors.toList());
  }

  @Property(tries = 60)
  void shufflingEveryListOfAValidSnapshotChangesNothing(
      @ForAll("withLogbook") ProgrammeSnapshot s, @ForAll long seed) {
    Random random = new Random(seed);
    List<Assignment> assignments = new ArrayList<>();
    for (Assignment a : shuffled(s.assignments(), random)) {
      assignments.add(Assignment.of(a.mentor(), shuffled(a.ikms(), random)));
    }
    Programme p = s.programme();
    ProgrammeSnapshot other =
        ProgrammeSnapshot.builder()
            .from(s)
            .programme(
                Programme.builder()
                    .from(p)
                    .participants(shuffled(new ArrayList<>(p.participants()), random))
                    .sentra(shuffled(new ArrayList<>(p.sentra()), random))
                    .build())
            .commodities(shuffled(s.commodities(), random))
            .sentra(shuffled(s.sentra(), random))
            .mentors(shuffled(s.mentors(), random))
            .ikms(shuffled(s.ikms(), random))
            .assignments(assignments)
            .leaves(shuffled(s.leaves(), random))
            .visits(shuffled(s.visits(), random))
            .logbookEntries(shuffled(s.logbookEntries(), random))
            .build();
    assertEquals(VALIDATOR.validate(s), VALIDATOR.validate(other));
    LocalDate asOf = p.startDate().plusDays(random.nextInt(120));
    assertEquals(VALIDATOR.asOf(asOf).validate(s), VALIDATOR.asOf(asOf).validate(other));
    assertEquals(Compliance.asOf(s, asOf), Compliance.asOf(other, asOf));
  }

  @Provide
  Arbitrary<ProgrammeSnapshot> withLogbook() {
    return IkmArbitraries.validSnapshots(2, 2);
  }

  private static <T> List<T> shuffled(List<T> values, Random random) {
    List<T> out = new ArrayList<>(values);
    Collections.shuffle(out, random);
    return out;
  }

  @Property(tries = 30)
  void aPlannedPlanIsCompleteUntilItsWeeksFallDue(@ForAll("valid") ProgrammeSnapshot s) {
    // Every visit still planned: without a date the plan is complete; as of the last day every
    // required week is due and none was completed.
    List<Visit> planned = new ArrayList<>();
    for (Visit v : s.visits()) {
      planned.add(Visit.builder().from(v).status(VisitStatus.PLANNED).build());
    }
    ProgrammeSnapshot plan = s.withVisits(planned);
    assertEquals(List.of(), VALIDATOR.validate(plan).errors());
    LocalDate end = s.programme().endDate();
    ValidationReport done = VALIDATOR.asOf(end).validate(plan);
    assertEquals(
        s.programme().participants().size() * requiredWeeks(s).size(),
        done.violations(Rule.WEEK_NOT_VISITED).size());
    assertEquals(List.of(), done.violations(Rule.WEEK_NOT_PLANNED));
    ValidationReport early = VALIDATOR.asOf(s.programme().startDate().minusDays(1)).validate(plan);
    assertEquals(List.of(), early.violations(Rule.WEEK_NOT_VISITED));
    assertEquals(List.of(), early.violations(Rule.WEEK_NOT_PLANNED));
  }
}
