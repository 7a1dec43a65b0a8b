package io.github.ikmsdk.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Lists;
import com.google.common.collect.Ordering;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolidaysTest {

  private static long count(int year, HolidayKind kind) {
    return Holidays.indonesia(year).stream().filter(h -> h.kind() == kind).count();
  }

  @Test
  void bundleOf2023Has16PublicHolidaysAnd11CutiBersama() {
    assertEquals(16, count(2023, HolidayKind.PUBLIC_HOLIDAY));
    assertEquals(11, count(2023, HolidayKind.CUTI_BERSAMA));
    assertEquals(27, Holidays.indonesia(2023).size());
  }

  @Test
  void bundleOf2024Has19PublicHolidaysAnd10CutiBersama() {
    assertEquals(19, count(2024, HolidayKind.PUBLIC_HOLIDAY));
    assertEquals(10, count(2024, HolidayKind.CUTI_BERSAMA));
  }

  @Test
  void bundleOf2025To2027FollowsTheDecrees() {
    assertEquals(17, count(2025, HolidayKind.PUBLIC_HOLIDAY));
    assertEquals(11, count(2025, HolidayKind.CUTI_BERSAMA));
    assertEquals(17, count(2026, HolidayKind.PUBLIC_HOLIDAY));
    assertEquals(8, count(2026, HolidayKind.CUTI_BERSAMA));
    assertEquals(18, count(2027, HolidayKind.PUBLIC_HOLIDAY));
    assertEquals(8, count(2027, HolidayKind.CUTI_BERSAMA));
    assertEquals(135, Holidays.indonesia().size());
  }

  @Test
  void knownDaysArePresent() {
    List<Holiday> all = Holidays.indonesia();
    assertTrue(
        all.contains(
            Holiday.of(
                LocalDate.of(2023, 8, 17),
                HolidayKind.PUBLIC_HOLIDAY,
                "Hari Kemerdekaan Republik Indonesia")));
    // Added by the June 2023 amendment of the SKB.
    for (int day : new int[] {28, 30}) {
      assertTrue(
          all.contains(
              Holiday.of(
                  LocalDate.of(2023, 6, day),
                  HolidayKind.CUTI_BERSAMA,
                  "Cuti Bersama Hari Raya Idul Adha")),
          "June " + day);
    }
    assertTrue(
        all.contains(
            Holiday.of(
                LocalDate.of(2024, 2, 14), HolidayKind.PUBLIC_HOLIDAY, "Hari Pemilihan Umum")));
  }

  @Test
  void bundleIsSortedAndCovered() {
    assertTrue(Ordering.natural().isStrictlyOrdered(Holidays.indonesia()));
    assertEquals(Set.of(2023, 2024, 2025, 2026, 2027), Holidays.coveredYears());
    for (Holiday h : Holidays.indonesia()) {
      assertTrue(Holidays.coveredDates().contains(h.date()), h.toString());
      assertTrue(Holidays.coveredYears().contains(h.date().getYear()), h.toString());
    }
    assertEquals(List.of(), Holidays.indonesia(2022));
    assertEquals(List.of(), Holidays.indonesia(2028));
    for (int year : Holidays.coveredYears()) {
      assertTrue(Holidays.indonesia(year).size() >= 20, "holidays of " + year);
    }
  }

  @Test
  void bundleKnowsTheDecreesOf2025To2027() {
    // The 2025 amendment: Monday 18 August 2025 is cuti bersama after Independence Day.
    assertTrue(
        Holidays.indonesia(2025).stream()
            .anyMatch(
                h ->
                    h.date().equals(LocalDate.of(2025, 8, 18))
                        && h.kind() == HolidayKind.CUTI_BERSAMA));
    // 2027: Idul Fitri on 10-11 March (an estimate of the SKB), with cuti bersama around it.
    assertTrue(
        Holidays.indonesia(2027).stream()
            .anyMatch(
                h ->
                    h.date().equals(LocalDate.of(2027, 3, 10))
                        && h.kind() == HolidayKind.PUBLIC_HOLIDAY));
    assertTrue(
        Holidays.indonesia(2027).stream()
            .anyMatch(
                h ->
                    h.date().equals(LocalDate.of(2027, 3, 12))
                        && h.kind() == HolidayKind.CUTI_BERSAMA));
  }

  @Test
  void parseCsvHandlesQuotesCommentsAndLineEnds() {
    String csv =
        "\uFEFF# comment\r\n\r\ndate,category,name\r\n"
            + "2025-01-01,PUBLIC_HOLIDAY,Tahun Baru\r\n"
            + "2025-03-01, regional_holiday , \"Hari Jadi, Kabupaten \"\"Manggarai Barat\"\"\"\n"
            + "  # indented comment\n"
            + "2025-02-01,CUTI_BERSAMA,\"Cuti – Imlek\"\n";
    List<Holiday> parsed = Holidays.parseCsv(csv);
    assertEquals(
        List.of(
            Holiday.of(LocalDate.of(2025, 1, 1), HolidayKind.PUBLIC_HOLIDAY, "Tahun Baru"),
            Holiday.of(LocalDate.of(2025, 2, 1), HolidayKind.CUTI_BERSAMA, "Cuti – Imlek"),
            Holiday.of(
                LocalDate.of(2025, 3, 1),
                HolidayKind.REGIONAL_HOLIDAY,
                "Hari Jadi, Kabupaten \"Manggarai Barat\"")),
        parsed);
  }

  @Test
  void parseCsvRejectsMalformedLinesNamingTheLine() {
    String header = "date,category,name\n";
    for (String bad :
        List.of(
            "2025-01-01,PUBLIC_HOLIDAY\n",
            "2025-13-01,PUBLIC_HOLIDAY,x\n",
            "2025-01-01,HOLIDAY,x\n",
            "2025-01-01,PUBLIC_HOLIDAY,\"x\n",
            "2025-01-01,PUBLIC_HOLIDAY,\"x\"y\n",
            "2025-01-01,PUBLIC_HOLIDAY,\n",
            "2025-01-01,PUBLIC_HOLIDAY,a,b\n")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Holidays.parseCsv(header + bad), bad);
      assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> Holidays.parseCsv(""));
    assertThrows(
        IllegalArgumentException.class, () -> Holidays.parseCsv("2025-01-01,PUBLIC_HOLIDAY,x\n"));
  }

  @Test
  void holidayValue() {
    Holiday h = Holiday.of(LocalDate.of(2023, 8, 17), HolidayKind.PUBLIC_HOLIDAY, "  Hari X ");
    assertEquals("Hari X", h.name());
    assertEquals("2023-08-17 PUBLIC_HOLIDAY \"Hari X\"", h.toString());
    assertThrows(
        IllegalArgumentException.class,
        () -> Holiday.of(LocalDate.of(2023, 8, 17), HolidayKind.PUBLIC_HOLIDAY, " "));
    assertEquals("hari libur nasional", HolidayKind.PUBLIC_HOLIDAY.indonesianName());
    assertEquals("cuti bersama", HolidayKind.CUTI_BERSAMA.indonesianName());
    assertEquals("hari libur daerah", HolidayKind.REGIONAL_HOLIDAY.indonesianName());
  }

  @Test
  void holidaysOrderByDateThenKindThenName() {
    LocalDate d = LocalDate.of(2023, 8, 17);
    List<Holiday> expected =
        List.of(
            Holiday.of(d, HolidayKind.PUBLIC_HOLIDAY, "B"),
            Holiday.of(d, HolidayKind.CUTI_BERSAMA, "A"),
            Holiday.of(d, HolidayKind.REGIONAL_HOLIDAY, "A"),
            Holiday.of(d, HolidayKind.REGIONAL_HOLIDAY, "B"),
            Holiday.of(d.plusDays(1), HolidayKind.PUBLIC_HOLIDAY, "A"));
    assertEquals(expected, Ordering.natural().sortedCopy(Lists.reverse(expected)));
  }

  @Test
  void equalsAndHashCode() {
    LocalDate d = LocalDate.of(2023, 8, 17);
    new EqualsTester()
        .addEqualityGroup(
            Holiday.of(d, HolidayKind.PUBLIC_HOLIDAY, "X"),
            Holiday.of(d, HolidayKind.PUBLIC_HOLIDAY, " X"))
        .addEqualityGroup(Holiday.of(d, HolidayKind.CUTI_BERSAMA, "X"))
        .addEqualityGroup(Holiday.of(d.plusDays(1), HolidayKind.PUBLIC_HOLIDAY, "X"))
        .addEqualityGroup(Holiday.of(d, HolidayKind.PUBLIC_HOLIDAY, "Y"))
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(LocalDate.class, LocalDate.of(2023, 8, 17))
            .setDefault(HolidayKind.class, HolidayKind.PUBLIC_HOLIDAY)
            .setDefault(String.class, "Hari X");
    tester.testAllPublicStaticMethods(Holiday.class);
    tester.testAllPublicStaticMethods(Holidays.class);
    tester.testAllPublicInstanceMethods(
        Holiday.of(LocalDate.of(2023, 8, 17), HolidayKind.PUBLIC_HOLIDAY, "X"));
  }
}
