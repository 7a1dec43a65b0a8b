package io.github.ikmsdk.core.planning.visit;

import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.IsoWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Explains why required visits are not planned: a {@link Shortfall} with reason and numbers. */
final class ShortfallExplainer {

  private ShortfallExplainer() {}

  /**
   * Explains a required visit of an IKM in a mentor-week that is not planned.
   *
   * @param mp the mentor's planner
   * @param i the IKM's index
   * @param week the week
   * @param visitsToPlan how many visits the week planned for (over the mentor's IKMs)
   * @param out the week's outcome
   * @param withoutWayHome how many visits the week would hold if the days ended at the last site
   * @param offered the remedies that cover more of the week
   * @param ordinal which of the IKM's required visits of the week this is, from 1
   */
  static Shortfall ofWeek(
      MentorPlanner mp,
      int i,
      IsoWeek week,
      int visitsToPlan,
      WeekOutcome out,
      int withoutWayHome,
      List<Remedy> offered,
      int ordinal) {
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
    int ikmDays = out.usableDays.size() - out.unavailableDays[i];
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
    } else if (ordinal - (mp.required - mp.need[i]) > ikmDays) {
      reason = ShortfallReason.MORE_VISITS_REQUIRED;
    } else {
      reason = ShortfallReason.NOT_ENOUGH_WORKING_TIME;
    }
    Map<String, Long> numbers = new LinkedHashMap<>();
    numbers.put("ikmsToVisit", (long) visitsToPlan);
    numbers.put("plannedVisits", (long) out.planned);
    numbers.put("minVisitWorkingMinutes", (long) mp.run.minVisit);
    numbers.put("neededWorkingMinutes", (long) visitsToPlan * mp.run.minVisit);
    numbers.put("workingDays", (long) workingDays);
    numbers.put("availableWorkingMinutes", available);
    numbers.put("workingDaysInPeriod", (long) inPeriod);
    numbers.put("leaveDays", (long) leaveDays);
    numbers.put("ikmClosedDays", (long) out.unavailableDays[i]);
    if (reason == ShortfallReason.NO_TIME_TO_RETURN) {
      numbers.put("travelToBaseMinutes", (long) mp.homeTravel[i]);
      numbers.put("plannedWithoutWayHome", (long) withoutWayHome);
    }
    if (mp.required > 1) {
      numbers.put("requiredVisits", (long) mp.required);
      numbers.put("visitOrdinal", (long) ordinal);
      numbers.put("completedVisits", (long) (mp.required - mp.need[i]));
      numbers.put("ikmPlannedVisits", (long) out.visits(i));
    }
    return Shortfall.of(mp.ikms.get(i), Optional.of(mp.id), week, reason, numbers, offered);
  }
}
