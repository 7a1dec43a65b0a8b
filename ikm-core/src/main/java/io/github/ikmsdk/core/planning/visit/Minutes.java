package io.github.ikmsdk.core.planning.visit;

import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.geo.TravelModel;
import java.time.Duration;
import java.time.LocalTime;

/** Minutes of the day and travel minutes, as the planner counts them. */
final class Minutes {

  private static final LocalTime[] TIMES = new LocalTime[CandidateStarts.MINUTES_PER_DAY];

  static {
    for (int m = 0; m < TIMES.length; m++) {
      TIMES[m] = LocalTime.of(m / 60, m % 60);
    }
  }

  private Minutes() {}

  /** The travel time between two points, rounded up to whole minutes, at most unreachable. */
  static int travelMinutes(TravelModel model, GeoPoint from, GeoPoint to) {
    Duration d = model.travelTime(from, to);
    long seconds = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
    long minutes = (seconds + 59) / 60;
    return (int) Math.min(minutes, WeekProblem.UNREACHABLE);
  }

  /** The time of a minute of the day in [0, 1440). */
  static LocalTime time(int minuteOfDay) {
    return TIMES[minuteOfDay];
  }

  /** The minute of the day of a time, seconds dropped. */
  static int minute(LocalTime time) {
    return time.getHour() * 60 + time.getMinute();
  }
}
