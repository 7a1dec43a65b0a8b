package io.github.ikmsdk.core.geo;

import static io.github.ikmsdk.core.geo.GeoPointTest.BATU_CERMIN;
import static io.github.ikmsdk.core.geo.GeoPointTest.LABUAN_BAJO;
import static io.github.ikmsdk.core.geo.GeoPointTest.WAE_KELAMBU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TravelModelTest {

  @Test
  void roadsFromTheDinasToTheSeedVillages() {
    // 2910.7 m * 1.4 = 4075 m at 500 m/min = 8.15 min, rounded up.
    assertEquals(Duration.ofMinutes(9), TravelModel.roads().travelTime(LABUAN_BAJO, BATU_CERMIN));
    assertEquals(Duration.ofMinutes(9), TravelModel.roads().travelTime(BATU_CERMIN, LABUAN_BAJO));
    // 2982.6 m * 1.4 = 4176 m: 8.35 min.
    assertEquals(Duration.ofMinutes(9), TravelModel.roads().travelTime(LABUAN_BAJO, WAE_KELAMBU));
    // Batu Cermin to Wae Kelambu: about 508 m * 1.4 = 711 m: 1.4 min.
    assertEquals(Duration.ofMinutes(2), TravelModel.roads().travelTime(BATU_CERMIN, WAE_KELAMBU));
  }

  @Test
  void roadsRoundsUpToWholeMinutes() {
    TravelModel roads = TravelModel.roads();
    for (GeoPoint[] pair :
        new GeoPoint[][] {
          {LABUAN_BAJO, BATU_CERMIN},
          {LABUAN_BAJO, WAE_KELAMBU},
          {BATU_CERMIN, WAE_KELAMBU},
          {GeoPoint.of(0, 0), GeoPoint.of(0, 1)}
        }) {
      double minutes = pair[0].distanceMetres(pair[1]) * 1.4 / 500;
      Duration time = roads.travelTime(pair[0], pair[1]);
      assertEquals((long) Math.ceil(minutes), time.toMinutes());
      assertEquals(0, time.toSecondsPart());
    }
  }

  @Test
  void samePointTakesNoTime() {
    assertEquals(Duration.ZERO, TravelModel.roads().travelTime(BATU_CERMIN, BATU_CERMIN));
    assertEquals(Duration.ZERO, TravelModel.of(3, 0.001).travelTime(LABUAN_BAJO, LABUAN_BAJO));
    assertEquals(
        Duration.ZERO,
        TravelModel.of(Double.MAX_VALUE, Double.MIN_VALUE).travelTime(LABUAN_BAJO, LABUAN_BAJO));
  }

  @Test
  void ofGivesOtherFactorsAndSpeeds() {
    // One degree of longitude on the equator: 111.195 km.
    GeoPoint a = GeoPoint.of(0, 0);
    GeoPoint b = GeoPoint.of(0, 1);
    assertEquals(Duration.ofMinutes(134), TravelModel.of(1, 50).travelTime(a, b));
    assertEquals(Duration.ofMinutes(267), TravelModel.of(2, 50).travelTime(a, b));
    assertEquals(Duration.ofMinutes(1), TravelModel.of(1, 1e9).travelTime(a, b));
  }

  @Test
  void noneIsAlwaysZero() {
    assertEquals(Duration.ZERO, TravelModel.none().travelTime(LABUAN_BAJO, BATU_CERMIN));
    assertEquals(
        Duration.ZERO, TravelModel.none().travelTime(GeoPoint.of(90, 0), GeoPoint.of(-90, 0)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0.999|30|road factor must be finite and at least 1, was 0.999",
        "0|30|road factor must be finite and at least 1, was 0.0",
        "NaN|30|road factor must be finite and at least 1, was NaN",
        "Infinity|30|road factor must be finite and at least 1, was Infinity",
        "1.4|0|speed must be finite and more than 0 km/h, was 0.0",
        "1.4|-30|speed must be finite and more than 0 km/h, was -30.0",
        "1.4|NaN|speed must be finite and more than 0 km/h, was NaN",
        "1.4|Infinity|speed must be finite and more than 0 km/h, was Infinity"
      })
  void rejectsBadParameters(double roadFactor, double speed, String message) {
    assertEquals(
        message,
        assertThrows(IllegalArgumentException.class, () -> TravelModel.of(roadFactor, speed))
            .getMessage());
  }

  @Test
  void travelTimeTooLongForADurationFails() {
    TravelModel absurd = TravelModel.of(Double.MAX_VALUE, Double.MIN_VALUE);
    assertThrows(ArithmeticException.class, () -> absurd.travelTime(LABUAN_BAJO, BATU_CERMIN));
  }

  @Test
  void toStrings() {
    assertEquals(
        "TravelModel[roadFactor=1.4, speedKmPerHour=30.0]", TravelModel.roads().toString());
    assertEquals(
        "TravelModel[roadFactor=2.0, speedKmPerHour=45.5]", TravelModel.of(2, 45.5).toString());
    assertEquals("TravelModel[none]", TravelModel.none().toString());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(TravelModel.roads(), TravelModel.of(1.4, 30), TravelModel.of(1.4, 30.0))
        .addEqualityGroup(TravelModel.of(1.4, 40))
        .addEqualityGroup(TravelModel.of(1.5, 30))
        .addEqualityGroup(TravelModel.none(), TravelModel.none())
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(GeoPoint.class, LABUAN_BAJO);
    tester.testAllPublicStaticMethods(TravelModel.class);
    tester.testAllPublicInstanceMethods(TravelModel.roads());
    tester.testAllPublicInstanceMethods(TravelModel.of(2, 10));
    tester.testAllPublicInstanceMethods(TravelModel.none());
  }
}
