package io.github.ikmsdk.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoWeekTest {

  @Test
  void weekOfIndependenceDay2023() {
    IsoWeek w33 = IsoWeek.from(LocalDate.of(2023, 8, 17));
    assertEquals(IsoWeek.of(2023, 33), w33);
    assertEquals(2023, w33.weekBasedYear());
    assertEquals(33, w33.week());
    assertEquals(LocalDate.of(2023, 8, 14), w33.monday());
    assertEquals(LocalDate.of(2023, 8, 20), w33.sunday());
    assertEquals(LocalDate.of(2023, 8, 17), w33.day(DayOfWeek.THURSDAY));
    assertEquals("2023-W33", w33.toString());
    assertEquals(w33, IsoWeek.parse("2023-W33"));
    List<LocalDate> days = w33.days();
    assertEquals(7, days.size());
    assertEquals(LocalDate.of(2023, 8, 14), days.get(0));
    assertEquals(LocalDate.of(2023, 8, 20), days.get(6));
    assertTrue(w33.contains(LocalDate.of(2023, 8, 14)));
    assertTrue(w33.contains(LocalDate.of(2023, 8, 20)));
    assertFalse(w33.contains(LocalDate.of(2023, 8, 13)));
    assertFalse(w33.contains(LocalDate.of(2023, 8, 21)));
  }

  @Test
  void yearBoundary() {
    assertEquals(IsoWeek.of(2025, 1), IsoWeek.from(LocalDate.of(2024, 12, 30)));
    assertEquals(LocalDate.of(2024, 12, 30), IsoWeek.of(2025, 1).monday());
    assertEquals(IsoWeek.of(2022, 52), IsoWeek.from(LocalDate.of(2023, 1, 1)));
    assertEquals(IsoWeek.of(2020, 53), IsoWeek.from(LocalDate.of(2021, 1, 3)));
    assertEquals(IsoWeek.of(2021, 1), IsoWeek.of(2020, 53).plusWeeks(1));
    assertEquals(IsoWeek.of(2020, 53), IsoWeek.of(2021, 1).plusWeeks(-1));
    assertEquals(IsoWeek.of(2024, 1), IsoWeek.of(2023, 52).plusWeeks(1));
    assertEquals(1, IsoWeek.of(2020, 53).weeksUntil(IsoWeek.of(2021, 1)));
  }

  @Test
  void fiftyThreeWeekYears() {
    assertEquals(53, IsoWeek.weeksInYear(2020));
    assertEquals(52, IsoWeek.weeksInYear(2023));
    assertEquals(53, IsoWeek.weeksInYear(2026));
    assertEquals(53, IsoWeek.of(2020, 53).week());
    assertThrows(IllegalArgumentException.class, () -> IsoWeek.of(2023, 53));
    assertThrows(IllegalArgumentException.class, () -> IsoWeek.of(2023, 0));
    assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2023-W53"));
  }

  @Test
  void weeksInYearAgreesWithJavaTime() {
    for (int year = 1600; year <= 2400; year++) {
      int expected =
          (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
      assertEquals(expected, IsoWeek.weeksInYear(year), "year " + year);
      assertEquals(
          LocalDate.of(year, 6, 1)
              .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1)
              .with(DayOfWeek.MONDAY),
          IsoWeek.of(year, 1).monday(),
          "year " + year);
    }
  }

  @Test
  void textOfUnusualYears() {
    assertEquals("0005-W01", IsoWeek.of(5, 1).toString());
    assertEquals("-0005-W01", IsoWeek.of(-5, 1).toString());
    assertEquals("+10000-W01", IsoWeek.of(10_000, 1).toString());
    for (IsoWeek w : List.of(IsoWeek.of(5, 1), IsoWeek.of(-5, 1), IsoWeek.of(10_000, 1))) {
      assertEquals(w, IsoWeek.parse(w.toString()));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2023W33",
        "2023-33",
        "2023-W3",
        "2023-W333",
        "2023-w33",
        "23-W33",
        "2023-W00",
        "2023-W54",
        " 2023-W33",
        "99999999999-W01"
      })
  void parseRejectsMalformedText(String text) {
    assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse(text));
  }

  @Test
  void ordering() {
    assertTrue(IsoWeek.of(2023, 52).compareTo(IsoWeek.of(2024, 1)) < 0);
    assertTrue(IsoWeek.of(2024, 2).compareTo(IsoWeek.of(2024, 1)) > 0);
    assertEquals(0, IsoWeek.of(2024, 2).compareTo(IsoWeek.parse("2024-W02")));
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            IsoWeek.of(2023, 33),
            IsoWeek.parse("2023-W33"),
            IsoWeek.from(LocalDate.of(2023, 8, 20)))
        .addEqualityGroup(IsoWeek.of(2023, 34))
        .addEqualityGroup(IsoWeek.of(2024, 33))
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(LocalDate.class, LocalDate.of(2023, 8, 17))
            .setDefault(IsoWeek.class, IsoWeek.of(2023, 1));
    tester.testAllPublicStaticMethods(IsoWeek.class);
    tester.testAllPublicInstanceMethods(IsoWeek.of(2023, 33));
  }
}
