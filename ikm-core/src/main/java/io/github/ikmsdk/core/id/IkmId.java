package io.github.ikmsdk.core.id;

/**
 * Identifies an IKM business (Pelaku IKM), for example {@code IkmId.of("IKM-001")}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IkmId extends EntityId<IkmId> {

  private IkmId(String value) {
    super("IKM", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text; surrounding white space is removed
   * @return the id, not null
   * @throws IllegalArgumentException if the trimmed text is empty, longer than {@value
   *     EntityId#MAX_LENGTH} characters or holds other than safe characters
   */
  public static IkmId of(String value) {
    return new IkmId(value);
  }
}
