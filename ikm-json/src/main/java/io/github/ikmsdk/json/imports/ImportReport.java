package io.github.ikmsdk.json.imports;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.EnumMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import io.github.ikmsdk.core.imports.ImportMode;
import io.github.ikmsdk.core.imports.RecordCounts;
import io.github.ikmsdk.core.imports.RecordType;
import io.github.ikmsdk.json.JsonProblem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The report of an import (laporan impor): counts per record type, every rejected record with its
 * reasons, problems of the document as a whole, and warnings. The {@linkplain #status() status} is
 * computed from this content; it is never stored.
 *
 * <p>Invariants: for every record type, {@code created + updated + ignored + rejected = input};
 * {@link #rejected()} lists exactly {@code totals().rejected()} records. In an all-or-nothing
 * import that failed, the records that were not rejected are counted as ignored.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ImportReport {

  private final ImportMode mode;
  private final boolean dryRun;
  private final Map<RecordType, RecordCounts> counts;
  private final ImmutableList<RejectedRecord> rejected;
  private final ImmutableList<JsonProblem> documentProblems;
  private final ImmutableList<JsonProblem> warnings;

  private ImportReport(
      ImportMode mode,
      boolean dryRun,
      Map<RecordType, RecordCounts> counts,
      ImmutableList<RejectedRecord> rejected,
      ImmutableList<JsonProblem> documentProblems,
      ImmutableList<JsonProblem> warnings) {
    this.mode = mode;
    this.dryRun = dryRun;
    this.counts = counts;
    this.rejected = rejected;
    this.documentProblems = documentProblems;
    this.warnings = warnings;
  }

  /**
   * Returns a report.
   *
   * @param mode the import mode, not null
   * @param dryRun whether the import was a dry run
   * @param counts the counts per record type; absent types count zero; not null
   * @param rejected every rejected record, not null
   * @param documentProblems problems of the document as a whole, not null
   * @param warnings warnings, not null
   * @return the report, not null
   * @throws IllegalArgumentException if the rejected records do not match the counts
   */
  public static ImportReport of(
      ImportMode mode,
      boolean dryRun,
      Map<RecordType, RecordCounts> counts,
      List<RejectedRecord> rejected,
      List<JsonProblem> documentProblems,
      List<JsonProblem> warnings) {
    checkNotNull(mode, "mode");
    EnumMap<RecordType, RecordCounts> all = new EnumMap<>(RecordType.class);
    for (RecordType t : RecordType.values()) {
      all.put(t, counts.getOrDefault(t, RecordCounts.zero()));
    }
    EnumMultiset<RecordType> listedByType = EnumMultiset.create(RecordType.class);
    for (RejectedRecord r : rejected) {
      listedByType.add(r.type());
    }
    for (RecordType t : RecordType.values()) {
      long listed = listedByType.count(t);
      if (listed != all.get(t).rejected()) {
        throw new IllegalArgumentException(
            t
                + ": "
                + listed
                + " rejected records listed but "
                + all.get(t).rejected()
                + " counted");
      }
    }
    return new ImportReport(
        mode,
        dryRun,
        Maps.immutableEnumMap(all),
        ImmutableList.copyOf(rejected),
        ImmutableList.copyOf(documentProblems),
        ImmutableList.copyOf(warnings));
  }

  /**
   * Returns the status, computed from the content: {@link ImportStatus#FAILED} if the document had
   * problems, if all-or-nothing and any record was rejected, or if every record was rejected;
   * {@link ImportStatus#PARTIAL} if some were rejected and some accepted; otherwise {@link
   * ImportStatus#SUCCESS}.
   *
   * @return the status, not null
   */
  public ImportStatus status() {
    RecordCounts t = totals();
    if (!documentProblems.isEmpty()) {
      return ImportStatus.FAILED;
    }
    if (t.rejected() == 0) {
      return ImportStatus.SUCCESS;
    }
    if (mode == ImportMode.ALL_OR_NOTHING || t.accepted() == 0) {
      return ImportStatus.FAILED;
    }
    return ImportStatus.PARTIAL;
  }

  /**
   * Returns the mode of the import.
   *
   * @return the mode, not null
   */
  public ImportMode mode() {
    return mode;
  }

  /**
   * Returns whether the import was a validate-only dry run.
   *
   * @return true for a dry run
   */
  public boolean dryRun() {
    return dryRun;
  }

  /**
   * Returns the counts of a record type.
   *
   * @param type the type, not null
   * @return the counts, not null
   */
  public RecordCounts counts(RecordType type) {
    return counts.get(checkNotNull(type, "type"));
  }

  /**
   * Returns the counts of every record type, in type order.
   *
   * @return the counts, not null
   */
  public Map<RecordType, RecordCounts> counts() {
    return counts;
  }

  /**
   * Returns the counts summed over all record types.
   *
   * @return the totals, not null
   */
  public RecordCounts totals() {
    RecordCounts sum = RecordCounts.zero();
    for (RecordCounts c : counts.values()) {
      sum = sum.plus(c);
    }
    return sum;
  }

  /**
   * Returns every rejected record, in document order within each type.
   *
   * @return the records, not null
   */
  public List<RejectedRecord> rejected() {
    return rejected;
  }

  /**
   * Returns the problems of the document as a whole (header, syntax, limits).
   *
   * @return the problems, empty if none, not null
   */
  public List<JsonProblem> documentProblems() {
    return documentProblems;
  }

  /**
   * Returns the warnings, for example unknown fields in lenient mode.
   *
   * @return the warnings, not null
   */
  public List<JsonProblem> warnings() {
    return warnings;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof ImportReport)) {
      return false;
    }
    ImportReport o = (ImportReport) obj;
    return mode == o.mode
        && dryRun == o.dryRun
        && counts.equals(o.counts)
        && rejected.equals(o.rejected)
        && documentProblems.equals(o.documentProblems)
        && warnings.equals(o.warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, dryRun, counts, rejected, documentProblems, warnings);
  }

  @Override
  public String toString() {
    return "ImportReport{status="
        + status()
        + ", mode="
        + mode
        + ", dryRun="
        + dryRun
        + ", totals={"
        + totals()
        + "}, documentProblems="
        + documentProblems.size()
        + "}";
  }
}
