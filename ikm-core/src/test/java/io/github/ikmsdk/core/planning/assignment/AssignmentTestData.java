package io.github.ikmsdk.core.planning.assignment;

import io.github.ikmsdk.core.geo.Address;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.geo.TravelModel;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.identifier.Kbli;
import io.github.ikmsdk.core.identifier.RegionCode;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.Sentra;
import java.time.Duration;

/** Small builders of assignment inputs for the tests of this package. */
final class AssignmentTestData {

  /**
   * Road travel at 30 km/h with a road factor of 1.4, in whole seconds (finer than whole minutes so
   * that nearby places do not tie).
   */
  static final TravelModel ROADS_IN_SECONDS =
      (from, to) -> Duration.ofSeconds(Math.round(from.distanceMetres(to) * 1.4 / (30 / 3.6)));

  static final GeoPoint LABUAN_BAJO = GeoPoint.of(-8.500, 119.883);
  static final GeoPoint BATU_CERMIN = GeoPoint.of(-8.4793, 119.8992);
  static final GeoPoint WAE_KELAMBU = GeoPoint.of(-8.4763, 119.8957);

  /** An approximate point in Desa Gorontalo, Kecamatan Komodo. */
  static final GeoPoint GORONTALO = GeoPoint.of(-8.4880, 119.8780);

  private AssignmentTestData() {}

  static Sentra sentra(String id, String name, String commodity, String region, GeoPoint at) {
    return Sentra.builder()
        .id(SentraId.of(id))
        .name(name)
        .commodity(CommodityId.of(commodity))
        .region(RegionCode.parse(region))
        .location(at)
        .build();
  }

  static Ikm ikm(String id, String sentra, String commodity, GeoPoint site) {
    return ikm(id, sentra, commodity, site, "53.15.05.2019");
  }

  static Ikm ikm(String id, String sentra, String commodity, GeoPoint site, String region) {
    return Ikm.builder()
        .id(IkmId.of(id))
        .name("Usaha " + id)
        .ownerName("Pemilik " + id)
        .kbli(Kbli.parse("13122"))
        .sentra(SentraId.of(sentra))
        .commodity(CommodityId.of(commodity))
        .productionSite(site)
        .address(Address.of("Jalan " + id, RegionCode.parse(region)))
        .build();
  }

  static Mentor mentor(String id, GeoPoint base) {
    return Mentor.builder().id(MentorId.of(id)).name("Pendamping " + id).base(base).build();
  }

  /** A point about {@code northMetres} north and {@code eastMetres} east of a point. */
  static GeoPoint offset(GeoPoint from, double northMetres, double eastMetres) {
    double lat = from.latitude() + northMetres / 111_195.0;
    double lon =
        from.longitude() + eastMetres / (111_195.0 * Math.cos(Math.toRadians(from.latitude())));
    return GeoPoint.of(lat, lon);
  }
}
