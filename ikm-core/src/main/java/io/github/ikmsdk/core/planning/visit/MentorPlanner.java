package io.github.ikmsdk.core.planning.visit;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.OpeningHours;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.geo.TravelModel;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.RemedyKind;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans all weeks of one mentor, week after week in order: the visits each IKM still needs in the
 * week (the policy's {@code minVisitsPerWeek} less its qualifying completed visits), solved by
 * {@link WeekModels}, the regularity targets carried to the next week (an IKM's first visit of the
 * week), and a {@link Shortfall} with the {@linkplain RemedySearch remedies} for each visit left
 * out.
 */
final class MentorPlanner {
  final PlanningRun run;
  final Mentor mentor;
  final MentorId id;
  final List<IkmId> ikms;
  final int n;
  final GeoPoint[] sites;
  final int[] baseTravel;

  /** Per IKM the travel back to the base after a day's last visit; 0 if the day ends there. */
  final int[] homeTravel;

  final int[][] travel;
  final OpeningHours[] opening;
  final Set<LocalDate>[] closedDays;
  final Set<DayOfWeek>[] closedWeekdays;
  final DayOfWeek[] preferred;
  final int[] lastDow;
  final int[] lastStart;
  final Map<LocalDate, DaySchedule> overrides = new HashMap<>();
  final Set<IsoWeek> breakWeeks = new HashSet<>();
  final List<MentorLeave> leaves;
  final List<Visit> completed;
  final PlanningProgress progress;

  /** The visits a week asks for per IKM: the policy's {@code minVisitsPerWeek}. */
  final int required;

  /** Per IKM the visits the week being planned still needs: required minus qualifying ones. */
  final int[] need;

  @SuppressWarnings({"unchecked", "rawtypes"})
  MentorPlanner(PlanningRun run, Mentor mentor, List<IkmId> ikms, PlanningProgress progress) {
    this.run = run;
    this.mentor = mentor;
    this.id = mentor.id();
    this.ikms = ikms;
    this.progress = progress;
    this.n = ikms.size();
    this.sites = new GeoPoint[n];
    this.opening = new OpeningHours[n];
    this.closedDays = new Set[n];
    this.closedWeekdays = new Set[n];
    this.preferred = new DayOfWeek[n];
    this.lastDow = new int[n];
    this.lastStart = new int[n];
    TravelModel model = run.request.travelModel();
    for (int i = 0; i < n; i++) {
      IkmId ikm = ikms.get(i);
      Ikm own = run.snapshot.ikm(ikm).get();
      sites[i] = own.productionSite();
      opening[i] = run.request.openingHours(own);
      closedDays[i] = run.request.closedDays().getOrDefault(ikm, Set.of());
      closedWeekdays[i] = run.request.closedWeekdays().getOrDefault(ikm, Set.of());
      preferred[i] = run.request.preferredWeekdays().get(ikm);
      lastDow[i] = -1;
      lastStart[i] = -1;
    }
    this.baseTravel = new int[n];
    this.homeTravel = new int[n];
    this.travel = new int[n][n];
    boolean home = run.policy.returnToBase();
    for (int i = 0; i < n; i++) {
      baseTravel[i] = Minutes.travelMinutes(model, mentor.base(), sites[i]);
      homeTravel[i] = home ? Minutes.travelMinutes(model, sites[i], mentor.base()) : 0;
      for (int j = 0; j < n; j++) {
        travel[i][j] = i == j ? 0 : Minutes.travelMinutes(model, sites[i], sites[j]);
      }
    }
    for (Remedy r : run.remedies.getOrDefault(id, List.of())) {
      if (r.kind() == RemedyKind.VISIT_ACROSS_BREAK) {
        breakWeeks.add(r.week());
      } else {
        r.extraWorkingDay().ifPresent(d -> overrides.put(d.date(), d.schedule()));
      }
    }
    this.leaves = run.leaves.getOrDefault(id, List.of());
    this.completed = run.completedByMentor.getOrDefault(id, List.of());
    this.required = run.policy.minVisitsPerWeek();
    this.need = new int[n];
  }

  boolean onLeave(LocalDate date) {
    for (MentorLeave l : leaves) {
      if (l.contains(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the IKM has a kept visit (completed, or planned before the as-of date) on the date:
   * with several visits a week, a day holds at most one visit per IKM, kept ones included.
   */
  boolean visitedOn(int i, LocalDate date) {
    for (Visit v : run.keptByIkm.getOrDefault(ikms.get(i), List.of())) {
      if (v.date().equals(date)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the IKM is closed on the date: a closed day of the request or of its opening hours. */
  boolean closed(int i, LocalDate date) {
    return closedDays[i].contains(date)
        || closedWeekdays[i].contains(date.getDayOfWeek())
        || opening[i].window(date).isEmpty();
  }

  DaySchedule schedule(LocalDate date, Map<LocalDate, DaySchedule> extra) {
    DaySchedule s = extra.isEmpty() ? null : extra.get(date);
    if (s == null && !overrides.isEmpty()) {
      s = overrides.get(date);
    }
    return s != null ? s : run.calendarSchedule(date);
  }

  boolean inRange(LocalDate date) {
    return !date.isBefore(run.from) && !date.isAfter(run.end);
  }

  Result run() {
    List<Visit> visits = new ArrayList<>();
    List<Shortfall> shortfalls = new ArrayList<>();
    if (!run.weeks.isEmpty()) {
      rememberKept(run.weeks.get(0).week().plusWeeks(-1));
    }
    for (ProgrammeWeek pw : run.weeks) {
      if (progress.shouldStop()) {
        return new Result(visits, shortfalls);
      }
      IsoWeek week = pw.week();
      WeekDays weekDays = run.weekDays(week);
      List<Integer> toPlan = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        need[i] = required - run.completedVisits(ikms.get(i), week);
        if (need[i] > 0) {
          toPlan.add(i);
        }
      }
      boolean breaks = breakWeeks.contains(week);
      WeekOutcome out = solveWeek(week, toPlan, Map.of(), breaks);
      List<Remedy> offered = null;
      int withoutWayHome = -1;
      int visitsToPlan = 0;
      for (int i : toPlan) {
        visitsToPlan += need[i];
      }
      for (int i : toPlan) {
        addVisits(i, weekDays.text, out, visits);
        for (int ordinal = required - need[i] + out.visits(i) + 1; ordinal <= required; ordinal++) {
          if (offered == null) {
            offered = RemedySearch.offer(this, week, toPlan, out, breaks);
            withoutWayHome = plannedWithoutWayHome(week, toPlan, breaks, out);
          }
          shortfalls.add(
              ShortfallExplainer.ofWeek(
                  this, i, week, visitsToPlan, out, withoutWayHome, offered, ordinal));
        }
      }
      rememberKept(week);
      for (int i : toPlan) {
        if (out.visits(i) > 0) {
          lastDow[i] = out.date[i][0].getDayOfWeek().getValue() - 1;
          lastStart[i] = out.start[i][0];
        }
      }
      progress.weekDone();
    }
    return new Result(visits, shortfalls);
  }

  /** Takes the kept visits of a week as the IKMs' latest visit times. */
  private void rememberKept(IsoWeek week) {
    for (int i = 0; i < n; i++) {
      Visit earliest = null;
      for (Visit v : run.keptByIkm.getOrDefault(ikms.get(i), List.of())) {
        if (v.week().equals(week)
            && (earliest == null || VisitPlan.VISIT_ORDER.compare(v, earliest) < 0)) {
          earliest = v;
        }
      }
      if (earliest != null) {
        lastDow[i] = earliest.date().getDayOfWeek().getValue() - 1;
        lastStart[i] = Minutes.minute(earliest.start());
      }
    }
  }

  /**
   * Adds an IKM's planned visits of a week: the first with the id {@code P-<ikm>-<week>}, further
   * ones with the next free suffix {@code -2}, {@code -3}, ..., as if the earlier ones were kept.
   */
  private void addVisits(int i, String week, WeekOutcome out, List<Visit> visits) {
    IkmId ikm = ikms.get(i);
    Set<VisitId> taken = run.keptIds;
    for (int v = 0; v < out.visits(i); v++) {
      VisitId visitId = PlannedVisitIds.of(ikm, week, taken);
      visits.add(
          Visit.builder()
              .id(visitId)
              .mentor(id)
              .ikm(ikm)
              .date(out.date[i][v])
              .start(Minutes.time(out.start[i][v]))
              .end(Minutes.time(out.end[i][v]))
              .location(sites[i])
              .status(VisitStatus.PLANNED)
              .build());
      if (v + 1 < out.visits(i)) {
        taken = Sets.union(taken, ImmutableSet.of(visitId)).immutableCopy();
      }
    }
  }

  /** The first minute of the IKM's opening window on the date; 0 if it is closed. */
  int windowStart(int i, LocalDate date) {
    return opening[i].window(date).map(w -> Minutes.minute(w.start())).orElse(0);
  }

  /** The end minute of the IKM's opening window on the date, 1440 for 24:00; 0 if closed. */
  int windowEnd(int i, LocalDate date) {
    return opening[i]
        .window(date)
        .map(w -> w.endsAtEndOfDay() ? CandidateStarts.MINUTES_PER_DAY : Minutes.minute(w.end()))
        .orElse(0);
  }

  WeekOutcome solveWeek(
      IsoWeek week, List<Integer> toPlan, Map<LocalDate, DaySchedule> extra, boolean breaks) {
    return WeekModels.solve(this, week, toPlan, need, extra, breaks, true);
  }

  /**
   * Returns how many visits the week would hold if the days ended at the last site; the planned
   * number if the policy already lets them.
   */
  private int plannedWithoutWayHome(
      IsoWeek week, List<Integer> toPlan, boolean breaks, WeekOutcome out) {
    if (!run.policy.returnToBase()) {
      return out.planned;
    }
    return WeekModels.solve(this, week, toPlan, need, Map.of(), breaks, false).planned;
  }

  /** A mentor's planned visits and shortfalls. */
  static final class Result {
    final List<Visit> visits;
    final List<Shortfall> shortfalls;

    Result(List<Visit> visits, List<Shortfall> shortfalls) {
      this.visits = visits;
      this.shortfalls = shortfalls;
    }
  }
}
