package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.calendar.OpeningHours;
import io.github.ikmsdk.core.calendar.TimeWindow;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.testing.SeedFixtures;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The optional {@code openingHours} of an IKM in the JSON contract. */
class OpeningHoursJsonTest {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(IkmJsonModule.create()).build();

  private static final Ikm SEED_IKM = SeedFixtures.manggaraiBarat2023().ikms().get(0);

  private static final OpeningHours FRIDAY_PRAYERS =
      OpeningHours.builder()
          .every(TimeWindow.parse("08:00-16:00"))
          .day(DayOfWeek.FRIDAY, TimeWindow.parse("08:00-11:30"))
          .closed(DayOfWeek.SATURDAY)
          .closedOn(LocalDate.of(2023, 8, 17))
          .date(LocalDate.of(2023, 8, 23), TimeWindow.parse("10:00-13:00"))
          .build();

  @Test
  void openingHoursAreWrittenAsDaysAndExceptionsAndReadBack() {
    Ikm ikm = Ikm.builder().from(SEED_IKM).openingHours(FRIDAY_PRAYERS).build();
    String json = MAPPER.writeValueAsString(ikm);
    assertTrue(
        json.contains(
            "\"openingHours\":{\"days\":{\"MONDAY\":[\"08:00-16:00\"],\"TUESDAY\":[\"08:00-16:00\"],"
                + "\"WEDNESDAY\":[\"08:00-16:00\"],\"THURSDAY\":[\"08:00-16:00\"],"
                + "\"FRIDAY\":[\"08:00-11:30\"],\"SATURDAY\":[],\"SUNDAY\":[\"08:00-16:00\"]},"
                + "\"exceptions\":[{\"date\":\"2023-08-17\",\"hours\":[]},"
                + "{\"date\":\"2023-08-23\",\"hours\":[\"10:00-13:00\"]}]}"),
        json);
    assertEquals(ikm, MAPPER.readValue(json, Ikm.class));
  }

  @Test
  void anIkmWithoutOpeningHoursIsWrittenAsBeforeAndReadsAsOpenAllDay() {
    String json = MAPPER.writeValueAsString(SEED_IKM);
    assertFalse(json.contains("openingHours"), json);
    Ikm read = MAPPER.readValue(json, Ikm.class);
    assertEquals(OpeningHours.always(), read.openingHours());
    assertEquals(SEED_IKM, read);
  }

  @Test
  void daysLeftOutAreOpenAllDay() {
    OpeningHours hours =
        MAPPER.readValue(
            "{\"days\": {\"FRIDAY\": [\"07:30-11:30\"], \"SATURDAY\": []}}", OpeningHours.class);
    assertEquals(
        OpeningHours.builder()
            .day(DayOfWeek.FRIDAY, TimeWindow.parse("07:30-11:30"))
            .closed(DayOfWeek.SATURDAY)
            .build(),
        hours);
    assertEquals(
        Optional.of(TimeWindow.parse("00:00-24:00")), hours.window(LocalDate.of(2023, 8, 21)));
    assertEquals(OpeningHours.always(), MAPPER.readValue("{}", OpeningHours.class));
  }

  @Test
  void aDayWithTwoWindowsIsRejectedWithTheReason() {
    Exception e =
        assertThrows(
            Exception.class,
            () ->
                MAPPER.readValue(
                    "{\"days\": {\"FRIDAY\": [\"07:30-11:30\", \"13:30-16:00\"]}}",
                    OpeningHours.class));
    assertTrue(
        e.getMessage().contains("a day has at most one opening window, was 2"), e.getMessage());
  }
}
