package io.github.ikmsdk.core.id;

/**
 * Identifies an agency (Dinas), for example {@code AgencyId.of("DISDAGRIN-5315")}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AgencyId extends EntityId<AgencyId> {

  private AgencyId(String value) {
    super("agency", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text; surrounding white space is removed
   * @return the id, not null
   * @throws IllegalArgumentException if the trimmed text is empty, longer than {@value
   *     EntityId#MAX_LENGTH} characters or holds other than safe characters
   */
  public static AgencyId of(String value) {
    return new AgencyId(value);
  }
}
