package io.github.ikmsdk.core.imports;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.rules.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of an import (hasil impor): one {@link RecordOutcome} per input record in input
 * order, the counts per record type, the rule violations reported as warnings, and the snapshot the
 * import produced, if it produced one.
 *
 * <p>Invariants: every input record has exactly one outcome, so for every type {@code created +
 * updated + ignored + rejected} is its number of input records; the counts are those of the
 * outcomes.
 *
 * <p>This class is immutable and thread-safe if the origins are.
 *
 * @param <O> the type of the records' origins
 * @since 0.1.0
 */
public final class ImportOutcome<O> {

  private final ImmutableList<RecordOutcome<O>> records;
  private final ImmutableMap<RecordType, RecordCounts> counts;
  private final RecordCounts totals;
  private final ImmutableList<Violation> warnings;
  private final @Nullable ProgrammeSnapshot snapshot;

  ImportOutcome(
      List<RecordOutcome<O>> records,
      Map<RecordType, RecordCounts> counts,
      List<Violation> warnings,
      @Nullable ProgrammeSnapshot snapshot) {
    this.records = ImmutableList.copyOf(records);
    this.counts = Maps.immutableEnumMap(counts);
    this.totals = counts.values().stream().reduce(RecordCounts.zero(), RecordCounts::plus);
    this.warnings = ImmutableList.copyOf(warnings);
    this.snapshot = snapshot;
  }

  /**
   * Returns the outcome of every input record, in input order.
   *
   * @return the outcomes, not null
   */
  public List<RecordOutcome<O>> records() {
    return records;
  }

  /**
   * Returns the counts of every record type, zero for a type without input records.
   *
   * @return the counts by type, in the order of {@link RecordType}, not null
   */
  public Map<RecordType, RecordCounts> counts() {
    return counts;
  }

  /**
   * Returns the counts of one record type.
   *
   * @param type the type, not null
   * @return the counts, not null
   */
  public RecordCounts counts(RecordType type) {
    return counts.getOrDefault(type, RecordCounts.zero());
  }

  /**
   * Returns the sum of the counts of every type.
   *
   * @return the totals, not null
   */
  public RecordCounts totals() {
    return totals;
  }

  /**
   * Returns the rule violations the import reports as warnings rather than as reasons to reject a
   * record: the validator's warnings, a week without a visit (IKM-R305), violations that name no
   * input record, and references to records this import rejected.
   *
   * @return the violations, in the validator's order, not null
   */
  public List<Violation> warnings() {
    return warnings;
  }

  /**
   * Returns the snapshot the import produced: the target (or nothing) with the accepted records
   * merged in. Empty for a dry run, a failed all-or-nothing import, an unreadable source, and an
   * import that accepted nothing and rejected something.
   *
   * @return the snapshot, or empty
   */
  public Optional<ProgrammeSnapshot> snapshot() {
    return Optional.ofNullable(snapshot);
  }

  @Override
  public String toString() {
    return "ImportOutcome{" + totals + ", snapshot=" + (snapshot != null) + "}";
  }
}
