package io.github.ikmsdk.core.logbook;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * A production capacity (kapasitas produksi): a quantity with its unit, for example 40 "lembar per
 * bulan" (cloths a month).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ProductionCapacity {

  ProductionCapacity() {}

  /**
   * Returns the quantity.
   *
   * @return zero or more
   */
  @Value.Parameter
  public abstract long quantity();

  /**
   * Returns the unit (satuan), for example "kg per bulan".
   *
   * @return the unit, not blank
   */
  @Value.Parameter
  public abstract String unit();

  /**
   * Returns a capacity.
   *
   * @param quantity the quantity, zero or more
   * @param unit the unit, not blank
   * @return the capacity
   * @throws IllegalArgumentException if the quantity is negative or the unit blank
   */
  public static ProductionCapacity of(long quantity, String unit) {
    return ImmutableProductionCapacity.of(quantity, unit);
  }

  @Value.Check
  void check() {
    checkArgument(quantity() >= 0, "production capacity must not be negative, was %s", quantity());
    checkArgument(!unit().isBlank(), "production capacity unit must not be blank");
  }
}
