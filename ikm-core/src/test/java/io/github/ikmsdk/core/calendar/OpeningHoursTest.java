package io.github.ikmsdk.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

  private static final TimeWindow DAY = TimeWindow.parse("08:00-16:00");
  private static final TimeWindow FRIDAY = TimeWindow.parse("08:00-11:30");
  private static final LocalDate INDEPENDENCE_DAY = LocalDate.of(2023, 8, 17);
  private static final LocalDate MARKET_DAY = LocalDate.of(2023, 8, 23);

  private static final OpeningHours HOURS =
      OpeningHours.builder()
          .every(DAY)
          .day(DayOfWeek.FRIDAY, FRIDAY)
          .closed(DayOfWeek.SATURDAY)
          .closed(DayOfWeek.SUNDAY)
          .closedOn(INDEPENDENCE_DAY)
          .date(MARKET_DAY, TimeWindow.parse("10:00-13:00"))
          .build();

  @Test
  void windowOfADateIsItsExceptionElseItsDayOfTheWeek() {
    assertEquals(Optional.of(DAY), HOURS.window(LocalDate.of(2023, 8, 21)));
    assertEquals(Optional.of(FRIDAY), HOURS.window(LocalDate.of(2023, 8, 25)));
    assertEquals(Optional.empty(), HOURS.window(LocalDate.of(2023, 8, 26)));
    assertEquals(Optional.empty(), HOURS.window(INDEPENDENCE_DAY));
    assertEquals(Optional.of(TimeWindow.parse("10:00-13:00")), HOURS.window(MARKET_DAY));
    assertEquals(Optional.of(FRIDAY), HOURS.day(DayOfWeek.FRIDAY));
    assertEquals(Optional.empty(), HOURS.day(DayOfWeek.SUNDAY));
  }

  @Test
  void alwaysIsOpenAllDayAndDailyIsOneWindowForEveryDay() {
    TimeWindow allDay = TimeWindow.parse("00:00-24:00");
    assertTrue(OpeningHours.always().isAlways());
    assertEquals(OpeningHours.always(), OpeningHours.builder().build());
    assertEquals(Optional.of(allDay), OpeningHours.always().window(INDEPENDENCE_DAY));
    assertEquals(7, OpeningHours.always().openDays().size());
    OpeningHours daily = OpeningHours.daily(DAY);
    assertFalse(daily.isAlways());
    for (DayOfWeek d : DayOfWeek.values()) {
      assertEquals(Optional.of(DAY), daily.day(d));
    }
    assertTrue(daily.exceptions().isEmpty());
  }

  @Test
  void accessorsListOpenDaysAndExceptionsInOrder() {
    assertEquals(
        Map.of(
            DayOfWeek.MONDAY, DAY,
            DayOfWeek.TUESDAY, DAY,
            DayOfWeek.WEDNESDAY, DAY,
            DayOfWeek.THURSDAY, DAY,
            DayOfWeek.FRIDAY, FRIDAY),
        HOURS.openDays());
    assertEquals(DayOfWeek.MONDAY, HOURS.openDays().keySet().iterator().next());
    assertEquals(INDEPENDENCE_DAY, HOURS.exceptions().firstKey());
    assertEquals(Optional.empty(), HOURS.exceptions().get(INDEPENDENCE_DAY));
    assertEquals(HOURS, HOURS.toBuilder().build());
    // A later exception for the same date replaces the earlier one.
    assertEquals(
        Optional.of(DAY),
        HOURS.toBuilder().date(INDEPENDENCE_DAY, DAY).build().window(INDEPENDENCE_DAY));
  }

  @Test
  void textListsTheDaysThenTheExceptions() {
    assertEquals(
        "MONDAY=08:00-16:00; TUESDAY=08:00-16:00; WEDNESDAY=08:00-16:00; THURSDAY=08:00-16:00;"
            + " FRIDAY=08:00-11:30; SATURDAY=closed; SUNDAY=closed; 2023-08-17=closed;"
            + " 2023-08-23=10:00-13:00",
        HOURS.toString());
  }

  @Test
  void equalityFollowsDaysAndExceptions() {
    new EqualsTester()
        .addEqualityGroup(OpeningHours.always(), OpeningHours.builder().build())
        .addEqualityGroup(OpeningHours.daily(DAY), OpeningHours.builder().every(DAY).build())
        .addEqualityGroup(HOURS, HOURS.toBuilder().build())
        .addEqualityGroup(HOURS.toBuilder().closed(DayOfWeek.MONDAY).build())
        .addEqualityGroup(OpeningHours.builder().closedOn(INDEPENDENCE_DAY).build())
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(TimeWindow.class, DAY)
            .setDefault(LocalDate.class, MARKET_DAY);
    tester.testAllPublicStaticMethods(OpeningHours.class);
    tester.testAllPublicInstanceMethods(HOURS);
    tester.testAllPublicInstanceMethods(OpeningHours.builder());
  }
}
