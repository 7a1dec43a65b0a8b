package io.github.ikmsdk.core.rules;

import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.ExtraWorkingDay;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.geo.Address;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.AgencyId;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.identifier.Kbli;
import io.github.ikmsdk.core.identifier.RegionCode;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.Stage;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The seed scenario of Manggarai Barat (WITA, August 2023) as a valid snapshot: Disdagrin
 * Manggarai Barat, three commodities, three sentra in Batu Cermin, Gorontalo and Wae Kelambu,
 * three mentors with five IKMs each, programme 14 Aug - 17 Nov 2023, one completed 07:30-11:30
 * visit per IKM per week. Weeks with fewer than five working days (W33 with 17 August, W39 with
 * 28 September) get an extra working Saturday, the remedy the policy allows.
 */
final class SeedSnapshots {

  static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  static final LocalDate START = LocalDate.of(2023, 8, 14);
  static final LocalDate END = LocalDate.of(2023, 11, 17);
  static final ProgrammeId PROGRAMME = ProgrammeId.of("P-2023-MABAR");
  static final AgencyId AGENCY = AgencyId.of("DISDAGRIN-MABAR");
  static final CommodityId TENUN = CommodityId.of("TENUN");
  static final CommodityId KOPI = CommodityId.of("KOPI");
  static final CommodityId IKAN = CommodityId.of("IKAN");
  static final SentraId BATU_CERMIN = SentraId.of("S-BATU-CERMIN");
  static final SentraId GORONTALO = SentraId.of("S-GORONTALO");
  static final SentraId WAE_KELAMBU = SentraId.of("S-WAE-KELAMBU");
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
    return WorkCalendar.civilServant(WITA);
  }

  /** The civil-servant calendar plus a working Saturday in each short week. */
  static WorkCalendar calendar() {
    WorkCalendar base = baseCalendar();
    WorkCalendar.Builder builder = base.toBuilder();
    for (ProgrammeWeek week : base.programmeWeeks(START, END)) {
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
    RegionCode regency = RegionCode.parse("53.15");
    Agency agency =
        Agency.builder()
            .id(AGENCY)
            .name("Dinas Perdagangan dan Perindustrian Kabupaten Manggarai Barat")
            .shortName("Disdagrin Manggarai Barat")
            .region(regency)
            .office(Address.of("Jalan Frans Nala, Labuan Bajo", regency))
            .location(GeoPoint.of(-8.500, 119.883))
            .build();
    List<Commodity> commodities =
        List.of(
            commodity(TENUN, "Tenun ikat", "13122", 3, 6),
            commodity(KOPI, "Kopi bubuk", "10761", 3, 6),
            commodity(IKAN, "Olahan ikan", "10219", 3, 4));
    String[] villages = {"53.15.05.2019", "53.15.05.2020", "53.15.05.1024"};
    GeoPoint[] places = {
      GeoPoint.of(-8.4793, 119.8992), GeoPoint.of(-8.4900, 119.8850), GeoPoint.of(-8.4763, 119.8957)
    };
    SentraId[] sentraIds = {BATU_CERMIN, GORONTALO, WAE_KELAMBU};
    CommodityId[] commodityIds = {TENUN, KOPI, IKAN};
    String[] names = {"Sentra Tenun Batu Cermin", "Sentra Kopi Gorontalo", "Sentra Ikan Wae Kelambu"};
    List<Sentra> sentra = new ArrayList<>();
    List<Mentor> mentors = new ArrayList<>();
    List<Ikm> ikms = new ArrayList<>();
    List<Assignment> assignments = new ArrayList<>();
    for (int s = 0; s < 3; s++) {
      RegionCode village = RegionCode.parse(villages[s]);
      sentra.add(
          Sentra.builder()
              .id(sentraIds[s])
              .name(names[s])
              .commodity(commodityIds[s])
              .region(village)
              .location(places[s])
              .build());
      mentors.add(
          Mentor.builder()
              .id(mentor(s + 1))
              .name("Pendamping " + (s + 1))
              .base(GeoPoint.of(-8.500, 119.883))
              .build());
      List<IkmId> own = new ArrayList<>();
      for (int k = 0; k < 5; k++) {
        int n = s * 5 + k + 1;
        own.add(ikm(n));
        ikms.add(
            Ikm.builder()
                .id(ikm(n))
                .name("Usaha " + n)
                .ownerName("Pemilik " + n)
                .kbli(Kbli.parse(commodities.get(s).kbli().orElseThrow().value()))
                .sentra(sentraIds[s])
                .commodity(commodityIds[s])
                .productionSite(
                    GeoPoint.of(places[s].latitude() + 0.001 * k, places[s].longitude()))
                .address(Address.of("Jalan Usaha " + n, village))
                .build());
      }
      assignments.add(Assignment.of(mentor(s + 1), own));
    }
    WorkCalendar calendar = calendar();
    Programme programme =
        Programme.builder()
            .id(PROGRAMME)
            .agency(AGENCY)
            .name("Pendampingan IKM Manggarai Barat 2023")
            .startDate(START)
            .endDate(END)
            .zone(WITA)
            .addSentra(BATU_CERMIN, GORONTALO, WAE_KELAMBU)
            .addAllParticipants(ikms.stream().map(Ikm::id).collect(Collectors.toList()))
            .build();
    List<Visit> visits = new ArrayList<>();
    List<LogbookEntry> entries = new ArrayList<>();
    List<ProgrammeWeek> weeks = calendar.programmeWeeks(START, END);
    for (int m = 1; m <= 3; m++) {
      for (int k = 0; k < 5; k++) {
        IkmId ikm = ikm((m - 1) * 5 + k + 1);
        List<Visit> own = new ArrayList<>();
        for (ProgrammeWeek week : weeks) {
          if (!week.visitRequired()) {
            continue;
          }
          LocalDate date = week.workingDays().get(k % week.workingDays().size());
          own.add(
              Visit.builder()
                  .id(VisitId.of("V-" + ikm.value() + "-" + week.week()))
                  .mentor(mentor(m))
                  .ikm(ikm)
                  .date(date)
                  .start(VISIT_START)
                  .end(VISIT_END)
                  .status(VisitStatus.COMPLETED)
                  .build());
        }
        visits.addAll(own);
        Stage[] stages = {Stage.DIAGNOSIS, Stage.PLAN, Stage.MENTORING, Stage.MENTORING};
        for (int e = 0; e < stages.length; e++) {
          entries.add(entry(ikm, e + 1, stages[e], own.get(e)));
        }
        entries.add(entry(ikm, 9, Stage.EVALUATION, own.get(own.size() - 1)));
      }
    }
    return ProgrammeSnapshot.builder()
        .programme(programme)
        .agency(agency)
        .calendar(calendar)
        .commodities(commodities)
        .sentra(sentra)
        .mentors(mentors)
        .ikms(ikms)
        .assignments(assignments)
        .visits(visits)
        .logbookEntries(entries)
        .build();
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

  private static Commodity commodity(
      CommodityId id, String name, String kbli, int minMonths, int maxMonths) {
    return Commodity.builder()
        .id(id)
        .name(name)
        .kbli(Kbli.parse(kbli))
        .minDurationMonths(minMonths)
        .maxDurationMonths(maxMonths)
        .build();
  }
}
