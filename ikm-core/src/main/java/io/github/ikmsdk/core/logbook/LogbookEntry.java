package io.github.ikmsdk.core.logbook;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of an IKM's mentoring logbook (entri logbook pembinaan): a stage recorded on a date by
 * a mentor, with findings, actions and indicators, optionally citing the visit it comes from.
 *
 * <p>An entry with an {@link #amendment()} corrects an earlier entry instead of recording a new
 * stage step. Stage order, uniqueness and locking are rules of the validator.
 *
 * <p>Audit trail: an entry records when it was recorded ({@link #recordedAt()}) and by whom ({@link
 * #recordedBy()}), and its {@link #link()} in the IKM's hash chain ({@link LogbookChain}). All
 * three are absent on entries read from version-1 documents. Entries are never edited in place: a
 * correction is a new, amending entry appended to the chain. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LogbookEntry {

  LogbookEntry() {}

  /**
   * Returns the id of the entry.
   *
   * @return the id
   */
  public abstract LogbookEntryId id();

  /**
   * Returns the IKM whose logbook holds the entry.
   *
   * @return the IKM id
   */
  public abstract IkmId ikm();

  /**
   * Returns the stage recorded (tahap).
   *
   * @return the stage
   */
  public abstract Stage stage();

  /**
   * Returns the date of the entry (tanggal).
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the mentor who wrote the entry (penulis).
   *
   * @return the author
   */
  public abstract MentorId author();

  /**
   * Returns the visit the entry records, if it records one.
   *
   * @return the visit id, if any
   */
  public abstract Optional<VisitId> visit();

  /**
   * Returns the findings (temuan).
   *
   * @return the findings; default empty
   */
  @Value.Default
  public String findings() {
    return "";
  }

  /**
   * Returns the actions taken or planned (tindakan).
   *
   * @return the actions; default empty
   */
  @Value.Default
  public String actions() {
    return "";
  }

  /**
   * Returns the business indicators recorded with the entry.
   *
   * @return the indicators, if recorded
   */
  public abstract Optional<Indicators> indicators();

  /**
   * Returns when the entry was recorded (waktu pencatatan), kept to the millisecond: a finer
   * instant given to the builder is truncated. Shown in the programme's zone; hashed in UTC.
   *
   * @return the instant, absent on entries of version-1 documents
   */
  public abstract Optional<Instant> recordedAt();

  /**
   * Returns who recorded the entry (pencatat): the account of the person who typed it in, which is
   * the author or, for a transcribed paper logbook, an operator of the Dinas.
   *
   * @return the account name, not blank, absent on entries of version-1 documents
   */
  public abstract Optional<String> recordedBy();

  /**
   * Returns the entry's link in its IKM's hash chain.
   *
   * @return the link, absent on entries not yet sealed by {@link LogbookChain#seal} and on entries
   *     of version-1 documents
   */
  public abstract Optional<ChainLink> link();

  /**
   * Returns what this entry corrects, if it is an amendment.
   *
   * @return the amendment, if any
   */
  public abstract Optional<Amendment> amendment();

  /**
   * Returns whether this entry corrects an earlier one.
   *
   * @return whether {@link #amendment()} is present
   */
  public final boolean isAmendment() {
    return amendment().isPresent();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LogbookEntry} values; obtain one with {@link LogbookEntry#builder()}. */
  public static final class Builder extends ImmutableLogbookEntry.Builder {
    Builder() {}
  }

  @Value.Check
  LogbookEntry normalize() {
    recordedBy()
        .ifPresent(by -> checkArgument(!by.isBlank(), "recordedBy of %s must not be blank", id()));
    if (recordedAt().isPresent()) {
      Instant at = recordedAt().get();
      checkArgument(
          !at.isBefore(LogbookChain.EARLIEST_RECORDED_AT)
              && at.isBefore(LogbookChain.LATEST_RECORDED_AT),
          "recordedAt of %s must lie in the years 0000 to 9999, was %s",
          id(),
          at);
      Instant millis = at.truncatedTo(ChronoUnit.MILLIS);
      if (!millis.equals(at)) {
        return builder().from(this).recordedAt(millis).build();
      }
    }
    return this;
  }
}
