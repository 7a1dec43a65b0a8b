package io.github.ikmsdk.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HolidayUpdateTest {

  private static final String UPDATE =
      "\uFEFF# SKB 2027 amended\r\n"
          + "date,category,name\r\n"
          + "\r\n"
          + "  # the cuti bersama of 15 March is cancelled\n"
          + "2027-03-15,REMOVED,\"Cuti bersama dibatalkan\"\n"
          + "2027-03-11, PUBLIC_HOLIDAY ,\"Hari Raya Idul Fitri, hari kedua\"\n"
          + "2027-05-25,regional_holiday,\"Hari Jadi \"\"Mabar\"\"\"\n"
          + "2028-01-01,PUBLIC_HOLIDAY,Tahun Baru Masehi\n";

  @Test
  void parsesTheDocumentedFormat() {
    HolidayUpdate update = HolidayUpdate.parseCsv(UPDATE);
    assertEquals("Cuti bersama dibatalkan", update.removals().get(LocalDate.of(2027, 3, 15)));
    assertEquals(
        List.of(
            Holiday.of(
                LocalDate.of(2027, 3, 11),
                HolidayKind.PUBLIC_HOLIDAY,
                "Hari Raya Idul Fitri, hari kedua"),
            Holiday.of(
                LocalDate.of(2027, 5, 25), HolidayKind.REGIONAL_HOLIDAY, "Hari Jadi \"Mabar\""),
            Holiday.of(LocalDate.of(2028, 1, 1), HolidayKind.PUBLIC_HOLIDAY, "Tahun Baru Masehi")),
        update.additions());
    assertEquals(update, HolidayUpdate.parseCsv(update.toCsv()));
  }

  @Test
  void updateRowsWinDateByDateAndRemovalsClearTheDate() {
    HolidayUpdate update = HolidayUpdate.parseCsv(UPDATE);
    List<Holiday> merged = Holidays.indonesia(update);
    assertTrue(merged.stream().noneMatch(h -> h.date().equals(LocalDate.of(2027, 3, 15))));
    // The bundled row of 11 March is replaced by the update's row of that date.
    assertEquals(
        List.of("Hari Raya Idul Fitri, hari kedua"),
        merged.stream()
            .filter(h -> h.date().equals(LocalDate.of(2027, 3, 11)))
            .map(Holiday::name)
            .collect(Collectors.toList()));
    assertTrue(merged.stream().anyMatch(h -> h.date().equals(LocalDate.of(2028, 1, 1))));
    // Dates the update does not name keep the bundle's rows.
    assertEquals(Holidays.indonesia().size() - 2 + 3, merged.size());

    WorkCalendar calendar = update.applyTo(WorkCalendar.civilServant(ZoneOffset.ofHours(8)));
    assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 3, 15)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 5, 25)));
    assertEquals(merged, calendar.holidays());
  }

  @Test
  void badRowsAreNamedByLine() {
    IllegalArgumentException both =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                HolidayUpdate.parseCsv(
                    "date,category,name\n2027-03-15,REMOVED,x\n2027-03-15,CUTI_BERSAMA,y\n"));
    assertEquals("line 3: 2027-03-15 is both added and removed (see line 2)", both.getMessage());
    IllegalArgumentException kind =
        assertThrows(
            IllegalArgumentException.class,
            () -> HolidayUpdate.parseCsv("date,category,name\n2027-03-15,CANCELLED,x\n"));
    assertEquals("line 2: unknown holiday category 'CANCELLED'", kind.getMessage());
    IllegalArgumentException blank =
        assertThrows(
            IllegalArgumentException.class,
            () -> HolidayUpdate.parseCsv("date,category,name\n2027-03-15,REMOVED, \n"));
    assertEquals("line 2: holiday name must not be blank", blank.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            HolidayUpdate.builder()
                .remove(LocalDate.of(2027, 1, 1), "x")
                .add(Holidays.indonesia(2027).get(0))
                .build());
  }

  @Test
  void emptyUpdateChangesNothing() {
    assertTrue(HolidayUpdate.empty().isEmpty());
    assertEquals(Holidays.indonesia(), Holidays.indonesia(HolidayUpdate.empty()));
    assertEquals("date,category,name\n", HolidayUpdate.empty().toCsv());
  }
}
