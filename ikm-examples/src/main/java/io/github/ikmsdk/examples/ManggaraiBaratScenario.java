package io.github.ikmsdk.examples;

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
import io.github.ikmsdk.core.identifier.Nib;
import io.github.ikmsdk.core.identifier.Nik;
import io.github.ikmsdk.core.identifier.Nip;
import io.github.ikmsdk.core.identifier.RegionCode;
import io.github.ikmsdk.core.planning.duration.ProgrammeDuration;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The programme of the source: Disdagrin Kabupaten Manggarai Barat, three mentors and fifteen IKMs
 * from Desa Batu Cermin, Desa Gorontalo and Kelurahan Wae Kelambu in Kecamatan Komodo, after the
 * socialisation of 8-9 August 2023.
 *
 * <p>The agency, the places, the region codes and the rules are real; every person and business
 * name, NIB, NIK and NIP is fictional.
 */
final class ManggaraiBaratScenario {

  /** WITA, the zone of Labuan Bajo. */
  static final ZoneId ZONE = IndonesianTimeZone.WITA.zoneId();

  /**
   * The socialisation (sosialisasi) ran on 8 and 9 August 2023; mentoring starts the Monday after.
   */
  static final LocalDate START = LocalDate.of(2023, 8, 14);

  /** Disdagrin office, Jalan Frans Nala, Labuan Bajo. */
  static final GeoPoint OFFICE = GeoPoint.of(-8.5, 119.883);

  static final CommodityId TENUN = CommodityId.of("TENUN-SONGKE");
  static final CommodityId KOPI = CommodityId.of("KOPI");
  static final CommodityId IKAN = CommodityId.of("OLAHAN-IKAN");

  static final SentraId BATU_CERMIN = SentraId.of("S-BATU-CERMIN");
  static final SentraId GORONTALO = SentraId.of("S-GORONTALO");
  static final SentraId WAE_KELAMBU = SentraId.of("S-WAE-KELAMBU");

  private ManggaraiBaratScenario() {}

  /**
   * Returns the programme for a duration and policy: agency, calendar, commodities, sentra, mentors
   * and IKMs, with no assignments, visits or logbook entries yet.
   */
  static ProgrammeSnapshot snapshot(ProgrammeDuration duration, ProgrammePolicy policy) {
    Programme programme =
        Programme.builder()
            .id(ProgrammeId.of("PRG-MABAR-2023"))
            .agency(agency().id())
            .name("Pendampingan IKM Kecamatan Komodo 2023")
            .startDate(duration.startDate())
            .endDate(duration.endDate())
            .zone(ZONE)
            .policy(policy)
            .addAllSentra(sentra().stream().map(Sentra::id).collect(Collectors.toList()))
            .addAllParticipants(ikms().stream().map(Ikm::id).collect(Collectors.toList()))
            .build();
    return ProgrammeSnapshot.builder()
        .programme(programme)
        .agency(agency())
        .calendar(calendar())
        .addAllCommodities(commodities())
        .addAllSentra(sentra())
        .addAllMentors(mentors())
        .addAllIkms(ikms())
        .build();
  }

  static Agency agency() {
    return Agency.builder()
        .id(AgencyId.of("DISDAGRIN-MABAR"))
        .name("Dinas Perdagangan dan Perindustrian Kabupaten Manggarai Barat")
        .shortName("Disdagrin Mabar")
        .region(RegionCode.parse("53.15"))
        .office(Address.of("Jalan Frans Nala", RegionCode.parse("53.15.05.1025")))
        .location(OFFICE)
        .build();
  }

  static WorkCalendar calendar() {
    return WorkCalendar.civilServant(ZONE);
  }

  static List<Commodity> commodities() {
    return List.of(
        Commodity.builder()
            .id(TENUN)
            .name("Tenun ikat songke")
            .kbli(Kbli.parse("13122"))
            .minDurationMonths(4)
            .maxDurationMonths(6)
            .build(),
        Commodity.builder()
            .id(KOPI)
            .name("Kopi robusta olahan")
            .kbli(Kbli.parse("10761"))
            .minDurationMonths(3)
            .maxDurationMonths(4)
            .build(),
        Commodity.builder()
            .id(IKAN)
            .name("Olahan ikan (abon, bakso, nugget)")
            .kbli(Kbli.parse("10219"))
            .minDurationMonths(3)
            .maxDurationMonths(5)
            .build());
  }

  static List<Sentra> sentra() {
    return List.of(
        Sentra.builder()
            .id(BATU_CERMIN)
            .name("Sentra Tenun Songke Batu Cermin")
            .commodity(TENUN)
            .region(RegionCode.parse("53.15.05.2019"))
            .location(GeoPoint.of(-8.4793, 119.8992))
            .build(),
        Sentra.builder()
            .id(GORONTALO)
            .name("Sentra Kopi Gorontalo")
            .commodity(KOPI)
            .region(RegionCode.parse("53.15.05.2020"))
            .location(GeoPoint.of(-8.4905, 119.8868))
            .build(),
        Sentra.builder()
            .id(WAE_KELAMBU)
            .name("Sentra Olahan Ikan Wae Kelambu")
            .commodity(IKAN)
            .region(RegionCode.parse("53.15.05.1024"))
            .location(GeoPoint.of(-8.4763, 119.8957))
            .build());
  }

