package io.github.ikmsdk.json;

import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.ExtraWorkingDay;
import io.github.ikmsdk.core.calendar.SpecialHours;
import io.github.ikmsdk.core.calendar.WeeklySchedule;
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
import io.github.ikmsdk.core.identifier.Nib;
import io.github.ikmsdk.core.identifier.Nik;
import io.github.ikmsdk.core.identifier.Nip;
import io.github.ikmsdk.core.identifier.RegionCode;
import io.github.ikmsdk.core.logbook.Amendment;
import io.github.ikmsdk.core.logbook.Certification;
import io.github.ikmsdk.core.logbook.FieldChange;
import io.github.ikmsdk.core.logbook.Indicators;
import io.github.ikmsdk.core.logbook.LogbookChain;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.ProductionCapacity;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The seed scenario: Disdagrin Manggarai Barat, WITA, August 2023. */
final class Seed {

  static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  static final ProgrammeId PROGRAMME = ProgrammeId.of("MABAR-2023");
  static final String OWNER_NIK = "5315055508850001";

  private Seed() {}

  static final String[][] VILLAGES = {
    {"53.15.05.2019", "Batu Cermin"},
    {"53.15.05.2020", "Gorontalo"},
    {"53.15.05.1024", "Wae Kelambu"}
  };
  static final GeoPoint[] SITES = {
    GeoPoint.of(-8.4793, 119.8992), GeoPoint.of(-8.4850, 119.8870), GeoPoint.of(-8.4763, 119.8957)
  };

  static WorkCalendar calendar() {
    return WorkCalendar.civilServant(WITA).toBuilder()
        .addSpecialHours(
            SpecialHours.of(
                LocalDate.of(2024, 3, 11),
                LocalDate.of(2024, 4, 9),
                WeeklySchedule.civilServantRamadan(),
                "Ramadan 1445 H"))
        .addExtraWorkingDay(
            ExtraWorkingDay.of(
                LocalDate.of(2023, 8, 19),
                // Half an hour after the visit for the mentors' way back to the base.
                DaySchedule.of(LocalTime.of(8, 0), LocalTime.of(12, 30), List.of()),
                "Kunjungan pengganti 17 Agustus"))
        .build();
  }

