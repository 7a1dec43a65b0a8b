package io.github.ikmsdk.core.id;

/**
 * Identifies a sentra, a cluster of IKMs (sentra IKM), for example {@code
 * SentraId.of("S-BATU-CERMIN")}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SentraId extends EntityId<SentraId> {

  private SentraId(String value) {
    super("sentra", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text; surrounding white space is removed
   * @return the id, not null
   * @throws IllegalArgumentException if the trimmed text is empty, longer than {@value
   *     EntityId#MAX_LENGTH} characters or holds other than safe characters
   */
  public static SentraId of(String value) {
    return new SentraId(value);
  }
}
