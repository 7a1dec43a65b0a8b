package io.github.ikmsdk.core.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A point on the Earth (titik koordinat) in WGS 84 degrees, such as an IKM's production site or a
 * mentor's base.
 *
 * <p>Latitude lies in [-90, 90] and longitude in [-180, 180]. The text form is {@code
 * "latitude,longitude"}, for example {@code "-8.4793,119.8992"} for the Batu Cermin cave near
 * Labuan Bajo; {@link #parse(CharSequence)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GeoPoint {

  /** Mean Earth radius in metres (IUGG), used for great-circle distances. */
  public static final double EARTH_RADIUS_METRES = 6_371_008.8;

  private final double latitude;
  private final double longitude;

  private GeoPoint(double latitude, double longitude) {
    this.latitude = latitude;
    this.longitude = longitude;
  }

  /**
   * Returns the point at the given coordinates.
   *
   * @param latitude degrees north, in [-90, 90]
   * @param longitude degrees east, in [-180, 180]
   * @return the point, not null
   * @throws IllegalArgumentException if a coordinate is out of range or not finite
   */
  public static GeoPoint of(double latitude, double longitude) {
    checkArgument(
        latitude >= -90 && latitude <= 90, "latitude must be in [-90, 90], was %s", latitude);
    checkArgument(
        longitude >= -180 && longitude <= 180,
        "longitude must be in [-180, 180], was %s",
        longitude);
    // Normalise -0.0 so that equal points have equal text and hash codes.
    return new GeoPoint(latitude + 0.0, longitude + 0.0);
  }

  /**
   * Parses the text form {@code "latitude,longitude"}; white space around either number is ignored.
   *
   * @param text the text to parse, not null
   * @return the point, not null
   * @throws IllegalArgumentException if the text is not two comma-separated decimal numbers in
   *     range
   */
  public static GeoPoint parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString();
    int comma = s.indexOf(',');
    checkArgument(
        comma > 0 && comma == s.lastIndexOf(','),
        "geo point must be 'latitude,longitude', was '%s'",
        s);
    try {
      return of(
          Double.parseDouble(s.substring(0, comma).strip()),
          Double.parseDouble(s.substring(comma + 1).strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "geo point must be 'latitude,longitude', was '" + s + "'", e);
    }
  }

  /**
   * Returns the latitude.
   *
   * @return degrees north, in [-90, 90]
   */
  public double latitude() {
    return latitude;
  }

  /**
   * Returns the longitude.
   *
   * @return degrees east, in [-180, 180]
   */
  public double longitude() {
    return longitude;
  }

  /**
   * Returns the great-circle distance to another point (haversine formula on a sphere of radius
   * {@link #EARTH_RADIUS_METRES}).
   *
   * @param other the other point, not null
   * @return the distance in metres, zero or more
   */
  public double distanceMetres(GeoPoint other) {
    checkNotNull(other, "other");
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude - longitude);
    double h =
        Math.pow(Math.sin(dPhi / 2), 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
    return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof GeoPoint
            && Double.compare(((GeoPoint) obj).latitude, latitude) == 0
            && Double.compare(((GeoPoint) obj).longitude, longitude) == 0);
  }

  @Override
  public int hashCode() {
    return Double.hashCode(latitude) * 31 + Double.hashCode(longitude);
  }

  /**
   * Returns the text form {@code "latitude,longitude"} with the shortest decimal form of each
   * coordinate that reads back exactly.
   *
   * @return the text form, for example {@code "-8.4793,119.8992"}
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s,%s", latitude, longitude);
  }
}