  static List<Mentor> mentors() {
    return List.of(
        Mentor.builder()
            .id(MentorId.of("PDP-01"))
            .name("Yohanes Ndala (fiktif)")
            .nip(Nip.parse("198703122010011004"))
            .base(OFFICE)
            .build(),
        Mentor.builder()
            .id(MentorId.of("PDP-02"))
            .name("Maria Jelita (fiktif)")
            .nip(Nip.parse("199105052015032002"))
            .base(GeoPoint.of(-8.4871, 119.8901))
            .build(),
        Mentor.builder()
            .id(MentorId.of("PDP-03"))
            .name("Kornelis Jehamat (fiktif)")
            .base(GeoPoint.of(-8.4702, 119.8935))
            .build());
  }

  /** Five IKMs per sentra; sites a few hundred metres apart around each sentra. */
  static List<Ikm> ikms() {
    return List.of(
        ikm(
            "IKM-01",
            "Tenun Ibu Agustina",
            "Agustina Mbabut",
            BATU_CERMIN,
            TENUN,
            "13122",
            -8.4781,
            119.8987,
            "53.15.05.2019",
            "9120001230001",
            "5315054203780001"),
        ikm(
            "IKM-02",
            "Songke Rosalia",
            "Rosalia Nimbang",
            BATU_CERMIN,
            TENUN,
            "13122",
            -8.4800,
            119.9011,
            "53.15.05.2019",
            "9120001230002",
            null),
        ikm(
            "IKM-03",
            "Tenun Ikat Ursula",
            "Ursula Nirmala",
            BATU_CERMIN,
            TENUN,
            "13122",
            -8.4812,
            119.8979,
            "53.15.05.2019",
            null,
            null),
        ikm(
            "IKM-04",
            "Kain Songke Theresia",
            "Theresia Anul",
            BATU_CERMIN,
            TENUN,
            "13122",
            -8.4769,
            119.9004,
            "53.15.05.2019",
            "9120001230004",
            null),
        ikm(
            "IKM-05",
            "Tenun Margareta",
            "Margareta Janu",
            BATU_CERMIN,
            TENUN,
            "13122",
            -8.4795,
            119.9023,
            "53.15.05.2019",
            null,
            "5315056611850003"),
        ikm(
            "IKM-06",
            "Kopi Golo Petrus",
            "Petrus Lalong",
            GORONTALO,
            KOPI,
            "10761",
            -8.4899,
            119.8851,
            "53.15.05.2020",
            "9120001230006",
            null),
        ikm(
            "IKM-07",
            "Kopi Robusta Yosef",
            "Yosef Ngandu",
            GORONTALO,
            KOPI,
            "10761",
            -8.4917,
            119.8874,
            "53.15.05.2020",
            null,
            null),
        ikm(
            "IKM-08",
            "Rumah Kopi Antonius",
            "Antonius Gaut",
            GORONTALO,
            KOPI,
            "10761",
            -8.4926,
            119.8859,
            "53.15.05.2020",
            "9120001230008",
            null),
        ikm(
            "IKM-09",
            "Kopi Bubuk Fransiska",
            "Fransiska Nggoro",
            GORONTALO,
            KOPI,
            "10761",
            -8.4889,
            119.8882,
            "53.15.05.2020",
            null,
            null),
        ikm(
            "IKM-10",
            "Kopi Hendrikus",
            "Hendrikus Wela",
            GORONTALO,
            KOPI,
            "10761",
            -8.4908,
            119.8893,
            "53.15.05.2020",
            "9120001230010",
            null),
        ikm(
            "IKM-11",
            "Abon Ikan Siti",
            "Siti Aminah",
            WAE_KELAMBU,
            IKAN,
            "10219",
            -8.4757,
            119.8949,
            "53.15.05.1024",
            "9120001230011",
            "5315054507900002"),
        ikm(
            "IKM-12",
            "Bakso Ikan Robertus",
            "Robertus Dampur",
            WAE_KELAMBU,
            IKAN,
            "10219",
            -8.4771,
            119.8962,
            "53.15.05.1024",
            null,
            null),
        ikm(
            "IKM-13",
            "Nugget Ikan Kelambu",
            "Hasanah Usman",
            WAE_KELAMBU,
            IKAN,
            "10219",
            -8.4749,
            119.8971,
            "53.15.05.1024",
            "9120001230013",
            null),
        ikm(
            "IKM-14",
            "Kerupuk Ikan Wae",
            "Nurhayati Ahmad",
            WAE_KELAMBU,
            IKAN,
            "10219",
            -8.4779,
            119.8940,
            "53.15.05.1024",
            null,
            null),
        ikm(
            "IKM-15",
            "Olahan Ikan Bahari",
            "Abdul Karim",
            WAE_KELAMBU,
            IKAN,
            "10219",
            -8.4766,
            119.8983,
            "53.15.05.1024",
            null,
            null));
  }

  private static Ikm ikm(
      String id,
      String name,
      String owner,
      SentraId sentra,
      CommodityId commodity,
      String kbli,
      double latitude,
      double longitude,
      String village,
      String nib,
      String nik) {
    Ikm.Builder builder =
        Ikm.builder()
            .id(IkmId.of(id))
            .name(name + " (fiktif)")
            .ownerName(owner + " (fiktif)")
            .kbli(Kbli.parse(kbli))
            .sentra(sentra)
            .commodity(commodity)
            .productionSite(GeoPoint.of(latitude, longitude))
            .address(Address.of("Dusun " + name.split(" ")[0], RegionCode.parse(village)));
    if (nib != null) {
      builder.nib(Nib.parse(nib));
    }
    if (nik != null) {
      builder.ownerNik(Nik.parse(nik));
    }
    return builder.build();
  }
}
