package io.github.ikmsdk.examples.bench;

import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.IndonesianTimeZone;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.geo.Address;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.AgencyId;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.identifier.Kbli;
import io.github.ikmsdk.core.identifier.RegionCode;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A generated national-scale programme for the benchmarks: 100,000 IKMs in 10,000 sentra of ten
 * IKMs (two mentors each) across 500 regencies, 20,000 mentors, 26 weeks from Monday 3 July 2023 on
 * the civil-servant calendar, and one four-hour completed visit per IKM per week where the week has
 * a free working day for it (about 2.6 million visits). Weeks with holidays leave some IKMs
 * unvisited, as in real life. Deterministic: the same fraction gives the same data.
 */
public final class NationalScenario {

  /** IKMs per mentor, as in the source. */
  static final int CASELOAD = 5;

  /** Mentors per sentra. */
  static final int MENTORS_PER_SENTRA = 2;

  /** Sentra per regency at full size. */
  static final int SENTRA_PER_REGENCY = 20;

  /** The first day of the programme. */
  public static final LocalDate START = LocalDate.of(2023, 7, 3);

  /** The number of programme weeks. */
  public static final int WEEKS = 26;

  private NationalScenario() {}

  /**
   * Returns the number of mentors at a size fraction.
   *
   * @param fraction of the full 20,000 mentors, positive; above 1 for larger programmes (5 gives
   *     100,000 mentors)
   * @return the number of mentors, a positive multiple of two
   */
  public static int mentors(double fraction) {
    return Math.max(1, (int) Math.round(10_000 * fraction)) * MENTORS_PER_SENTRA;
  }

  /**
   * Generates the programme at a size fraction.
   *
   * @param fraction of the full size, positive (see {@link #mentors(double)})
   * @param withAssignments whether to include the assignments of IKMs to mentors
   * @param withVisits whether to include the completed visits
   * @return the snapshot
   */
  public static ProgrammeSnapshot generate(
      double fraction, boolean withAssignments, boolean withVisits) {
    SplittableRandom random = new SplittableRandom(2023);
    int sentraCount = mentors(fraction) / MENTORS_PER_SENTRA;
    WorkCalendar calendar = WorkCalendar.civilServant(IndonesianTimeZone.WITA.zoneId());
    LocalDate end = START.plusWeeks(WEEKS).minusDays(1);
    Programme.Builder programme =
        Programme.builder()
            .id(ProgrammeId.of("PRG-NASIONAL-2023"))
            .agency(AgencyId.of("KEMENPERIN"))
            .name("Program pendampingan IKM nasional 2023 (data buatan)")
            .startDate(START)
            .endDate(end)
            .zone(calendar.zone());
    ProgrammeSnapshot.Builder snapshot =
        ProgrammeSnapshot.builder()
            .agency(
                Agency.builder()
                    .id(AgencyId.of("KEMENPERIN"))
                    .name("Generated national agency")
                    .region(RegionCode.parse("53"))
                    .build())
            .calendar(calendar);
    Commodity commodity =
        Commodity.builder()
            .id(CommodityId.of("TENUN"))
            .name("Tenun ikat")
            .kbli(Kbli.parse("13122"))
            .minDurationMonths(3)
            .maxDurationMonths(6)
            .build();
    snapshot.addCommodities(commodity);
    Kbli kbli = Kbli.parse("13122");

    List<ProgrammeWeek> weeks = calendar.programmeWeeks(START, end);
    List<List<LocalDate>> weekDays = new ArrayList<>();
    for (ProgrammeWeek week : weeks) {
      weekDays.add(week.workingDays());
    }
    for (int s = 0; s < sentraCount; s++) {
      int regency = s / SENTRA_PER_REGENCY;
      String village =
          String.format(
              Locale.ROOT,
              "%02d.%02d.%02d.2%03d",
              11 + regency / 79 % 84,
              1 + regency % 79,
              1 + s % 40,
              1 + s % SENTRA_PER_REGENCY);
      RegionCode region = RegionCode.parse(village);
      GeoPoint centre =
          GeoPoint.of(-10 + (regency * 7 % 150) / 10.0, 96 + (regency * 13 % 440) / 10.0);
      GeoPoint sentraSite = jitter(centre, 0.05, random);
      SentraId sentraId = SentraId.of(String.format(Locale.ROOT, "S-%05d", s));
      snapshot.addSentra(
          Sentra.builder()
              .id(sentraId)
              .name("Sentra " + sentraId.value())
              .commodity(commodity.id())
              .region(region)
              .location(sentraSite)
              .build());
      programme.addSentra(sentraId);
      for (int m = 0; m < MENTORS_PER_SENTRA; m++) {
        MentorId mentor =
            MentorId.of(String.format(Locale.ROOT, "M-%06d", s * MENTORS_PER_SENTRA + m));
        snapshot.addMentors(
            Mentor.builder()
                .id(mentor)
                .name("Pendamping " + mentor.value())
                .base(jitter(centre, 0.1, random))
                .build());
        List<IkmId> ikms = new ArrayList<>(CASELOAD);
        for (int i = 0; i < CASELOAD; i++) {
          IkmId ikm =
              IkmId.of(
                  String.format(
                      Locale.ROOT, "IKM-%07d", (s * MENTORS_PER_SENTRA + m) * CASELOAD + i));
          ikms.add(ikm);
          GeoPoint site = jitter(sentraSite, 0.01, random);
          snapshot.addIkms(
              Ikm.builder()
                  .id(ikm)
                  .name("Usaha " + ikm.value())
                  .ownerName("Pemilik " + ikm.value())
                  .kbli(kbli)
                  .sentra(sentraId)
                  .commodity(commodity.id())
                  .productionSite(site)
                  .address(Address.of("Jalan Sentra " + (i + 1), region))
                  .build());
          programme.addParticipants(ikm);
          if (withVisits) {
            for (int w = 0; w < weeks.size(); w++) {
              List<LocalDate> days = weekDays.get(w);
              if (i >= days.size()) {
                continue;
              }
              LocalDate day = days.get(i);
              snapshot.addVisits(
                  Visit.builder()
                      .id(VisitId.of(ikm.value() + "-" + w))
                      .mentor(mentor)
                      .ikm(ikm)
                      .date(day)
                      .start(visitStart(calendar.schedule(day)))
                      .end(visitEnd(calendar.schedule(day)))
                      .location(site)
                      .status(VisitStatus.COMPLETED)
                      .build());
            }
          }
        }
        if (withAssignments) {
          snapshot.addAssignments(Assignment.of(mentor, ikms));
        }
      }
    }
    return snapshot.programme(programme.build()).build();
  }

  private static LocalTime visitStart(DaySchedule schedule) {
    return schedule.start().orElseThrow();
  }

  /** Four working hours from the start: 11:30 on civil-servant days. */
  private static LocalTime visitEnd(DaySchedule schedule) {
    return schedule.start().orElseThrow().plusHours(4);
  }

  private static GeoPoint jitter(GeoPoint centre, double degrees, SplittableRandom random) {
    return GeoPoint.of(
        centre.latitude() + (random.nextDouble() * 2 - 1) * degrees,
        centre.longitude() + (random.nextDouble() * 2 - 1) * degrees);
  }
}
