package io.github.ikmsdk.core.planning.visit;

import static io.github.ikmsdk.core.planning.visit.PlanningFixtures.MENTOR;
import static io.github.ikmsdk.core.planning.visit.PlanningFixtures.ikm;
import static io.github.ikmsdk.core.planning.visit.PlanningFixtures.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import io.github.ikmsdk.core.calendar.ExtraWorkingDay;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.WeeklySchedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShortfallMessagesTest {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final IsoWeek W33 = IsoWeek.parse("2023-W33");

  private static Shortfall seedShortfall() {
    return VisitPlanner.standard().plan(PlanningRequest.of(seed())).shortfalls().get(0);
  }

  @Test
  void englishMessageCarriesTheNumbers() {
    assertEquals(
        "Week 2023-W33: IKM IKM-05 cannot be visited by mentor M-01: 5 visits of 240 working"
            + " minutes need 1,200 working minutes, but the 4 usable working days hold 1,800"
            + " working minutes, which fit only 4 visits within working hours and travel.",
        seedShortfall().message(Locale.ENGLISH));
  }

  @Test
  void indonesianMessageCarriesTheNumbers() {
    assertEquals(
        "Minggu 2023-W33: IKM IKM-05 tidak dapat dikunjungi oleh pendamping M-01: 5 kunjungan"
            + " masing-masing 240 menit kerja membutuhkan 1.200 menit kerja, tetapi 4 hari kerja"
            + " yang tersedia memuat 1.800 menit kerja, hanya cukup untuk 4 kunjungan dalam jam"
            + " kerja dan waktu tempuh.",
        seedShortfall().message(INDONESIAN));
  }

  @Test
  void legacyIndonesianCodeAndOtherLanguages() {
    Shortfall s = seedShortfall();
    assertEquals(s.message(INDONESIAN), s.message(new Locale("in", "ID")));
    assertEquals(s.message(Locale.ENGLISH), s.message(Locale.GERMANY));
    assertEquals(s.message(Locale.ENGLISH), s.message(Locale.ROOT));
  }

  @Test
  void remedyMessagesInBothLanguages() {
    List<Remedy> remedies = seedShortfall().remedies();
    assertEquals(
        "Make Saturday 2023-08-19 a visiting day (07:30-11:30,13:00-16:30) for mentor M-01 in"
            + " week 2023-W33.",
        remedies.get(0).message(Locale.ENGLISH));
    assertEquals(
        "Jadikan hari Sabtu 2023-08-19 hari kunjungan (07:30-11:30,13:00-16:30) untuk"
            + " pendamping M-01 pada minggu 2023-W33.",
        remedies.get(0).message(INDONESIAN));
    assertEquals(
        "Perpanjang jam kerja tanggal 2023-08-14 sampai pukul 17:00"
            + " (07:30-12:00,13:00-17:00) untuk pendamping M-01 pada minggu 2023-W33.",
        remedies.get(1).message(INDONESIAN));
    assertEquals(
        "Count the breaks as visit time for mentor M-01 in week 2023-W33.",
        remedies.get(2).message(Locale.ENGLISH));
  }

  @Test
  void everyReasonHasAMessageInBothLanguages() {
    for (ShortfallReason reason : ShortfallReason.values()) {
      Shortfall s =
          Shortfall.of(
              ikm(1),
              Optional.of(MENTOR),
              W33,
              reason,
              ImmutableMap.<String, Long>builder()
                  .put("ikmsToVisit", 5L)
                  .put("plannedVisits", 4L)
                  .put("minVisitWorkingMinutes", 240L)
                  .put("neededWorkingMinutes", 1200L)
                  .put("workingDays", 4L)
                  .put("availableWorkingMinutes", 1800L)
                  .put("workingDaysInPeriod", 4L)
                  .put("leaveDays", 0L)
                  .put("ikmClosedDays", 0L)
                  .put("requiredVisits", 2L)
                  .put("missingVisits", 1L)
                  .put("travelToBaseMinutes", 35L)
                  .put("plannedWithoutWayHome", 5L)
                  .build(),
              List.of());
      String english = s.message(Locale.ENGLISH);
      String bahasa = s.message(INDONESIAN);
      assertTrue(english.startsWith("Week 2023-W33: "), english);
      assertTrue(bahasa.startsWith("Minggu 2023-W33: "), bahasa);
      assertFalse(english.contains("{"), english);
      assertFalse(bahasa.contains("{"), bahasa);
      assertTrue(english.contains("IKM-01") && bahasa.contains("IKM-01"));
    }
  }

  @Test
  void equalsAndHashCode() {
    ExtraWorkingDay saturday =
        ExtraWorkingDay.of(
            LocalDate.of(2023, 8, 19), WeeklySchedule.civilServant().day(DayOfWeek.FRIDAY), "x");
    new EqualsTester()
        .addEqualityGroup(
            Remedy.saturdayVisit(MENTOR, saturday), Remedy.saturdayVisit(MENTOR, saturday))
        .addEqualityGroup(Remedy.visitAcrossBreak(MENTOR, W33))
        .addEqualityGroup(Remedy.visitAcrossBreak(MENTOR, W33.plusWeeks(1)))
        .addEqualityGroup(seedShortfall(), seedShortfall())
        .testEquals();
  }
}
