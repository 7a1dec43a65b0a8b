package io.github.ikmsdk.core.testing;

import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.TimeWindow;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.geo.Address;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.identifier.Kbli;
import io.github.ikmsdk.core.identifier.Nib;
import io.github.ikmsdk.core.identifier.Nik;
import io.github.ikmsdk.core.identifier.RegionCode;
import io.github.ikmsdk.core.logbook.Indicators;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/** Builds a snapshot that keeps every rule from a {@link SnapshotSpec}. */
final class ValidSnapshotFactory {

  private ValidSnapshotFactory() {}

  static ProgrammeSnapshot build(SnapshotSpec spec) {
    SplittableRandom random = new SplittableRandom(spec.seed());
    ProgrammePolicy policy = spec.policy();
    WorkCalendar calendar = spec.calendar();
    int minMonths = policy.minDurationMonths();
    int months =
        minMonths
            + (int) Math.floor(spec.monthsFraction() * (policy.maxDurationMonths() - minMonths));
    months = Math.min(months, policy.maxDurationMonths());
    LocalDate start = spec.start();
    LocalDate end = start.plusMonths(months).minusDays(1);

    List<ProgrammeWeek> weeks =
        calendar.programmeWeeks(start, end, policy.minWorkingDaysForRequiredWeek());
    List<List<LocalDate>> usableDays = new ArrayList<>();
    int capacity = Integer.MAX_VALUE;
    for (ProgrammeWeek week : weeks) {
      if (!week.visitRequired()) {
        usableDays.add(List.of());
        continue;
      }
      List<LocalDate> usable = new ArrayList<>();
      for (LocalDate day : week.workingDays()) {
        if (earliestEnd(calendar.schedule(day), policy.minVisitWorkingMinutes()).isPresent()) {
          usable.add(day);
        }
      }
      usableDays.add(usable);
      capacity = Math.min(capacity, usable.size());
    }
    int caseload =
        Math.max(1, Math.min(Math.min(policy.maxIkmsPerMentor(), capacity), spec.wantedCaseload()));

    int province = 11 + random.nextInt(84);
    int regency = 1 + random.nextInt(79);
    int district = 1 + random.nextInt(40);
    RegionCode regencyCode =
        RegionCode.parse(String.format(Locale.ROOT, "%02d.%02d", province, regency));
    GeoPoint centre = GeoPoint.of(-10 + random.nextDouble() * 15, 96 + random.nextDouble() * 44);

    ProgrammeSnapshot.Builder snapshot = ProgrammeSnapshot.builder().calendar(calendar);
    Programme.Builder programme =
        Programme.builder()
            .id(IkmArbitraries.programmeId(spec.seed() & 0xFFFF))
            .agency(IkmArbitraries.agencyId())
            .name("Program Pendampingan IKM " + start.getYear())
            .startDate(start)
            .endDate(end)
            .zone(calendar.zone())
            .policy(policy);
    snapshot.agency(
        Agency.builder()
            .id(IkmArbitraries.agencyId())
            .name("Dinas Perdagangan dan Perindustrian")
            .shortName("Disdagrin")
            .region(regencyCode)
            .location(centre)
            .build());

    for (int s = 0; s < spec.sentraCount(); s++) {
      RegionCode village =
          RegionCode.parse(
              String.format(
                  Locale.ROOT,
                  "%s.%02d.%d%03d",
                  regencyCode,
                  district,
                  1 + random.nextInt(2),
                  1 + s));
      GeoPoint sentraSite = near(centre, 5_000, random);
      String product = Names.BUSINESSES.get(random.nextInt(Names.BUSINESSES.size()));
      Kbli kbli = Kbli.parse(String.format(Locale.ROOT, "%05d", 10_000 + random.nextInt(24_000)));
      Commodity commodity =
          Commodity.builder()
              .id(IkmArbitraries.commodityId(s))
              .name(product)
              .kbli(kbli)
              .minDurationMonths(minMonths + random.nextInt(months - minMonths + 1))
              .maxDurationMonths(months + random.nextInt(policy.maxDurationMonths() - months + 1))
              .build();
      snapshot.addCommodities(commodity);
      snapshot.addSentra(
          Sentra.builder()
              .id(IkmArbitraries.sentraId(s))
              .name("Sentra " + product + " " + (s + 1))
              .commodity(commodity.id())
              .region(village)
              .location(sentraSite)
              .build());
      programme.addSentra(IkmArbitraries.sentraId(s));

      for (int m = 0; m < spec.mentorsPerSentra(); m++) {
        MentorId mentorId = IkmArbitraries.mentorId(s, m);
        snapshot.addMentors(
            Mentor.builder()
                .id(mentorId)
                .name(Names.PEOPLE.get(random.nextInt(Names.PEOPLE.size())))
                .base(near(centre, 2_000, random))
                .build());
        List<IkmId> ikms = new ArrayList<>();
        for (int i = 0; i < caseload; i++) {
          IkmId ikmId = IkmArbitraries.ikmId(s, m, i);
          ikms.add(ikmId);
          Ikm.Builder ikm =
              Ikm.builder()
                  .id(ikmId)
                  .name(product + " " + Names.PEOPLE.get(random.nextInt(Names.PEOPLE.size())))
                  .ownerName(Names.PEOPLE.get(random.nextInt(Names.PEOPLE.size())))
                  .kbli(kbli)
                  .sentra(IkmArbitraries.sentraId(s))
                  .commodity(commodity.id())
                  .productionSite(near(sentraSite, 1_000, random))
                  .address(
                      Address.of(Names.STREETS.get(random.nextInt(Names.STREETS.size())), village));
          if (random.nextBoolean()) {
            ikm.nib(
                Nib.parse(
                    String.format(Locale.ROOT, "%013d", random.nextLong(10_000_000_000_000L))));
          }
          if (random.nextBoolean()) {
            LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(16_000));
            boolean female = random.nextBoolean();
            ikm.ownerNik(
                Nik.parse(
                    village.digits().substring(0, 6)
                        + String.format(
                            Locale.ROOT,
                            "%02d%02d%02d%04d",
                            born.getDayOfMonth() + (female ? 40 : 0),
                            born.getMonthValue(),
                            born.getYear() % 100,
                            1 + random.nextInt(9_999))));
          }
          Ikm built = ikm.build();
          snapshot.addIkms(built);
          programme.addParticipants(ikmId);
          addVisitsAndLogbook(
              snapshot, calendar, policy, weeks, usableDays, mentorId, built, i, random);
        }
        snapshot.addAssignments(Assignment.of(mentorId, ikms));
      }
    }
    return snapshot.programme(programme.build()).build();
  }

  private static void addVisitsAndLogbook(
      ProgrammeSnapshot.Builder snapshot,
      WorkCalendar calendar,
      ProgrammePolicy policy,
      List<ProgrammeWeek> weeks,
      List<List<LocalDate>> usableDays,
      MentorId mentor,
      Ikm ikm,
      int slot,
      SplittableRandom random) {
    List<Visit> visits = new ArrayList<>();
    for (int w = 0; w < weeks.size(); w++) {
      List<LocalDate> days = usableDays.get(w);
      if (days.isEmpty()) {
        continue;
      }
      LocalDate day = days.get(slot);
      DaySchedule schedule = calendar.schedule(day);
      LocalTime start = schedule.start().orElseThrow();
      LocalTime end = earliestEnd(schedule, policy.minVisitWorkingMinutes()).orElseThrow();
      Visit.Builder visit =
          Visit.builder()
              .id(IkmArbitraries.visitId(ikm.id(), weeks.get(w).week()))
              .mentor(mentor)
              .ikm(ikm.id())
              .date(day)
              .start(start)
              .end(end)
              .status(VisitStatus.COMPLETED);
      if (random.nextBoolean()) {
        visit.location(ikm.productionSite());
      }
      visits.add(visit.build());
    }
    snapshot.addAllVisits(visits);

    int n = visits.size();
    for (int v = 0; v < n; v++) {
      Stage stage;
      if (v == 0) {
        stage = Stage.DIAGNOSIS;
      } else if (v == 1) {
        stage = Stage.PLAN;
      } else if (v == n - 1 && n >= 4) {
        stage = Stage.EVALUATION;
      } else {
        stage = Stage.MENTORING;
      }
      Visit visit = visits.get(v);
      LogbookEntry.Builder entry =
          LogbookEntry.builder()
              .id(IkmArbitraries.entryId(ikm.id(), v + 1))
              .ikm(ikm.id())
              .stage(stage)
              .date(visit.date())
              .author(mentor)
              .visit(visit.id())
              .findings("Temuan " + stage.indonesianName())
              .actions("Tindak lanjut " + stage.indonesianName());
      if (stage == Stage.DIAGNOSIS || stage == Stage.EVALUATION) {
        entry.indicators(
            Indicators.builder()
                .monthlyTurnoverRupiah(1_000_000L * (1 + random.nextInt(50)))
                .workers(1 + random.nextInt(10))
                .build());
      }
      snapshot.addLogbookEntries(entry.build());
    }
  }

  /**
   * Returns the earliest end of a visit starting at the day's first working moment that holds
   * {@code minutes} working minutes, if the day holds that many.
   */
  static Optional<LocalTime> earliestEnd(DaySchedule schedule, int minutes) {
    long left = minutes;
    for (TimeWindow window : schedule.workingWindows()) {
      if (window.minutes() >= left) {
        return Optional.of(window.start().plusMinutes(left));
      }
      left -= window.minutes();
    }
    return Optional.empty();
  }

  private static GeoPoint near(GeoPoint centre, double metres, SplittableRandom random) {
    double dLat = Math.toDegrees(metres / GeoPoint.EARTH_RADIUS_METRES);
    double dLon = dLat / Math.cos(Math.toRadians(centre.latitude()));
    return GeoPoint.of(
        centre.latitude() + (random.nextDouble() * 2 - 1) * dLat,
        centre.longitude() + (random.nextDouble() * 2 - 1) * dLon);
  }
}
