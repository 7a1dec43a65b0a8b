package io.github.ikmsdk.core.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.logbook.Logbook;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.testing.IkmArbitraries;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The shared generator of valid snapshots keeps the rules by construction; these properties check
 * that directly, without the validator, and that interesting cases are generated.
 */
class SnapshotGeneratorProperties {

  @Provide
  Arbitrary<ProgrammeSnapshot> snapshots() {
    return IkmArbitraries.validSnapshots();
  }

  @Property(tries = 200)
  void everyIkmHasExactlyOneMentorWithinTheCaseload(@ForAll("snapshots") ProgrammeSnapshot s) {
    Set<IkmId> assigned = new HashSet<>();
    for (Assignment assignment : s.assignments()) {
      assertTrue(assignment.ikms().size() <= s.programme().policy().maxIkmsPerMentor());
      for (IkmId ikm : assignment.ikms()) {
        assertTrue(assigned.add(ikm), "assigned twice: " + ikm);
        Ikm business = s.ikm(ikm).orElseThrow();
        Sentra sentra = s.sentra(business.sentra()).orElseThrow();
        assertEquals(sentra.commodity(), business.commodity());
      }
      long sentraCount =
          assignment.ikms().stream().map(i -> s.ikm(i).orElseThrow().sentra()).distinct().count();
      assertEquals(1, sentraCount);
    }
    assertEquals(s.programme().participants(), assigned);
  }

  @Property(tries = 200)
  void everyRequiredWeekHasALongEnoughCompletedVisit(@ForAll("snapshots") ProgrammeSnapshot s) {
    Programme programme = s.programme();
    ProgrammePolicy policy = programme.policy();
    WorkCalendar calendar = s.calendar();
    List<ProgrammeWeek> weeks =
        calendar.programmeWeeks(
            programme.startDate(), programme.endDate(), policy.minWorkingDaysForRequiredWeek());
    boolean holidayWeek = false;
    for (ProgrammeWeek week : weeks) {
      holidayWeek |=
          week.visitRequired()
              && week.workingDays().size() < 5
              && week.index() > 1
              && week.index() < weeks.size();
      for (IkmId ikm : programme.participants()) {
        long counted =
            s.visitsTo(ikm).stream()
                .filter(v -> v.status() == VisitStatus.COMPLETED)
                .filter(
                    v -> !v.date().isBefore(week.firstDay()) && !v.date().isAfter(week.lastDay()))
                .filter(
                    v ->
                        calendar.workingMinutes(v.date(), v.start(), v.end())
                            >= policy.minVisitWorkingMinutes())
                .count();
        if (week.visitRequired()) {
          assertTrue(counted >= policy.minVisitsPerWeek(), ikm + " not visited in " + week.week());
        }
      }
    }
    Statistics.label("holiday week inside the programme").collect(holidayWeek);
    Statistics.label("holiday week inside the programme")
        .coverage(coverage -> coverage.check(true).percentage(p -> p > 30));
    Statistics.label("crosses a year")
        .collect(programme.startDate().getYear() != programme.endDate().getYear());
  }

  @Property(tries = 200)
  void mentorsVisitOneIkmADayAtItsSite(@ForAll("snapshots") ProgrammeSnapshot s) {
    for (Mentor mentor : s.mentors()) {
      MentorId id = mentor.id();
      List<Visit> visits = s.visitsBy(id);
      assertEquals(visits.size(), visits.stream().map(Visit::date).distinct().count());
      for (Visit visit : visits) {
        assertTrue(s.calendar().isWorkingDay(visit.date()));
        assertTrue(s.programme().contains(visit.date()));
        visit
            .location()
            .ifPresent(p -> assertEquals(s.ikm(visit.ikm()).orElseThrow().productionSite(), p));
      }
    }
  }

  @Property(tries = 200)
  void logbooksFollowTheStageOrder(@ForAll("snapshots") ProgrammeSnapshot s) {
    for (IkmId ikm : s.programme().participants()) {
      Logbook logbook = s.logbook(ikm);
      Stage previous = Stage.DIAGNOSIS;
      for (LogbookEntry entry : logbook.entries()) {
        assertTrue(entry.stage().compareTo(previous) >= 0);
        previous = entry.stage();
        Visit visit = s.visit(entry.visit().orElseThrow()).orElseThrow();
        assertEquals(visit.date(), entry.date());
        assertEquals(visit.mentor(), entry.author());
      }
      if (!logbook.entries().isEmpty()) {
        assertEquals(Stage.DIAGNOSIS, logbook.entries().get(0).stage());
      }
      assertTrue(logbook.entries(Stage.EVALUATION).size() <= 1);
      Statistics.label("evaluated").collect(logbook.isLocked());
    }
  }
}
