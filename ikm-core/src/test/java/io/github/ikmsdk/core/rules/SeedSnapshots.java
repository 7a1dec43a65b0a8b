package io.github.ikmsdk.core.rules;

import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.ExtraWorkingDay;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.testing.SeedFixtures;
import io.github.ikmsdk.core.visit.Visit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The seed scenario of Manggarai Barat ({@link SeedFixtures#manggaraiBarat2023()}) as a valid
 * snapshot: programme 14 Aug - 17 Nov 2023, one completed 07:30-11:30 visit per IKM per week
 * ({@link SeedFixtures#weeklyVisits}) and a logbook of diagnosis, plan, two mentoring entries and
 * the evaluation per IKM. Weeks with fewer than five working days (W33 with 17 August, W39 with 28
 * September) get an extra working Saturday, the remedy the policy allows.
 */
final class SeedSnapshots {

  static final LocalDate END = LocalDate.of(2023, 11, 17);
  static final CommodityId KOPI = CommodityId.of("KOPI");
  static final SentraId BATU_CERMIN = SentraId.of("S-01");
  static final SentraId GORONTALO = SentraId.of("S-02");
  static final LocalTime VISIT_START = LocalTime.of(7, 30);
  static final LocalTime VISIT_END = LocalTime.of(11, 30);

  private SeedSnapshots() {}

  static MentorId mentor(int m) {
    return MentorId.of(String.format("M-%02d", m));
  }

  static IkmId ikm(int i) {
    return IkmId.of(String.format("IKM-%02d", i));
  }

  static WorkCalendar baseCalendar() {
    return WorkCalendar.civilServant(SeedFixtures.WITA);
  }

  /** The civil-servant calendar plus a working Saturday in each short week. */
  static WorkCalendar calendar() {
    WorkCalendar base = baseCalendar();
    WorkCalendar.Builder builder = base.toBuilder();
    for (ProgrammeWeek week : base.programmeWeeks(SeedFixtures.START, END)) {
      if (week.workingDays().size() < 5) {
        builder.addExtraWorkingDay(
            ExtraWorkingDay.of(
                week.week().day(DayOfWeek.SATURDAY),
                DaySchedule.of(LocalTime.of(7, 30), LocalTime.of(12, 0), List.of()),
                "Kunjungan hari Sabtu"));
      }
    }
    return builder.build();
  }

  static ProgrammeSnapshot valid() {
    ProgrammeSnapshot seed = SeedFixtures.manggaraiBarat2023();
    ProgrammeSnapshot period =
        ProgrammeSnapshot.builder()
            .from(seed)
            .programme(Programme.builder().from(seed.programme()).endDate(END).build())
            .calendar(calendar())
            .build();
    List<Visit> visits = SeedFixtures.weeklyVisits(period, VISIT_START, VISIT_END);
    List<LogbookEntry> entries = new ArrayList<>();
    Stage[] stages = {Stage.DIAGNOSIS, Stage.PLAN, Stage.MENTORING, Stage.MENTORING};
    for (IkmId ikm : period.programme().participants()) {
      List<Visit> own =
          visits.stream().filter(v -> v.ikm().equals(ikm)).collect(Collectors.toList());
      for (int e = 0; e < stages.length; e++) {
        entries.add(entry(ikm, e + 1, stages[e], own.get(e)));
      }
      entries.add(entry(ikm, 9, Stage.EVALUATION, own.get(own.size() - 1)));
    }
    return ProgrammeSnapshot.builder().from(period).visits(visits).logbookEntries(entries).build();
  }

  static LogbookEntry entry(IkmId ikm, int n, Stage stage, Visit visit) {
    return LogbookEntry.builder()
        .id(LogbookEntryId.of("L-" + ikm.value() + "-" + n))
        .ikm(ikm)
        .stage(stage)
        .date(visit.date())
        .author(visit.mentor())
        .visit(visit.id())
        .findings("Catatan " + stage.indonesianName())
        .build();
  }
}
