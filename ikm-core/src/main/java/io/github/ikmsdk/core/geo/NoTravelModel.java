package io.github.ikmsdk.core.geo;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The travel model in which travel takes no time. */
final class NoTravelModel implements TravelModel {

  static final NoTravelModel INSTANCE = new NoTravelModel();

  private NoTravelModel() {}

  @Override
  public Duration travelTime(GeoPoint from, GeoPoint to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    return Duration.ZERO;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof NoTravelModel;
  }

  @Override
  public int hashCode() {
    return NoTravelModel.class.getName().hashCode();
  }

  @Override
  public String toString() {
    return "TravelModel[none]";
  }
}
