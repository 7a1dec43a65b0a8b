package io.github.ikmsdk.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.statistics.Statistics;

/** Properties of {@link WorkCalendar}: additivity of working minutes, programme weeks. */
class WorkCalendarProperties {

  private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  private static final WorkCalendar CIVIL_SERVANT = WorkCalendar.civilServant(WITA);
  private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2024, 12, 31);
  private static final int MAX_INTERVAL_MINUTES = 21 * 24 * 60;

  /** The preset, and the preset with Ramadan hours, a regional holiday and extra days. */
  private static final List<WorkCalendar> CALENDARS =
      List.of(
          CIVIL_SERVANT,
          CIVIL_SERVANT.toBuilder()
              .addSpecialHours(
                  SpecialHours.of(
                      LocalDate.of(2023, 3, 23),
                      LocalDate.of(2023, 4, 21),
                      WeeklySchedule.civilServantRamadan(),
                      "Ramadan 1444 H"))
              .addSpecialHours(
                  SpecialHours.of(
                      LocalDate.of(2024, 3, 12),
                      LocalDate.of(2024, 4, 9),
                      WeeklySchedule.civilServantRamadan(),
                      "Ramadan 1445 H"))
              .addHoliday(
                  Holiday.of(LocalDate.of(2023, 8, 21), HolidayKind.REGIONAL_HOLIDAY, "Regional"))
              .addExtraWorkingDay(
                  ExtraWorkingDay.of(
                      LocalDate.of(2023, 8, 19), DaySchedule.parse("08:00-12:00"), "Sabtu"))
              .addExtraWorkingDay(
                  ExtraWorkingDay.of(
                      LocalDate.of(2023, 12, 25), DaySchedule.parse("00:00-24:00"), "Jaga"))
              .build());

  // --- generators -------------------------------------------------------------------------

  /** Dates in 2023-2024, biased towards holiday weeks and the turn of the year. */
  @Provide
  Arbitrary<LocalDate> dates() {
    long first = FIRST.toEpochDay();
    long last = LAST.toEpochDay();
    Arbitrary<LocalDate> uniform =
        Arbitraries.longs().between(first, last).map(LocalDate::ofEpochDay);
    Arbitrary<LocalDate> nearHoliday =
        Combinators.combine(
                Arbitraries.of(Holidays.indonesia()), Arbitraries.integers().between(-7, 7))
            .as((h, offset) -> h.date().plusDays(offset))
            .filter(d -> !d.isBefore(FIRST) && !d.isAfter(LAST));
    Arbitrary<LocalDate> nearNewYear =
        Arbitraries.integers()
            .between(-14, 14)
            .map(offset -> LocalDate.of(2024, 1, 1).plusDays(offset));
    return Arbitraries.frequencyOf(
        Tuple.of(3, uniform), Tuple.of(2, nearHoliday), Tuple.of(1, nearNewYear));
  }

  @Provide
  Arbitrary<LocalDateTime> dateTimes() {
    return Combinators.combine(dates(), Arbitraries.integers().between(0, 24 * 60 - 1))
        .as((d, minute) -> d.atStartOfDay().plusMinutes(minute));
  }

  /** Date-times a, b, c with a <= b <= c and c - a at most three weeks (whole minutes). */
  @Provide
  Arbitrary<Tuple3<LocalDateTime, LocalDateTime, LocalDateTime>> splitIntervals() {
    Arbitrary<Integer> lengths =
        Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.integers().between(0, 24 * 60)),
            Tuple.of(2, Arbitraries.integers().between(0, MAX_INTERVAL_MINUTES)));
    return Combinators.combine(dateTimes(), lengths, Arbitraries.doubles().between(0, 1))
        .as(
            (a, length, fraction) -> {
              long split = Math.round(length * fraction);
              return Tuple.of(a, a.plusMinutes(split), a.plusMinutes(length));
            });
  }

  @Provide
  Arbitrary<WorkCalendar> calendars() {
    return Arbitraries.of(CALENDARS);
  }

  private static void collectInterval(WorkCalendar calendar, LocalDateTime a, LocalDateTime c) {
    boolean holiday = false;
    for (LocalDate d = a.toLocalDate(); !d.isAfter(c.toLocalDate()); d = d.plusDays(1)) {
      holiday |= !calendar.holidays(d).isEmpty();
    }
    Statistics.label("touches a holiday").collect(holiday);
    Statistics.label("crosses a year").collect(a.getYear() != c.getYear());
    Statistics.label("multi-day").collect(!a.toLocalDate().equals(c.toLocalDate()));
  }

  // --- properties ---------------------------------------------------------------------------

  @Property
  void workingMinutesAreAdditiveAndBoundedByWallClock(
      @ForAll("calendars") WorkCalendar calendar,
      @ForAll("splitIntervals") Tuple3<LocalDateTime, LocalDateTime, LocalDateTime> interval) {
    LocalDateTime a = interval.get1();
    LocalDateTime b = interval.get2();
    LocalDateTime c = interval.get3();
    long whole = calendar.workingMinutes(a, c);
    assertEquals(whole, calendar.workingMinutes(a, b) + calendar.workingMinutes(b, c));
    assertTrue(whole >= 0);
    assertTrue(whole <= ChronoUnit.MINUTES.between(a, c), "exceeds wall clock");
    assertEquals(0, calendar.workingMinutes(c, a));
    assertEquals(calendar.workingDuration(a, c).toMinutes(), whole);
    collectInterval(calendar, a, c);
    Statistics.label("touches a holiday")
        .coverage(checker -> checker.check(true).percentage(p -> p > 10));
    Statistics.label("crosses a year").coverage(checker -> checker.check(true).count(n -> n > 0));
  }

  @Property(tries = 300)
  void workingMinutesAgreeWithMinuteByMinuteCount(
      @ForAll("calendars") WorkCalendar calendar,
      @ForAll("dateTimes") LocalDateTime start,
      @ForAll("shortLengths") int length) {
    LocalDateTime end = start.plusMinutes(length);
    long expected = 0;
    for (LocalDateTime t = start; t.isBefore(end); t = t.plusMinutes(1)) {
      LocalTime time = t.toLocalTime();
      if (calendar.schedule(t.toLocalDate()).workingWindows().stream()
          .anyMatch(w -> w.contains(time))) {
        expected++;
      }
    }
    assertEquals(expected, calendar.workingMinutes(start, end));
    if (start.toLocalDate().equals(end.toLocalDate())) {
      assertEquals(
          expected,
          calendar.workingMinutes(start.toLocalDate(), start.toLocalTime(), end.toLocalTime()));
    }
  }

  @Provide
  Arbitrary<Integer> shortLengths() {
    return Arbitraries.integers().between(0, 3 * 24 * 60);
  }

  @Property
  void holidaysHaveNoWorkingMinutes(
      @ForAll("bundledHolidays") Holiday holiday,
      @ForAll("minuteOfDayPairs") Tuple.Tuple2<Integer, Integer> minutes) {
    LocalDateTime day = holiday.date().atStartOfDay();
    LocalDateTime from = day.plusMinutes(minutes.get1());
    LocalDateTime to = day.plusMinutes(minutes.get2());
    assertEquals(0, CIVIL_SERVANT.workingMinutes(from, to));
    assertFalse(CIVIL_SERVANT.isWorkingDay(holiday.date()));
    Statistics.label("kind").collect(holiday.kind());
    Statistics.label("weekday").collect(holiday.date().getDayOfWeek());
  }

  @Provide
  Arbitrary<Holiday> bundledHolidays() {
    return Arbitraries.of(Holidays.indonesia());
  }

  /** Pairs (from, to) of minutes of the day with from <= to <= 1440 (the end of the day). */
  @Provide
  Arbitrary<Tuple.Tuple2<Integer, Integer>> minuteOfDayPairs() {
    return Arbitraries.integers()
        .between(0, 24 * 60)
        .flatMap(
            from -> Arbitraries.integers().between(from, 24 * 60).map(to -> Tuple.of(from, to)));
  }

  @Property
  void programmeWeeksCoverThePeriodWithoutGapOrOverlap(
      @ForAll("calendars") WorkCalendar calendar,
      @ForAll("dates") LocalDate firstDay,
      @ForAll("programmeLengths") int lengthDays,
      @ForAll("minWorkingDays") int minWorkingDays) {
    LocalDate lastDay = firstDay.plusDays(lengthDays - 1L);
    List<ProgrammeWeek> weeks = calendar.programmeWeeks(firstDay, lastDay, minWorkingDays);

    assertFalse(weeks.isEmpty());
    assertTrue(weeks.get(0).week().contains(firstDay));
    assertEquals(firstDay, weeks.get(0).firstDay());
    assertTrue(weeks.get(weeks.size() - 1).week().contains(lastDay));
    assertEquals(lastDay, weeks.get(weeks.size() - 1).lastDay());
    int days = 0;
    int workingDays = 0;
    for (int i = 0; i < weeks.size(); i++) {
      ProgrammeWeek w = weeks.get(i);
      assertEquals(i + 1, w.index());
      assertEquals(IsoWeek.from(w.firstDay()), w.week());
      if (i > 0) {
        assertEquals(weeks.get(i - 1).week().plusWeeks(1), w.week());
        assertEquals(weeks.get(i - 1).lastDay().plusDays(1), w.firstDay());
      }
      assertEquals(calendar.workingDays(w.firstDay(), w.lastDay()), w.workingDays());
      assertEquals(w.workingDays().size() >= minWorkingDays, w.visitRequired());
      assertEquals(
          calendar.workingMinutes(
              w.firstDay().atStartOfDay(), w.lastDay().plusDays(1).atStartOfDay()),
          w.workingMinutes());
      days += w.dayCount();
      workingDays += w.workingDays().size();
    }
    assertEquals(lengthDays, days);
    assertEquals(calendar.workingDays(firstDay, lastDay).size(), workingDays);

    Statistics.label("crosses a week-based year")
        .collect(
            weeks.get(0).week().weekBasedYear()
                != weeks.get(weeks.size() - 1).week().weekBasedYear());
    Statistics.label("first week without working day")
        .collect(weeks.get(0).workingDays().isEmpty());
    Statistics.label("crosses a week-based year")
        .coverage(checker -> checker.check(true).percentage(p -> p > 5));
    Statistics.label("first week without working day")
        .coverage(checker -> checker.check(true).count(n -> n > 0));
  }

  @Provide
  Arbitrary<Integer> programmeLengths() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.integers().between(1, 14)),
        Tuple.of(2, Arbitraries.integers().between(1, 200)));
  }

  @Provide
  Arbitrary<Integer> minWorkingDays() {
    return Arbitraries.integers().between(1, 5);
  }

  @Property
  void nextWorkingMomentIsTheFirstWorkingMinute(
      @ForAll("calendars") WorkCalendar calendar, @ForAll("dateTimes") LocalDateTime from) {
    Optional<LocalDateTime> next = calendar.nextWorkingMoment(from);
    assertTrue(next.isPresent());
    LocalDateTime t = next.orElseThrow();
    assertFalse(t.isBefore(from));
    assertEquals(1, calendar.workingMinutes(t, t.plusMinutes(1)));
    assertEquals(0, calendar.workingMinutes(from, t));
    assertEquals(
        calendar.isWorkingDay(from.toLocalDate())
            && calendar.schedule(from.toLocalDate()).workingWindows().stream()
                .anyMatch(w -> w.contains(from.toLocalTime())),
        t.equals(from));
    Statistics.label("already working").collect(t.equals(from));
    Statistics.label("next day or later").collect(!t.toLocalDate().equals(from.toLocalDate()));
    Statistics.label("from a weekend")
        .collect(
            from.getDayOfWeek() == DayOfWeek.SATURDAY || from.getDayOfWeek() == DayOfWeek.SUNDAY);
  }
}
