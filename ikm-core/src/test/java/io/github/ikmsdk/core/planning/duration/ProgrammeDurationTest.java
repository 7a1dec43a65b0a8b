package io.github.ikmsdk.core.planning.duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.testing.SeedFixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeDurationTest {

  private static final LocalDate AUG_14 = LocalDate.of(2023, 8, 14);

  private static Commodity commodity(String id, String name, int min, int max) {
    return Commodity.builder()
        .id(CommodityId.of(id))
        .name(name)
        .minDurationMonths(min)
        .maxDurationMonths(max)
        .build();
  }

  private static final Commodity COFFEE = commodity("KOPI", "Kopi", 3, 4);

  @Test
  void coffeeComplexProcessTakesFourMonthsFromFourteenthOfAugust() {
    ProgrammeDuration duration =
        ProgrammeDurations.of(
            COFFEE, ProcessComplexity.COMPLEX, AUG_14, ProgrammePolicy.defaults());
    assertEquals(4, duration.months());
    assertEquals(AUG_14, duration.startDate());
    assertEquals(LocalDate.of(2023, 12, 13), duration.endDate());
    assertEquals(122, duration.lengthInDays());
  }

  @Test
  void complexityPicksMonthsInsideTheCommodityRange() {
    assertEquals(3, ProgrammeDurations.months(COFFEE, ProcessComplexity.SIMPLE));
    assertEquals(4, ProgrammeDurations.months(COFFEE, ProcessComplexity.MODERATE));
    assertEquals(4, ProgrammeDurations.months(COFFEE, ProcessComplexity.COMPLEX));
    Commodity tenun = commodity("TENUN", "Tenun ikat songke", 3, 6);
    assertEquals(3, ProgrammeDurations.months(tenun, ProcessComplexity.SIMPLE));
    assertEquals(5, ProgrammeDurations.months(tenun, ProcessComplexity.MODERATE));
    assertEquals(6, ProgrammeDurations.months(tenun, ProcessComplexity.COMPLEX));
    assertEquals(4, ProcessComplexity.MODERATE.months(4, 4));
    assertEquals(4, ProcessComplexity.MODERATE.months(3, 5));
    assertEquals(Integer.MAX_VALUE, ProcessComplexity.COMPLEX.months(1, Integer.MAX_VALUE));
    assertEquals("kompleks", ProcessComplexity.COMPLEX.indonesianName());
  }

  @Test
  void durationOutsideThePolicyIsRejectedWithTheReason() {
    Commodity longCommodity = commodity("TENUN", "Tenun ikat songke", 5, 8);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ProgrammeDurations.of(
                    longCommodity, ProcessComplexity.COMPLEX, AUG_14, ProgrammePolicy.defaults()));
    assertEquals(
        "commodity TENUN (Tenun ikat songke), complex process: 8 months is outside the policy's"
            + " range of 3-6 months",
        e.getMessage());
    // The simple process of the same commodity fits.
    assertEquals(
        5,
        ProgrammeDurations.of(
                longCommodity, ProcessComplexity.SIMPLE, AUG_14, ProgrammePolicy.defaults())
            .months());
    // Too short is rejected as well.
    Commodity shortCommodity = commodity("IKAN", "Olahan ikan", 1, 2);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ProgrammeDurations.of(
                shortCommodity, ProcessComplexity.SIMPLE, AUG_14, ProgrammePolicy.defaults()));
    assertFalse(ProgrammeDurations.isAllowed(2, ProgrammePolicy.defaults()));
    assertTrue(ProgrammeDurations.isAllowed(3, ProgrammePolicy.defaults()));
    assertTrue(ProgrammeDurations.isAllowed(6, ProgrammePolicy.defaults()));
    assertFalse(ProgrammeDurations.isAllowed(7, ProgrammePolicy.defaults()));
  }

  @Test
  void policyRangeIsConfigurable() {
    ProgrammePolicy longer = ProgrammePolicy.builder().maxDurationMonths(8).build();
    assertEquals(
        8,
        ProgrammeDurations.of(
                commodity("TENUN", "Tenun", 5, 8), ProcessComplexity.COMPLEX, AUG_14, longer)
            .months());
  }

  @Test
  void monthEndStartsClipToTheShorterMonth() {
    // 31 Jan + 1 month = 28 Feb (2023) so the programme ends on 27 Feb.
    assertEquals(
        LocalDate.of(2023, 2, 27), ProgrammeDuration.of(LocalDate.of(2023, 1, 31), 1).endDate());
    assertEquals(
        LocalDate.of(2023, 2, 27), ProgrammeDuration.of(LocalDate.of(2023, 1, 28), 1).endDate());
    // Leap year: 31 Jan 2024 + 1 month = 29 Feb.
    assertEquals(
        LocalDate.of(2024, 2, 28), ProgrammeDuration.of(LocalDate.of(2024, 1, 31), 1).endDate());
    // 31 Aug + 3 months = 30 Nov.
    assertEquals(
        LocalDate.of(2023, 11, 29), ProgrammeDuration.of(LocalDate.of(2023, 8, 31), 3).endDate());
    // 1st of a month ends on the last day of a month.
    assertEquals(
        LocalDate.of(2023, 12, 31), ProgrammeDuration.of(LocalDate.of(2023, 7, 1), 6).endDate());
    // Across the year end.
    assertEquals(
        LocalDate.of(2024, 2, 14), ProgrammeDuration.of(LocalDate.of(2023, 11, 15), 3).endDate());
  }

  @Test
  void monthsBetweenCountsWholeMonthsByTheSameDefinition() {
    assertEquals(4, ProgrammeDuration.monthsBetween(AUG_14, LocalDate.of(2023, 12, 13)));
    assertEquals(3, ProgrammeDuration.monthsBetween(AUG_14, LocalDate.of(2023, 12, 12)));
    assertEquals(4, ProgrammeDuration.monthsBetween(AUG_14, LocalDate.of(2024, 1, 12)));
    assertEquals(0, ProgrammeDuration.monthsBetween(AUG_14, AUG_14));
    assertEquals(3, ProgrammeDuration.monthsBetween(AUG_14, LocalDate.of(2023, 11, 13)));
    // The seed programme 14 Aug - 10 Nov 2023 is not quite three months.
    assertEquals(2, ProgrammeDuration.monthsBetween(AUG_14, LocalDate.of(2023, 11, 10)));
    // ChronoUnit.MONTHS would say 0 here: 28 Feb does not reach day 31 again.
    assertEquals(
        1, ProgrammeDuration.monthsBetween(LocalDate.of(2023, 1, 31), LocalDate.of(2023, 2, 27)));
    assertEquals(
        0, ProgrammeDuration.monthsBetween(LocalDate.of(2023, 1, 31), LocalDate.of(2023, 2, 26)));
    assertEquals(
        2, ProgrammeDuration.monthsBetween(LocalDate.of(2023, 1, 31), LocalDate.of(2023, 3, 30)));
    assertThrows(
        IllegalArgumentException.class,
        () -> ProgrammeDuration.monthsBetween(AUG_14, AUG_14.minusDays(1)));
    assertEquals(AUG_14.minusDays(1), ProgrammeDuration.endDate(AUG_14, 0));
    assertThrows(IllegalArgumentException.class, () -> ProgrammeDuration.endDate(AUG_14, -1));
  }

  @Test
  void weeksFollowTheCalendarAndPolicy() {
    WorkCalendar calendar = WorkCalendar.civilServant(ZoneId.of("Asia/Makassar"));
    ProgrammeDuration duration = ProgrammeDuration.of(AUG_14, 3);
    List<ProgrammeWeek> weeks = duration.weeks(calendar, ProgrammePolicy.defaults());
    assertEquals(AUG_14, weeks.get(0).firstDay());
    assertEquals(1, weeks.get(0).index());
    // The week of 14-18 Aug 2023 has the 17 August holiday.
    assertEquals(4, weeks.get(0).workingDays().size());
    assertEquals(LocalDate.of(2023, 11, 13), weeks.get(weeks.size() - 1).lastDay());
    assertEquals(14, weeks.size());
  }

  @Test
  void textRoundTrips() {
    ProgrammeDuration duration = ProgrammeDuration.of(AUG_14, 4);
    assertEquals("2023-08-14/P4M", duration.toString());
    assertEquals(duration, ProgrammeDuration.parse("2023-08-14/P4M"));
    assertThrows(IllegalArgumentException.class, () -> ProgrammeDuration.parse("2023-08-14/P0M"));
    assertThrows(IllegalArgumentException.class, () -> ProgrammeDuration.parse("2023-13-14/P4M"));
    assertThrows(IllegalArgumentException.class, () -> ProgrammeDuration.parse("2023-08-14/4M"));
    assertThrows(IllegalArgumentException.class, () -> ProgrammeDuration.of(AUG_14, 0));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(
            ProgrammeDuration.of(AUG_14, 4), ProgrammeDuration.parse("2023-08-14/P4M"))
        .addEqualityGroup(ProgrammeDuration.of(AUG_14, 3))
        .addEqualityGroup(ProgrammeDuration.of(AUG_14.plusDays(1), 4))
        .testEquals();
    new NullPointerTester()
        .setDefault(LocalDate.class, AUG_14)
        .setDefault(Commodity.class, COFFEE)
        .setDefault(ProgrammePolicy.class, ProgrammePolicy.defaults())
        .setDefault(ProcessComplexity.class, ProcessComplexity.SIMPLE)
        .setDefault(int.class, 3)
        .testAllPublicStaticMethods(ProgrammeDuration.class);
    new NullPointerTester()
        .setDefault(Commodity.class, COFFEE)
        .setDefault(ProgrammePolicy.class, ProgrammePolicy.defaults())
        .setDefault(ProcessComplexity.class, ProcessComplexity.SIMPLE)
        .setDefault(LocalDate.class, AUG_14)
        .testAllPublicStaticMethods(ProgrammeDurations.class);
  }

  @Test
  void applyToSetsTheProgrammePeriodOnly() {
    ProgrammeSnapshot seed = SeedFixtures.manggaraiBarat2023();
    ProgrammeDuration duration = ProgrammeDuration.of(AUG_14, 4);
    ProgrammeSnapshot longer = duration.applyTo(seed);
    assertEquals(AUG_14, longer.programme().startDate());
    assertEquals(LocalDate.of(2023, 12, 13), longer.programme().endDate());
    assertEquals(
        Programme.builder().from(seed.programme()).endDate(LocalDate.of(2023, 12, 13)).build(),
        longer.programme());
    assertEquals(seed.visits(), longer.visits());
    assertEquals(seed.assignments(), longer.assignments());
    assertEquals(seed, ProgrammeDuration.of(seed.programme().startDate(), 3).applyTo(seed));
    assertThrows(NullPointerException.class, () -> duration.applyTo(null));
  }
}
