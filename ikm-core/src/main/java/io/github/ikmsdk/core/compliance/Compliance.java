package io.github.ikmsdk.core.compliance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.internal.QualifyingVisit;
import io.github.ikmsdk.core.internal.QualifyingVisit.Counting;
import io.github.ikmsdk.core.logbook.Logbook;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.visit.Visit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Computes compliance reports (laporan kepatuhan) of a programme as of a date.
 *
 * <p>{@link #of(ProgrammeSnapshot, Clock)} takes today from an injected clock in the programme's
 * zone; {@link #asOf(ProgrammeSnapshot, LocalDate)} takes the date directly. Both are pure
 * functions of their arguments. Only data dated up to the as-of date is used: visits and logbook
 * entries dated later are ignored, so a report for an earlier date shows what was known then
 * (assuming records were made on time).
 *
 * <p>Each participating IKM gets one row per programme week, with the status set out in {@link
 * WeekStatus}; visits count as defined in the {@linkplain io.github.ikmsdk.core.compliance package
 * documentation}: only qualifying visits, by the one predicate that the validator's weekly rule
 * (IKM-R305) and the visit planner also use, with the same notion of a week that is due ({@link
 * Overdue#isDue(ProgrammeWeek, LocalDate)}, from its last working day on). So the IKM-weeks this
 * report calls overdue are exactly those for which {@code Validator.standard().asOf(date)} reports
 * IKM-R305. Example with the seed scenario (WITA, civil-servant calendar, programme from Monday 14
 * August 2023): on Wednesday 16 August the week 2023-W33 of an IKM not yet visited is {@link
 * WeekStatus#AT_RISK} with working days left Wednesday 16 and Friday 18 (Thursday 17 is a public
 * holiday); on Friday 18 August, its last working day, the week is due and {@link
 * WeekStatus#NOT_VISITED}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Compliance {

  private Compliance() {}

  /**
   * Returns today's date for a programme: the date in the programme's {@linkplain Programme#zone()
   * zone} at the clock's instant, whatever the clock's own zone.
   *
   * @param snapshot the programme data, not null
   * @param clock the clock, not null
   * @return today in the programme's zone
   */
  public static LocalDate today(ProgrammeSnapshot snapshot, Clock clock) {
    checkNotNull(snapshot, "snapshot");
    checkNotNull(clock, "clock");
    return LocalDate.now(clock.withZone(snapshot.programme().zone()));
  }

  /**
   * Returns the compliance report as of today by an injected clock.
   *
   * @param snapshot the programme data, not null
   * @param clock the clock, not null; today is {@link #today(ProgrammeSnapshot, Clock)}
   * @return the report
   */
  public static ComplianceReport of(ProgrammeSnapshot snapshot, Clock clock) {
    return asOf(snapshot, today(snapshot, clock));
  }

  /**
   * Returns the compliance report as of a date.
   *
   * @param snapshot the programme data, not null
   * @param asOf the date in the programme's zone, not null; any date, before, during or after the
   *     programme
   * @return the report
   */
  public static ComplianceReport asOf(ProgrammeSnapshot snapshot, LocalDate asOf) {
    checkNotNull(snapshot, "snapshot");
    checkNotNull(asOf, "asOf");
    Programme programme = snapshot.programme();
    ProgrammePolicy policy = programme.policy();
    WorkCalendar calendar = snapshot.calendar();
    List<ProgrammeWeek> weeks =
        calendar.programmeWeeks(
            programme.startDate(), programme.endDate(), policy.minWorkingDaysForRequiredWeek());
    ImmutableSortedSet<IkmId> ikms = ImmutableSortedSet.copyOf(programme.participants());

    ImmutableList.Builder<IkmWeekCompliance> rows = ImmutableList.builder();
    TreeMap<MentorId, List<IkmWeekCompliance>> rowsByMentor = new TreeMap<>();
    for (Mentor mentor : snapshot.mentors()) {
      rowsByMentor.putIfAbsent(mentor.id(), new ArrayList<>());
    }
    for (Assignment assignment : snapshot.assignments()) {
      rowsByMentor.putIfAbsent(assignment.mentor(), new ArrayList<>());
    }
    List<IkmWeekCompliance> allRows = new ArrayList<>();
    TreeMap<MentorId, ImmutableSortedSet.Builder<IkmId>> ikmsByMentor = new TreeMap<>();
    for (IkmId ikm : ikms) {
      Optional<MentorId> mentor = snapshot.mentorOf(ikm);
      mentor.ifPresent(
          m -> ikmsByMentor.computeIfAbsent(m, k -> ImmutableSortedSet.naturalOrder()).add(ikm));
      List<Visit> visits = snapshot.visitsTo(ikm);
      for (ProgrammeWeek week : weeks) {
        IkmWeekCompliance row = row(snapshot, ikm, mentor, visits, week, asOf);
        rows.add(row);
        allRows.add(row);
        mentor.ifPresent(m -> rowsByMentor.get(m).add(row));
      }
    }

    Map<IkmId, Optional<Stage>> stages = new TreeMap<>();
    for (IkmId ikm : ikms) {
      stages.put(ikm, stageAsOf(snapshot, ikm, asOf));
    }

    Map<MentorId, ComplianceTotals> mentors = new TreeMap<>();
    for (Map.Entry<MentorId, List<IkmWeekCompliance>> e : rowsByMentor.entrySet()) {
      MentorId mentor = e.getKey();
      ImmutableSortedSet<IkmId> own =
          ikmsByMentor.containsKey(mentor)
              ? ikmsByMentor.get(mentor).build()
              : ImmutableSortedSet.of();
      mentors.put(
          mentor,
          totals(snapshot, own, e.getValue(), stages, asOf, v -> v.mentor().equals(mentor)));
    }
    return ComplianceReport.builder()
        .programme(programme.id())
        .asOf(asOf)
        .rows(rows.build())
        .mentors(mentors)
        .total(totals(snapshot, ikms, allRows, stages, asOf, v -> true))
        .build();
  }

  private static IkmWeekCompliance row(
      ProgrammeSnapshot snapshot,
      IkmId ikm,
      Optional<MentorId> mentor,
      List<Visit> visits,
      ProgrammeWeek week,
      LocalDate asOf) {
    ProgrammePolicy policy = snapshot.programme().policy();
    WeeklyVisits.Tally tally = WeeklyVisits.tally(snapshot, visits, week, asOf);
    boolean met = tally.met(policy.minVisitsPerWeek());
    boolean due = Overdue.isDue(week, asOf);
    boolean current = !due && !asOf.isBefore(week.firstDay()) && !asOf.isAfter(week.lastDay());
    WeekStatus status;
    if (!week.visitRequired()) {
      status = WeekStatus.NOT_REQUIRED;
    } else if (due) {
      if (met) {
        status = WeekStatus.MET;
      } else if (tally.completed().size() >= policy.minVisitsPerWeek()) {
        status = WeekStatus.VISIT_TOO_SHORT;
      } else {
        status = WeekStatus.NOT_VISITED;
      }
    } else if (asOf.isBefore(week.firstDay())) {
      status = WeekStatus.UPCOMING;
    } else {
      status = met ? WeekStatus.MET : WeekStatus.AT_RISK;
    }
    List<LocalDate> daysLeft =
        current
            ? week.workingDays().stream()
                .filter(d -> !d.isBefore(asOf))
                .collect(ImmutableList.toImmutableList())
            : ImmutableList.of();
    return IkmWeekCompliance.builder()
        .ikm(ikm)
        .mentor(mentor)
        .week(week)
        .status(status)
        .completedVisits(tally.completed())
        .countedVisits(tally.counted())
        .longestVisitMinutes(tally.longest())
        .requiredVisits(policy.minVisitsPerWeek())
        .requiredMinutes(policy.minVisitWorkingMinutes())
        .workingDaysLeft(daysLeft)
        .build();
  }

  private static Optional<Stage> stageAsOf(ProgrammeSnapshot snapshot, IkmId ikm, LocalDate asOf) {
    List<LogbookEntry> known = new ArrayList<>();
    for (LogbookEntry entry : snapshot.logbook(ikm).entries()) {
      if (!entry.date().isAfter(asOf)) {
        known.add(entry);
      }
    }
    return Logbook.of(ikm, known).currentStage();
  }

  private static ComplianceTotals totals(
      ProgrammeSnapshot snapshot,
      ImmutableSortedSet<IkmId> ikms,
      List<IkmWeekCompliance> rows,
      Map<IkmId, Optional<Stage>> stages,
      LocalDate asOf,
      Predicate<Visit> byWhom) {
    EnumMap<WeekStatus, Integer> counts = new EnumMap<>(WeekStatus.class);
    for (WeekStatus status : WeekStatus.values()) {
      counts.put(status, 0);
    }
    long settled = 0;
    long met = 0;
    for (IkmWeekCompliance row : rows) {
      counts.merge(row.status(), 1, Integer::sum);
      if (row.week().visitRequired() && Overdue.isDue(row.week(), asOf)) {
        settled++;
        if (row.isMet()) {
          met++;
        }
      }
    }

    TreeMap<VisitId, Long> minutes = new TreeMap<>();
    for (IkmId ikm : ikms) {
      for (Visit visit : snapshot.visitsTo(ikm)) {
        if (QualifyingVisit.qualifiesExceptMinutes(snapshot, visit, Counting.COMPLETED)
            && !visit.date().isAfter(asOf)
            && byWhom.test(visit)) {
          minutes.merge(visit.id(), QualifyingVisit.workingMinutes(snapshot, visit), Math::max);
        }
      }
    }
    long workingMinutes = minutes.values().stream().mapToLong(Long::longValue).sum();

    EnumMap<Stage, Integer> byStage = new EnumMap<>(Stage.class);
    for (Stage stage : Stage.values()) {
      byStage.put(stage, 0);
    }
    int evaluated = 0;
    for (IkmId ikm : ikms) {
      Optional<Stage> stage = stages.get(ikm);
      if (stage.isPresent()) {
        byStage.merge(stage.get(), 1, Integer::sum);
        if (stage.get() == Stage.EVALUATION) {
          evaluated++;
        }
      }
    }
    return ComplianceTotals.builder()
        .ikms(ikms)
        .statusCounts(Maps.immutableEnumMap(counts))
        .metWeeks(Share.of(met, settled))
        .completedVisits(minutes.size())
        .workingMinutes(workingMinutes)
        .ikmsByStage(Maps.immutableEnumMap(byStage))
        .evaluated(Share.of(evaluated, ikms.size()))
        .build();
  }
}
