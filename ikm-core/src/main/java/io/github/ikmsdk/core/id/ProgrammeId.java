package io.github.ikmsdk.core.id;

/**
 * Identifies a mentoring programme (program pendampingan), for example {@code
 * ProgrammeId.of("PRG-2023-01")}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProgrammeId extends EntityId<ProgrammeId> {

  private ProgrammeId(String value) {
    super("programme", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text; surrounding white space is removed
   * @return the id, not null
   * @throws IllegalArgumentException if the trimmed text is empty, longer than {@value
   *     EntityId#MAX_LENGTH} characters or holds other than safe characters
   */
  public static ProgrammeId of(String value) {
    return new ProgrammeId(value);
  }
}
