package io.github.ikmsdk.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

  private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  private static final WorkCalendar CAL = WorkCalendar.civilServant(WITA);

  private static final LocalDate INDEPENDENCE_DAY = LocalDate.of(2023, 8, 17);
  private static final LocalDate MONDAY_21_AUG = LocalDate.of(2023, 8, 21);
  private static final LocalDate SATURDAY_19_AUG = LocalDate.of(2023, 8, 19);

  private static final SpecialHours RAMADAN_2023 =
      SpecialHours.of(
          LocalDate.of(2023, 3, 23),
          LocalDate.of(2023, 4, 21),
          WeeklySchedule.civilServantRamadan(),
          "Ramadan 1444 H");

  private static LocalTime t(int hour, int minute) {
    return LocalTime.of(hour, minute);
  }

  private static long weekMinutes(WorkCalendar calendar, IsoWeek week) {
    return calendar.workingMinutes(
        week.monday().atStartOfDay(), week.monday().plusWeeks(1).atStartOfDay());
  }

  @Test
  void presetUsesCivilServantHoursAndBundledHolidays() {
    assertEquals(WITA, CAL.zone());
    assertEquals(WeeklySchedule.civilServant(), CAL.weeklySchedule());
    assertEquals(Holidays.indonesia(), CAL.holidays());
    assertEquals(List.of(), CAL.specialHours());
    assertEquals(List.of(), CAL.extraWorkingDays());
  }

  @Test
  void independenceDayHasNoWorkingMinutes() {
    assertFalse(CAL.isWorkingDay(INDEPENDENCE_DAY));
    assertEquals(DaySchedule.closed(), CAL.schedule(INDEPENDENCE_DAY));
    assertEquals(0, CAL.workingMinutes(INDEPENDENCE_DAY, LocalTime.MIN, LocalTime.MAX));
    assertEquals(
        0,
        CAL.workingMinutes(
            INDEPENDENCE_DAY.atStartOfDay(), INDEPENDENCE_DAY.plusDays(1).atStartOfDay()));
    assertEquals(
        "Hari Kemerdekaan Republik Indonesia", CAL.holiday(INDEPENDENCE_DAY).orElseThrow().name());
    assertEquals(Optional.empty(), CAL.holiday(MONDAY_21_AUG));
  }

  @Test
  void independenceWeekHasFourWorkingDays() {
    IsoWeek w33 = IsoWeek.of(2023, 33);
    assertEquals(
        List.of(
            LocalDate.of(2023, 8, 14),
            LocalDate.of(2023, 8, 15),
            LocalDate.of(2023, 8, 16),
            LocalDate.of(2023, 8, 18)),
        CAL.workingDays(w33));
    assertEquals(1_800, weekMinutes(CAL, w33));
  }

  @Test
  void standardWeekHas2250WorkingMinutes() {
    IsoWeek w35 = IsoWeek.of(2023, 35);
    assertEquals(2_250, weekMinutes(CAL, w35));
    assertEquals(5, CAL.workingDays(w35).size());
    assertEquals(
        Duration.ofMinutes(2_250),
        CAL.workingDuration(w35.monday().atStartOfDay(), w35.sunday().atTime(LocalTime.MAX)));
  }

  @Test
  void visitMinutesExcludeTheBreak() {
    assertEquals(240, CAL.workingMinutes(MONDAY_21_AUG, t(10, 0), t(15, 0)));
    assertEquals(240, CAL.workingMinutes(MONDAY_21_AUG.atTime(10, 0), MONDAY_21_AUG.atTime(15, 0)));
    LocalDate friday = LocalDate.of(2023, 8, 25);
    assertEquals(150, CAL.workingMinutes(friday, t(11, 0), t(15, 0)));
    assertEquals(0, CAL.workingMinutes(friday, t(15, 0), t(11, 0)));
    assertEquals(0, CAL.workingMinutes(friday.atTime(15, 0), friday.atTime(11, 0)));
  }

  @Test
  void ramadanWeekHas1950WorkingMinutes() {
    WorkCalendar ramadan = CAL.toBuilder().addSpecialHours(RAMADAN_2023).build();
    assertEquals(1_950, weekMinutes(ramadan, IsoWeek.of(2023, 13)));
    assertEquals(Optional.of(RAMADAN_2023), ramadan.specialHours(LocalDate.of(2023, 3, 27)));
    assertEquals(Optional.empty(), ramadan.specialHours(LocalDate.of(2023, 4, 22)));
    // 2023-W12: Mon and Tue regular (2 x 450), Wed Nyepi, Thu cuti bersama, Fri Ramadan (390).
    assertEquals(1_290, weekMinutes(ramadan, IsoWeek.of(2023, 12)));
    assertEquals(3 * 450, weekMinutes(CAL, IsoWeek.of(2023, 12)));
  }

  @Test
  void overlappingSpecialHoursLatestAddedWins() {
    WeeklySchedule shortFridays =
        WeeklySchedule.civilServant().with(DayOfWeek.FRIDAY, DaySchedule.parse("07:30-11:30"));
    SpecialHours inner =
        SpecialHours.of(
            LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 30), shortFridays, "Short Fridays");
    WorkCalendar later =
        CAL.toBuilder().addSpecialHours(RAMADAN_2023).addSpecialHours(inner).build();
    WorkCalendar earlier =
        CAL.toBuilder().addSpecialHours(inner).addSpecialHours(RAMADAN_2023).build();
    LocalDate friday = LocalDate.of(2023, 4, 14);
    assertEquals(DaySchedule.parse("07:30-11:30"), later.schedule(friday));
    assertEquals(
        WeeklySchedule.civilServantRamadan().day(DayOfWeek.FRIDAY), earlier.schedule(friday));
    assertEquals(List.of(RAMADAN_2023, inner), later.specialHours());
    assertNotEquals(later, earlier);
  }

  @Test
  void regionalHolidayAddedAndRemoved() {
    Holiday regional =
        Holiday.of(MONDAY_21_AUG, HolidayKind.REGIONAL_HOLIDAY, "Hari Jadi Kabupaten");
    WorkCalendar withRegional = CAL.toBuilder().addHoliday(regional).build();
    assertFalse(withRegional.isWorkingDay(MONDAY_21_AUG));
    assertEquals(0, withRegional.workingMinutes(MONDAY_21_AUG, t(10, 0), t(15, 0)));
    assertEquals(Optional.of(regional), withRegional.holiday(MONDAY_21_AUG));

    WorkCalendar restored = withRegional.toBuilder().removeHoliday(MONDAY_21_AUG).build();
    assertTrue(restored.isWorkingDay(MONDAY_21_AUG));
    assertEquals(240, restored.workingMinutes(MONDAY_21_AUG, t(10, 0), t(15, 0)));
    assertEquals(CAL, restored);
  }

  @Test
  void removeHolidayCancelsABundledHoliday() {
    WorkCalendar cal = CAL.toBuilder().removeHoliday(INDEPENDENCE_DAY).build();
    assertTrue(cal.isWorkingDay(INDEPENDENCE_DAY));
    assertEquals(450, cal.schedule(INDEPENDENCE_DAY).workingMinutes());
    assertEquals(CAL.holidays().size() - 1, cal.holidays().size());
    // Operations apply in order: a holiday added after the removal stays.
    Holiday again = Holiday.of(INDEPENDENCE_DAY, HolidayKind.REGIONAL_HOLIDAY, "Lomba");
    assertFalse(
        CAL.toBuilder()
            .removeHoliday(INDEPENDENCE_DAY)
            .addHoliday(again)
            .build()
            .isWorkingDay(INDEPENDENCE_DAY));
    assertTrue(CAL.toBuilder().clearHolidays().build().isWorkingDay(INDEPENDENCE_DAY));
  }

  @Test
  void severalHolidaysOnOneDate() {
    Holiday regional = Holiday.of(INDEPENDENCE_DAY, HolidayKind.REGIONAL_HOLIDAY, "Lomba");
    WorkCalendar cal = CAL.toBuilder().addHoliday(regional).addHoliday(regional).build();
    assertEquals(2, cal.holidays(INDEPENDENCE_DAY).size());
    assertEquals(HolidayKind.PUBLIC_HOLIDAY, cal.holiday(INDEPENDENCE_DAY).orElseThrow().kind());
    assertEquals(regional, cal.holidays(INDEPENDENCE_DAY).get(1));
    assertEquals(List.of(), cal.holidays(MONDAY_21_AUG));
  }

  @Test
  void extraWorkingSaturdayWorks() {
    ExtraWorkingDay saturday =
        ExtraWorkingDay.of(SATURDAY_19_AUG, DaySchedule.parse("08:00-12:00"), "Kunjungan IKM");
    WorkCalendar cal = CAL.toBuilder().addExtraWorkingDay(saturday).build();
    assertFalse(CAL.isWorkingDay(SATURDAY_19_AUG));
    assertTrue(cal.isWorkingDay(SATURDAY_19_AUG));
    assertEquals(240, cal.workingMinutes(SATURDAY_19_AUG, t(7, 0), t(13, 0)));
    assertEquals(5, cal.workingDays(IsoWeek.of(2023, 33)).size());
    assertEquals(List.of(saturday), cal.extraWorkingDays());
    assertEquals(Optional.of(saturday), cal.extraWorkingDay(SATURDAY_19_AUG));
  }

  @Test
  void extraWorkingDayWinsOverHolidayAndSpecialHours() {
    ExtraWorkingDay onHoliday =
        ExtraWorkingDay.of(INDEPENDENCE_DAY, DaySchedule.parse("07:00-10:00"), "Upacara");
    WorkCalendar cal = CAL.toBuilder().addExtraWorkingDay(onHoliday).build();
    assertEquals(180, cal.schedule(INDEPENDENCE_DAY).workingMinutes());
    assertTrue(cal.holiday(INDEPENDENCE_DAY).isPresent());

    LocalDate ramadanMonday = LocalDate.of(2023, 3, 27);
    WorkCalendar both =
        CAL.toBuilder()
            .addSpecialHours(RAMADAN_2023)
            .addExtraWorkingDay(
                ExtraWorkingDay.of(ramadanMonday, DaySchedule.parse("09:00-10:00"), "Rapat"))
            .build();
    assertEquals(60, both.schedule(ramadanMonday).workingMinutes());
    // The later extra working day on the same date replaces the earlier one.
    WorkCalendar replaced =
        cal.toBuilder()
            .addExtraWorkingDay(
                ExtraWorkingDay.of(INDEPENDENCE_DAY, DaySchedule.parse("08:00-09:00"), "Ganti"))
            .build();
    assertEquals(60, replaced.schedule(INDEPENDENCE_DAY).workingMinutes());
    assertEquals(1, replaced.extraWorkingDays().size());
  }

  @Test
  void holidayWinsOverSpecialHours() {
    WorkCalendar ramadan = CAL.toBuilder().addSpecialHours(RAMADAN_2023).build();
    assertFalse(ramadan.isWorkingDay(LocalDate.of(2023, 4, 7))); // Wafat Yesus Kristus
  }

  @Test
  void programmeWeeksOfTheSeedProgramme() {
    LocalDate first = LocalDate.of(2023, 8, 10);
    LocalDate last = LocalDate.of(2023, 11, 9);
    List<ProgrammeWeek> weeks = CAL.programmeWeeks(first, last);
    assertEquals(14, weeks.size());

    ProgrammeWeek w1 = weeks.get(0);
    assertEquals(IsoWeek.of(2023, 32), w1.week());
    assertEquals(1, w1.index());
    assertEquals(first, w1.firstDay());
    assertEquals(LocalDate.of(2023, 8, 13), w1.lastDay());
    assertEquals(4, w1.dayCount());
    assertEquals(List.of(first, LocalDate.of(2023, 8, 11)), w1.workingDays());
    assertEquals(900, w1.workingMinutes());
    assertTrue(w1.visitRequired());

    ProgrammeWeek w2 = weeks.get(1);
    assertEquals(IsoWeek.of(2023, 33), w2.week());
    assertEquals(4, w2.workingDays().size());
    assertEquals(1_800, w2.workingMinutes());

    ProgrammeWeek lastWeek = weeks.get(13);
    assertEquals(IsoWeek.of(2023, 45), lastWeek.week());
    assertEquals(14, lastWeek.index());
    assertEquals(LocalDate.of(2023, 11, 6), lastWeek.firstDay());
    assertEquals(last, lastWeek.lastDay());
    assertEquals(4, lastWeek.workingDays().size());

    int days = weeks.stream().mapToInt(ProgrammeWeek::dayCount).sum();
    assertEquals(ChronoUnit.DAYS.between(first, last) + 1, days);
    assertTrue(weeks.stream().allMatch(ProgrammeWeek::visitRequired));
    assertEquals(weeks, CAL.programmeWeeks(first, last, 1));
  }

  @Test
  void weekWithTooFewWorkingDaysNeedsNoVisit() {
    List<ProgrammeWeek> weeks =
        CAL.programmeWeeks(LocalDate.of(2023, 8, 10), LocalDate.of(2023, 9, 30), 5);
    assertFalse(weeks.get(0).visitRequired()); // 2 working days
    assertFalse(weeks.get(1).visitRequired()); // 4 working days
    assertTrue(weeks.get(2).visitRequired());
    assertEquals(5, weeks.get(2).minWorkingDaysForVisit());
  }

  @Test
  void programmeStartingOnSaturdayHasAnEmptyFirstWeek() {
    List<ProgrammeWeek> weeks = CAL.programmeWeeks(SATURDAY_19_AUG, LocalDate.of(2023, 9, 30));
    ProgrammeWeek first = weeks.get(0);
    assertEquals(IsoWeek.of(2023, 33), first.week());
    assertEquals(2, first.dayCount());
    assertEquals(List.of(), first.workingDays());
    assertEquals(0, first.workingMinutes());
    assertFalse(first.visitRequired());
  }

  @Test
  void programmeOverTheYearBoundary() {
    List<ProgrammeWeek> weeks =
        CAL.programmeWeeks(LocalDate.of(2024, 12, 30), LocalDate.of(2024, 12, 31));
    assertEquals(1, weeks.size());
    assertEquals(IsoWeek.of(2025, 1), weeks.get(0).week());
    assertEquals(2, weeks.get(0).workingDays().size());
  }

  @Test
  void programmeWeeksRejectBadArguments() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CAL.programmeWeeks(MONDAY_21_AUG, MONDAY_21_AUG.minusDays(1)));
    assertThrows(
        IllegalArgumentException.class, () -> CAL.programmeWeeks(MONDAY_21_AUG, MONDAY_21_AUG, 0));
    assertEquals(1, CAL.programmeWeeks(MONDAY_21_AUG, MONDAY_21_AUG).size());
  }

  @Test
  void workingDaysOfARange() {
    assertEquals(
        List.of(LocalDate.of(2023, 8, 16), LocalDate.of(2023, 8, 18), MONDAY_21_AUG),
        CAL.workingDays(LocalDate.of(2023, 8, 16), MONDAY_21_AUG));
    assertEquals(List.of(), CAL.workingDays(MONDAY_21_AUG, MONDAY_21_AUG.minusDays(1)));
  }

  @Test
  void nextWorkingMoment() {
    assertEquals(
        Optional.of(LocalDateTime.of(2023, 8, 18, 7, 30)),
        CAL.nextWorkingMoment(INDEPENDENCE_DAY.atTime(9, 0)));
    assertEquals(
        Optional.of(MONDAY_21_AUG.atTime(13, 0)),
        CAL.nextWorkingMoment(MONDAY_21_AUG.atTime(12, 30)));
    assertEquals(
        Optional.of(MONDAY_21_AUG.atTime(10, 0)),
        CAL.nextWorkingMoment(MONDAY_21_AUG.atTime(10, 0)));
    assertEquals(
        Optional.of(MONDAY_21_AUG.atTime(7, 30)),
        CAL.nextWorkingMoment(LocalDateTime.of(2023, 8, 18, 16, 30)));
    WorkCalendar never =
        WorkCalendar.builder().zone(WITA).weeklySchedule(WeeklySchedule.builder().build()).build();
    assertEquals(Optional.empty(), never.nextWorkingMoment(MONDAY_21_AUG.atTime(8, 0)));
    ExtraWorkingDay farAway =
        ExtraWorkingDay.of(MONDAY_21_AUG.plusDays(700), DaySchedule.parse("08:00-09:00"), "x");
    assertEquals(
        Optional.of(MONDAY_21_AUG.plusDays(700).atTime(8, 0)),
        never.toBuilder()
            .addExtraWorkingDay(farAway)
            .build()
            .nextWorkingMoment(MONDAY_21_AUG.atTime(8, 0)));
  }

  @Test
  void todayIsTheDateInTheCalendarZone() {
    Clock clock = Clock.fixed(Instant.parse("2023-08-16T16:30:00Z"), ZoneOffset.UTC);
    assertEquals(INDEPENDENCE_DAY, CAL.today(clock));
    assertEquals(
        LocalDate.of(2023, 8, 16),
        WorkCalendar.civilServant(ZoneId.of("Asia/Jakarta"))
            .today(Clock.fixed(Instant.parse("2023-08-16T16:30:00Z"), ZoneOffset.UTC)));
  }

  @Test
  void longSpansCountEveryDay() {
    LocalDateTime start = LocalDateTime.of(2023, 1, 1, 0, 0);
    LocalDateTime end = LocalDateTime.of(2025, 1, 1, 0, 0);
    long expected = 0;
    for (LocalDate d = start.toLocalDate(); d.isBefore(end.toLocalDate()); d = d.plusDays(1)) {
      expected += CAL.schedule(d).workingMinutes();
    }
    assertEquals(expected, CAL.workingMinutes(start, end));
    // 2023 has 260 weekdays; 21 of its 27 holidays fall on one.
    long weekdays2023 =
        CAL.workingDays(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).size();
    assertEquals(260 - 21, weekdays2023);
  }

  @Test
  void builderNeedsAZone() {
    assertThrows(IllegalStateException.class, () -> WorkCalendar.builder().build());
    WorkCalendar plain = WorkCalendar.builder().zone(WITA).build();
    assertEquals(WeeklySchedule.civilServant(), plain.weeklySchedule());
    assertEquals(List.of(), plain.holidays());
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(CAL, WorkCalendar.civilServant(WITA), CAL.toBuilder().build())
        .addEqualityGroup(WorkCalendar.civilServant(ZoneId.of("Asia/Jakarta")))
        .addEqualityGroup(CAL.toBuilder().removeHoliday(INDEPENDENCE_DAY).build())
        .addEqualityGroup(CAL.toBuilder().addSpecialHours(RAMADAN_2023).build())
        .addEqualityGroup(
            CAL.toBuilder().weeklySchedule(WeeklySchedule.civilServantRamadan()).build())
        .testEquals();
    assertTrue(CAL.toString().startsWith("WorkCalendar{zone=Asia/Makassar"), CAL.toString());
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ZoneId.class, WITA)
            .setDefault(LocalDate.class, MONDAY_21_AUG)
            .setDefault(LocalTime.class, LocalTime.NOON)
            .setDefault(LocalDateTime.class, MONDAY_21_AUG.atTime(10, 0))
            .setDefault(IsoWeek.class, IsoWeek.of(2023, 34))
            .setDefault(Clock.class, Clock.systemUTC())
            .setDefault(WeeklySchedule.class, WeeklySchedule.civilServant())
            .setDefault(Holiday.class, Holidays.indonesia().get(0))
            .setDefault(SpecialHours.class, RAMADAN_2023)
            .setDefault(
                ExtraWorkingDay.class,
                ExtraWorkingDay.of(SATURDAY_19_AUG, DaySchedule.parse("08:00-12:00"), "x"));
    tester.testAllPublicStaticMethods(WorkCalendar.class);
    tester.testAllPublicInstanceMethods(CAL);
    tester.testAllPublicInstanceMethods(CAL.toBuilder());
  }
}
