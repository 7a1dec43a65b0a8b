package io.github.ikmsdk.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {

  @Test
  void civilServantHoursAre37AndAHalfHours() {
    WeeklySchedule s = WeeklySchedule.civilServant();
    assertEquals(2_250, s.weeklyWorkingMinutes());
    assertEquals(Duration.ofMinutes(2_250), s.weeklyWorkingDuration());
    for (DayOfWeek d : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)) {
      assertEquals(DaySchedule.parse("07:30-12:00,13:00-16:00"), s.day(d));
    }
    assertEquals(DaySchedule.parse("07:30-11:30,13:00-16:30"), s.day(DayOfWeek.FRIDAY));
    assertEquals(450, s.day(DayOfWeek.FRIDAY).workingMinutes());
    assertEquals(DaySchedule.closed(), s.day(DayOfWeek.SATURDAY));
    assertEquals(DaySchedule.closed(), s.day(DayOfWeek.SUNDAY));
    assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), s.workingDays());
  }

  @Test
  void ramadanHoursAre32AndAHalfHours() {
    WeeklySchedule s = WeeklySchedule.civilServantRamadan();
    assertEquals(1_950, s.weeklyWorkingMinutes());
    assertEquals(DaySchedule.parse("08:00-12:00,12:30-15:00"), s.day(DayOfWeek.MONDAY));
    assertEquals(DaySchedule.parse("08:00-11:30,12:30-15:30"), s.day(DayOfWeek.FRIDAY));
    assertEquals(390, s.day(DayOfWeek.THURSDAY).workingMinutes());
    assertEquals(390, s.day(DayOfWeek.FRIDAY).workingMinutes());
    assertFalse(s.day(DayOfWeek.SATURDAY).isWorking());
  }

  @Test
  void missingDaysAreClosed() {
    WeeklySchedule s =
        WeeklySchedule.of(Map.of(DayOfWeek.SATURDAY, DaySchedule.parse("08:00-12:00")));
    assertEquals(240, s.weeklyWorkingMinutes());
    assertEquals(EnumSet.of(DayOfWeek.SATURDAY), s.workingDays());
    assertFalse(s.day(DayOfWeek.MONDAY).isWorking());
    assertEquals(7, s.days().size());
  }

  @Test
  void withReplacesOneDay() {
    WeeklySchedule s =
        WeeklySchedule.civilServant().with(DayOfWeek.SATURDAY, DaySchedule.parse("08:00-12:00"));
    assertEquals(2_490, s.weeklyWorkingMinutes());
    assertTrue(s.day(DayOfWeek.SATURDAY).isWorking());
    assertEquals(2_250, WeeklySchedule.civilServant().weeklyWorkingMinutes());
    assertEquals(WeeklySchedule.civilServant(), s.with(DayOfWeek.SATURDAY, DaySchedule.closed()));
  }

  @Test
  void builderAndToString() {
    WeeklySchedule s =
        WeeklySchedule.builder()
            .weekdays(DaySchedule.parse("07:30-12:00,13:00-16:00"))
            .day(DayOfWeek.FRIDAY, DaySchedule.parse("07:30-11:30,13:00-16:30"))
            .build();
    assertEquals(WeeklySchedule.civilServant(), s);
    assertEquals(s, WeeklySchedule.of(s.days()));
    assertEquals(
        "MONDAY=07:30-12:00,13:00-16:00; TUESDAY=07:30-12:00,13:00-16:00;"
            + " WEDNESDAY=07:30-12:00,13:00-16:00; THURSDAY=07:30-12:00,13:00-16:00;"
            + " FRIDAY=07:30-11:30,13:00-16:30; SATURDAY=closed; SUNDAY=closed",
        s.toString());
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            WeeklySchedule.civilServant(), WeeklySchedule.civilServant().toBuilder().build())
        .addEqualityGroup(WeeklySchedule.civilServantRamadan())
        .addEqualityGroup(WeeklySchedule.builder().build(), WeeklySchedule.of(Map.of()))
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(DaySchedule.class, DaySchedule.closed())
            .setDefault(DayOfWeek.class, DayOfWeek.MONDAY);
    tester.testAllPublicStaticMethods(WeeklySchedule.class);
    tester.testAllPublicInstanceMethods(WeeklySchedule.civilServant());
    tester.testAllPublicInstanceMethods(WeeklySchedule.builder());
  }
}
