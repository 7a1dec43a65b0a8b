package io.github.ikmsdk.core.planning.visit;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Iterables;
import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Explains why required visits are not planned: a {@link Shortfall} with reason and numbers. */
final class ShortfallExplainer {

  private ShortfallExplainer() {}

  /**
   * Explains an IKM of a mentor-week left without a visit.
   *
   * @param mp the mentor's planner
   * @param i the IKM's index
   * @param week the week
   * @param toPlan how many IKMs the week planned
   * @param out the week's outcome
   * @param withoutWayHome how many visits the week would hold if the days ended at the last site
   * @param offered the remedies that cover more of the week
   */
  static Shortfall ofWeek(
      MentorPlanner mp,
      int i,
      IsoWeek week,
      int toPlan,
      WeekOutcome out,
      int withoutWayHome,
      List<Remedy> offered) {
    int inPeriod = 0;
    int leaveDays = 0;
    long available = 0;
    for (LocalDate date : week.days()) {
      if (!mp.inRange(date)) {
        continue;
      }
      DaySchedule s = mp.schedule(date, Map.of());
      if (!s.isWorking()) {
        continue;
      }
      inPeriod++;
      if (mp.onLeave(date)) {
        leaveDays++;
      } else {
        available += s.workingMinutes();
      }
    }
    int workingDays = inPeriod - leaveDays;
    ShortfallReason reason;
    if (leaveDays > 0) {
      reason = ShortfallReason.MENTOR_ON_LEAVE;
    } else if (out.noTimeToReturn[i]) {
      reason = ShortfallReason.NO_TIME_TO_RETURN;
    } else if (out.unavailableDays[i] > 0 || (!out.reachable[i] && workingDays > 0)) {
      reason = ShortfallReason.IKM_UNAVAILABLE;
    } else if (week.monday().isBefore(mp.run.programme.startDate())
        || week.sunday().isAfter(mp.run.end)) {
      reason = ShortfallReason.OUTSIDE_PERIOD;
    } else if (withoutWayHome > out.planned) {
      reason = ShortfallReason.NO_TIME_TO_RETURN;
    } else {
      reason = ShortfallReason.NOT_ENOUGH_WORKING_TIME;
    }
    Map<String, Long> numbers = new LinkedHashMap<>();
    numbers.put("ikmsToVisit", (long) toPlan);
    numbers.put("plannedVisits", (long) out.planned);
    numbers.put("minVisitWorkingMinutes", (long) mp.run.minVisit);
    numbers.put("neededWorkingMinutes", (long) toPlan * mp.run.minVisit);
    numbers.put("workingDays", (long) workingDays);
    numbers.put("availableWorkingMinutes", available);
    numbers.put("workingDaysInPeriod", (long) inPeriod);
    numbers.put("leaveDays", (long) leaveDays);
    numbers.put("ikmClosedDays", (long) out.unavailableDays[i]);
    if (reason == ShortfallReason.NO_TIME_TO_RETURN) {
      numbers.put("travelToBaseMinutes", (long) mp.homeTravel[i]);
      numbers.put("plannedWithoutWayHome", (long) withoutWayHome);
    }
    return Shortfall.of(mp.ikms.get(i), Optional.of(mp.id), week, reason, numbers, offered);
  }

  /**
   * Adds a {@link ShortfallReason#MORE_VISITS_REQUIRED} shortfall for every required IKM-week that
   * is not already short but holds fewer planned and completed visits than the policy asks for: of
   * the given participants (one mentor's IKMs, with their planned visits and shortfalls).
   */
  static void furtherVisits(
      PlanningRun run, List<IkmId> participants, List<Visit> planned, List<Shortfall> shortfalls) {
    int required = run.policy.minVisitsPerWeek();
    Map<IkmId, Map<IsoWeek, Set<VisitId>>> visits = new HashMap<>();
    List<Visit> kept = new ArrayList<>();
    for (IkmId ikm : participants) {
      kept.addAll(run.keptByIkm.getOrDefault(ikm, List.of()));
    }
    for (Visit v : Iterables.concat(planned, kept)) {
      if (v.status() != VisitStatus.CANCELLED
          && v.status() != VisitStatus.MISSED
          && run.programme.contains(v.date())) {
        visits
            .computeIfAbsent(v.ikm(), k -> new HashMap<>())
            .computeIfAbsent(v.week(), k -> new HashSet<>())
            .add(v.id());
      }
    }
    Set<String> alreadyShort = new HashSet<>();
    for (Shortfall s : shortfalls) {
      alreadyShort.add(s.ikm() + "@" + s.week());
    }
    for (IkmId ikm : participants) {
      for (ProgrammeWeek w : run.weeks) {
        if (alreadyShort.contains(ikm + "@" + w.week())) {
          continue;
        }
        int have = visits.getOrDefault(ikm, Map.of()).getOrDefault(w.week(), Set.of()).size();
        if (have < required) {
          shortfalls.add(
              Shortfall.of(
                  ikm,
                  run.snapshot.mentorOf(ikm),
                  w.week(),
                  ShortfallReason.MORE_VISITS_REQUIRED,
                  ImmutableMap.of(
                      "requiredVisits", (long) required,
                      "plannedVisits", (long) have,
                      "missingVisits", (long) (required - have)),
                  List.of()));
        }
      }
    }
  }
}
