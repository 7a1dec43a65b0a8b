package io.github.ikmsdk.json;

import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.compliance.Compliance;
import io.github.ikmsdk.core.compliance.ComplianceReport;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.planning.visit.VisitPlanner;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Validator;
import io.github.ikmsdk.core.visit.Visit;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Report fixtures on the seed scenario cut down to the first mentor's sentra and the first two
 * programme weeks (the week of 17 August and the next), so that golden files stay readable.
 */
final class ReportFixtures {

  /** Wednesday of the second week: week one settled, week two at risk. */
  static final LocalDate AS_OF = LocalDate.of(2023, 8, 23);

  private ReportFixtures() {}

  static ProgrammeSnapshot snapshot() {
    ProgrammeSnapshot seed = Seed.snapshot();
    Set<IkmId> kept = Set.of(IkmId.of("IKM-01"), IkmId.of("IKM-02"), IkmId.of("IKM-03"));
    Programme p = seed.programme();
    ProgrammeSnapshot.Builder b = ProgrammeSnapshot.builder().from(seed);
    b.programme(
        Programme.builder()
            .from(p)
            .endDate(LocalDate.of(2023, 8, 27))
            .sentra(List.of(seed.sentra().get(0).id()))
            .participants(
                p.participants().stream().filter(kept::contains).collect(Collectors.toList()))
            .build());
    b.sentra(seed.sentra().subList(0, 1));
    b.commodities(seed.commodities().subList(0, 1));
    b.mentors(seed.mentors().subList(0, 1));
    b.ikms(seed.ikms().stream().filter(i -> kept.contains(i.id())).collect(Collectors.toList()));
    b.assignments(
        List.of(
            Assignment.of(seed.assignments().get(0).mentor(), List.copyOf(new TreeSet<>(kept)))));
    b.leaves(List.of());
    // IKM-01 visited in full, IKM-02 too briefly, IKM-03 not at all.
    b.visits(
        seed.visits().stream()
            .filter(v -> v.ikm().equals(IkmId.of("IKM-01")) || v.ikm().equals(IkmId.of("IKM-02")))
            .map(
                v ->
                    v.ikm().equals(IkmId.of("IKM-02"))
                        ? Visit.builder().from(v).end(LocalTime.of(10, 0)).build()
                        : v)
            .collect(Collectors.toList()));
    return b.build();
  }

  /** The programme start: the plan fixture plans from the first day. */
  static final LocalDate PLAN_FROM = LocalDate.of(2023, 8, 14);

  /**
   * The first mentor's five IKMs over the first two weeks, without visits, on the plain
   * civil-servant calendar (no replacement Saturday for 17 August), the mentor on leave on Thursday
   * and Friday of the second week: both weeks fall short.
   */
  static ProgrammeSnapshot planningSnapshot() {
    ProgrammeSnapshot seed = Seed.snapshot();
    Set<IkmId> kept = new TreeSet<>(seed.assignments().get(0).ikms());
    Programme p = seed.programme();
    return ProgrammeSnapshot.builder()
        .from(seed)
        .calendar(WorkCalendar.civilServant(Seed.WITA))
        .programme(
            Programme.builder()
                .from(p)
                .endDate(LocalDate.of(2023, 8, 27))
                .sentra(List.of(seed.sentra().get(0).id()))
                .participants(kept)
                .build())
        .sentra(seed.sentra().subList(0, 1))
        .commodities(seed.commodities().subList(0, 1))
        .mentors(seed.mentors().subList(0, 1))
        .ikms(seed.ikms().stream().filter(i -> kept.contains(i.id())).collect(Collectors.toList()))
        .assignments(seed.assignments().subList(0, 1))
        .leaves(
            List.of(
                MentorLeave.builder()
                    .mentor(seed.mentors().get(0).id())
                    .firstDay(LocalDate.of(2023, 8, 24))
                    .lastDay(LocalDate.of(2023, 8, 25))
                    .reason("Pelatihan")
                    .build()))
        .visits(List.of())
        .logbookEntries(List.of())
        .build();
  }

  static VisitPlan visitPlan() {
    return VisitPlanner.standard()
        .plan(PlanningRequest.builder(planningSnapshot()).asOf(PLAN_FROM).build());
  }

  static ValidationReport validationReport() {
    return Validator.standard().validate(snapshot());
  }

  static ComplianceReport complianceReport() {
    return Compliance.asOf(snapshot(), AS_OF);
  }

  /**
   * Breaks a valid snapshot a little, deterministically from a seed, so that reports are not all
   * empty. A quarter of the seeds leave it unchanged; a quarter start some visits an hour early
   * (outside working hours: warnings only); the rest also drop some visits (weeks not visited,
   * logbook entries citing missing visits) and shorten others (too short).
   */
  static ProgrammeSnapshot breakSome(ProgrammeSnapshot s, long seed) {
    Random random = new Random(seed);
    int mode = random.nextInt(4);
    if (mode == 0) {
      return s;
    }
    List<Visit> visits = new ArrayList<>();
    for (Visit v : s.visits()) {
      double x = random.nextDouble();
      if (mode >= 2 && x < 0.15) {
        continue;
      }
      if (mode >= 2 && x < 0.3 && v.start().getHour() < 22) {
        visits.add(Visit.builder().from(v).end(v.start().plusMinutes(60)).build());
      } else if (x >= 0.3 && x < 0.45 && v.start().getHour() >= 1) {
        visits.add(Visit.builder().from(v).start(v.start().minusHours(1)).build());
      } else {
        visits.add(v);
      }
    }
    return ProgrammeSnapshot.builder().from(s).visits(visits).build();
  }

  /**
   * Plans a valid snapshot from a date inside its programme, deterministically from a seed: visits
   * from that date on are dropped so that the planner plans them, and for three quarters of the
   * seeds one mentor takes a week of leave soon after, so that some weeks fall short.
   */
  static VisitPlan planFrom(ProgrammeSnapshot s, long seed) {
    Random random = new Random(seed);
    Programme p = s.programme();
    long days = ChronoUnit.DAYS.between(p.startDate(), p.endDate());
    LocalDate asOf = p.startDate().plusDays(Math.floorMod(random.nextLong(), days + 1));
    ProgrammeSnapshot.Builder b = ProgrammeSnapshot.builder().from(s);
    b.visits(s.visits().stream().filter(v -> v.date().isBefore(asOf)).collect(Collectors.toList()));
    if (random.nextInt(4) > 0 && !s.mentors().isEmpty()) {
      LocalDate first = asOf.plusDays(random.nextInt(7));
      b.addLeaves(
          MentorLeave.builder()
              .mentor(s.mentors().get(random.nextInt(s.mentors().size())).id())
              .firstDay(first)
              .lastDay(first.plusDays(6))
              .build());
    }
    return VisitPlanner.standard().plan(PlanningRequest.builder(b.build()).asOf(asOf).build());
  }
}
