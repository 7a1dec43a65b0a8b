package io.github.ikmsdk.core.logbook;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Business indicators (indikator usaha) recorded in the logbook, typically at diagnosis and at
 * evaluation so that results can be compared: monthly turnover (omzet), workers (tenaga kerja),
 * production capacity, products, certifications.
 *
 * <p>Every indicator is optional; those present must not be negative. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Indicators {

  Indicators() {}

  /**
   * Returns the monthly turnover (omzet per bulan) in rupiah.
   *
   * @return the turnover, if recorded
   */
  public abstract OptionalLong monthlyTurnoverRupiah();

  /**
   * Returns the number of workers (jumlah tenaga kerja).
   *
   * @return the number, if recorded
   */
  public abstract OptionalInt workers();

  /**
   * Returns the production capacity (kapasitas produksi).
   *
   * @return the capacity, if recorded
   */
  public abstract Optional<ProductionCapacity> productionCapacity();

  /**
   * Returns the number of distinct products (jumlah produk).
   *
   * @return the number, if recorded
   */
  public abstract OptionalInt products();

  /**
   * Returns the certifications held (sertifikasi).
   *
   * @return the certifications, possibly empty
   */
  public abstract Set<Certification> certifications();

  /**
   * Returns a new builder.
   *
   * @return a builder with no indicator set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Indicators} values; obtain one with {@link Indicators#builder()}. */
  public static final class Builder extends ImmutableIndicators.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    monthlyTurnoverRupiah()
        .ifPresent(v -> checkArgument(v >= 0, "monthly turnover must not be negative, was %s", v));
    workers().ifPresent(v -> checkArgument(v >= 0, "workers must not be negative, was %s", v));
    products().ifPresent(v -> checkArgument(v >= 0, "products must not be negative, was %s", v));
  }
}
