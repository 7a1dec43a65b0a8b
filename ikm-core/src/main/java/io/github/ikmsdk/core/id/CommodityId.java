package io.github.ikmsdk.core.id;

/**
 * Identifies a commodity (komoditi), for example {@code CommodityId.of("TENUN-SONGKE")}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CommodityId extends EntityId<CommodityId> {

  private CommodityId(String value) {
    super("commodity", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text; surrounding white space is removed
   * @return the id, not null
   * @throws IllegalArgumentException if the trimmed text is empty, longer than {@value
   *     EntityId#MAX_LENGTH} characters or holds other than safe characters
   */
  public static CommodityId of(String value) {
    return new CommodityId(value);
  }
}
