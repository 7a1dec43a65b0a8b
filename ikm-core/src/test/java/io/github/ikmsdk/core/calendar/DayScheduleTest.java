package io.github.ikmsdk.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DayScheduleTest {

  private static final DaySchedule MON_THU =
      DaySchedule.of(LocalTime.of(7, 30), LocalTime.of(16, 0), List.of(w("12:00-13:00")));

  private static TimeWindow w(String text) {
    return TimeWindow.parse(text);
  }

  private static LocalTime t(int hour, int minute) {
    return LocalTime.of(hour, minute);
  }

  @Test
  void civilServantDay() {
    assertEquals(List.of(w("07:30-12:00"), w("13:00-16:00")), MON_THU.workingWindows());
    assertEquals(List.of(w("12:00-13:00")), MON_THU.breaks());
    assertTrue(MON_THU.isWorking());
    assertEquals(Optional.of(t(7, 30)), MON_THU.start());
    assertEquals(Optional.of(t(16, 0)), MON_THU.end());
    assertEquals(450, MON_THU.workingMinutes());
    assertEquals(Duration.ofMinutes(450), MON_THU.workingDuration());
    assertEquals("07:30-12:00,13:00-16:00", MON_THU.toString());
  }

  @Test
  void workingMinutesOfAnIntervalExcludeBreaks() {
    assertEquals(240, MON_THU.workingMinutes(t(10, 0), t(15, 0)));
    assertEquals(450, MON_THU.workingMinutes(LocalTime.MIDNIGHT, LocalTime.MAX));
    assertEquals(0, MON_THU.workingMinutes(t(12, 0), t(13, 0)));
    assertEquals(0, MON_THU.workingMinutes(t(15, 0), t(10, 0)));
    assertEquals(0, MON_THU.workingMinutes(t(10, 0), t(10, 0)));
    assertEquals(0, MON_THU.workingMinutes(t(5, 0), t(7, 30)));
    assertEquals(
        Duration.ofSeconds(90), MON_THU.workingDuration(t(7, 29), LocalTime.of(7, 31, 30)));
    assertEquals(1, MON_THU.workingMinutes(t(7, 29), LocalTime.of(7, 31, 30)));
  }

  @Test
  void closedDay() {
    DaySchedule closed = DaySchedule.closed();
    assertFalse(closed.isWorking());
    assertEquals(List.of(), closed.workingWindows());
    assertEquals(List.of(), closed.breaks());
    assertEquals(Optional.empty(), closed.start());
    assertEquals(Optional.empty(), closed.end());
    assertEquals(0, closed.workingMinutes());
    assertEquals(0, closed.workingMinutes(LocalTime.MIN, LocalTime.MAX));
    assertEquals("closed", closed.toString());
    assertSame(closed, DaySchedule.parse("closed"));
    assertSame(closed, DaySchedule.ofWindows(List.of()));
  }

  @Test
  void ofWindowsSortsAndMergesAbuttingWindows() {
    DaySchedule s =
        DaySchedule.ofWindows(List.of(w("13:00-16:00"), w("07:30-10:00"), w("10:00-12:00")));
    assertEquals(MON_THU, s);
    assertEquals(List.of(w("07:30-12:00"), w("13:00-16:00")), s.workingWindows());
  }

  @Test
  void abuttingBreaksMerge() {
    DaySchedule s = DaySchedule.of(t(8, 0), t(15, 0), List.of(w("12:30-13:00"), w("12:00-12:30")));
    assertEquals(List.of(w("12:00-13:00")), s.breaks());
    assertEquals(360, s.workingMinutes());
  }

  @Test
  void invalidBreaksAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> DaySchedule.of(t(7, 30), t(16, 0), List.of(w("06:00-08:00"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> DaySchedule.of(t(7, 30), t(16, 0), List.of(w("07:30-08:00"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> DaySchedule.of(t(7, 30), t(16, 0), List.of(w("15:00-16:00"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> DaySchedule.of(t(7, 30), t(16, 0), List.of(w("12:00-13:00"), w("12:30-13:30"))));
    assertThrows(
        IllegalArgumentException.class, () -> DaySchedule.of(t(16, 0), t(7, 30), List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> DaySchedule.ofWindows(List.of(w("07:00-12:00"), w("11:00-13:00"))));
  }

  @Test
  void parseRoundTrip() {
    for (String text :
        List.of("07:30-12:00,13:00-16:00", "closed", "00:00-24:00", "08:00-11:30,13:00-15:30:30")) {
      assertEquals(text, DaySchedule.parse(text).toString());
    }
    assertEquals(MON_THU, DaySchedule.parse(" 07:30-12:00 , 13:00-16:00 "));
    assertThrows(IllegalArgumentException.class, () -> DaySchedule.parse("07:30-12:00,"));
    assertThrows(IllegalArgumentException.class, () -> DaySchedule.parse(""));
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            MON_THU,
            DaySchedule.parse("07:30-12:00,13:00-16:00"),
            DaySchedule.ofWindows(List.of(w("13:00-16:00"), w("07:30-12:00"))))
        .addEqualityGroup(DaySchedule.closed(), DaySchedule.ofWindows(List.of()))
        .addEqualityGroup(DaySchedule.parse("07:30-16:00"))
        .addEqualityGroup(DaySchedule.parse("07:30-12:00,13:00-16:30"))
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(LocalTime.class, LocalTime.NOON)
            .setDefault(List.class, List.of());
    tester.testAllPublicStaticMethods(DaySchedule.class);
    tester.testAllPublicInstanceMethods(MON_THU);
  }
}
