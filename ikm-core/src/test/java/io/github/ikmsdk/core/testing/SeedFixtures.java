package io.github.ikmsdk.core.testing;

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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The seed scenario of the source as a fixture: Disdagrin Kabupaten Manggarai Barat, three mentors
 * and fifteen IKMs in three sentra of Kecamatan Komodo, a three-month programme from Monday 14
 * August 2023 in WITA with the civil-servant calendar. People and business names are fictional.
 *
 * <p>The snapshot has assignments (mentor {@code M-0n} accompanies the five IKMs of sentra {@code
 * S-0n}) but no visits and no logbook entries; tests add what they need, for example {@link
 * #weeklyVisits(ProgrammeSnapshot, LocalTime, LocalTime)}.
 *
 * @since 0.1.0
 */
public final class SeedFixtures {

  /** Asia/Makassar, the zone of Manggarai Barat (WITA, UTC+8). */
  public static final ZoneId WITA = IndonesianTimeZone.WITA.zoneId();

  /** The first day of mentoring: the Monday after the socialisation of 8-9 August 2023. */
  public static final LocalDate START = LocalDate.of(2023, 8, 14);

  /** The last day of a three-month programme from {@link #START}. */
  public static final LocalDate END = LocalDate.of(2023, 11, 13);

  /** The Disdagrin office on Jalan Frans Nala, Labuan Bajo. */
  public static final GeoPoint LABUAN_BAJO = GeoPoint.of(-8.5, 119.883);

  private static final String[][] SENTRA = {
    {"53.15.05.2019", "Batu Cermin", "-8.4793", "119.8992", "TENUN", "Tenun ikat songke", "13122"},
    {"53.15.05.2020", "Gorontalo", "-8.4900", "119.8870", "KOPI", "Kopi robusta", "10761"},
    {"53.15.05.1024", "Wae Kelambu", "-8.4763", "119.8957", "IKAN", "Olahan ikan", "10219"},
  };

  private SeedFixtures() {}

  /**
   * Returns the seed snapshot without visits or logbook entries.
   *
   * @return the snapshot
   */
  public static ProgrammeSnapshot manggaraiBarat2023() {
    ProgrammeSnapshot.Builder snapshot =
        ProgrammeSnapshot.builder()
            .agency(
                Agency.builder()
                    .id(AgencyId.of("DISDAGRIN-5315"))
                    .name("Dinas Perdagangan dan Perindustrian Kabupaten Manggarai Barat")
                    .shortName("Disdagrin Mabar")
                    .region(RegionCode.parse("53.15"))
                    .office(Address.of("Jalan Frans Nala", RegionCode.parse("53.15.05.1025")))
                    .location(LABUAN_BAJO)
                    .build())
            .calendar(WorkCalendar.civilServant(WITA));
    Programme.Builder programme =
        Programme.builder()
            .id(ProgrammeId.of("PRG-MABAR-2023"))
            .agency(AgencyId.of("DISDAGRIN-5315"))
            .name("Pendampingan IKM Kecamatan Komodo 2023")
            .startDate(START)
            .endDate(END)
            .zone(WITA);
    for (int s = 0; s < SENTRA.length; s++) {
      String[] row = SENTRA[s];
      RegionCode village = RegionCode.parse(row[0]);
      GeoPoint centre = GeoPoint.of(Double.parseDouble(row[2]), Double.parseDouble(row[3]));
      CommodityId commodity = CommodityId.of(row[4]);
      SentraId sentraId = SentraId.of(String.format(Locale.ROOT, "S-%02d", s + 1));
      snapshot.addCommodities(
          Commodity.builder()
              .id(commodity)
              .name(row[5])
              .kbli(Kbli.parse(row[6]))
              .minDurationMonths(3)
              .maxDurationMonths(s == 0 ? 6 : 4)
              .build());
      snapshot.addSentra(
          Sentra.builder()
              .id(sentraId)
              .name("Sentra " + row[5] + " " + row[1])
              .commodity(commodity)
              .region(village)
              .location(centre)
              .build());
      programme.addSentra(sentraId);
      MentorId mentor = MentorId.of(String.format(Locale.ROOT, "M-%02d", s + 1));
      snapshot.addMentors(
          Mentor.builder().id(mentor).name(Names.PEOPLE.get(s)).base(LABUAN_BAJO).build());
      List<IkmId> ikms = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        IkmId ikm = IkmId.of(String.format(Locale.ROOT, "IKM-%02d", s * 5 + i + 1));
        ikms.add(ikm);
        snapshot.addIkms(
            Ikm.builder()
                .id(ikm)
                .name(row[5] + " " + Names.PEOPLE.get(5 + (s * 5 + i) % 10).split(" ")[0])
                .ownerName(Names.PEOPLE.get(5 + (s * 5 + i) % 10))
                .kbli(Kbli.parse(row[6]))
                .sentra(sentraId)
                .commodity(commodity)
                .productionSite(
                    GeoPoint.of(centre.latitude() + 0.001 * i, centre.longitude() - 0.001 * i))
                .address(Address.of("Jalan " + row[1] + " No. " + (i + 1), village))
                .build());
        programme.addParticipants(ikm);
      }
      snapshot.addAssignments(Assignment.of(mentor, ikms));
    }
    return snapshot.programme(programme.build()).build();
  }

  /**
   * Returns one completed visit per assigned IKM in every programme week of the snapshot that
   * requires a visit, judged by the snapshot's calendar, programme period and policy. The IKM at
   * position {@code k} of its mentor's assignment is visited by that mentor on the week's working
   * day {@code k} (counted from 0, wrapping around in short weeks) from {@code start} to {@code
   * end}; the visit id is {@code V-<ikm>-<week>}, for example {@code V-IKM-01-2023-W34}. The visits
   * are ordered by assignment, IKM and week.
   *
   * <p>The visits keep the visit rules when the times lie within working hours on every such day
   * and are long enough for the policy, and no mentor has more IKMs than a week has working days.
   *
   * @param snapshot the snapshot whose programme, calendar and assignments are used
   * @param start the start time of every visit
   * @param end the end time of every visit, after {@code start}
   * @return the visits, possibly empty
   */
  public static List<Visit> weeklyVisits(
      ProgrammeSnapshot snapshot, LocalTime start, LocalTime end) {
    Programme programme = snapshot.programme();
    List<ProgrammeWeek> weeks =
        snapshot
            .calendar()
            .programmeWeeks(
                programme.startDate(),
                programme.endDate(),
                programme.policy().minWorkingDaysForRequiredWeek());
    List<Visit> visits = new ArrayList<>();
    for (Assignment assignment : snapshot.assignments()) {
      List<IkmId> ikms = List.copyOf(assignment.ikms());
      for (int k = 0; k < ikms.size(); k++) {
        for (ProgrammeWeek week : weeks) {
          if (week.visitRequired()) {
            List<LocalDate> days = week.workingDays();
            visits.add(
                Visit.builder()
                    .id(VisitId.of("V-" + ikms.get(k).value() + "-" + week.week()))
                    .mentor(assignment.mentor())
                    .ikm(ikms.get(k))
                    .date(days.get(k % days.size()))
                    .start(start)
                    .end(end)
                    .status(VisitStatus.COMPLETED)
                    .build());
          }
        }
      }
    }
    return visits;
  }
}
