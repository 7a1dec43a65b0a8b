package io.github.ikmsdk.core.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Great-circle distance times a road factor at a constant speed, rounded up to minutes. */
final class RoadTravelModel implements TravelModel {

  static final double DEFAULT_ROAD_FACTOR = 1.4;
  static final double DEFAULT_SPEED_KM_PER_HOUR = 30.0;
  static final RoadTravelModel DEFAULT =
      new RoadTravelModel(DEFAULT_ROAD_FACTOR, DEFAULT_SPEED_KM_PER_HOUR);

  /** Whole minutes that still fit in a {@link Duration} measured in seconds. */
  private static final double MAX_MINUTES = Long.MAX_VALUE / 60;

  private final double roadFactor;
  private final double speedKmPerHour;

  /** Road metres travelled per straight-line metre, divided by metres per minute. */
  private final double minutesPerMetre;

  RoadTravelModel(double roadFactor, double speedKmPerHour) {
    checkArgument(
        Double.isFinite(roadFactor) && roadFactor >= 1,
        "road factor must be finite and at least 1, was %s",
        roadFactor);
    checkArgument(
        Double.isFinite(speedKmPerHour) && speedKmPerHour > 0,
        "speed must be finite and more than 0 km/h, was %s",
        speedKmPerHour);
    this.roadFactor = roadFactor;
    this.speedKmPerHour = speedKmPerHour;
    this.minutesPerMetre = roadFactor / (speedKmPerHour * 1000 / 60);
  }

  @Override
  public Duration travelTime(GeoPoint from, GeoPoint to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    double metres = from.distanceMetres(to);
    if (metres == 0) {
      return Duration.ZERO;
    }
    double minutes = Math.ceil(metres * minutesPerMetre);
    if (!(minutes <= MAX_MINUTES)) {
      throw new ArithmeticException("travel time of " + minutes + " minutes is too long");
    }
    return Duration.ofMinutes((long) minutes);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof RoadTravelModel
            && Double.compare(((RoadTravelModel) obj).roadFactor, roadFactor) == 0
            && Double.compare(((RoadTravelModel) obj).speedKmPerHour, speedKmPerHour) == 0);
  }

  @Override
  public int hashCode() {
    return Double.hashCode(roadFactor) * 31 + Double.hashCode(speedKmPerHour);
  }

  @Override
  public String toString() {
    return "TravelModel[roadFactor=" + roadFactor + ", speedKmPerHour=" + speedKmPerHour + "]";
  }
}
