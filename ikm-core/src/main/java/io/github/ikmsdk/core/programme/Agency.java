package io.github.ikmsdk.core.programme;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.ikmsdk.core.geo.Address;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.AgencyId;
import io.github.ikmsdk.core.identifier.RegionCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The agency that runs a programme (Dinas), for example the Dinas Perdagangan dan Perindustrian
 * (Disdagrin) of Kabupaten Manggarai Barat.
 *
 * <p>Create one with {@link #builder()}; {@code id}, {@code name} and {@code region} are required.
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Agency {

  Agency() {}

  /**
   * Returns the id of the agency.
   *
   * @return the id
   */
  public abstract AgencyId id();

  /**
   * Returns the full name (nama dinas), for example "Dinas Perdagangan dan Perindustrian Kabupaten
   * Manggarai Barat".
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the short name (singkatan), for example "Disdagrin".
   *
   * @return the short name, if known
   */
  public abstract Optional<String> shortName();

  /**
   * Returns the region the agency governs (wilayah), usually a regency such as {@code 53.15}.
   *
   * @return the region code
   */
  public abstract RegionCode region();

  /**
   * Returns the office address (alamat kantor).
   *
   * @return the office address, if known
   */
  public abstract Optional<Address> office();

  /**
   * Returns the office location, the default base of its mentors.
   *
   * @return the office location, if known
   */
  public abstract Optional<GeoPoint> location();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Agency} values; obtain one with {@link Agency#builder()}. */
  public static final class Builder extends ImmutableAgency.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "agency %s: name must not be blank", id());
  }
}
