package io.github.ikmsdk.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of great-circle distances and the built-in travel models. */
class GeoProperties {

  /** Tolerance for comparing sums of distances: rounding near antipodes is below a metre. */
  private static final double TOLERANCE_METRES = 1.0;

  private static final double HALF_CIRCUMFERENCE_METRES = Math.PI * GeoPoint.EARTH_RADIUS_METRES;

  @Property
  void textRoundTrips(@ForAll("points") GeoPoint point) {
    assertEquals(point, GeoPoint.parse(point.toString()));
    assertEquals(point.toString(), GeoPoint.parse(point.toString()).toString());
  }

  @Property
  void distanceIsSymmetricAndNonNegative(
      @ForAll("points") GeoPoint a, @ForAll("points") GeoPoint b) {
    double ab = a.distanceMetres(b);
    assertTrue(ab >= 0, () -> "negative: " + ab);
    assertEquals(ab, b.distanceMetres(a), 1e-6);
    assertTrue(ab <= HALF_CIRCUMFERENCE_METRES + 1e-6, () -> "more than half way round: " + ab);
  }

  @Property
  void distanceMatchesAnIndependentFormula(
      @ForAll("points") GeoPoint a, @ForAll("points") GeoPoint b) {
    assertEquals(GeoPointTest.referenceDistanceMetres(a, b), a.distanceMetres(b), TOLERANCE_METRES);
  }

  @Property
  void distanceToItselfIsZero(@ForAll("points") GeoPoint a) {
    assertEquals(0.0, a.distanceMetres(a));
    assertEquals(0.0, a.distanceMetres(GeoPoint.parse(a.toString())));
  }

  @Property
  void triangleInequality(
      @ForAll("points") GeoPoint a, @ForAll("points") GeoPoint b, @ForAll("points") GeoPoint c) {
    assertTrue(a.distanceMetres(c) <= a.distanceMetres(b) + b.distanceMetres(c) + TOLERANCE_METRES);
  }

  @Property
  void travelTimeIsWholeMinutesAndZeroOnlyForTheSamePlace(
      @ForAll("roadModels") TravelModel model,
      @ForAll("points") GeoPoint a,
      @ForAll("points") GeoPoint b) {
    Duration time = model.travelTime(a, b);
    assertTrue(!time.isNegative());
    assertEquals(0, time.toSecondsPart());
    assertEquals(a.distanceMetres(b) == 0, time.isZero());
    assertEquals(Duration.ZERO, model.travelTime(a, a));
    assertEquals(Duration.ZERO, TravelModel.none().travelTime(a, b));
  }

  @Property
  void travelTimeIsMonotoneInDistance(
      @ForAll("roadModels") TravelModel model,
      @ForAll("nearbyPoints") GeoPoint a,
      @ForAll("nearbyPoints") GeoPoint b,
      @ForAll("nearbyPoints") GeoPoint c,
      @ForAll("nearbyPoints") GeoPoint d) {
    double ab = a.distanceMetres(b);
    double cd = c.distanceMetres(d);
    Duration tab = model.travelTime(a, b);
    Duration tcd = model.travelTime(c, d);
    if (ab <= cd) {
      assertTrue(tab.compareTo(tcd) <= 0, () -> tab + " for " + ab + " m, " + tcd + " for " + cd);
    } else {
      assertTrue(tab.compareTo(tcd) >= 0, () -> tab + " for " + ab + " m, " + tcd + " for " + cd);
    }
  }

  @Property
  void slowerOrLongerRoadsNeverTakeLess(
      @ForAll("nearbyPoints") GeoPoint a, @ForAll("nearbyPoints") GeoPoint b) {
    Duration base = TravelModel.roads().travelTime(a, b);
    assertTrue(TravelModel.of(2.0, 30).travelTime(a, b).compareTo(base) >= 0);
    assertTrue(TravelModel.of(1.4, 20).travelTime(a, b).compareTo(base) >= 0);
    assertTrue(TravelModel.of(1.0, 30).travelTime(a, b).compareTo(base) <= 0);
  }

  @Provide
  Arbitrary<GeoPoint> points() {
    return Combinators.combine(
            Arbitraries.doubles().between(-90, 90).ofScale(6),
            Arbitraries.doubles().between(-180, 180).ofScale(6))
        .as(GeoPoint::of);
  }

  /** Points within about 40 km of Labuan Bajo, where the mentors of the seed scenario work. */
  @Provide
  Arbitrary<GeoPoint> nearbyPoints() {
    return Combinators.combine(
            Arbitraries.doubles().between(-8.8, -8.2).ofScale(4),
            Arbitraries.doubles().between(119.6, 120.2).ofScale(4))
        .as(GeoPoint::of);
  }

  @Provide
  Arbitrary<TravelModel> roadModels() {
    return Combinators.combine(
            Arbitraries.doubles().between(1, 3).ofScale(2),
            Arbitraries.doubles().between(5, 120).ofScale(1))
        .as(TravelModel::of)
        .edgeCases(edges -> edges.add(TravelModel.roads()));
  }
}
