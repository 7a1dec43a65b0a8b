package io.github.ikmsdk.core.planning.visit;

import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.ExtraWorkingDay;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.TimeWindow;
import io.github.ikmsdk.core.programme.RemedyKind;
import io.github.ikmsdk.core.visit.Visit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The remedy search of a short mentor-week: each remedy the policy allows is offered if solving the
 * week again with it covers at least one more IKM-week. A visit on the week's Saturday with
 * Friday's hours; the smallest extension of one day's end (in steps of {@value
 * #EXTENSION_STEP_MINUTES} minutes, up to {@value #MAX_EXTENSION_MINUTES}, earliest day first);
 * counting breaks as visit time.
 */
final class RemedySearch {

  private static final int MAX_EXTENSION_MINUTES = 240;
  private static final int EXTENSION_STEP_MINUTES = 30;

  private RemedySearch() {}

  /**
   * Returns the remedies that cover more of a week, in the order Saturday, extension, breaks.
   *
   * @param mp the mentor's planner
   * @param week the week
   * @param toPlan the indexes of the IKMs planned in the week
   * @param out the week's outcome without the remedies
   * @param breaks whether breaks already count as visit time in the week
   */
  static List<Remedy> offer(
      MentorPlanner mp, IsoWeek week, List<Integer> toPlan, WeekOutcome out, boolean breaks) {
    Set<RemedyKind> allowed = mp.run.policy.allowedRemedies();
    List<Remedy> result = new ArrayList<>(3);
    if (allowed.contains(RemedyKind.SATURDAY_VISIT)) {
      LocalDate saturday = week.day(DayOfWeek.SATURDAY);
      DaySchedule hours = saturdayHours(mp);
      if (mp.inRange(saturday)
          && !mp.onLeave(saturday)
          && !mp.schedule(saturday, Map.of()).isWorking()
          && hours.isWorking()
          && mp.solveWeek(week, toPlan, Map.of(saturday, hours), breaks).planned > out.planned) {
        result.add(
            Remedy.saturdayVisit(
                mp.id, ExtraWorkingDay.of(saturday, hours, "Kunjungan hari Sabtu")));
      }
    }
    if (allowed.contains(RemedyKind.EXTENDED_DAY)) {
      search:
      for (int ext = EXTENSION_STEP_MINUTES;
          ext <= MAX_EXTENSION_MINUTES;
          ext += EXTENSION_STEP_MINUTES) {
        for (LocalDate date : out.usableDays) {
          Optional<DaySchedule> longer = extend(mp.schedule(date, Map.of()), ext);
          if (longer.isPresent()
              && extensionMayHelp(mp, date, longer.get(), toPlan, breaks)
              && mp.solveWeek(week, toPlan, Map.of(date, longer.get()), breaks).planned
                  > out.planned) {
            result.add(
                Remedy.extendedDay(
                    mp.id, ExtraWorkingDay.of(date, longer.get(), "Perpanjangan jam kerja")));
            break search;
          }
        }
      }
    }
    if (allowed.contains(RemedyKind.VISIT_ACROSS_BREAK) && !breaks) {
      boolean anyBreak = false;
      for (LocalDate date : out.usableDays) {
        anyBreak |= !mp.schedule(date, Map.of()).breaks().isEmpty();
      }
      if (anyBreak && mp.solveWeek(week, toPlan, Map.of(), true).planned > out.planned) {
        result.add(Remedy.visitAcrossBreak(mp.id, week));
      }
    }
    return result;
  }

  /**
   * Returns false if solving the week with a day extended cannot cover more: the IKMs are solved in
   * one group, no kept visit lies on the day, and the solver sees the day before and after the
   * extension as holding at most one visit, of the same IKMs, each with time to travel back to the
   * base.
   */
  private static boolean extensionMayHelp(
      MentorPlanner mp, LocalDate date, DaySchedule longer, List<Integer> toPlan, boolean breaks) {
    int m = toPlan.size();
    if (m > VisitPlanner.MAX_EXACT_IKMS) {
      return true;
    }
    for (Visit v : mp.completed) {
      if (v.date().equals(date)) {
        return true;
      }
    }
    CandidateStarts before = mp.run.candidates(mp.schedule(date, Map.of()), breaks);
    CandidateStarts after = mp.run.candidates(longer, breaks);
    int[] loBefore = new int[m];
    int[] hiBefore = new int[m];
    int[] loAfter = new int[m];
    int[] hiAfter = new int[m];
    int[] homeBefore = new int[m];
    int[] homeAfter = new int[m];
    int shortestLeg = WeekProblem.UNREACHABLE;
    for (int a = 0; a < m; a++) {
      int i = toPlan.get(a);
      boolean closed = mp.closed(i, date);
      int fromBase = Math.min(mp.baseTravel[i], WeekProblem.UNREACHABLE);
      loBefore[a] = WeekProblem.firstAllowed(before, closed, fromBase, mp.windowStart(i, date));
      hiBefore[a] = WeekProblem.lastAllowed(before, closed, fromBase, mp.windowEnd(i, date));
      loAfter[a] = WeekProblem.firstAllowed(after, closed, fromBase, mp.windowStart(i, date));
      hiAfter[a] = WeekProblem.lastAllowed(after, closed, fromBase, mp.windowEnd(i, date));
      homeBefore[a] = WeekProblem.lastReturning(before, hiBefore[a], mp.homeTravel[i]);
      homeAfter[a] = WeekProblem.lastReturning(after, hiAfter[a], mp.homeTravel[i]);
      for (int c = 0; c < m; c++) {
        if (c != a) {
          shortestLeg = Math.min(shortestLeg, mp.travel[i][toPlan.get(c)]);
        }
      }
    }
    long itemsBefore =
        WeekSolver.singleVisitItems(before, loBefore, hiBefore, homeBefore, shortestLeg);
    long itemsAfter = WeekSolver.singleVisitItems(after, loAfter, hiAfter, homeAfter, shortestLeg);
    return itemsBefore < 0 || itemsAfter < 0 || itemsBefore != itemsAfter;
  }

  private static DaySchedule saturdayHours(MentorPlanner mp) {
    DaySchedule friday = mp.run.calendar.weeklySchedule().day(DayOfWeek.FRIDAY);
    if (friday.isWorking()) {
      return friday;
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      DaySchedule s = mp.run.calendar.weeklySchedule().day(d);
      if (s.isWorking()) {
        return s;
      }
    }
    return DaySchedule.closed();
  }

  private static Optional<DaySchedule> extend(DaySchedule schedule, int minutes) {
    List<TimeWindow> windows = schedule.workingWindows();
    if (windows.isEmpty()) {
      return Optional.empty();
    }
    TimeWindow last = windows.get(windows.size() - 1);
    if (last.endsAtEndOfDay()) {
      return Optional.empty();
    }
    int newEnd = Minutes.minute(last.end()) + minutes;
    if (newEnd >= CandidateStarts.MINUTES_PER_DAY) {
      return Optional.empty();
    }
    List<TimeWindow> longer = new ArrayList<>(windows.subList(0, windows.size() - 1));
    longer.add(TimeWindow.of(last.start(), Minutes.time(newEnd)));
    return Optional.of(DaySchedule.ofWindows(longer));
  }
}
