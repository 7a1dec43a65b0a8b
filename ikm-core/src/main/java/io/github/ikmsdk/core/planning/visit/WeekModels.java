package io.github.ikmsdk.core.planning.visit;

import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.geo.TravelModel;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.visit.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link WeekProblem}s of one mentor-week and solves them: the usable days (in the
 * planned range, not on leave, with candidates), per IKM its travel, opening window, closed days,
 * regularity target and the visits it still needs, and the kept completed visits as obstacles; IKMs
 * beyond {@link VisitPlanner#MAX_EXACT_IKMS} are solved in further groups around the visits already
 * placed.
 */
final class WeekModels {

  private WeekModels() {}

  /**
   * Solves one mentor-week.
   *
   * @param mp the mentor's planner
   * @param week the week
   * @param toPlan the indexes of the IKMs to plan, ascending
   * @param need per IKM index the visits the week still needs (on distinct days)
   * @param extra schedules that replace the calendar's on some dates (a remedy being tried)
   * @param breaks whether breaks count as visit time
   * @param wayHome whether the day ends back at the base as the policy asks; false ends it at the
   *     last site
   */
  static WeekOutcome solve(
      MentorPlanner mp,
      IsoWeek week,
      List<Integer> toPlan,
      int[] need,
      Map<LocalDate, DaySchedule> extra,
      boolean breaks,
      boolean wayHome) {
    List<LocalDate> days = new ArrayList<>(7);
    List<CandidateStarts> cands = new ArrayList<>(7);
    WeekDays weekDays = mp.run.weekDays(week);
    for (int i = 0; i < 7; i++) {
      LocalDate date = weekDays.dates[i];
      if (!weekDays.inRange[i] || mp.onLeave(date)) {
        continue;
      }
      CandidateStarts c;
      if ((extra.isEmpty() || !extra.containsKey(date))
          && (mp.overrides.isEmpty() || !mp.overrides.containsKey(date))) {
        c = breaks ? weekDays.withBreaks[i] : weekDays.normal[i];
      } else {
        DaySchedule s = mp.schedule(date, extra);
        if (!s.isWorking()) {
          continue;
        }
        c = mp.run.candidates(s, breaks);
      }
      if (c.size() > 0) {
        days.add(date);
        cands.add(c);
      }
    }
    WeekOutcome out = new WeekOutcome(mp.n, days, 0);
    List<int[]> extraObstacles = new ArrayList<>();
    int planned = 0;
    for (int from = 0; from < toPlan.size(); from += VisitPlanner.MAX_EXACT_IKMS) {
      List<Integer> chunk =
          toPlan.subList(from, Math.min(toPlan.size(), from + VisitPlanner.MAX_EXACT_IKMS));
      int m = chunk.size();
      WeekProblem.Builder b = WeekProblem.builder(m);
      for (int d = 0; d < days.size(); d++) {
        b.addDay(days.get(d).getDayOfWeek().getValue() - 1, cands.get(d));
      }
      for (int a = 0; a < m; a++) {
        int i = chunk.get(a);
        b.travelFromBase(a, mp.baseTravel[i]);
        b.travelToBase(a, wayHome ? mp.homeTravel[i] : 0);
        for (int c = 0; c < m; c++) {
          b.travel(a, c, mp.travel[i][chunk.get(c)]);
        }
        int targetDow = -1;
        int targetStart = -1;
        int pref = mp.preferred[i] == null ? -1 : mp.preferred[i].getValue() - 1;
        if (mp.lastDow[i] >= 0 && (pref < 0 || pref == mp.lastDow[i])) {
          targetDow = mp.lastDow[i];
          targetStart = mp.lastStart[i];
        } else if (pref >= 0) {
          targetDow = pref;
        }
        b.target(a, targetDow, targetStart);
        b.need(a, need[i]);
      }
      for (int d = 0; d < days.size(); d++) {
        LocalDate date = days.get(d);
        for (int a = 0; a < m; a++) {
          int i = chunk.get(a);
          if (mp.closed(i, date) || (mp.required > 1 && mp.visitedOn(i, date))) {
            b.closed(a, d);
          } else {
            b.window(a, d, mp.windowStart(i, date), mp.windowEnd(i, date));
          }
        }
        for (Visit v : mp.completed) {
          if (v.date().equals(date)) {
            GeoPoint site =
                mp.run.snapshot.ikm(v.ikm()).map(Ikm::productionSite).or(v::location).orElse(null);
            addObstacle(mp, b, d, Minutes.minute(v.start()), Minutes.minute(v.end()), site, chunk);
          }
        }
        for (int[] o : extraObstacles) {
          if (o[0] == d) {
            int[] to = new int[m];
            int[] back = new int[m];
            for (int a = 0; a < m; a++) {
              to[a] = mp.travel[chunk.get(a)][o[3]];
              back[a] = mp.travel[o[3]][chunk.get(a)];
            }
            b.obstacle(d, o[1], o[2], to, back);
          }
        }
      }
      WeekProblem problem = b.build();
      WeekSolver.Solution sol = WeekSolver.solve(problem);
      for (int a = 0; a < m; a++) {
        int i = chunk.get(a);
        boolean any = false;
        boolean returning = false;
        int unavailable = 0;
        for (int d = 0; d < days.size(); d++) {
          if (problem.lo[a][d] <= problem.hi[a][d]) {
            any = true;
            returning |= problem.lo[a][d] <= problem.lastReturning(a, d);
          } else {
            unavailable++;
          }
        }
        out.reachable[i] = any;
        out.noTimeToReturn[i] = any && !returning;
        out.unavailableDays[i] = unavailable;
        int visits = sol.days[a].length;
        out.date[i] = new LocalDate[visits];
        out.start[i] = new int[visits];
        out.end[i] = new int[visits];
        for (int v = 0; v < visits; v++) {
          int d = sol.days[a][v];
          CandidateStarts c = problem.candidates[d];
          out.date[i][v] = days.get(d);
          out.start[i][v] = c.starts[sol.candidates[a][v]];
          out.end[i][v] = c.ends[sol.candidates[a][v]];
          extraObstacles.add(new int[] {d, out.start[i][v], out.end[i][v], i});
          planned++;
        }
      }
    }
    WeekOutcome result = new WeekOutcome(mp.n, days, planned);
    System.arraycopy(out.date, 0, result.date, 0, mp.n);
    System.arraycopy(out.start, 0, result.start, 0, mp.n);
    System.arraycopy(out.end, 0, result.end, 0, mp.n);
    System.arraycopy(out.reachable, 0, result.reachable, 0, mp.n);
    System.arraycopy(out.noTimeToReturn, 0, result.noTimeToReturn, 0, mp.n);
    System.arraycopy(out.unavailableDays, 0, result.unavailableDays, 0, mp.n);
    return result;
  }

  private static void addObstacle(
      MentorPlanner mp,
      WeekProblem.Builder b,
      int d,
      int start,
      int end,
      GeoPoint site,
      List<Integer> chunk) {
    int m = chunk.size();
    int[] to = new int[m];
    int[] back = new int[m];
    TravelModel model = mp.run.request.travelModel();
    if (site != null) {
      for (int a = 0; a < m; a++) {
        to[a] = Minutes.travelMinutes(model, mp.sites[chunk.get(a)], site);
        back[a] = Minutes.travelMinutes(model, site, mp.sites[chunk.get(a)]);
      }
    }
    b.obstacle(d, start, end, to, back);
  }
}
