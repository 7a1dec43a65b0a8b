package io.github.ikmsdk.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeoPointTest {

  static final GeoPoint LABUAN_BAJO = GeoPoint.of(-8.500, 119.883);
  static final GeoPoint BATU_CERMIN = GeoPoint.of(-8.4793, 119.8992);
  static final GeoPoint WAE_KELAMBU = GeoPoint.of(-8.4763, 119.8957);

  /**
   * The central angle by the Vincenty formula for a sphere (atan2 form), which is independent of
   * the haversine formula of {@link GeoPoint#distanceMetres(GeoPoint)} and well conditioned
   * everywhere.
   */
  static double referenceDistanceMetres(GeoPoint a, GeoPoint b) {
    double phi1 = Math.toRadians(a.latitude());
    double phi2 = Math.toRadians(b.latitude());
    double dLambda = Math.toRadians(b.longitude() - a.longitude());
    double y1 = Math.cos(phi2) * Math.sin(dLambda);
    double y2 =
        Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLambda);
    double x =
        Math.sin(phi1) * Math.sin(phi2) + Math.cos(phi1) * Math.cos(phi2) * Math.cos(dLambda);
    return GeoPoint.EARTH_RADIUS_METRES * Math.atan2(Math.hypot(y1, y2), x);
  }

  @Test
  void labuanBajoToBatuCerminIsAboutThreeKilometres() {
    double distance = LABUAN_BAJO.distanceMetres(BATU_CERMIN);
    assertEquals(referenceDistanceMetres(LABUAN_BAJO, BATU_CERMIN), distance, 1.0);
    assertEquals(2910.7, distance, 0.1);
    assertEquals(distance, BATU_CERMIN.distanceMetres(LABUAN_BAJO), 1e-9);
  }

  @Test
  void labuanBajoToWaeKelambu() {
    double distance = LABUAN_BAJO.distanceMetres(WAE_KELAMBU);
    assertEquals(referenceDistanceMetres(LABUAN_BAJO, WAE_KELAMBU), distance, 1.0);
    assertEquals(2982.6, distance, 0.1);
  }

  @Test
  void distanceToItselfIsZero() {
    assertEquals(0.0, BATU_CERMIN.distanceMetres(BATU_CERMIN));
    assertEquals(0.0, GeoPoint.of(90, 0).distanceMetres(GeoPoint.of(90, 123)), 1e-6);
  }

  @Test
  void longDistances() {
    // A quarter of the equator, and antipodes across the date line.
    double quarter = Math.PI / 2 * GeoPoint.EARTH_RADIUS_METRES;
    assertEquals(quarter, GeoPoint.of(0, 0).distanceMetres(GeoPoint.of(0, 90)), 1e-6);
    assertEquals(quarter, GeoPoint.of(0, 0).distanceMetres(GeoPoint.of(90, 0)), 1e-6);
    assertEquals(
        2 * quarter, GeoPoint.of(-8.5, 119.883).distanceMetres(GeoPoint.of(8.5, -60.117)), 1.0);
    assertEquals(
        referenceDistanceMetres(GeoPoint.of(10, 179.5), GeoPoint.of(-10, -179.5)),
        GeoPoint.of(10, 179.5).distanceMetres(GeoPoint.of(-10, -179.5)),
        1.0);
  }

  @Test
  void textRoundTrip() {
    assertEquals("-8.4793,119.8992", BATU_CERMIN.toString());
    assertEquals(BATU_CERMIN, GeoPoint.parse("-8.4793,119.8992"));
    assertEquals(BATU_CERMIN, GeoPoint.parse(" -8.4793 , 119.8992 "));
    assertEquals(LABUAN_BAJO, GeoPoint.parse(LABUAN_BAJO.toString()));
    assertEquals("0.0,0.0", GeoPoint.of(-0.0, -0.0).toString());
    assertEquals(GeoPoint.of(0, 0), GeoPoint.of(-0.0, -0.0));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        ",",
        "-8.4793",
        "-8.4793;119.8992",
        "-8.4793,119.8992,0",
        "a,b",
        "91,0",
        "0,181",
        "-90.5,0",
        "NaN,0",
        "0,Infinity",
        ",119.8992",
        "-8.4793,"
      })
  void rejectsBadText(String text) {
    assertThrows(IllegalArgumentException.class, () -> GeoPoint.parse(text));
  }

  @Test
  void rejectsOutOfRangeCoordinates() {
    assertThrows(IllegalArgumentException.class, () -> GeoPoint.of(90.000001, 0));
    assertThrows(IllegalArgumentException.class, () -> GeoPoint.of(0, -180.000001));
    assertThrows(IllegalArgumentException.class, () -> GeoPoint.of(Double.NaN, 0));
    assertThrows(IllegalArgumentException.class, () -> GeoPoint.of(0, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> GeoPoint.of(Double.NEGATIVE_INFINITY, 0));
    assertEquals(-90.0, GeoPoint.of(-90, 180).latitude());
    assertEquals(180.0, GeoPoint.of(-90, 180).longitude());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            BATU_CERMIN, GeoPoint.of(-8.4793, 119.8992), GeoPoint.parse("-8.4793,119.8992"))
        .addEqualityGroup(LABUAN_BAJO)
        .addEqualityGroup(GeoPoint.of(0, 0), GeoPoint.of(-0.0, 0.0))
        .addEqualityGroup(GeoPoint.of(119.8992 - 120, -8.4793))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(GeoPoint.class);
    tester.testAllPublicInstanceMethods(BATU_CERMIN);
  }
}
