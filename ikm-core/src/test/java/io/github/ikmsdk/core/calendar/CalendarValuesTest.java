package io.github.ikmsdk.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests of the small calendar values: SpecialHours, ExtraWorkingDay and ProgrammeWeek. */
class CalendarValuesTest {

  private static final LocalDate D = LocalDate.of(2023, 8, 19);
  private static final DaySchedule MORNING = DaySchedule.parse("08:00-12:00");

  @Test
  void specialHours() {
    SpecialHours s =
        SpecialHours.of(D, D.plusDays(2), WeeklySchedule.civilServantRamadan(), " Ramadan ");
    assertEquals("Ramadan", s.name());
    assertEquals(D, s.firstDay());
    assertEquals(D.plusDays(2), s.lastDay());
    assertEquals(WeeklySchedule.civilServantRamadan(), s.schedule());
    assertTrue(s.contains(D));
    assertTrue(s.contains(D.plusDays(2)));
    assertFalse(s.contains(D.minusDays(1)));
    assertFalse(s.contains(D.plusDays(3)));
    assertTrue(SpecialHours.of(D, D, WeeklySchedule.civilServant(), "x").contains(D));
    assertThrows(
        IllegalArgumentException.class,
        () -> SpecialHours.of(D, D.minusDays(1), WeeklySchedule.civilServant(), "x"));
    assertThrows(
        IllegalArgumentException.class,
        () -> SpecialHours.of(D, D, WeeklySchedule.civilServant(), ""));
    new EqualsTester()
        .addEqualityGroup(s, SpecialHours.of(D, D.plusDays(2), s.schedule(), "Ramadan"))
        .addEqualityGroup(SpecialHours.of(D, D.plusDays(3), s.schedule(), "Ramadan"))
        .addEqualityGroup(SpecialHours.of(D.plusDays(1), D.plusDays(2), s.schedule(), "Ramadan"))
        .addEqualityGroup(
            SpecialHours.of(D, D.plusDays(2), WeeklySchedule.civilServant(), "Ramadan"))
        .addEqualityGroup(SpecialHours.of(D, D.plusDays(2), s.schedule(), "Puasa"))
        .testEquals();
  }

  @Test
  void extraWorkingDay() {
    ExtraWorkingDay e = ExtraWorkingDay.of(D, MORNING, "Kunjungan IKM");
    assertEquals(D, e.date());
    assertEquals(MORNING, e.schedule());
    assertEquals("Kunjungan IKM", e.name());
    assertEquals("2023-08-19 08:00-12:00 \"Kunjungan IKM\"", e.toString());
    assertThrows(
        IllegalArgumentException.class, () -> ExtraWorkingDay.of(D, DaySchedule.closed(), "x"));
    assertThrows(IllegalArgumentException.class, () -> ExtraWorkingDay.of(D, MORNING, " "));
    assertTrue(e.compareTo(ExtraWorkingDay.of(D.plusDays(1), MORNING, "A")) < 0);
    new EqualsTester()
        .addEqualityGroup(e, ExtraWorkingDay.of(D, MORNING, "Kunjungan IKM "))
        .addEqualityGroup(ExtraWorkingDay.of(D.plusDays(1), MORNING, "Kunjungan IKM"))
        .addEqualityGroup(ExtraWorkingDay.of(D, DaySchedule.parse("08:00-11:00"), "Kunjungan IKM"))
        .addEqualityGroup(ExtraWorkingDay.of(D, MORNING, "Lain"))
        .testEquals();
  }

  @Test
  void programmeWeek() {
    IsoWeek w = IsoWeek.of(2023, 32);
    LocalDate thu = LocalDate.of(2023, 8, 10);
    LocalDate fri = LocalDate.of(2023, 8, 11);
    LocalDate sun = LocalDate.of(2023, 8, 13);
    ProgrammeWeek p = ProgrammeWeek.of(w, 1, thu, sun, List.of(thu, fri), 900, 1);
    assertEquals(4, p.dayCount());
    assertTrue(p.visitRequired());
    assertFalse(ProgrammeWeek.of(w, 1, thu, sun, List.of(thu, fri), 900, 3).visitRequired());
    assertEquals(
        "#1 2023-W32 2023-08-10..2023-08-13 2 working days, 900 min, visit required", p.toString());
    assertThrows(
        IllegalArgumentException.class, () -> ProgrammeWeek.of(w, 0, thu, sun, List.of(), 0, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> ProgrammeWeek.of(w, 1, thu, sun.plusDays(1), List.of(), 0, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> ProgrammeWeek.of(w, 1, thu, sun, List.of(fri, thu), 0, 1));
    assertThrows(
        IllegalArgumentException.class, () -> ProgrammeWeek.of(w, 1, fri, sun, List.of(thu), 0, 1));
    assertThrows(
        IllegalArgumentException.class, () -> ProgrammeWeek.of(w, 1, thu, sun, List.of(), -1, 1));
    assertThrows(
        IllegalArgumentException.class, () -> ProgrammeWeek.of(w, 1, thu, sun, List.of(), 0, 0));
    new EqualsTester()
        .addEqualityGroup(p, ProgrammeWeek.of(w, 1, thu, sun, List.of(thu, fri), 900, 1))
        .addEqualityGroup(ProgrammeWeek.of(w, 2, thu, sun, List.of(thu, fri), 900, 1))
        .addEqualityGroup(ProgrammeWeek.of(w, 1, fri, sun, List.of(fri), 450, 1))
        .addEqualityGroup(ProgrammeWeek.of(w, 1, thu, sun, List.of(thu, fri), 900, 2))
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(LocalDate.class, D)
            .setDefault(IsoWeek.class, IsoWeek.from(D))
            .setDefault(DaySchedule.class, MORNING)
            .setDefault(WeeklySchedule.class, WeeklySchedule.civilServant())
            .setDefault(String.class, "x")
            .setDefault(List.class, List.of());
    tester.testAllPublicStaticMethods(SpecialHours.class);
    tester.testAllPublicStaticMethods(ExtraWorkingDay.class);
    tester.testAllPublicStaticMethods(ProgrammeWeek.class);
    tester.testAllPublicInstanceMethods(SpecialHours.of(D, D, WeeklySchedule.civilServant(), "x"));
    tester.testAllPublicInstanceMethods(ExtraWorkingDay.of(D, MORNING, "x"));
    tester.testAllPublicInstanceMethods(
        ProgrammeWeek.of(IsoWeek.from(D), 1, D, D, List.of(), 0, 1));
  }
}
