package io.github.ikmsdk.core.planning.visit;

import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.IsoWeek;
import java.time.LocalDate;

/**
 * The seven days of a week with, per day, whether it lies in the planned range and the calendar's
 * candidates without and with breaks counted ({@link CandidateStarts#NONE} on days that are not
 * working days). Read-only once built.
 */
final class WeekDays {
  final String text;
  final LocalDate[] dates = new LocalDate[7];
  final boolean[] inRange = new boolean[7];
  final CandidateStarts[] normal = new CandidateStarts[7];
  final CandidateStarts[] withBreaks = new CandidateStarts[7];

  WeekDays(PlanningRun run, IsoWeek week) {
    this.text = week.toString();
    LocalDate monday = week.monday();
    for (int i = 0; i < 7; i++) {
      LocalDate date = monday.plusDays(i);
      dates[i] = date;
      inRange[i] = !date.isBefore(run.from) && !date.isAfter(run.end);
      DaySchedule s = run.calendarSchedule(date);
      normal[i] = s.isWorking() ? run.candidates(s, false) : CandidateStarts.NONE;
      withBreaks[i] = s.isWorking() ? run.candidates(s, true) : CandidateStarts.NONE;
    }
  }
}
