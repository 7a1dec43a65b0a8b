package io.github.ikmsdk.core.planning.visit;

import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.TimeWindow;
import java.util.Arrays;
import java.util.List;

/**
 * The candidate visits of one day schedule: start times on the planning grid (every minute by
 * default) and, for each, the earliest end at which the visit holds the minimum working minutes.
 *
 * <p>The grid runs from the start of the day's first working window in steps of {@code
 * gridMinutes}. A start is a candidate if it lies inside a working window (or anywhere in the day's
 * span when breaks count as visit time) and the visit's end lies inside the day's span and before
 * 24:00. Ends grow with starts. Immutable.
 */
final class CandidateStarts {

  static final int MINUTES_PER_DAY = 24 * 60;

  private static final long NANOS_PER_MINUTE = 60_000_000_000L;

  static final CandidateStarts NONE =
      new CandidateStarts(-1, -1, new int[0], new int[0], new int[0], new int[0]);

  final int dayStart;
  final int dayEnd;
  final int[] starts;
  final int[] ends;

  /** For a minute m in [0, 1440], the first candidate index whose start is at or after m. */
  private final int[] firstAtOrAfter;

  /** For a minute m in [0, 1440], the last candidate index whose end is at or before m. */
  private final int[] lastEndingBy;

  private CandidateStarts(
      int dayStart, int dayEnd, int[] starts, int[] ends, int[] first, int[] last) {
    this.dayStart = dayStart;
    this.dayEnd = dayEnd;
    this.starts = starts;
    this.ends = ends;
    this.firstAtOrAfter = first;
    this.lastEndingBy = last;
  }

  int size() {
    return starts.length;
  }

  /** Returns the first candidate index with start at or after {@code minute}; size() if none. */
  int firstAtOrAfter(int minute) {
    if (minute <= 0) {
      return 0;
    }
    if (minute > MINUTES_PER_DAY) {
      return starts.length;
    }
    return firstAtOrAfter[minute];
  }

  /** Returns the last candidate index with end at or before {@code minute}; -1 if none. */
  int lastEndingBy(int minute) {
    if (minute >= 0 && minute < lastEndingBy.length) {
      return lastEndingBy[minute];
    }
    int i = starts.length - 1;
    while (i >= 0 && ends[i] > minute) {
      i--;
    }
    return i;
  }

  /** Returns the candidate index whose start is {@code minute}, or -1 if none. */
  int indexOfStart(int minute) {
    int i = firstAtOrAfter(minute);
    return i < starts.length && starts[i] == minute ? i : -1;
  }

  static CandidateStarts of(
      DaySchedule schedule, int minVisitMinutes, int gridMinutes, boolean breaksCount) {
    List<TimeWindow> windows = schedule.workingWindows();
    if (windows.isEmpty()) {
      return NONE;
    }
    int k = windows.size();
    int[] ws = new int[k];
    int[] we = new int[k];
    for (int i = 0; i < k; i++) {
      TimeWindow w = windows.get(i);
      ws[i] = (int) ((w.start().toNanoOfDay() + NANOS_PER_MINUTE - 1) / NANOS_PER_MINUTE);
      we[i] = w.endsAtEndOfDay() ? MINUTES_PER_DAY : w.end().toSecondOfDay() / 60;
    }
    int dayStart = ws[0];
    int dayEnd = we[k - 1];
    int[] starts = new int[(dayEnd - dayStart) / gridMinutes + 1];
    int[] ends = new int[starts.length];
    int n = 0;
    for (int s = dayStart; s < dayEnd; s += gridMinutes) {
      int end;
      if (breaksCount) {
        end = s + minVisitMinutes;
        if (end > dayEnd) {
          break;
        }
      } else {
        if (!insideWindow(ws, we, s)) {
          continue;
        }
        end = endOfVisit(ws, we, s, minVisitMinutes);
        if (end < 0) {
          break;
        }
      }
      if (end >= MINUTES_PER_DAY) {
        break;
      }
      starts[n] = s;
      ends[n] = end;
      n++;
    }
    starts = Arrays.copyOf(starts, n);
    ends = Arrays.copyOf(ends, n);
    int[] first = new int[MINUTES_PER_DAY + 1];
    int c = 0;
    for (int m = 0; m <= MINUTES_PER_DAY; m++) {
      while (c < n && starts[c] < m) {
        c++;
      }
      first[m] = c;
    }
    int[] last = new int[MINUTES_PER_DAY + 1];
    int l = -1;
    for (int m = 0; m <= MINUTES_PER_DAY; m++) {
      while (l + 1 < n && ends[l + 1] <= m) {
        l++;
      }
      last[m] = l;
    }
    return new CandidateStarts(dayStart, dayEnd, starts, ends, first, last);
  }

  private static boolean insideWindow(int[] ws, int[] we, int minute) {
    for (int i = 0; i < ws.length; i++) {
      if (ws[i] <= minute && minute < we[i]) {
        return true;
      }
    }
    return false;
  }

  /** The earliest end at which [start, end) holds {@code minutes} working minutes, or -1. */
  private static int endOfVisit(int[] ws, int[] we, int start, int minutes) {
    int remaining = minutes;
    for (int i = 0; i < ws.length; i++) {
      if (we[i] <= start) {
        continue;
      }
      int from = Math.max(start, ws[i]);
      int available = we[i] - from;
      if (available >= remaining) {
        return from + remaining;
      }
      remaining -= available;
    }
    return -1;
  }
}
