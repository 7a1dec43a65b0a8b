package io.github.ikmsdk.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.calendar.OpeningHours;
import io.github.ikmsdk.core.calendar.TimeWindow;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.logbook.Amendment;
import io.github.ikmsdk.core.logbook.FieldChange;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.testing.IkmArbitraries;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class ValidatorProperties {

  private static final Validator VALIDATOR = Validator.standard();

  @Provide
  Arbitrary<ProgrammeSnapshot> valid() {
    return RuleTestArbitraries.validSnapshots();
  }

  @Provide
  Arbitrary<Breakage> breakages() {
    return Arbitraries.of(BREAKAGES);
  }

  @Property(tries = 200)
  void validSnapshotsHaveNoErrors(@ForAll("valid") ProgrammeSnapshot snapshot) {
    ValidationReport report = VALIDATOR.validate(snapshot);
    assertEquals(List.of(), report.violations());
    assertEquals(ValidationReport.Status.VALID, report.status());
  }

  @Property(tries = 100)
  void sharedValidSnapshotsHaveNoErrors(@ForAll("shared") ProgrammeSnapshot snapshot) {
    ValidationReport report = VALIDATOR.validate(snapshot);
    assertEquals(List.of(), report.errors(), report.toString());
  }

  @Property(tries = 100)
  void incrementalChecksEqualFullValidationOnSharedSnapshots(
      @ForAll("shared") ProgrammeSnapshot snapshot, @ForAll long seed) {
    incrementalChecksEqualFullValidation(snapshot, seed);
  }

  @Provide
  Arbitrary<ProgrammeSnapshot> shared() {
    return IkmArbitraries.validSnapshots();
  }

  @Property(tries = 400)
  void eachBreakageIsReportedWithItsOwnCode(
      @ForAll("valid") ProgrammeSnapshot snapshot,
      @ForAll("breakages") Breakage breakage,
      @ForAll long seed) {
    Statistics.collect(breakage.rule.code());
    ProgrammeSnapshot broken = breakage.apply.apply(new Context(snapshot, new Random(seed)));
    ValidationReport report = VALIDATOR.validate(broken);
    assertTrue(
        report.countsByRule().containsKey(breakage.rule),
        breakage.rule.code() + " missing from " + report.violations());
    if (breakage.rule.severity() == Severity.ERROR) {
      assertEquals(ValidationReport.Status.INVALID, report.status());
    }
  }

  @Property(tries = 200)
  void reportIsTheSameForShuffledInput(
      @ForAll("valid") ProgrammeSnapshot snapshot,
      @ForAll("breakages") Breakage breakage,
      @ForAll long seed) {
    Random random = new Random(seed);
    ProgrammeSnapshot broken = breakage.apply.apply(new Context(snapshot, random));
    ProgrammeSnapshot shuffled =
        ProgrammeSnapshot.builder()
            .from(broken)
            .commodities(shuffle(broken.commodities(), random))
            .sentra(shuffle(broken.sentra(), random))
            .mentors(shuffle(broken.mentors(), random))
            .ikms(shuffle(broken.ikms(), random))
            .assignments(shuffle(broken.assignments(), random))
            .leaves(shuffle(broken.leaves(), random))
            .visits(shuffle(broken.visits(), random))
            .logbookEntries(interleave(broken.logbookEntries(), random))
            .build();
    assertEquals(
        VALIDATOR.validate(broken).violations(), VALIDATOR.validate(shuffled).violations());
  }

  @Property(tries = 300)
  void incrementalChecksEqualFullValidation(
      @ForAll("valid") ProgrammeSnapshot snapshot, @ForAll long seed) {
    Random random = new Random(seed);
    ValidationSession session = VALIDATOR.session(snapshot);
    assertEquals(VALIDATOR.validate(snapshot), session.report());
    int steps = 1 + random.nextInt(4);
    for (int i = 0; i < steps; i++) {
      Change change = randomChange(session.snapshot(), random, i);
      Statistics.collect(change.getClass().getSimpleName());
      ValidationReport full = VALIDATOR.validate(change.applyTo(session.snapshot()));
      assertEquals(full.violations(), session.check(change).violations(), change.toString());
      session = session.apply(change);
    }
  }

  @Property(tries = 300)
  void oneVisitOutsideItsIkmsOpeningHoursIsExactlyOneIkmR313(
      @ForAll("valid") ProgrammeSnapshot snapshot, @ForAll long seed) {
    Moved moved = outsideOpeningHours(new Context(snapshot, new Random(seed)));
    Statistics.collect(moved.opening().isPresent() ? "window" : "closed");
    assertEquals(
        List.of(VisitRules.outsideOpeningHours(moved.visit(), moved.opening())),
        VALIDATOR.validate(moved.snapshot()).violations());
  }

  @Property(tries = 200)
  void incrementalChecksEqualFullValidationUnderOpeningHours(
      @ForAll("valid") ProgrammeSnapshot snapshot, @ForAll long seed) {
    Random random = new Random(seed);
    List<Ikm> ikms = new ArrayList<>();
    for (Ikm ikm : snapshot.ikms()) {
      ikms.add(Ikm.builder().from(ikm).openingHours(randomOpeningHours(snapshot, random)).build());
    }
    ProgrammeSnapshot withHours = ProgrammeSnapshot.builder().from(snapshot).ikms(ikms).build();
    boolean outside =
        VALIDATOR.validate(withHours).countsByRule().containsKey(Rule.VISIT_OUTSIDE_OPENING_HOURS);
    Statistics.label("IKM-R313 before the changes").collect(outside);
    Statistics.label("IKM-R313 before the changes")
        .coverage(c -> c.check(true).percentage(p -> p > 20));
    incrementalChecksEqualFullValidation(withHours, random.nextLong());
  }

  /**
   * Opening hours that close some dates of the programme and narrow others, so that some visits lie
   * outside them, and changes move visits in and out.
   */
  private static OpeningHours randomOpeningHours(ProgrammeSnapshot s, Random random) {
    OpeningHours.Builder hours = OpeningHours.builder();
    if (random.nextBoolean()) {
      hours.every(
          TimeWindow.of(
              LocalTime.of(6 + random.nextInt(4), 0), LocalTime.of(11 + random.nextInt(6), 0)));
    }
    if (random.nextBoolean()) {
      hours.closed(DayOfWeek.of(1 + random.nextInt(7)));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      Visit v = s.visits().get(random.nextInt(s.visits().size()));
      hours.closedOn(v.date());
    }
    return hours.build();
  }

  // ------------------------------------------------------------------ changes

  static Change randomChange(ProgrammeSnapshot s, Random random, int step) {
    List<Visit> visits = s.visits();
    List<Ikm> ikms = s.ikms();
    Visit some = visits.get(random.nextInt(visits.size()));
    MentorId mentor = s.mentors().get(random.nextInt(s.mentors().size())).id();
    IkmId ikm = ikms.get(random.nextInt(ikms.size())).id();
    VisitStatus status = VisitStatus.values()[random.nextInt(VisitStatus.values().length)];
    LocalDate date = some.date().plusDays(random.nextInt(5) - 2);
    LocalTime start = LocalTime.of(7 + random.nextInt(6), 30 * random.nextInt(2));
    LocalTime end = start.plusMinutes(120 + 30 * random.nextInt(7));
    switch (random.nextInt(4)) {
      case 0:
        return Change.addVisit(
            Visit.builder()
                .id(random.nextInt(4) == 0 ? some.id() : VisitId.of("V-new-" + step))
                .mentor(mentor)
                .ikm(random.nextBoolean() ? ikm : some.ikm())
                .date(date)
                .start(start)
                .end(end)
                .status(status)
                .build());
      case 1:
        Visit.Builder edited = Visit.builder().from(some).status(status);
        switch (random.nextInt(4)) {
          case 0:
            edited.date(date);
            break;
          case 1:
            edited.mentor(mentor);
            break;
          case 2:
            edited.ikm(ikm);
            break;
          default:
            edited.start(start).end(end);
        }
        return Change.editVisit(edited.build());
      case 2:
        return Change.assign(ikm, random.nextInt(5) == 0 ? MentorId.of("M-new") : mentor);
      default:
        LogbookEntry.Builder entry =
            LogbookEntry.builder()
                .id(LogbookEntryId.of("L-new-" + step))
                .ikm(random.nextBoolean() ? ikm : some.ikm())
                .stage(Stage.values()[random.nextInt(4)])
                .date(date)
                .author(random.nextBoolean() ? mentor : some.mentor())
                .recordedAt(
                    date.atTime(8 + random.nextInt(9), 0).atZone(s.programme().zone()).toInstant())
                .recordedBy("operator-" + random.nextInt(3));
        if (random.nextBoolean()) {
          entry.visit(some.id());
        }
        if (!s.logbookEntries().isEmpty() && random.nextInt(3) == 0) {
          LogbookEntry target = s.logbookEntries().get(random.nextInt(s.logbookEntries().size()));
          entry.amendment(
              Amendment.builder()
                  .amends(target.id())
                  .addChanges(FieldChange.of("findings", "", "x"))
                  .build());
        }
        return Change.addLogbookEntry(entry.build());
    }
  }

  // ------------------------------------------------------------------ breakages

  static final class Context {
    final ProgrammeSnapshot s;
    final Random random;

    Context(ProgrammeSnapshot s, Random random) {
      this.s = s;
      this.random = random;
    }

    Visit anyVisit() {
      return s.visits().get(random.nextInt(s.visits().size()));
    }

    Ikm anyIkm() {
      return s.ikms().get(random.nextInt(s.ikms().size()));
    }

    ProgrammeSnapshot.Builder builder() {
      return ProgrammeSnapshot.builder().from(s);
    }

    ProgrammeSnapshot replace(Visit old, Visit updated) {
      List<Visit> visits = new ArrayList<>(s.visits());
      visits.set(visits.indexOf(old), updated);
      return builder().visits(visits).build();
    }

    ProgrammeSnapshot policy(ProgrammePolicy policy) {
      return s.withPolicy(policy);
    }
  }

  /** A snapshot in which one active visit lies outside its IKM's opening hours. */
  record Moved(ProgrammeSnapshot snapshot, Visit visit, Optional<TimeWindow> opening) {}

  /**
   * Moves one active visit outside its IKM's opening hours, and no other: the IKM, open all day on
   * every other date, is closed on the visit's date, opens a minute after the visit starts, or
   * closes a minute before it ends. The visit is the only active visit of its IKM on that date.
   */
  static Moved outsideOpeningHours(Context c) {
    List<Visit> candidates = new ArrayList<>();
    for (Visit v : c.s.visits()) {
      if (VisitRules.isActive(v)
          && c.s.visitsTo(v.ikm()).stream()
                  .filter(u -> u.date().equals(v.date()) && VisitRules.isActive(u))
                  .count()
              == 1) {
        candidates.add(v);
      }
    }
    Visit v = candidates.get(c.random.nextInt(candidates.size()));
    Optional<TimeWindow> opening =
        switch (c.random.nextInt(3)) {
          case 0 -> Optional.empty();
          case 1 -> Optional.of(TimeWindow.of(v.start().plusMinutes(1), LocalTime.MIDNIGHT));
          default -> Optional.of(TimeWindow.of(LocalTime.MIDNIGHT, v.end().minusMinutes(1)));
        };
    OpeningHours.Builder hours = OpeningHours.builder();
    if (opening.isPresent()) {
      hours.date(v.date(), opening.get());
    } else {
      hours.closedOn(v.date());
    }
    List<Ikm> ikms = new ArrayList<>();
    for (Ikm ikm : c.s.ikms()) {
      ikms.add(
          ikm.id().equals(v.ikm())
              ? Ikm.builder().from(ikm).openingHours(hours.build()).build()
              : ikm);
    }
    return new Moved(c.builder().ikms(ikms).build(), v, opening);
  }

  static final class Breakage {
    final Rule rule;
    final Function<Context, ProgrammeSnapshot> apply;

    Breakage(Rule rule, Function<Context, ProgrammeSnapshot> apply) {
      this.rule = rule;
      this.apply = apply;
    }

    @Override
    public String toString() {
      return rule.code();
    }
  }

  private static Visit.Builder copy(Visit v) {
    return Visit.builder().from(v);
  }

  static final List<Breakage> BREAKAGES =
      List.of(
          new Breakage(Rule.DUPLICATE_ID, c -> c.builder().addIkms(c.anyIkm()).build()),
          new Breakage(
              Rule.UNKNOWN_REFERENCE,
              c -> {
                Visit v = c.anyVisit();
                return c.replace(v, copy(v).mentor(MentorId.of("M-unknown")).build());
              }),
          new Breakage(
              Rule.NOT_A_PARTICIPANT,
              c -> {
                IkmId out = c.anyIkm().id();
                List<IkmId> participants = new ArrayList<>(c.s.programme().participants());
                participants.remove(out);
                return c.builder()
                    .programme(
                        Programme.builder()
                            .from(c.s.programme())
                            .participants(participants)
                            .build())
                    .build();
              }),
          new Breakage(
              Rule.IKM_WITHOUT_MENTOR,
              c -> {
                IkmId out = c.anyIkm().id();
                List<Assignment> assignments = new ArrayList<>();
                for (Assignment a : c.s.assignments()) {
                  List<IkmId> ikms = new ArrayList<>(a.ikms());
                  ikms.remove(out);
                  assignments.add(Assignment.of(a.mentor(), ikms));
                }
                return c.builder().assignments(assignments).build();
              }),
          new Breakage(
              Rule.IKM_WITH_SEVERAL_MENTORS,
              c ->
                  c.builder()
                      .addMentors(
                          Mentor.builder()
                              .from(c.s.mentors().get(0))
                              .id(MentorId.of("M-other"))
                              .build())
                      .addAssignments(
                          Assignment.of(MentorId.of("M-other"), List.of(c.anyIkm().id())))
                      .build()),
          new Breakage(
              Rule.CASELOAD_EXCEEDED,
              c -> {
                Ikm first = c.s.ikms().get(0);
                ProgrammeSnapshot.Builder b = c.builder();
                List<IkmId> extra = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                  Ikm copy = Ikm.builder().from(first).id(IkmId.of("IKM-extra-" + i)).build();
                  b.addIkms(copy);
                  extra.add(copy.id());
                }
                b.addAssignments(Assignment.of(c.s.mentorOf(first.id()).orElseThrow(), extra));
                return b.build();
              }),
          new Breakage(
              Rule.IKM_COMMODITY_NOT_SENTRA_COMMODITY,
              c -> {
                List<Ikm> ikms = new ArrayList<>(c.s.ikms());
                int i = c.random.nextInt(ikms.size());
                ikms.set(
                    i,
                    Ikm.builder().from(ikms.get(i)).commodity(CommodityId.of("C-other")).build());
                // The other commodity exists: an unknown one would be IKM-R002 only.
                Commodity other =
                    Commodity.builder()
                        .from(c.s.commodities().get(0))
                        .id(CommodityId.of("C-other"))
                        .build();
                return c.builder().ikms(ikms).addCommodities(other).build();
              }),
          new Breakage(
              Rule.DURATION_OUTSIDE_POLICY,
              c -> c.policy(ProgrammePolicy.builder().minDurationMonths(3).build())),
          new Breakage(
              Rule.VISIT_OUTSIDE_PERIOD,
              c -> {
                Visit v = c.anyVisit();
                return c.replace(v, copy(v).date(c.s.programme().endDate().plusDays(3)).build());
              }),
          new Breakage(
              Rule.VISIT_ON_NON_WORKING_DAY,
              c -> {
                Visit v = c.anyVisit();
                return c.replace(v, copy(v).date(v.date().with(DayOfWeek.SUNDAY)).build());
              }),
          new Breakage(
              Rule.VISIT_OUTSIDE_WORKING_HOURS,
              c -> {
                Visit v = c.anyVisit();
                return c.replace(v, copy(v).start(LocalTime.of(6, 0)).build());
              }),
          new Breakage(
              Rule.VISIT_TOO_SHORT,
              c -> {
                Visit v = c.anyVisit();
                return c.replace(v, copy(v).end(LocalTime.of(10, 30)).build());
              }),
          new Breakage(
              Rule.WEEK_NOT_VISITED,
              c -> {
                Visit v = c.anyVisit();
                return c.replace(v, copy(v).status(VisitStatus.MISSED).build());
              }),
          new Breakage(
              Rule.VISIT_AWAY_FROM_SITE,
              c -> {
                Visit v = c.anyVisit();
                GeoPoint site = c.s.ikm(v.ikm()).orElseThrow().productionSite();
                return c.replace(
                    v,
                    copy(v)
                        .location(GeoPoint.of(site.latitude() + 0.01, site.longitude()))
                        .build());
              }),
          new Breakage(
              Rule.VISITS_OVERLAP,
              c -> {
                Visit v = c.anyVisit();
                return c.builder()
                    .addVisits(
                        copy(v)
                            .id(VisitId.of("V-twin"))
                            .start(LocalTime.of(9, 0))
                            .end(LocalTime.of(14, 0))
                            .status(VisitStatus.PLANNED)
                            .build())
                    .build();
              }),
          new Breakage(
              Rule.INSUFFICIENT_TRAVEL_TIME,
              c -> {
                Visit v = c.anyVisit();
                Ikm own = c.s.ikm(v.ikm()).orElseThrow();
                Ikm far =
                    Ikm.builder()
                        .from(own)
                        .id(IkmId.of("IKM-far"))
                        .productionSite(
                            GeoPoint.of(
                                own.productionSite().latitude() - 0.05,
                                own.productionSite().longitude()))
                        .build();
                return c.builder()
                    .addIkms(far)
                    .addVisits(
                        copy(v)
                            .id(VisitId.of("V-next"))
                            .ikm(far.id())
                            .start(v.end())
                            .end(LocalTime.of(16, 0))
                            .status(VisitStatus.PLANNED)
                            .build())
                    .build();
              }),
          new Breakage(
              Rule.MENTOR_ON_LEAVE,
              c -> {
                Visit v = c.anyVisit();
                return c.builder()
                    .addLeaves(MentorLeave.of(v.mentor(), v.date(), v.date()))
                    .build();
              }),
          new Breakage(
              Rule.VISIT_BY_UNASSIGNED_MENTOR,
              c -> {
                Visit v = c.anyVisit();
                // A substitute who exists: an unknown mentor would be IKM-R002 only.
                Mentor substitute =
                    Mentor.builder().from(c.s.mentors().get(0)).id(MentorId.of("M-sub")).build();
                ProgrammeSnapshot replaced =
                    c.replace(v, copy(v).mentor(MentorId.of("M-sub")).build());
                return ProgrammeSnapshot.builder().from(replaced).addMentors(substitute).build();
              }),
          new Breakage(
              Rule.PLANNED_VISIT_TOO_SHORT,
              c -> {
                Visit v = c.anyVisit();
                return c.builder()
                    .addVisits(
                        copy(v)
                            .id(VisitId.of("V-short"))
                            .start(LocalTime.of(13, 0))
                            .end(LocalTime.of(14, 0))
                            .status(VisitStatus.PLANNED)
                            .build())
                    .build();
              }),
          new Breakage(Rule.VISIT_OUTSIDE_OPENING_HOURS, c -> outsideOpeningHours(c).snapshot()),
          new Breakage(
              Rule.STAGE_REPEATED,
              c -> {
                Visit v = c.anyVisit();
                return c.builder()
                    .addLogbookEntries(RuleTestArbitraries.entry("L-d1", v, Stage.DIAGNOSIS))
                    .addLogbookEntries(RuleTestArbitraries.entry("L-d2", v, Stage.DIAGNOSIS))
                    .build();
              }),
          new Breakage(
              Rule.EVALUATION_BEFORE_MENTORING,
              c -> {
                Visit v = c.s.visits().get(0);
                List<LogbookEntry> entries = new ArrayList<>();
                c.s.logbookEntries().stream()
                    .filter(e -> !e.ikm().equals(v.ikm()))
                    .forEach(entries::add);
                entries.add(RuleTestArbitraries.entry("L-e", v, Stage.EVALUATION));
                return c.builder().logbookEntries(entries).build();
              }),
          new Breakage(
              Rule.STAGE_SKIPPED,
              c -> {
                Visit v = c.s.visits().get(0);
                List<LogbookEntry> entries = new ArrayList<>();
                c.s.logbookEntries().stream()
                    .filter(e -> !e.ikm().equals(v.ikm()))
                    .forEach(entries::add);
                entries.add(RuleTestArbitraries.entry("L-m", v, Stage.MENTORING));
                return c.builder().logbookEntries(entries).build();
              }),
          new Breakage(
              Rule.ENTRY_OUTSIDE_PERIOD,
              c -> {
                Visit v = c.anyVisit();
                LogbookEntry e =
                    LogbookEntry.builder()
                        .from(RuleTestArbitraries.entry("L-early", v, Stage.MENTORING))
                        .visit(Optional.empty())
                        .date(c.s.programme().startDate().minusDays(1))
                        .build();
                return c.builder().addLogbookEntries(e).build();
              }),
          new Breakage(
              Rule.ENTRY_VISIT_MISMATCH,
              c -> {
                Visit v = c.anyVisit();
                LogbookEntry e =
                    LogbookEntry.builder()
                        .from(RuleTestArbitraries.entry("L-x", v, Stage.MENTORING))
                        .date(v.date().plusDays(1))
                        .build();
                return c.builder().addLogbookEntries(e).build();
              }),
          new Breakage(
              Rule.LOGBOOK_LOCKED,
              c -> {
                Visit first = c.s.visits().get(0);
                List<LogbookEntry> entries = new ArrayList<>();
                c.s.logbookEntries().stream()
                    .filter(e -> !e.ikm().equals(first.ikm()))
                    .forEach(entries::add);
                List<Visit> own = c.s.visitsTo(first.ikm());
                entries.add(RuleTestArbitraries.entry("L-1", own.get(0), Stage.DIAGNOSIS));
                entries.add(RuleTestArbitraries.entry("L-2", own.get(0), Stage.PLAN));
                entries.add(RuleTestArbitraries.entry("L-3", own.get(0), Stage.MENTORING));
                entries.add(RuleTestArbitraries.entry("L-4", own.get(0), Stage.EVALUATION));
                entries.add(RuleTestArbitraries.entry("L-5", own.get(1), Stage.MENTORING));
                return c.builder().logbookEntries(entries).build();
              }),
          new Breakage(
              Rule.AMENDMENT_TARGET_NOT_IN_LOGBOOK,
              c -> {
                Visit v = c.anyVisit();
                LogbookEntry e =
                    LogbookEntry.builder()
                        .from(RuleTestArbitraries.entry("L-a", v, Stage.MENTORING))
                        .amendment(
                            Amendment.builder()
                                .amends(LogbookEntryId.of("L-none"))
                                .addChanges(FieldChange.of("findings", "", "x"))
                                .build())
                        .build();
                return c.builder().addLogbookEntries(e).build();
              }),
          new Breakage(
              Rule.AMENDMENT_BEFORE_ORIGINAL,
              c -> {
                Visit v = c.s.visitsTo(c.s.visits().get(0).ikm()).get(1);
                LogbookEntry original = RuleTestArbitraries.entry("L-o", v, Stage.MENTORING);
                LogbookEntry e =
                    LogbookEntry.builder()
                        .from(original)
                        .id(LogbookEntryId.of("L-a"))
                        .visit(Optional.empty())
                        .date(v.date().minusDays(1))
                        .amendment(
                            Amendment.builder()
                                .amends(original.id())
                                .addChanges(FieldChange.of("findings", "", "x"))
                                .build())
                        .build();
                List<LogbookEntry> entries = new ArrayList<>();
                c.s.logbookEntries().stream()
                    .filter(x -> !x.ikm().equals(v.ikm()))
                    .forEach(entries::add);
                entries.add(original);
                entries.add(e);
                return c.builder().logbookEntries(entries).build();
              }));

  /**
   * Shuffles entries across IKMs but keeps each IKM's entries in their order: the recording order
   * of a logbook is meaningful (hash chain, same-date entries without a recording time).
   */
  private static List<LogbookEntry> interleave(List<LogbookEntry> entries, Random random) {
    List<IkmId> slots = new ArrayList<>();
    Map<IkmId, Deque<LogbookEntry>> byIkm = new HashMap<>();
    for (LogbookEntry e : entries) {
      slots.add(e.ikm());
      byIkm.computeIfAbsent(e.ikm(), k -> new ArrayDeque<>()).add(e);
    }
    Collections.shuffle(slots, random);
    List<LogbookEntry> out = new ArrayList<>(entries.size());
    for (IkmId ikm : slots) {
      out.add(byIkm.get(ikm).poll());
    }
    return out;
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
