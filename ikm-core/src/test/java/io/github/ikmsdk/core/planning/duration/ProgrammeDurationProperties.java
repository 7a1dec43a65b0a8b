package io.github.ikmsdk.core.planning.duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ProgrammeDurationProperties {

  private static final WorkCalendar CALENDAR =
      WorkCalendar.civilServant(ZoneId.of("Asia/Makassar"));

  @Provide
  Arbitrary<LocalDate> starts() {
    // 2020-2027, with month ends (28-31) over-represented.
    Arbitrary<LocalDate> any =
        Arbitraries.longs()
            .between(LocalDate.of(2020, 1, 1).toEpochDay(), LocalDate.of(2027, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    Arbitrary<LocalDate> monthEnds =
        Arbitraries.integers()
            .between(0, 8 * 12 - 1)
            .flatMap(
                m ->
                    Arbitraries.integers()
                        .between(0, 3)
                        .map(
                            back ->
                                LocalDate.of(2020, 1, 1).plusMonths(m + 1L).minusDays(1L + back)));
    return Arbitraries.oneOf(any, monthEnds);
  }

  @Property
  void endIsNotBeforeStartAndMonthsRoundTrip(
      @ForAll("starts") LocalDate start, @ForAll @IntRange(min = 1, max = 24) int months) {
    ProgrammeDuration duration = ProgrammeDuration.of(start, months);
    assertFalse(duration.endDate().isBefore(duration.startDate()));
    assertEquals(months, ProgrammeDuration.monthsBetween(start, duration.endDate()));
    assertEquals(duration, ProgrammeDuration.parse(duration.toString()));
  }

  @Property
  void monthsBetweenIsTheLargestFittingCount(
      @ForAll("starts") LocalDate start, @ForAll @IntRange(min = 0, max = 800) int days) {
    LocalDate end = start.plusDays(days);
    int months = ProgrammeDuration.monthsBetween(start, end);
    assertFalse(ProgrammeDuration.endDate(start, months).isAfter(end));
    assertTrue(ProgrammeDuration.endDate(start, months + 1).isAfter(end));
  }

  @Property(tries = 200)
  void weeksCoverThePeriodWithoutGapOrOverlap(
      @ForAll("starts") LocalDate start, @ForAll @IntRange(min = 1, max = 6) int months) {
    ProgrammeDuration duration = ProgrammeDuration.of(start, months);
    List<ProgrammeWeek> weeks = duration.weeks(CALENDAR, ProgrammePolicy.defaults());
    assertEquals(duration.startDate(), weeks.get(0).firstDay());
    assertEquals(duration.endDate(), weeks.get(weeks.size() - 1).lastDay());
    for (int i = 1; i < weeks.size(); i++) {
      assertEquals(weeks.get(i - 1).lastDay().plusDays(1), weeks.get(i).firstDay());
      assertEquals(i + 1, weeks.get(i).index());
    }
  }
}
