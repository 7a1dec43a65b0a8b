package io.github.ikmsdk.core.id;

/**
 * Identifies a mentor (Pendamping IKM), for example {@code MentorId.of("M-01")}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MentorId extends EntityId<MentorId> {

  private MentorId(String value) {
    super("mentor", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text; surrounding white space is removed
   * @return the id, not null
   * @throws IllegalArgumentException if the trimmed text is empty, longer than {@value
   *     EntityId#MAX_LENGTH} characters or holds other than safe characters
   */
  public static MentorId of(String value) {
    return new MentorId(value);
  }
}
