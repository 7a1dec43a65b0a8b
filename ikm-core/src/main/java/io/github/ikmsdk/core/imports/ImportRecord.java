package io.github.ikmsdk.core.imports;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.visit.Visit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One input record of an import (rekaman masukan): its type, its key, its value if it could be
 * read, and its origin in the source, which the import's outcome hands back so that the caller can
 * say where each record came from (a JSON Pointer and line, a CSV row, a database key).
 *
 * <p>A record that could be read is made with the factory for its value type, which also derives
 * its key: the id for most types, the mentor for an {@link Assignment}, the mentor and first day
 * ({@code M-01/2023-08-14}) for a {@link MentorLeave}, {@code calendar} for the work calendar. A
 * record that could not be read is made with {@link #unreadable}: it is rejected whatever the
 * import finds, and the reasons it was not read are the origin's to tell.
 *
 * <p>Two records are compared by their values only when they have the same type and key (a
 * duplicate in the input); records have identity, not value, equality.
 *
 * <p>This class is immutable and thread-safe if the origin is.
 *
 * @param <O> the type of the origin
 * @since 0.1.0
 */
public final class ImportRecord<O> {

  private final RecordType type;
  private final @Nullable String key;
  private final @Nullable Object value;
  private final O origin;

  private ImportRecord(RecordType type, @Nullable String key, @Nullable Object value, O origin) {
    this.type = type;
    this.key = key;
    this.value = value;
    this.origin = checkNotNull(origin, "origin");
  }

  /**
   * Returns the record of a programme (program pendampingan), keyed by its id.
   *
   * @param programme the programme, not null
   * @param origin where it was read, not null
   * @param <O> the type of the origin
   * @return the record, not null
   */
  public static <O> ImportRecord<O> of(Programme programme, O origin) {
    return new ImportRecord<>(RecordType.PROGRAMME, programme.id().value(), programme, origin);
  }

  /**
   * Returns the record of an agency (Dinas), keyed by its id.
   *
   * @param agency the agency, not null
   * @param origin where it was read, not null
   * @param <O> the type of the origin
   * @return the record, not null
   */
  public static <O> ImportRecord<O> of(Agency agency, O origin) {
    return new ImportRecord<>(RecordType.AGENCY, agency.id().value(), agency, origin);
  }

  /**
   * Returns the record of a work calendar (hari dan jam kerja), keyed {@code calendar}.
   *
   * @param calendar the calendar, not null
   * @param origin where it was read, not null
   * @param <O> the type of the origin
   * @return the record, not null
   */
  public static <O> ImportRecord<O> of(WorkCalendar calendar, O origin) {
    return new ImportRecord<>(RecordType.CALENDAR, "calendar", checkNotNull(calendar), origin);
  }

  /**
   * Returns the record of a commodity (komoditi), keyed by its id.
   *
   * @param commodity the commodity, not null
   * @param origin where it was read, not null
   * @param <O> the type of the origin
   * @return the record, not null
   */
  public static <O> ImportRecord<O> of(Commodity commodity, O origin) {
    return new ImportRecord<>(RecordType.COMMODITY, commodity.id().value(), commodity, origin);
  }

  /**
   * Returns the record of a sentra (sentra IKM), keyed by its id.
   *
   * @param sentra the sentra, not null
   * @param origin where it was read, not null
   * @param <O> the type of the origin
   * @return the record, not null
   */
  public static <O> ImportRecord<O> of(Sentra sentra, O origin) {
    return new ImportRecord<>(RecordType.SENTRA, sentra.id().value(), sentra, origin);
  }

  /**
   * Returns the record of a mentor (pendamping IKM), keyed by its id.
   *
   * @param mentor the mentor, not null
   * @param origin where it was read, not null
   * @param <O> the type of the origin
   * @return the record, not null
   */
  public static <O> ImportRecord<O> of(Mentor mentor, O origin) {
    return new ImportRecord<>(RecordType.MENTOR, mentor.id().value(), mentor, origin);
  }

  /**
   * Returns the record of an IKM (pelaku IKM), keyed by its id.
   *
   * @param ikm the IKM, not null
   * @param origin where it was read, not null
   * @param <O> the type of the origin
   * @return the record, not null
   */
  public static <O> ImportRecord<O> of(Ikm ikm, O origin) {
    return new ImportRecord<>(RecordType.IKM, ikm.id().value(), ikm, origin);
  }

  /**
   * Returns the record of an assignment (penugasan), keyed by its mentor.
   *
   * @param assignment the assignment, not null
   * @param origin where it was read, not null
   * @param <O> the type of the origin
   * @return the record, not null
   */
  public static <O> ImportRecord<O> of(Assignment assignment, O origin) {
    return new ImportRecord<>(
        RecordType.ASSIGNMENT, assignment.mentor().value(), assignment, origin);
  }

  /**
   * Returns the record of a mentor's leave (cuti), keyed by mentor and first day, for example
   * {@code M-01/2023-08-14}.
   *
   * @param leave the leave, not null
   * @param origin where it was read, not null
   * @param <O> the type of the origin
   * @return the record, not null
   */
  public static <O> ImportRecord<O> of(MentorLeave leave, O origin) {
    return new ImportRecord<>(RecordType.LEAVE, leaveKey(leave), leave, origin);
  }

  /**
   * Returns the record of a visit (kunjungan), keyed by its id.
   *
   * @param visit the visit, not null
   * @param origin where it was read, not null
   * @param <O> the type of the origin
   * @return the record, not null
   */
  public static <O> ImportRecord<O> of(Visit visit, O origin) {
    return new ImportRecord<>(RecordType.VISIT, visit.id().value(), visit, origin);
  }

  /**
   * Returns the record of a logbook entry (catatan logbook), keyed by its id.
   *
   * @param entry the entry, not null
   * @param origin where it was read, not null
   * @param <O> the type of the origin
   * @return the record, not null
   */
  public static <O> ImportRecord<O> of(LogbookEntry entry, O origin) {
    return new ImportRecord<>(RecordType.LOGBOOK_ENTRY, entry.id().value(), entry, origin);
  }

  /**
   * Returns a record that could not be read, which the import rejects; the origin says why.
   *
   * @param type the record type, not null
   * @param key the record's key as far as it could be read, or empty
   * @param origin where it was read, not null
   * @param <O> the type of the origin
   * @return the record, not null
   */
  public static <O> ImportRecord<O> unreadable(RecordType type, Optional<String> key, O origin) {
    return new ImportRecord<>(checkNotNull(type, "type"), key.orElse(null), null, origin);
  }

  /** The key of a leave: mentor and first day. */
  static String leaveKey(MentorLeave leave) {
    return leave.mentor().value() + "/" + leave.firstDay();
  }

  /**
   * Returns the record type.
   *
   * @return the type, not null
   */
  public RecordType type() {
    return type;
  }

  /**
   * Returns the record's key: its id text, the mentor of an assignment, mentor and first day of a
   * leave.
   *
   * @return the key, or empty if an unreadable record's key could not be read either
   */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  /**
   * Returns the value: a {@link Programme}, {@link Agency}, {@link WorkCalendar}, {@link
   * Commodity}, {@link Sentra}, {@link Mentor}, {@link Ikm}, {@link Assignment}, {@link
   * MentorLeave}, {@link Visit} or {@link LogbookEntry}, as the {@linkplain #type() type} says.
   *
   * @return the value, or empty if the record could not be read
   */
  public Optional<Object> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns whether the record could be read.
   *
   * @return true if it has a value
   */
  public boolean isReadable() {
    return value != null;
  }

  /**
   * Returns where the record was read.
   *
   * @return the origin, not null
   */
  public O origin() {
    return origin;
  }

  /** Returns the key, null if unreadable and unknown; for the engine. */
  @Nullable String keyOrNull() {
    return key;
  }

  /** Returns the value, null if unreadable; for the engine. */
  @Nullable Object valueOrNull() {
    return value;
  }

  @Override
  public String toString() {
    return type + " " + (key == null ? "?" : key) + (value == null ? " (unreadable)" : "");
  }
}
