package io.github.ikmsdk.core.imports;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What an import decided for one input record (hasil per rekaman): created, updated, ignored or
 * rejected, with the reasons of a rejection and the elements a kept record was kept without.
 *
 * <p>This class is immutable and thread-safe if the origin is.
 *
 * @param <O> the type of the record's origin
 * @since 0.1.0
 */
public final class RecordOutcome<O> {

  /** The decisions, in the order {@link RecordCounts} counts them. */
  public enum Decision {
    /** New to the target (dibuat). */
    CREATED,
    /** Replaces a different record of the target (diperbarui). */
    UPDATED,
    /**
     * Equal to the target's, repeated identically in the input, or not applied because an
     * all-or-nothing import failed (diabaikan).
     */
    IGNORED,
    /** Rejected (ditolak). */
    REJECTED
  }

  private final ImportRecord<O> record;
  private final Decision decision;
  private final ImmutableList<ImportReason> reasons;
  private final ImmutableList<LeftOutElement> leftOut;

  RecordOutcome(
      ImportRecord<O> record,
      Decision decision,
      List<ImportReason> reasons,
      List<LeftOutElement> leftOut) {
    this.record = record;
    this.decision = decision;
    this.reasons = ImmutableList.copyOf(reasons);
    this.leftOut = ImmutableList.copyOf(leftOut);
  }

  /**
   * Returns the input record, with its origin.
   *
   * @return the record, not null
   */
  public ImportRecord<O> record() {
    return record;
  }

  /**
   * Returns the decision.
   *
   * @return the decision, not null
   */
  public Decision decision() {
    return decision;
  }

  /**
   * Returns whether the record was rejected.
   *
   * @return true if rejected
   */
  public boolean isRejected() {
    return decision == Decision.REJECTED;
  }

  /**
   * Returns why the import rejected the record, in the order found. An {@linkplain
   * ImportRecord#unreadable unreadable} record is rejected whatever this lists: why it could not be
   * read is its origin's to say, and comes before these reasons.
   *
   * @return the reasons, not null; empty for a record that was not rejected
   */
  public List<ImportReason> reasons() {
    return reasons;
  }

  /**
   * Returns the elements of its list that a record was kept without, each with why.
   *
   * @return the elements, not null; empty for a rejected record
   */
  public List<LeftOutElement> leftOut() {
    return leftOut;
  }

  @Override
  public String toString() {
    return record + ": " + decision + (reasons.isEmpty() ? "" : " " + reasons);
  }
}
