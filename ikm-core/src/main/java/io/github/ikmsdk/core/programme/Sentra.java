package io.github.ikmsdk.core.programme;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.identifier.RegionCode;
import org.immutables.value.Value;

/**
 * A sentra (sentra IKM): a cluster of IKMs of one commodity in one place, usually a village (desa
 * or kelurahan) such as Desa Batu Cermin, {@code 53.15.05.2019}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Sentra {

  Sentra() {}

  /**
   * Returns the id of the sentra.
   *
   * @return the id
   */
  public abstract SentraId id();

  /**
   * Returns the name (nama sentra), for example "Sentra Tenun Batu Cermin".
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the commodity of the sentra (komoditi).
   *
   * @return the commodity id
   */
  public abstract CommodityId commodity();

  /**
   * Returns the region of the sentra (wilayah), usually a village.
   *
   * @return the region code
   */
  public abstract RegionCode region();

  /**
   * Returns a representative location of the sentra, for example its centre.
   *
   * @return the location
   */
  public abstract GeoPoint location();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Sentra} values; obtain one with {@link Sentra#builder()}. */
  public static final class Builder extends ImmutableSentra.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "sentra %s: name must not be blank", id());
  }
}
