package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.core.calendar.Holiday;
import io.github.ikmsdk.core.calendar.HolidayUpdate;
import io.github.ikmsdk.json.internal.FieldTable.Slots;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * The optional {@code holidayUpdate} of a programme snapshot document: the caller's changes to the
 * bundled holidays that the snapshot's calendar was built with.
 */
final class HolidayUpdateJson {

  private HolidayUpdateJson() {}

  /** Writes a holiday update as {@code {"additions": [holiday], "removals": [{date, reason}]}}. */
  static void write(JsonGenerator g, HolidayUpdate u) {
    g.writeStartObject();
    g.writeArrayPropertyStart("additions");
    for (Holiday h : u.additions()) {
      Writers.holiday(g, h);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("removals");
    for (Map.Entry<LocalDate, String> e : u.removals().entrySet()) {
      g.writeStartObject();
      g.writeStringProperty("date", Writers.date(e.getKey()));
      g.writeStringProperty("reason", e.getValue());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static final FieldTable<Readers, Slots> REMOVAL =
      FieldTable.<Readers, Slots>builder()
          .requiredSlot("date", Readers::date)
          .requiredSlot("reason", Readers::text)
          .build("holiday removal", "penghapusan hari libur");

  private static final FieldTable<Readers, Slots> UPDATE =
      FieldTable.<Readers, Slots>builder()
          .requiredSlot("additions", r -> r.list(Readers::holiday))
          .requiredSlot("removals", r -> r.list(HolidayUpdateJson::removal))
          .build("holiday update", "perubahan hari libur");

  private static Slots removal(Readers r) {
    return REMOVAL.read(r.in, r, REMOVAL.slots(), s -> s);
  }

  /** Reads a holiday update; a date both added and removed is an invalid value. */
  static HolidayUpdate read(Readers r) {
    return UPDATE.read(
        r.in,
        r,
        UPDATE.slots(),
        s -> {
          HolidayUpdate.Builder b = HolidayUpdate.builder().addAll(s.<List<Holiday>>get(0));
          for (Slots removal : s.<List<Slots>>get(1)) {
            b.remove(removal.get(0), removal.get(1));
          }
          return b.build();
        });
  }
}
