package io.github.ikmsdk.core.planning.visit;

import io.github.ikmsdk.core.calendar.IndonesianTimeZone;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.geo.Address;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.AgencyId;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.identifier.Kbli;
import io.github.ikmsdk.core.identifier.RegionCode;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The seed scenario of the planner tests: one mentor with five IKMs in Batu Cermin. */
final class PlanningFixtures {

  static final MentorId MENTOR = MentorId.of("M-01");
  static final GeoPoint LABUAN_BAJO = GeoPoint.of(-8.500, 119.883);
  static final GeoPoint BATU_CERMIN = GeoPoint.of(-8.4793, 119.8992);
  static final LocalDate START = LocalDate.of(2023, 8, 14);
  static final LocalDate END = LocalDate.of(2023, 11, 10);

  private PlanningFixtures() {}

  static IkmId ikm(int i) {
    return IkmId.of("IKM-0" + i);
  }

  static WorkCalendar calendar() {
    return WorkCalendar.civilServant(IndonesianTimeZone.WITA.zoneId());
  }

  static ProgrammeSnapshot seed() {
    return seed(ProgrammePolicy.defaults(), List.of());
  }

  static ProgrammeSnapshot seed(ProgrammePolicy policy, List<MentorLeave> leaves) {
    RegionCode village = RegionCode.parse("53.15.05.2019");
    List<Ikm> ikms = new ArrayList<>();
    List<IkmId> ids = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      ids.add(ikm(i));
      ikms.add(
          Ikm.builder()
              .id(ikm(i))
              .name("Tenun Songke " + i)
              .ownerName("Pemilik " + i)
              .kbli(Kbli.parse("13122"))
              .sentra(SentraId.of("S-BC"))
              .commodity(CommodityId.of("TENUN"))
              .productionSite(
                  GeoPoint.of(BATU_CERMIN.latitude() + 0.002 * i, BATU_CERMIN.longitude()))
              .address(Address.of("Desa Batu Cermin " + i, village))
              .build());
    }
    return ProgrammeSnapshot.builder()
        .programme(
            Programme.builder()
                .id(ProgrammeId.of("PRG-2023"))
                .agency(AgencyId.of("DISDAGRIN-MABAR"))
                .name("Pendampingan IKM Manggarai Barat 2023")
                .startDate(START)
                .endDate(END)
                .zone(IndonesianTimeZone.WITA.zoneId())
                .policy(policy)
                .addSentra(SentraId.of("S-BC"))
                .addAllParticipants(ids)
                .build())
        .agency(
            Agency.builder()
                .id(AgencyId.of("DISDAGRIN-MABAR"))
                .name("Dinas Perdagangan dan Perindustrian Kabupaten Manggarai Barat")
                .region(RegionCode.parse("53.15"))
                .location(LABUAN_BAJO)
                .build())
        .calendar(calendar())
        .addCommodities(
            Commodity.builder()
                .id(CommodityId.of("TENUN"))
                .name("Tenun ikat songke")
                .minDurationMonths(3)
                .maxDurationMonths(6)
                .build())
        .addSentra(
            Sentra.builder()
                .id(SentraId.of("S-BC"))
                .name("Sentra Tenun Batu Cermin")
                .commodity(CommodityId.of("TENUN"))
                .region(village)
                .location(BATU_CERMIN)
                .build())
        .addMentors(Mentor.builder().id(MENTOR).name("Maria Jelita").base(LABUAN_BAJO).build())
        .addAllIkms(ikms)
        .addAssignments(Assignment.of(MENTOR, ids))
        .addAllLeaves(leaves)
        .build();
  }
}
