package io.github.ikmsdk.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeWindowTest {

  private static TimeWindow w(String text) {
    return TimeWindow.parse(text);
  }

  @Test
  void ofAndAccessors() {
    TimeWindow morning = TimeWindow.of(LocalTime.of(7, 30), LocalTime.of(12, 0));
    assertEquals(LocalTime.of(7, 30), morning.start());
    assertEquals(LocalTime.of(12, 0), morning.end());
    assertEquals(270, morning.minutes());
    assertEquals(Duration.ofMinutes(270), morning.duration());
    assertEquals("07:30-12:00", morning.toString());
    assertEquals(morning, w("07:30-12:00"));
    assertEquals(morning, w(" 07:30 - 12:00 "));
    assertFalse(morning.endsAtEndOfDay());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "07:30-12:00",
        "00:00-24:00",
        "22:00-24:00",
        "07:30:15-12:00",
        "10:00-10:00:00.500"
      })
  void toStringParseRoundTrip(String text) {
    assertEquals(text, w(text).toString());
    assertEquals(w(text), w(w(text).toString()));
  }

  @Test
  void midnightAsEndMeansEndOfDay() {
    TimeWindow evening = TimeWindow.of(LocalTime.of(22, 0), LocalTime.MIDNIGHT);
    assertTrue(evening.endsAtEndOfDay());
    assertEquals("22:00-24:00", evening.toString());
    assertEquals(120, evening.minutes());
    assertTrue(evening.contains(LocalTime.MAX));
    assertFalse(evening.contains(LocalTime.MIDNIGHT));
    assertEquals(1440, w("00:00-24:00").minutes());
    assertTrue(w("00:00-24:00").contains(LocalTime.MIDNIGHT));
  }

  @Test
  void secondsAreKeptAndMinutesRoundDown() {
    TimeWindow w = TimeWindow.of(LocalTime.of(10, 0), LocalTime.of(10, 1, 30));
    assertEquals("10:00-10:01:30", w.toString());
    assertEquals(1, w.minutes());
    assertEquals(Duration.ofSeconds(90), w.duration());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "12:00",
        "12:00-12:00",
        "13:00-12:00",
        "7:30-12:00",
        "07:30-",
        "a-b",
        "07:30-12:00-13:00",
        "24:00-24:00",
        "24:00-12:00",
        "07:30–12:00"
      })
  void parseRejectsMalformedText(String text) {
    assertThrows(IllegalArgumentException.class, () -> TimeWindow.parse(text));
  }

  @Test
  void ofRejectsEmptyOrReversedWindow() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TimeWindow.of(LocalTime.of(12, 0), LocalTime.of(12, 0)));
    assertThrows(
        IllegalArgumentException.class,
        () -> TimeWindow.of(LocalTime.of(12, 0), LocalTime.of(11, 59)));
    // MIDNIGHT as an end is 24:00, so this is the whole day rather than an empty window.
    assertEquals(w("00:00-24:00"), TimeWindow.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
  }

  @Test
  void containsIsHalfOpen() {
    TimeWindow w = w("07:30-12:00");
    assertTrue(w.contains(LocalTime.of(7, 30)));
    assertTrue(w.contains(LocalTime.of(11, 59, 59)));
    assertFalse(w.contains(LocalTime.of(12, 0)));
    assertFalse(w.contains(LocalTime.of(7, 29)));
  }

  @Test
  void relationsOfNeighbouringWindows() {
    TimeWindow morning = w("07:30-12:00");
    TimeWindow lunch = w("12:00-13:00");
    assertTrue(morning.abuts(lunch));
    assertTrue(lunch.abuts(morning));
    assertFalse(morning.overlaps(lunch));
    assertEquals(Optional.empty(), morning.intersection(lunch));
    assertTrue(w("07:00-17:00").encloses(morning));
    assertFalse(morning.encloses(w("07:00-17:00")));
    assertTrue(morning.encloses(morning));
    assertEquals(Optional.of(w("11:00-12:00")), morning.intersection(w("11:00-14:00")));
  }

  /** Cross-checks every relation against Guava's closed-open Range on a grid of hours. */
  @Test
  void relationsAgreeWithGuavaRange() {
    for (int a = 0; a < 24; a += 3) {
      for (int b = a + 1; b <= 24; b += 2) {
        for (int c = 0; c < 24; c += 2) {
          for (int d = c + 1; d <= 24; d += 3) {
            TimeWindow x = window(a, b);
            TimeWindow y = window(c, d);
            Range<Integer> rx = Range.closedOpen(a, b);
            Range<Integer> ry = Range.closedOpen(c, d);
            boolean overlap = rx.isConnected(ry) && !rx.intersection(ry).isEmpty();
            String pair = x + " " + y;
            assertEquals(overlap, x.overlaps(y), pair);
            assertEquals(overlap, y.overlaps(x), pair);
            assertEquals(rx.encloses(ry), x.encloses(y), pair);
            assertEquals(b == c || d == a, x.abuts(y), pair);
            assertEquals(x.abuts(y), y.abuts(x), pair);
            Optional<TimeWindow> expected =
                overlap
                    ? Optional.of(
                        window(
                            rx.intersection(ry).lowerEndpoint(),
                            rx.intersection(ry).upperEndpoint()))
                    : Optional.empty();
            assertEquals(expected, x.intersection(y), pair);
            assertEquals(expected, y.intersection(x), pair);
            for (int t = 0; t < 24; t++) {
              assertEquals(rx.contains(t), x.contains(LocalTime.of(t, 0)), pair + " " + t);
            }
          }
        }
      }
    }
  }

  private static TimeWindow window(int startHour, int endHour) {
    return TimeWindow.of(LocalTime.of(startHour, 0), LocalTime.of(endHour % 24, 0));
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(w("07:30-12:00"), TimeWindow.of(LocalTime.of(7, 30), LocalTime.NOON))
        .addEqualityGroup(w("07:30-12:01"))
        .addEqualityGroup(w("07:31-12:00"))
        .addEqualityGroup(w("22:00-24:00"), TimeWindow.of(LocalTime.of(22, 0), LocalTime.MIDNIGHT))
        .addEqualityGroup(w("22:00-23:59:59.999999999"))
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester = new NullPointerTester().setDefault(LocalTime.class, LocalTime.NOON);
    tester.setDefault(TimeWindow.class, w("08:00-09:00"));
    tester.testAllPublicStaticMethods(TimeWindow.class);
    tester.testAllPublicInstanceMethods(w("07:30-12:00"));
  }
}
