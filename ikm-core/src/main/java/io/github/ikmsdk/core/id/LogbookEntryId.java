package io.github.ikmsdk.core.id;

/**
 * Identifies a logbook entry (entri logbook pembinaan), for example {@code
 * LogbookEntryId.of("LB-0001")}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LogbookEntryId extends EntityId<LogbookEntryId> {

  private LogbookEntryId(String value) {
    super("logbook entry", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text; surrounding white space is removed
   * @return the id, not null
   * @throws IllegalArgumentException if the trimmed text is empty, longer than {@value
   *     EntityId#MAX_LENGTH} characters or holds other than safe characters
   */
  public static LogbookEntryId of(String value) {
    return new LogbookEntryId(value);
  }
}
