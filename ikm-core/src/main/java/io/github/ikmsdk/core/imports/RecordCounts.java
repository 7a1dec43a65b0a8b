package io.github.ikmsdk.core.imports;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome counts of one record type in an import. Every input record has exactly one outcome,
 * so {@code created + updated + ignored + rejected = input}; a record repeated identically in the
 * input is created once and then ignored, never counted twice.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RecordCounts {

  private static final RecordCounts ZERO = new RecordCounts(0, 0, 0, 0);

  private final long created;
  private final long updated;
  private final long ignored;
  private final long rejected;

  private RecordCounts(long created, long updated, long ignored, long rejected) {
    this.created = created;
    this.updated = updated;
    this.ignored = ignored;
    this.rejected = rejected;
  }

  /**
   * Returns counts.
   *
   * @param created records new to the target
   * @param updated records that replace a different record of the target
   * @param ignored records equal to the target's, repeated, or not applied
   * @param rejected records rejected with reasons
   * @return the counts, not null
   * @throws IllegalArgumentException if a count is negative
   */
  public static RecordCounts of(long created, long updated, long ignored, long rejected) {
    checkArgument(
        created >= 0 && updated >= 0 && ignored >= 0 && rejected >= 0,
        "counts must not be negative, were %s/%s/%s/%s",
        created,
        updated,
        ignored,
        rejected);
    return new RecordCounts(created, updated, ignored, rejected);
  }

  /**
   * Returns zero counts.
   *
   * @return the counts, not null
   */
  public static RecordCounts zero() {
    return ZERO;
  }

  /**
   * Returns the sum of two counts.
   *
   * @param other the other counts, not null
   * @return the sum, not null
   */
  public RecordCounts plus(RecordCounts other) {
    return new RecordCounts(
        created + other.created,
        updated + other.updated,
        ignored + other.ignored,
        rejected + other.rejected);
  }

  /**
   * Returns the number of records new to the target (dibuat).
   *
   * @return the count
   */
  public long created() {
    return created;
  }

  /**
   * Returns the number of records that replaced a different target record (diperbarui).
   *
   * @return the count
   */
  public long updated() {
    return updated;
  }

  /**
   * Returns the number of records equal to the target's, repeated in the input, or not applied
   * because an all-or-nothing import failed (diabaikan).
   *
   * @return the count
   */
  public long ignored() {
    return ignored;
  }

  /**
   * Returns the number of rejected records (ditolak).
   *
   * @return the count
   */
  public long rejected() {
    return rejected;
  }

  /**
   * Returns the number of accepted records: created, updated and ignored.
   *
   * @return the count
   */
  public long accepted() {
    return created + updated + ignored;
  }

  /**
   * Returns the number of input records: accepted plus rejected.
   *
   * @return the count
   */
  public long input() {
    return accepted() + rejected;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof RecordCounts)) {
      return false;
    }
    RecordCounts o = (RecordCounts) obj;
    return created == o.created
        && updated == o.updated
        && ignored == o.ignored
        && rejected == o.rejected;
  }

  @Override
  public int hashCode() {
    return Objects.hash(created, updated, ignored, rejected);
  }

  @Override
  public String toString() {
    return "created="
        + created
        + ", updated="
        + updated
        + ", ignored="
        + ignored
        + ", rejected="
        + rejected;
  }
}
