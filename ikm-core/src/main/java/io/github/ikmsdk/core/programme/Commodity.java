package io.github.ikmsdk.core.programme;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.identifier.Kbli;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A commodity (komoditi) that a sentra produces, for example songke ikat weaving (tenun songke),
 * coffee (kopi) or processed fish (olahan ikan), with the mentoring duration it needs.
 *
 * <p>The source sets mentoring at 3-6 months "depending on commodity and industrial process": each
 * commodity carries its own range in months. Only {@code 1 <= min <= max} is checked here; whether
 * the range lies inside the policy's range is a rule of the validator.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Commodity {

  Commodity() {}

  /**
   * Returns the commodity code.
   *
   * @return the id
   */
  public abstract CommodityId id();

  /**
   * Returns the name (nama komoditi), for example "Tenun ikat songke".
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the KBLI 2020 code of the industry, for example 13122 for ikat woven cloth.
   *
   * @return the KBLI code, if known
   */
  public abstract Optional<Kbli> kbli();

  /**
   * Returns the shortest mentoring duration for this commodity (lama pendampingan minimum).
   *
   * @return whole months, at least 1
   */
  public abstract int minDurationMonths();

  /**
   * Returns the longest mentoring duration for this commodity (lama pendampingan maksimum).
   *
   * @return whole months, at least {@link #minDurationMonths()}
   */
  public abstract int maxDurationMonths();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Commodity} values; obtain one with {@link Commodity#builder()}. */
  public static final class Builder extends ImmutableCommodity.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "commodity %s: name must not be blank", id());
    checkArgument(
        minDurationMonths() >= 1,
        "commodity %s: minimum duration must be at least 1 month, was %s",
        id(),
        minDurationMonths());
    checkArgument(
        minDurationMonths() <= maxDurationMonths(),
        "commodity %s: minimum duration %s months exceeds maximum %s months",
        id(),
        minDurationMonths(),
        maxDurationMonths());
  }
}