  static ProgrammeSnapshot snapshot() {
    ProgrammeSnapshot.Builder b = ProgrammeSnapshot.builder();
    List<SentraId> sentraIds = new ArrayList<>();
    List<IkmId> ikmIds = new ArrayList<>();
    b.agency(
        Agency.builder()
            .id(AgencyId.of("DISDAGRIN-5315"))
            .name("Dinas Perdagangan dan Perindustrian Kabupaten Manggarai Barat")
            .shortName("Disdagrin Mabar")
            .region(RegionCode.parse("53.15"))
            .office(
                Address.builder()
                    .street("Jalan Frans Nala, Labuan Bajo")
                    .region(RegionCode.parse("53.15.05.1025"))
                    .postalCode("86554")
                    .build())
            .location(GeoPoint.of(-8.5, 119.883))
            .build());
    b.calendar(calendar());
    String[][] commodities = {
      {"TENUN", "Tenun ikat songke", "13122", "6"},
      {"KOPI", "Kopi", "10761", "3"},
      {"IKAN", "Olahan ikan", "10219", "4"}
    };
    for (String[] c : commodities) {
      b.addCommodities(
          Commodity.builder()
              .id(CommodityId.of(c[0]))
              .name(c[1])
              .kbli(Kbli.parse(c[2]))
              .minDurationMonths(3)
              .maxDurationMonths(Integer.parseInt(c[3]))
              .build());
    }
    for (int s = 0; s < 3; s++) {
      SentraId id = SentraId.of("S-" + (s + 1));
      sentraIds.add(id);
      b.addSentra(
          Sentra.builder()
              .id(id)
              .name("Sentra " + commodities[s][1] + " " + VILLAGES[s][1])
              .commodity(CommodityId.of(commodities[s][0]))
              .region(RegionCode.parse(VILLAGES[s][0]))
              .location(SITES[s])
              .build());
    }
    for (int m = 0; m < 3; m++) {
      Mentor.Builder mb =
          Mentor.builder()
              .id(MentorId.of("M-0" + (m + 1)))
              .name(new String[] {"Yohanes Jehabut", "Maria Goreti Nona", "Fransiskus Adur"}[m])
              .base(GeoPoint.of(-8.5, 119.883));
      if (m == 0) {
        mb.nip(Nip.parse("198508152010031001"));
      }
      b.addMentors(mb.build());
    }
    for (int i = 0; i < 15; i++) {
      int s = i / 5;
      IkmId id = IkmId.of(String.format("IKM-%02d", i + 1));
      ikmIds.add(id);
      Ikm.Builder ib =
          Ikm.builder()
              .id(id)
              .name("Usaha " + commodities[s][1] + " " + (i + 1))
              .ownerName("Pemilik \"" + (i + 1) + "\" Ñuñez")
              .kbli(Kbli.parse(commodities[s][2]))
              .sentra(sentraIds.get(s))
              .commodity(CommodityId.of(commodities[s][0]))
              .productionSite(
                  GeoPoint.of(SITES[s].latitude() + i * 0.0001, SITES[s].longitude() - i * 0.0001))
              .address(Address.of("Dusun " + (i + 1), RegionCode.parse(VILLAGES[s][0])));
      if (i % 3 == 0) {
        ib.nib(Nib.parse(String.format("91200%08d", i + 1)));
      }
      if (i == 0) {
        ib.ownerNik(Nik.parse(OWNER_NIK));
      }
      b.addIkms(ib.build());
    }
    for (int m = 0; m < 3; m++) {
      b.addAssignments(
          Assignment.of(MentorId.of("M-0" + (m + 1)), ikmIds.subList(m * 5, m * 5 + 5)));
    }
    b.addLeaves(
        MentorLeave.builder()
            .mentor(MentorId.of("M-02"))
            .firstDay(LocalDate.of(2023, 9, 4))
            .lastDay(LocalDate.of(2023, 9, 5))
            .reason("Cuti sakit")
            .build());
    b.programme(
        Programme.builder()
            .id(PROGRAMME)
            .agency(AgencyId.of("DISDAGRIN-5315"))
            .name("Pendampingan IKM Manggarai Barat 2023")
            .startDate(LocalDate.of(2023, 8, 14))
            .endDate(LocalDate.of(2023, 11, 13))
            .zone(WITA)
            .sentra(sentraIds)
            .participants(ikmIds)
            .build());
    b.addAllVisits(visits());
    LogbookEntry diagnosis =
        LogbookEntry.builder()
            .id(LogbookEntryId.of("LB-01"))
            .ikm(IkmId.of("IKM-01"))
            .stage(Stage.DIAGNOSIS)
            .date(LocalDate.of(2023, 8, 14))
            .author(MentorId.of("M-01"))
            .recordedAt(Instant.parse("2023-08-14T08:05:00Z"))
            .recordedBy("m-01")
            .visit(VisitId.of("V-0001"))
            .findings("Pewarna alam belum konsisten")
            .actions("Uji resep pewarna")
            .indicators(
                Indicators.builder()
                    .monthlyTurnoverRupiah(4_500_000L)
                    .workers(3)
                    .productionCapacity(ProductionCapacity.of(12, "lembar/bulan"))
                    .addCertifications(Certification.PIRT, Certification.HALAL)
                    .build())
            .build();
    LogbookEntry correction =
        LogbookEntry.builder()
            .id(LogbookEntryId.of("LB-02"))
            .ikm(IkmId.of("IKM-01"))
            .stage(Stage.DIAGNOSIS)
            .date(LocalDate.of(2023, 8, 15))
            .author(MentorId.of("M-01"))
            .recordedAt(Instant.parse("2023-08-15T01:30:12.250Z"))
            .recordedBy("operator-disdagrin")
            .amendment(
                Amendment.builder()
                    .amends(LogbookEntryId.of("LB-01"))
                    .addChanges(FieldChange.of("workers", "3", "4"))
                    .reason("Salah catat")
                    .build())
            .build();
    // Sealed in recording order, as Change.addLogbookEntry seals them.
    LogbookEntry first = LogbookChain.seal(diagnosis, LogbookChain.GENESIS);
    b.addLogbookEntries(first, LogbookChain.seal(correction, first.link().get().hash()));
    return b.build();
  }

  static List<Visit> visits() {
    List<Visit> visits = new ArrayList<>();
    LocalDate monday = LocalDate.of(2023, 8, 14);
    for (int i = 0; i < 15; i++) {
      Visit.Builder v =
          Visit.builder()
              .id(VisitId.of(String.format("V-%04d", i + 1)))
              .mentor(MentorId.of("M-0" + (i / 5 + 1)))
              .ikm(IkmId.of(String.format("IKM-%02d", i + 1)))
              .date(monday.plusDays(i % 5 == 3 ? 5 : i % 5))
              .start(LocalTime.of(8, 0))
              .end(LocalTime.of(12, 0))
              .status(i < 10 ? VisitStatus.COMPLETED : VisitStatus.PLANNED);
      if (i % 5 == 4) {
        // Friday: the break starts at 11:30.
        v.start(LocalTime.of(7, 30)).end(LocalTime.of(11, 30));
      }
      if (i < 3) {
        v.location(SITES[0]).notes("Kunjungan pertama");
      }
      if (i == 14) {
        v.start(LocalTime.of(13, 0, 30)).end(LocalTime.of(16, 0));
      }
      visits.add(v.build());
    }
    return visits;
  }
}
