package io.github.ikmsdk.core.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class VisitTest {

  private final Visit visit =
      Visit.builder()
          .id(VisitId.of("V-1"))
          .mentor(MentorId.of("M-01"))
          .ikm(IkmId.of("IKM-01"))
          .date(LocalDate.of(2023, 8, 21))
          .start(LocalTime.of(10, 0))
          .end(LocalTime.of(15, 0))
          .build();

  @Test
  void defaultsAndDerivedValues() {
    assertEquals(VisitStatus.PLANNED, visit.status());
    assertEquals("", visit.notes());
    assertEquals(Duration.ofHours(5), visit.duration());
    assertEquals(LocalDateTime.of(2023, 8, 21, 10, 0), visit.startDateTime());
    assertEquals(LocalDateTime.of(2023, 8, 21, 15, 0), visit.endDateTime());
    assertEquals(IsoWeek.parse("2023-W34"), visit.week());
    assertEquals("terlaksana", VisitStatus.COMPLETED.indonesianName());
  }

  @Test
  void endMustFollowStart() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Visit.builder().from(visit).end(LocalTime.of(10, 0)).build());
    assertEquals("visit V-1: end 10:00 must be after start 10:00 on the same date", e.getMessage());
  }

  @Test
  void valueSemantics() {
    new EqualsTester()
        .addEqualityGroup(visit, Visit.builder().from(visit).build())
        .addEqualityGroup(Visit.builder().from(visit).status(VisitStatus.COMPLETED).build())
        .addEqualityGroup(Visit.builder().from(visit).notes("Kunjungan pertama").build())
        .testEquals();
  }
}
