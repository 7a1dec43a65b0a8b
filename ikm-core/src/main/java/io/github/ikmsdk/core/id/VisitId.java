package io.github.ikmsdk.core.id;

/**
 * Identifies a visit (kunjungan), for example {@code VisitId.of("V-000001")}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class VisitId extends EntityId<VisitId> {

  private VisitId(String value) {
    super("visit", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text; surrounding white space is removed
   * @return the id, not null
   * @throws IllegalArgumentException if the trimmed text is empty, longer than {@value
   *     EntityId#MAX_LENGTH} characters or holds other than safe characters
   */
  public static VisitId of(String value) {
    return new VisitId(value);
  }
}
