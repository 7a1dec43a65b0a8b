package io.github.ikmsdk.core.geo;

import java.time.Duration;

/**
 * Estimates the travel time (waktu tempuh) of a mentor between two sites, for example from the
 * Dinas office to an IKM's production site, for visit planning and mentor assignment.
 *
 * <p>The built-in models work from the great-circle distance ({@link
 * GeoPoint#distanceMetres(GeoPoint)}):
 *
 * <ul>
 *   <li>{@link #roads()}, the default: distance times a road factor of {@value
 *       RoadTravelModel#DEFAULT_ROAD_FACTOR} (roads are longer than the straight line) at {@value
 *       RoadTravelModel#DEFAULT_SPEED_KM_PER_HOUR} km/h (rural roads, motorbike or car), rounded up
 *       to whole minutes;
 *   <li>{@link #of(double, double)}: the same with another road factor and speed;
 *   <li>{@link #none()}: travel takes no time.
 * </ul>
 *
 * <p>Users may plug in their own model, for example a matrix of travel times measured on the road
 * network or given by a routing service. An implementation must return a time that is zero or
 * positive, zero from a point to itself, and the same for the same arguments every time (plans must
 * be reproducible). It need not be symmetric (a road up a hill may take longer than the way down).
 * Implementations must be immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface TravelModel {

  /**
   * Returns the time to travel from one site to another.
   *
   * @param from the start, not null
   * @param to the destination, not null
   * @return the travel time, zero or positive; zero if {@code from} equals {@code to}
   */
  Duration travelTime(GeoPoint from, GeoPoint to);

  /**
   * Returns the default model: the great-circle distance times a road factor of {@value
   * RoadTravelModel#DEFAULT_ROAD_FACTOR} at {@value RoadTravelModel#DEFAULT_SPEED_KM_PER_HOUR}
   * km/h, rounded up to whole minutes. For example Labuan Bajo to the Batu Cermin cave, about 2.9
   * km apart, takes 9 minutes.
   *
   * @return the model, equal to {@code of(1.4, 30)}
   */
  static TravelModel roads() {
    return RoadTravelModel.DEFAULT;
  }

  /**
   * Returns a model that travels the great-circle distance times {@code roadFactor} at {@code
   * speedKmPerHour}, rounded up to whole minutes.
   *
   * @param roadFactor how much longer the road is than the straight line, finite, at least 1
   * @param speedKmPerHour the average speed in kilometres per hour, finite, more than 0
   * @return the model, not null
   * @throws IllegalArgumentException if {@code roadFactor} is below 1 or {@code speedKmPerHour} is
   *     not above 0, or either is not finite
   */
  static TravelModel of(double roadFactor, double speedKmPerHour) {
    return new RoadTravelModel(roadFactor, speedKmPerHour);
  }

  /**
   * Returns the model in which travel takes no time, for example for tests or when all sites are
   * next to each other.
   *
   * @return the model, whose travel time is always zero
   */
  static TravelModel none() {
    return NoTravelModel.INSTANCE;
  }
}
