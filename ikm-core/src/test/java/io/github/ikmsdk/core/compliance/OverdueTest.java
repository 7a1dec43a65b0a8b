package io.github.ikmsdk.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OverdueTest {

  private static final LocalDate DUE = LocalDate.of(2023, 8, 20);

  @Test
  void dueTodayIsNotOverdue() {
    assertFalse(Overdue.isOverdue(DUE, DUE));
  }

  @Test
  void theDayAfterIsOverdue() {
    assertTrue(Overdue.isOverdue(DUE, DUE.plusDays(1)));
    assertTrue(Overdue.isOverdue(DUE, DUE.plusYears(1)));
  }

  @Test
  void beforeTheDueDateIsNotOverdue() {
    assertFalse(Overdue.isOverdue(DUE, DUE.minusDays(1)));
  }

  @Test
  void dueDateOfAWeekIsItsLastWorkingDayInTheProgramme() {
    WorkCalendar calendar = WorkCalendar.civilServant(Seed.WITA);
    ProgrammeWeek first = calendar.programmeWeeks(Seed.START, Seed.END).get(0);
    LocalDate friday = LocalDate.of(2023, 8, 18);
    assertEquals(friday, Overdue.dueDate(first), "Friday, not Sunday 20 August");
    assertFalse(Overdue.isDue(first, friday.minusDays(1)));
    assertTrue(Overdue.isDue(first, friday), "due on its last working day");
    assertTrue(Overdue.isDue(first, friday.plusDays(2)));
    ProgrammeWeek last = calendar.programmeWeeks(Seed.START, Seed.END).get(12);
    assertEquals(Seed.END, Overdue.dueDate(last), "clipped to the programme's last day");
    ProgrammeWeek weekend =
        calendar.programmeWeeks(LocalDate.of(2023, 8, 19), LocalDate.of(2023, 8, 20)).get(0);
    assertEquals(
        LocalDate.of(2023, 8, 20), Overdue.dueDate(weekend), "no working day: its last day");
  }

  @Test
  void plannedVisitIsOverdueFromTheDayAfterItsDate() {
    Visit planned =
        Seed.visit("V-07", Seed.I4, "2023-08-24", "07:30", "12:00", VisitStatus.PLANNED);
    LocalDate date = planned.date();
    assertFalse(Overdue.isOverdue(planned, date.minusDays(1)));
    assertFalse(Overdue.isOverdue(planned, date));
    assertTrue(Overdue.isOverdue(planned, date.plusDays(1)));
    for (VisitStatus other :
        new VisitStatus[] {VisitStatus.COMPLETED, VisitStatus.CANCELLED, VisitStatus.MISSED}) {
      assertFalse(
          Overdue.isOverdue(Visit.builder().from(planned).status(other).build(), date.plusDays(1)),
          other.name());
    }
  }

  @Test
  void weekStatusesThatAreOverdue() {
    for (WeekStatus status : WeekStatus.values()) {
      assertEquals(
          status == WeekStatus.VISIT_TOO_SHORT || status == WeekStatus.NOT_VISITED,
          status.isOverdue(),
          status.name());
    }
  }

  @Test
  void nullsAreRejected() {
    new NullPointerTester()
        .setDefault(LocalDate.class, DUE)
        .setDefault(
            Visit.class,
            Seed.visit("V-1", Seed.I1, "2023-08-24", "07:30", "12:00", VisitStatus.PLANNED))
        .setDefault(
            ProgrammeWeek.class,
            WorkCalendar.civilServant(Seed.WITA).programmeWeeks(Seed.START, Seed.END).get(0))
        .testAllPublicStaticMethods(Overdue.class);
  }
}
