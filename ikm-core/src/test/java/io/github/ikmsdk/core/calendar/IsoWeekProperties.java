package io.github.ikmsdk.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Properties of {@link IsoWeek}. */
class IsoWeekProperties {

  /** Dates of years 1 to 9999, biased towards the turn of the year. */
  @Provide
  Arbitrary<LocalDate> dates() {
    Arbitrary<LocalDate> uniform =
        Arbitraries.longs()
            .between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    Arbitrary<LocalDate> nearNewYear =
        Combinators.combine(
                Arbitraries.integers().between(2, 9999), Arbitraries.integers().between(-10, 10))
            .as((year, offset) -> LocalDate.of(year, 1, 1).plusDays(offset));
    return Arbitraries.frequencyOf(Tuple.of(1, uniform), Tuple.of(1, nearNewYear));
  }

  @Property
  void fromContainsTheDateAndRoundTripsThroughText(@ForAll("dates") LocalDate date) {
    IsoWeek week = IsoWeek.from(date);
    assertEquals(week, IsoWeek.parse(week.toString()));
    assertEquals(week, IsoWeek.of(week.weekBasedYear(), week.week()));
    assertEquals(DayOfWeek.MONDAY, week.monday().getDayOfWeek());
    assertEquals(DayOfWeek.SUNDAY, week.sunday().getDayOfWeek());
    assertFalse(date.isBefore(week.monday()));
    assertFalse(date.isAfter(week.sunday()));
    assertTrue(week.contains(date));
    assertEquals(date, week.day(date.getDayOfWeek()));
    List<LocalDate> days = week.days();
    assertEquals(7, days.size());
    for (LocalDate d : days) {
      assertEquals(week, IsoWeek.from(d));
    }
    assertFalse(week.contains(week.monday().minusDays(1)));
    assertFalse(week.contains(week.sunday().plusDays(1)));

    Statistics.label("year boundary").collect(date.getYear() != week.weekBasedYear());
    Statistics.label("week 53").collect(week.week() == 53);
    Statistics.label("year boundary")
        .coverage(checker -> checker.check(true).percentage(p -> p > 2));
    Statistics.label("week 53").coverage(checker -> checker.check(true).count(n -> n > 0));
  }

  @Property
  void plusWeeksAgreesWithDates(
      @ForAll("dates") LocalDate date, @ForAll @IntRange(min = -600, max = 600) int weeks) {
    IsoWeek week = IsoWeek.from(date);
    IsoWeek moved = week.plusWeeks(weeks);
    assertEquals(IsoWeek.from(date.plusWeeks(weeks)), moved);
    assertEquals(weeks, week.weeksUntil(moved));
    assertEquals(Integer.signum(weeks), Integer.signum(moved.compareTo(week)));
    assertEquals(week, moved.plusWeeks(-weeks));
  }

  @Property
  void orderMatchesTheOrderOfMondays(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b) {
    IsoWeek wa = IsoWeek.from(a);
    IsoWeek wb = IsoWeek.from(b);
    assertEquals(
        Integer.signum(wa.monday().compareTo(wb.monday())), Integer.signum(wa.compareTo(wb)));
    assertEquals(ChronoUnit.WEEKS.between(wa.monday(), wb.monday()), wa.weeksUntil(wb));
  }

  @Property
  void everyWeekOfAYearIsValidAndConsecutive(@ForAll @IntRange(min = 1, max = 9998) int year) {
    int weeks = IsoWeek.weeksInYear(year);
    IsoWeek first = IsoWeek.of(year, 1);
    IsoWeek last = IsoWeek.of(year, weeks);
    assertEquals(weeks - 1L, first.weeksUntil(last));
    assertEquals(IsoWeek.of(year + 1, 1), last.plusWeeks(1));
    assertTrue(first.contains(LocalDate.of(year, 1, 4)));
    assertTrue(last.contains(LocalDate.of(year, 12, 28)));
    Statistics.label("weeks in year").collect(weeks);
    Statistics.label("weeks in year").coverage(checker -> checker.check(53).count(n -> n > 0));
  }
}
