package io.github.ikmsdk.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HolidayUpdateProperties {

  @Provide
  Arbitrary<HolidayUpdate> updates() {
    Arbitrary<LocalDate> dates =
        Arbitraries.integers().between(0, 5 * 365).map(d -> LocalDate.of(2023, 1, 1).plusDays(d));
    Arbitrary<Holiday> holidays =
        Combinators.combine(
                dates,
                Arbitraries.of(HolidayKind.class),
                Arbitraries.strings().withChars("ab ,\"#").ofMinLength(1).ofMaxLength(6))
            .as((d, k, n) -> n.isBlank() ? Holiday.of(d, k, "x") : Holiday.of(d, k, n));
    return Combinators.combine(holidays.list().ofMaxSize(8), dates.set().ofMaxSize(8))
        .as(
            (added, removed) -> {
              HolidayUpdate.Builder b = HolidayUpdate.builder().addAll(added);
              Set<LocalDate> addedDates =
                  added.stream().map(Holiday::date).collect(Collectors.toSet());
              removed.stream().filter(d -> !addedDates.contains(d)).forEach(d -> b.remove(d, "r"));
              return b.build();
            });
  }

  @Property
  void mergeKeepsUnnamedDatesAndTakesTheUpdatesRows(@ForAll("updates") HolidayUpdate update) {
    List<Holiday> merged = Holidays.indonesia(update);
    for (Holiday h : Holidays.indonesia()) {
      if (!update.dates().contains(h.date())) {
        assertEquals(true, merged.contains(h), h.toString());
      }
    }
    for (LocalDate date : update.dates()) {
      assertEquals(
          update.additions().stream()
              .filter(h -> h.date().equals(date))
              .collect(Collectors.toList()),
          merged.stream().filter(h -> h.date().equals(date)).collect(Collectors.toList()));
    }
  }

  @Property
  void csvRoundTrips(@ForAll("updates") HolidayUpdate update) {
    assertEquals(update, HolidayUpdate.parseCsv(update.toCsv()));
  }
}
