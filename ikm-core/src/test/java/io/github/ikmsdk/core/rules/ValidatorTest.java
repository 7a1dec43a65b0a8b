package io.github.ikmsdk.core.rules;

import static io.github.ikmsdk.core.rules.SeedSnapshots.ikm;
import static io.github.ikmsdk.core.rules.SeedSnapshots.mentor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Lists;
import io.github.ikmsdk.core.calendar.Holidays;
import io.github.ikmsdk.core.calendar.OpeningHours;
import io.github.ikmsdk.core.calendar.TimeWindow;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.compliance.Compliance;
import io.github.ikmsdk.core.compliance.WeekStatus;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.geo.TravelModel;
import io.github.ikmsdk.core.id.AgencyId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.logbook.Amendment;
import io.github.ikmsdk.core.logbook.FieldChange;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ValidatorTest {

  private static final ProgrammeSnapshot SEED = SeedSnapshots.valid();
  private static final Validator VALIDATOR = Validator.standard();

  private static ValidationReport validate(ProgrammeSnapshot s) {
    ValidationReport report = VALIDATOR.validate(s);
    for (Violation v : report.violations()) {
      assertTrue(!v.message(Locale.ENGLISH).contains("{"), v.toString());
      assertTrue(!v.message(Locale.forLanguageTag("id")).contains("{"), v.toString());
    }
    return report;
  }

  private static void assertRules(ProgrammeSnapshot s, Rule... expected) {
    ValidationReport report = validate(s);
    Set<Rule> want =
        expected.length == 0 ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(Arrays.asList(expected));
    assertEquals(want, report.countsByRule().keySet(), report.violations().toString());
  }

  private static Visit visit(IkmId ikm, String week) {
    return SEED.visit(VisitId.of("V-" + ikm.value() + "-" + week)).orElseThrow();
  }

  private static LogbookEntry entry(IkmId ikm, int n) {
    return SEED.logbookEntry(LogbookEntryId.of("L-" + ikm.value() + "-" + n)).orElseThrow();
  }

  private static ProgrammeSnapshot editVisit(Visit visit, UnaryOperator<Visit.Builder> edit) {
    Visit changed = edit.apply(Visit.builder().from(visit)).build();
    return Change.editVisit(changed).applyTo(SEED);
  }

  private static ProgrammeSnapshot without(Visit gone) {
    return ProgrammeSnapshot.builder()
        .from(SEED)
        .visits(SEED.visits().stream().filter(v -> v != gone).collect(Collectors.toList()))
        .build();
  }

  private static ProgrammeSnapshot withEntries(UnaryOperator<List<LogbookEntry>> edit) {
    return ProgrammeSnapshot.builder()
        .from(SEED)
        .logbookEntries(edit.apply(new ArrayList<>(SEED.logbookEntries())))
        .build();
  }

  private static Visit newVisit(
      String id, MentorId m, IkmId i, LocalDate date, String from, String to, VisitStatus status) {
    return Visit.builder()
        .id(VisitId.of(id))
        .mentor(m)
        .ikm(i)
        .date(date)
        .start(LocalTime.parse(from))
        .end(LocalTime.parse(to))
        .status(status)
        .build();
  }

  private static LogbookEntry newEntry(String id, IkmId i, Stage stage, LocalDate date) {
    return LogbookEntry.builder()
        .id(LogbookEntryId.of(id))
        .ikm(i)
        .stage(stage)
        .date(date)
        .author(SEED.mentorOf(i).orElseThrow())
        .recordedAt(recordedAt(date))
        .recordedBy("operator-dinas")
        .build();
  }

  /** An entry's recording time: 16:00 of its date in the programme's zone. */
  private static Instant recordedAt(LocalDate date) {
    return date.atTime(16, 0).atZone(SEED.programme().zone()).toInstant();
  }

  private static final LocalDate MON_21_AUG = LocalDate.of(2023, 8, 21);

  @Test
  void seedIsValid() {
    ValidationReport report = validate(SEED);
    assertEquals(List.of(), report.violations());
    assertEquals(ValidationReport.Status.VALID, report.status());
    assertEquals(15 * 14, SEED.visits().size());
  }

  @Test
  void week33WithoutSaturdayRemedyIsDetected() {
    ProgrammeSnapshot strict =
        ProgrammeSnapshot.builder().from(SEED).calendar(SeedSnapshots.baseCalendar()).build();
    ValidationReport report = validate(strict);
    // The Saturday visits hold 0 working minutes, so they do not meet their week either.
    assertEquals(
        EnumSet.of(Rule.VISIT_ON_NON_WORKING_DAY, Rule.VISIT_TOO_SHORT, Rule.WEEK_NOT_VISITED),
        report.countsByRule().keySet());
    assertTrue(
        report.violations(Rule.VISIT_ON_NON_WORKING_DAY).stream()
            .anyMatch(v -> v.arguments().get("date").equals("2023-08-19")));
    assertEquals(6, report.violations(Rule.VISIT_ON_NON_WORKING_DAY).size());
    assertEquals(
        report.violations(Rule.VISIT_ON_NON_WORKING_DAY).size(),
        report.violations(Rule.WEEK_NOT_VISITED).size());
  }

  @Test
  void r001DuplicateId() {
    ProgrammeSnapshot s =
        ProgrammeSnapshot.builder().from(SEED).addIkms(SEED.ikms().get(0)).build();
    assertRules(s, Rule.DUPLICATE_ID);
    Violation v = validate(s).violations().get(0);
    assertEquals("2", v.arguments().get("count"));
    assertEquals(Subject.of(ikm(1)), v.subjects().get(0));
  }

  @Test
  void r002UnknownReference() {
    assertRules(
        ProgrammeSnapshot.builder()
            .from(SEED)
            .agency(Agency.builder().from(SEED.agency()).id(AgencyId.of("OTHER")).build())
            .build(),
        Rule.UNKNOWN_REFERENCE);
  }

  @Test
  void r003NotAParticipant() {
    Programme p =
        Programme.builder()
            .from(SEED.programme())
            .participants(
                SEED.programme().participants().stream()
                    .filter(i -> !i.equals(ikm(15)))
                    .collect(Collectors.toList()))
            .build();
    assertRules(
        ProgrammeSnapshot.builder().from(SEED).programme(p).build(), Rule.NOT_A_PARTICIPANT);
  }

  @Test
  void r004SentraNotInProgramme() {
    Programme p =
        Programme.builder()
            .from(SEED.programme())
            .sentra(List.of(SeedSnapshots.BATU_CERMIN, SeedSnapshots.GORONTALO))
            .build();
    ValidationReport report = validate(ProgrammeSnapshot.builder().from(SEED).programme(p).build());
    assertEquals(Set.of(Rule.SENTRA_NOT_IN_PROGRAMME), report.countsByRule().keySet());
    assertEquals(5, report.violations().size());
  }

  @Test
  void r005CalendarWithoutHolidaysOfAYearOfTheProgramme() {
    // A calendar without the 2023 holidays gets a warning naming the year, which says how to add
    // them; the report stays free of errors.
    WorkCalendar without2023 =
        SEED.calendar().toBuilder().clearHolidays().addHolidays(Holidays.indonesia(2024)).build();
    ValidationReport report =
        validate(ProgrammeSnapshot.builder().from(SEED).calendar(without2023).build());
    assertEquals(Set.of(Rule.CALENDAR_WITHOUT_HOLIDAYS), report.countsByRule().keySet());
    assertEquals("2023", report.violations().get(0).arguments().get("year"));
    assertEquals(ValidationReport.Status.WARNINGS, report.status());
    assertEquals(
        "Kalender kerja program PRG-MABAR-2023 tidak memuat hari libur nasional tahun 2023,"
            + " sehingga hari liburnya terhitung hari kerja; data bawaan mencakup 2023-2027:"
            + " tambahkan keputusan (SKB 3 Menteri) tahun itu sebagai berkas CSV hari libur"
            + " (kolom date,category,name) yang dibaca dengan HolidayUpdate.parseCsv dan"
            + " digabungkan dengan HolidayUpdate.applyTo(calendar).",
        report.violations().get(0).message(Locale.forLanguageTag("id")));
  }

  @Test
  void r101IkmWithoutMentor() {
    List<Assignment> assignments = new ArrayList<>(SEED.assignments());
    assignments.set(2, Assignment.of(mentor(3), List.of(ikm(11), ikm(12), ikm(13), ikm(14))));
    assertRules(
        ProgrammeSnapshot.builder().from(SEED).assignments(assignments).build(),
        Rule.IKM_WITHOUT_MENTOR);
  }

  @Test
  void r102IkmWithSeveralMentors() {
    ProgrammeSnapshot s =
        ProgrammeSnapshot.builder()
            .from(
                SEED.withPolicy(
                    ProgrammePolicy.builder()
                        .maxIkmsPerMentor(6)
                        .oneSentraPerMentor(false)
                        .oneCommodityPerMentor(false)
                        .build()))
            .addAssignments(Assignment.of(mentor(2), List.of(ikm(1))))
            .build();
    assertRules(s, Rule.IKM_WITH_SEVERAL_MENTORS);
    ProgrammeSnapshot strict =
        ProgrammeSnapshot.builder()
            .from(SEED)
            .addAssignments(Assignment.of(mentor(2), List.of(ikm(1))))
            .build();
    assertRules(
        strict,
        Rule.IKM_WITH_SEVERAL_MENTORS,
        Rule.CASELOAD_EXCEEDED,
        Rule.MENTOR_IN_SEVERAL_SENTRA,
        Rule.MENTOR_WITH_SEVERAL_COMMODITIES);
  }

  @Test
  void r103CaseloadExceeded() {
    ValidationReport report =
        validate(SEED.withPolicy(ProgrammePolicy.builder().maxIkmsPerMentor(4).build()));
    assertEquals(Set.of(Rule.CASELOAD_EXCEEDED), report.countsByRule().keySet());
    assertEquals("5", report.violations().get(0).arguments().get("ikms"));
    assertEquals("4", report.violations().get(0).arguments().get("maximum"));
  }

  private static ProgrammeSnapshot withIkm5(UnaryOperator<Ikm.Builder> edit) {
    List<Ikm> ikms = new ArrayList<>(SEED.ikms());
    ikms.set(4, edit.apply(Ikm.builder().from(ikms.get(4))).build());
    return ProgrammeSnapshot.builder().from(SEED).ikms(ikms).build();
  }

  @Test
  void r104MentorInSeveralSentra() {
    ProgrammeSnapshot s =
        withIkm5(b -> b.sentra(SeedSnapshots.GORONTALO).commodity(SeedSnapshots.KOPI));
    assertRules(s, Rule.MENTOR_IN_SEVERAL_SENTRA, Rule.MENTOR_WITH_SEVERAL_COMMODITIES);
    assertRules(
        s.withPolicy(ProgrammePolicy.builder().oneCommodityPerMentor(false).build()),
        Rule.MENTOR_IN_SEVERAL_SENTRA);
  }

  @Test
  void r105MentorWithSeveralCommoditiesAndR106CommodityNotSentraCommodity() {
    ProgrammeSnapshot s = withIkm5(b -> b.commodity(SeedSnapshots.KOPI));
    assertRules(s, Rule.MENTOR_WITH_SEVERAL_COMMODITIES, Rule.IKM_COMMODITY_NOT_SENTRA_COMMODITY);
    assertRules(
        s.withPolicy(ProgrammePolicy.builder().oneCommodityPerMentor(false).build()),
        Rule.IKM_COMMODITY_NOT_SENTRA_COMMODITY);
  }

  @Test
  void r201DurationOutsidePolicy() {
    ValidationReport report =
        validate(SEED.withPolicy(ProgrammePolicy.builder().minDurationMonths(4).build()));
    assertEquals(Set.of(Rule.DURATION_OUTSIDE_POLICY), report.countsByRule().keySet());
    assertEquals("3.13", report.violations().get(0).arguments().get("months"));
  }

  @Test
  void r202DurationOutsideCommodity() {
    List<Commodity> commodities = new ArrayList<>(SEED.commodities());
    commodities.set(
        2,
        Commodity.builder()
            .from(commodities.get(2))
            .minDurationMonths(4)
            .maxDurationMonths(5)
            .build());
    ValidationReport report =
        validate(ProgrammeSnapshot.builder().from(SEED).commodities(commodities).build());
    assertEquals(Set.of(Rule.DURATION_OUTSIDE_COMMODITY), report.countsByRule().keySet());
    assertEquals("IKAN", report.violations().get(0).arguments().get("commodity"));
  }

  @Test
  void durationBoundaries() {
    LocalDate d = LocalDate.of(2023, 8, 14);
    assertTrue(PeriodMonths.of(d, d.plusMonths(3).minusDays(1)).within(3, 3));
    assertTrue(!PeriodMonths.of(d, d.plusMonths(3)).within(3, 3));
    assertTrue(PeriodMonths.of(d, d.plusMonths(6).minusDays(1)).atMost(6));
    assertTrue(!PeriodMonths.of(d, d.plusMonths(6)).atMost(6));
    // 14 Aug - 10 Nov 2023 is 2.90 months: short of three; 13 Nov is the first day that reaches.
    assertTrue(!PeriodMonths.of(d, LocalDate.of(2023, 11, 10)).reaches(3));
    assertEquals("2.90", PeriodMonths.of(d, LocalDate.of(2023, 11, 10)).text());
    assertTrue(!PeriodMonths.of(d, LocalDate.of(2023, 11, 12)).reaches(3));
    assertTrue(PeriodMonths.of(d, LocalDate.of(2023, 11, 13)).reaches(3));
    assertEquals("3.00", PeriodMonths.of(d, d.plusMonths(3).minusDays(1)).text());
  }

  @Test
  void r301VisitOutsidePeriod() {
    Visit v =
        newVisit(
            "V-X",
            mentor(1),
            ikm(1),
            LocalDate.of(2023, 11, 20),
            "07:30",
            "11:30",
            VisitStatus.PLANNED);
    assertRules(Change.addVisit(v).applyTo(SEED), Rule.VISIT_OUTSIDE_PERIOD);
  }

  @Test
  void r302VisitOnNonWorkingDay() {
    Visit v =
        newVisit(
            "V-X",
            mentor(1),
            ikm(1),
            LocalDate.of(2023, 8, 20),
            "07:30",
            "11:30",
            VisitStatus.PLANNED);
    assertRules(
        Change.addVisit(v).applyTo(SEED),
        Rule.VISIT_ON_NON_WORKING_DAY,
        Rule.PLANNED_VISIT_TOO_SHORT);
  }

  @Test
  void r303VisitOutsideWorkingHoursIsAWarning() {
    ProgrammeSnapshot s = editVisit(visit(ikm(1), "2023-W34"), b -> b.start(LocalTime.of(6, 30)));
    assertRules(s, Rule.VISIT_OUTSIDE_WORKING_HOURS);
    assertEquals(ValidationReport.Status.WARNINGS, validate(s).status());
  }

  @Test
  void r304VisitTooShort() {
    ProgrammeSnapshot s = editVisit(visit(ikm(1), "2023-W34"), b -> b.end(LocalTime.of(10, 30)));
    ValidationReport report = validate(s);
    // A visit too short to count does not meet its week either (one predicate with compliance).
    assertEquals(
        Set.of(Rule.VISIT_TOO_SHORT, Rule.WEEK_NOT_VISITED), report.countsByRule().keySet());
    assertEquals("180", report.violations(Rule.VISIT_TOO_SHORT).get(0).arguments().get("minutes"));
    assertEquals(
        "2023-W34", report.violations(Rule.WEEK_NOT_VISITED).get(0).arguments().get("week"));
  }

  @Test
  void r304MondayAcrossTheBreakHas240WorkingMinutes() {
    ProgrammeSnapshot s =
        editVisit(
            visit(ikm(1), "2023-W40"), b -> b.start(LocalTime.of(10, 0)).end(LocalTime.of(15, 0)));
    assertRules(s);
  }

  @Test
  void r305WeekNotVisited() {
    Visit gone = visit(ikm(1), "2023-W40");
    ProgrammeSnapshot s = without(gone);
    ValidationReport report = validate(s);
    assertEquals(Set.of(Rule.WEEK_NOT_VISITED), report.countsByRule().keySet());
    Violation v = report.violations().get(0);
    assertEquals(
        List.of(Subject.of(ikm(1)), Subject.week(gone.week()), Subject.of(mentor(1))),
        v.subjects());
    assertEquals("0", v.arguments().get("visits"));
    // A plan counts planned visits; as of a date, a due week counts completed visits only.
    ProgrammeSnapshot planned = editVisit(gone, b -> b.status(VisitStatus.PLANNED));
    assertEquals(List.of(), validate(planned).violations());
    LocalDate friday = LocalDate.of(2023, 10, 6);
    assertEquals(
        List.of(), Validator.standard().asOf(friday.minusDays(1)).validate(planned).violations());
    ValidationReport due = Validator.standard().asOf(friday).validate(planned);
    assertEquals(Set.of(Rule.WEEK_NOT_VISITED), due.countsByRule().keySet());
    assertEquals("2023-W40", due.violations().get(0).arguments().get("week"));
    assertRules(editVisit(gone, b -> b.status(VisitStatus.MISSED)), Rule.WEEK_NOT_VISITED);
    assertRules(editVisit(gone, b -> b.status(VisitStatus.CANCELLED)), Rule.WEEK_NOT_VISITED);
  }

  @Test
  void r305CountsDistinctVisitIds() {
    // Two records with the same visit id are one visit (IKM-R001 reports the duplicate), as for
    // compliance, which counts distinct visit ids: with two visits a week required, the week of
    // the duplicated visit is not met.
    Visit once = visit(ikm(1), "2023-W40");
    ProgrammeSnapshot s =
        ProgrammeSnapshot.builder()
            .from(SEED.withPolicy(ProgrammePolicy.builder().minVisitsPerWeek(2).build()))
            .addVisits(once)
            .build();
    List<Violation> week40 =
        validate(s).violations(Rule.WEEK_NOT_VISITED).stream()
            .filter(v -> v.arguments().get("ikm").equals(ikm(1).value()))
            .filter(v -> v.arguments().get("week").equals("2023-W40"))
            .collect(Collectors.toList());
    assertEquals(1, week40.size(), week40.toString());
    assertEquals("1", week40.get(0).arguments().get("visits"));
    assertEquals(
        WeekStatus.NOT_VISITED,
        Compliance.asOf(s, SEED.programme().endDate().plusDays(1))
            .row(ikm(1), once.week())
            .orElseThrow()
            .status());
  }

  @Test
  void r306VisitAwayFromSite() {
    ProgrammeSnapshot s =
        editVisit(visit(ikm(1), "2023-W34"), b -> b.location(GeoPoint.of(-8.4883, 119.8992)));
    assertRules(s, Rule.VISIT_AWAY_FROM_SITE);
    assertRules(
        editVisit(visit(ikm(1), "2023-W34"), b -> b.location(GeoPoint.of(-8.4794, 119.8992))));
  }

  @Test
  void r307VisitsOverlap() {
    Visit v = newVisit("V-X", mentor(1), ikm(2), MON_21_AUG, "10:00", "15:00", VisitStatus.PLANNED);
    assertRules(Change.addVisit(v).applyTo(SEED), Rule.VISITS_OVERLAP);
  }

  @Test
  void r308InsufficientTravelTime() {
    ProgrammeSnapshot atLastSite =
        SEED.withPolicy(
            ProgrammePolicy.builder().from(SEED.programme().policy()).returnToBase(false).build());
    Visit v = newVisit("V-X", mentor(1), ikm(3), MON_21_AUG, "11:30", "16:00", VisitStatus.PLANNED);
    ValidationReport report = validate(Change.addVisit(v).applyTo(atLastSite));
    assertEquals(
        Set.of(Rule.INSUFFICIENT_TRAVEL_TIME, Rule.PLANNED_VISIT_TOO_SHORT),
        report.countsByRule().keySet());
    Violation travel = report.violations(Rule.INSUFFICIENT_TRAVEL_TIME).get(0);
    assertEquals("0", travel.arguments().get("gap"));
    // 313 m as the crow flies, x 1.4 at 30 km/h: under a minute, rounded up.
    assertEquals("1", travel.arguments().get("travel"));
    Visit later =
        newVisit("V-X", mentor(1), ikm(3), MON_21_AUG, "11:31", "16:00", VisitStatus.PLANNED);
    assertRules(Change.addVisit(later).applyTo(atLastSite), Rule.PLANNED_VISIT_TOO_SHORT);
    ValidationReport noTravel =
        Validator.standard()
            .withTravelModel(TravelModel.none())
            .validate(Change.addVisit(v).applyTo(SEED));
    assertEquals(Set.of(Rule.PLANNED_VISIT_TOO_SHORT), noTravel.countsByRule().keySet());
  }

  @Test
  void r308WayHome() {
    // The day's last visit ends at 16:00, the end of Monday's working time, and the mentor's base
    // is 9 minutes from IKM-03: no time to travel back.
    Visit v = newVisit("V-X", mentor(1), ikm(3), MON_21_AUG, "11:31", "16:00", VisitStatus.PLANNED);
    ValidationReport report = validate(Change.addVisit(v).applyTo(SEED));
    assertEquals(
        Set.of(Rule.INSUFFICIENT_TRAVEL_TIME, Rule.PLANNED_VISIT_TOO_SHORT),
        report.countsByRule().keySet());
    Violation home = report.violations(Rule.INSUFFICIENT_TRAVEL_TIME).get(0);
    assertEquals("V-X", home.arguments().get("visit"));
    assertEquals("16:00", home.arguments().get("other"));
    assertEquals("0", home.arguments().get("gap"));
    assertEquals("9", home.arguments().get("travel"));
    assertTrue(home.message(Locale.ENGLISH).contains("returns to the base"));
    // Back by 16:00 exactly: no violation; a minute short: one.
    Visit back =
        newVisit("V-X", mentor(1), ikm(3), MON_21_AUG, "11:31", "15:51", VisitStatus.PLANNED);
    assertRules(Change.addVisit(back).applyTo(SEED), Rule.PLANNED_VISIT_TOO_SHORT);
    Visit late =
        newVisit("V-X", mentor(1), ikm(3), MON_21_AUG, "11:31", "15:52", VisitStatus.PLANNED);
    assertEquals(
        "8",
        validate(Change.addVisit(late).applyTo(SEED))
            .violations(Rule.INSUFFICIENT_TRAVEL_TIME)
            .get(0)
            .arguments()
            .get("gap"));
    // The option to end the day at the last site turns the check off.
    assertRules(
        Change.addVisit(v)
            .applyTo(
                SEED.withPolicy(
                    ProgrammePolicy.builder()
                        .from(SEED.programme().policy())
                        .returnToBase(false)
                        .build())),
        Rule.PLANNED_VISIT_TOO_SHORT);
  }

  @Test
  void r309MentorOnLeave() {
    ProgrammeSnapshot s =
        ProgrammeSnapshot.builder()
            .from(SEED)
            .addLeaves(MentorLeave.of(mentor(1), MON_21_AUG, MON_21_AUG))
            .build();
    assertRules(s, Rule.MENTOR_ON_LEAVE);
  }

  @Test
  void r310VisitByUnassignedMentor() {
    ProgrammeSnapshot s =
        ProgrammeSnapshot.builder()
            .from(editVisit(visit(ikm(1), "2023-W40"), b -> b.mentor(MentorId.of("M-04"))))
            .addMentors(
                Mentor.builder()
                    .id(MentorId.of("M-04"))
                    .name("Pengganti")
                    .base(GeoPoint.of(-8.5, 119.883))
                    .build())
            .build();
    ValidationReport report = validate(s);
    assertEquals(Set.of(Rule.VISIT_BY_UNASSIGNED_MENTOR), report.countsByRule().keySet());
    assertEquals(ValidationReport.Status.WARNINGS, report.status());
  }

  @Test
  void r311PlannedVisitTooShort() {
    Visit v = newVisit("V-X", mentor(1), ikm(1), MON_21_AUG, "13:00", "15:30", VisitStatus.PLANNED);
    assertRules(Change.addVisit(v).applyTo(SEED), Rule.PLANNED_VISIT_TOO_SHORT);
  }

  @Test
  void r312WeekNotPlanned() {
    // IKM-01 loses its visit of 2023-W40 (Monday 2 to Friday 6 October 2023).
    Visit gone = visit(ikm(1), "2023-W40");
    ProgrammeSnapshot s = without(gone);
    LocalDate friday = LocalDate.of(2023, 10, 6);
    ValidationReport early = Validator.standard().asOf(friday.minusDays(1)).validate(s);
    assertEquals(Set.of(Rule.WEEK_NOT_PLANNED), early.countsByRule().keySet());
    Violation warning = early.violations().get(0);
    assertEquals(Severity.WARNING, warning.severity());
    assertEquals("2023-W40", warning.arguments().get("week"));
    assertEquals(ValidationReport.Status.WARNINGS, early.status());
    // A planned visit completes the plan of a week that is not yet due.
    ProgrammeSnapshot planned = editVisit(gone, b -> b.status(VisitStatus.PLANNED));
    assertEquals(
        List.of(), Validator.standard().asOf(friday.minusDays(1)).validate(planned).violations());
    // From the week's last working day on, the same week is IKM-R305 and never IKM-R312.
    ValidationReport due = Validator.standard().asOf(friday).validate(s);
    assertEquals(Set.of(Rule.WEEK_NOT_VISITED), due.countsByRule().keySet());
    // Without a date the snapshot is a plan: IKM-R305, as before.
    assertEquals(Set.of(Rule.WEEK_NOT_VISITED), validate(s).countsByRule().keySet());
  }

  /** The seed with one IKM's opening hours replaced. */
  private static ProgrammeSnapshot withOpeningHours(IkmId id, OpeningHours hours) {
    List<Ikm> ikms = new ArrayList<>();
    for (Ikm ikm : SEED.ikms()) {
      ikms.add(ikm.id().equals(id) ? Ikm.builder().from(ikm).openingHours(hours).build() : ikm);
    }
    return ProgrammeSnapshot.builder().from(SEED).ikms(ikms).build();
  }

  @Test
  void r313VisitOutsideOpeningHours() {
    // IKM-01 is visited on Mondays, 07:30-11:30. It opens 07:00-16:00, on Fridays only until
    // 11:00 (Friday prayers); it is closed on Monday 4 September 2023 and opens at 08:00 on
    // Monday 11 September.
    OpeningHours hours =
        OpeningHours.builder()
            .every(TimeWindow.parse("07:00-16:00"))
            .day(DayOfWeek.FRIDAY, TimeWindow.parse("07:00-11:00"))
            .closedOn(LocalDate.of(2023, 9, 4))
            .date(LocalDate.of(2023, 9, 11), TimeWindow.parse("08:00-16:00"))
            .build();
    ValidationReport report = validate(withOpeningHours(ikm(1), hours));
    assertEquals(ValidationReport.Status.WARNINGS, report.status());
    assertEquals(
        List.of(
            "IKM-R313 [VISIT:V-IKM-01-2023-W36, MENTOR:M-01, IKM:IKM-01]: Visit V-IKM-01-2023-W36"
                + " to IKM IKM-01 on 2023-09-04 runs 07:30-11:30, outside the IKM's opening hours"
                + " on that date (opening hours: closed); agree the time with the owner or move"
                + " the visit.",
            "IKM-R313 [VISIT:V-IKM-01-2023-W37, MENTOR:M-01, IKM:IKM-01]: Visit V-IKM-01-2023-W37"
                + " to IKM IKM-01 on 2023-09-11 runs 07:30-11:30, outside the IKM's opening hours"
                + " on that date (opening hours: 08:00-16:00); agree the time with the owner or"
                + " move the visit."),
        Lists.transform(report.violations(), Violation::toString));
    assertEquals(
        "Kunjungan V-IKM-01-2023-W37 ke IKM IKM-01 pada 2023-09-11 pukul 07:30-11:30 berada di"
            + " luar jam buka IKM pada tanggal itu (jam buka: 08:00-16:00); sepakati waktunya"
            + " dengan pemilik atau pindahkan kunjungan.",
        report.violations().get(1).message(Locale.forLanguageTag("id")));
    assertEquals(
        "Kunjungan V-IKM-01-2023-W36 ke IKM IKM-01 pada 2023-09-04 pukul 07:30-11:30 berada di"
            + " luar jam buka IKM pada tanggal itu (jam buka: tutup); sepakati waktunya dengan"
            + " pemilik atau pindahkan kunjungan.",
        report.violations().get(0).message(Locale.forLanguageTag("id")));
    // Opening hours that hold every visit are no violation.
    assertRules(withOpeningHours(ikm(1), OpeningHours.daily(TimeWindow.parse("07:30-11:30"))));
  }

  @Test
  void r313OneFaultOneReport() {
    Visit v = visit(ikm(1), "2023-W34");
    LocalDate tuesday = v.date().plusDays(1);
    ProgrammeSnapshot s =
        withOpeningHours(
            ikm(1), OpeningHours.builder().closedOn(v.date()).closedOn(tuesday).build());
    assertRules(s, Rule.VISIT_OUTSIDE_OPENING_HOURS);
    // A later visit with the same id is IKM-R001 only: the first listed, outside the hours, is
    // judged, the second is not, although the IKM is closed on its date too.
    Visit twin = copy(v).date(tuesday).build();
    assertEquals(
        List.of(Rule.DUPLICATE_ID, Rule.VISIT_OUTSIDE_OPENING_HOURS),
        Lists.transform(
            validate(ProgrammeSnapshot.builder().from(s).addVisits(twin).build()).violations(),
            Violation::rule));
    // A visit whose IKM is unknown is IKM-R002 only (and its IKM misses the week).
    assertRules(
        Change.editVisit(copy(v).ikm(IkmId.of("IKM-99")).build()).applyTo(s),
        Rule.UNKNOWN_REFERENCE,
        Rule.WEEK_NOT_VISITED);
    // A cancelled visit is not judged against the hours.
    assertRules(
        Change.editVisit(copy(v).status(VisitStatus.CANCELLED).build()).applyTo(s),
        Rule.WEEK_NOT_VISITED);
  }

  private static Visit.Builder copy(Visit v) {
    return Visit.builder().from(v);
  }

  @Test
  void r401StageSkipped() {
    LogbookEntry diagnosis = entry(ikm(1), 1);
    assertRules(
        withEntries(
            l -> {
              l.remove(diagnosis);
              return l;
            }),
        Rule.STAGE_SKIPPED);
  }

  @Test
  void r402EvaluationBeforeMentoring() {
    Set<LogbookEntry> mentoring = Set.of(entry(ikm(1), 3), entry(ikm(1), 4));
    assertRules(
        withEntries(
            l -> {
              l.removeAll(mentoring);
              return l;
            }),
        Rule.EVALUATION_BEFORE_MENTORING);
  }

  @Test
  void r403StageRepeated() {
    LogbookEntry plan = entry(ikm(1), 2);
    LogbookEntry again = newEntry("L-IKM-01-2b", ikm(1), Stage.PLAN, plan.date());
    assertRules(Change.addLogbookEntry(again).applyTo(SEED), Rule.STAGE_REPEATED);
  }

  @Test
  void r404EntryOutsidePeriod() {
    LogbookEntry diagnosis = entry(ikm(1), 1);
    LogbookEntry early =
        LogbookEntry.builder()
            .from(diagnosis)
            .visit(Optional.empty())
            .date(LocalDate.of(2023, 8, 9))
            .build();
    assertRules(
        withEntries(
            l -> {
              l.set(l.indexOf(diagnosis), early);
              return l;
            }),
        Rule.ENTRY_OUTSIDE_PERIOD);
  }

  @Test
  void r405EntryVisitMismatch() {
    LogbookEntry mentoring = entry(ikm(1), 3);
    Visit other = visit(ikm(2), "2023-W35");
    LogbookEntry wrong = LogbookEntry.builder().from(mentoring).visit(other.id()).build();
    ValidationReport report =
        validate(
            withEntries(
                l -> {
                  l.set(l.indexOf(mentoring), wrong);
                  return l;
                }));
    assertEquals(Set.of(Rule.ENTRY_VISIT_MISMATCH), report.countsByRule().keySet());
    assertEquals(
        Set.of("ikm", "date"),
        report.violations().stream()
            .map(v -> v.arguments().get("field"))
            .collect(Collectors.toSet()));
  }

  @Test
  void r406LogbookLockedButAmendmentsAllowed() {
    LogbookEntry evaluation = entry(ikm(1), 9);
    LogbookEntry late =
        newEntry("L-IKM-01-10", ikm(1), Stage.MENTORING, evaluation.date().plusDays(2));
    assertRules(Change.addLogbookEntry(late).applyTo(SEED), Rule.LOGBOOK_LOCKED);
    LogbookEntry amendment =
        LogbookEntry.builder()
            .from(late)
            .stage(Stage.MENTORING)
            .amendment(
                Amendment.builder()
                    .amends(entry(ikm(1), 3).id())
                    .addChanges(FieldChange.of("findings", "Catatan lama", "Catatan baru"))
                    .reason("salah ketik")
                    .build())
            .build();
    assertRules(Change.addLogbookEntry(amendment).applyTo(SEED));
  }

  private static LogbookEntry amendmentOf(LogbookEntry target, IkmId ikm, LocalDate date) {
    return LogbookEntry.builder()
        .id(LogbookEntryId.of("L-A"))
        .ikm(ikm)
        .stage(target.stage())
        .date(date)
        .author(target.author())
        .recordedAt(recordedAt(date))
        .recordedBy("operator-dinas")
        .amendment(
            Amendment.builder()
                .amends(target.id())
                .addChanges(FieldChange.of("findings", "a", "b"))
                .build())
        .build();
  }

  @Test
  void r407AmendmentTargetNotInLogbook() {
    LogbookEntry other = entry(ikm(2), 3);
    assertRules(
        Change.addLogbookEntry(amendmentOf(other, ikm(1), other.date().plusDays(1))).applyTo(SEED),
        Rule.AMENDMENT_TARGET_NOT_IN_LOGBOOK);
  }

  @Test
  void r408AmendmentBeforeOriginal() {
    LogbookEntry evaluation = entry(ikm(1), 9);
    assertRules(
        Change.addLogbookEntry(amendmentOf(evaluation, ikm(1), evaluation.date().minusDays(3)))
            .applyTo(SEED),
        Rule.AMENDMENT_BEFORE_ORIGINAL);
  }

  @Test
  void r409IsWithdrawnAPlanRecordedAfterTheMentoringIsReportedOnceOnTheMentoring() {
    LogbookEntry plan = entry(ikm(1), 2);
    LogbookEntry late =
        LogbookEntry.builder()
            .from(plan)
            .visit(Optional.empty())
            .date(entry(ikm(1), 3).date().plusDays(1))
            .build();
    ValidationReport report =
        validate(
            withEntries(
                l -> {
                  l.set(l.indexOf(plan), late);
                  return l;
                }));
    assertEquals(1, report.violations().size(), report.toString());
    Violation v = report.violations().get(0);
    assertEquals(Rule.STAGE_SKIPPED, v.rule());
    assertEquals(entry(ikm(1), 3).id().value(), v.arguments().get("entry"));
    assertEquals("PLAN", v.arguments().get("missing"));
  }

  @Test
  void everyRuleHasAnExampleAbove() {
    // Keep this list in step with the catalogue: a new rule needs an example test (the audit
    // rules IKM-R410 to R415 have theirs in LogbookAuditTest).
    assertEquals(40, Rule.values().length);
  }

  @Test
  void editOfUnknownVisitFails() {
    Visit v =
        newVisit("V-NONE", mentor(1), ikm(1), MON_21_AUG, "07:30", "11:30", VisitStatus.PLANNED);
    assertThrows(IllegalArgumentException.class, () -> VALIDATOR.check(SEED, Change.editVisit(v)));
  }

  @Test
  void checkAndSessionEqualFullValidation() {
    Visit v = newVisit("V-X", mentor(1), ikm(2), MON_21_AUG, "10:00", "15:00", VisitStatus.PLANNED);
    ValidationSession session = VALIDATOR.session(SEED);
    assertEquals(validate(SEED), session.report());
    for (Change change :
        List.of(
            Change.addVisit(v),
            Change.assign(ikm(1), mentor(2)),
            Change.assign(ikm(1), mentor(1)),
            Change.editVisit(
                Visit.builder().from(visit(ikm(3), "2023-W36")).mentor(mentor(2)).build()),
            Change.addLogbookEntry(newEntry("L-Z", ikm(4), Stage.PLAN, MON_21_AUG)))) {
      ValidationReport expected = VALIDATOR.validate(change.applyTo(session.snapshot()));
      assertEquals(expected, session.check(change), change.toString());
      assertEquals(expected, VALIDATOR.check(session.snapshot(), change));
      session = session.apply(change);
    }
  }

  @Test
  void withTravelModelIsConfigurationThatKeepsTheDate() {
    LocalDate date = LocalDate.of(2023, 9, 1);
    Validator validator = Validator.standard().asOf(date).withTravelModel(TravelModel.none());
    assertEquals(TravelModel.none(), validator.travelModel());
    assertEquals(Optional.of(date), validator.asOfDate());
    assertEquals(TravelModel.roads(), Validator.standard().travelModel());
    assertEquals(
        Optional.empty(), Validator.standard().withTravelModel(TravelModel.none()).asOfDate());
  }
}
