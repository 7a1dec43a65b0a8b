package io.github.ikmsdk.json.imports;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of an import: its report and the resulting snapshot (the target with the accepted
 * records merged in), which is absent for a dry run and for a failed import.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ImportResult {

  private final ImportReport report;
  private final ProgrammeSnapshot snapshot;

  private ImportResult(ImportReport report, ProgrammeSnapshot snapshot) {
    this.report = report;
    this.snapshot = snapshot;
  }

  /**
   * Returns a result.
   *
   * @param report the report, not null
   * @param snapshot the resulting snapshot, or empty
   * @return the result, not null
   */
  public static ImportResult of(ImportReport report, Optional<ProgrammeSnapshot> snapshot) {
    return new ImportResult(checkNotNull(report, "report"), snapshot.orElse(null));
  }

  /**
   * Returns the report.
   *
   * @return the report, not null
   */
  public ImportReport report() {
    return report;
  }

  /**
   * Returns the resulting snapshot.
   *
   * @return the snapshot, or empty for a dry run or a failed import
   */
  public Optional<ProgrammeSnapshot> snapshot() {
    return Optional.ofNullable(snapshot);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ImportResult
        && ((ImportResult) obj).report.equals(report)
        && Objects.equals(((ImportResult) obj).snapshot, snapshot);
  }

  @Override
  public int hashCode() {
    return Objects.hash(report, snapshot);
  }

  @Override
  public String toString() {
    return "ImportResult{" + report + ", snapshot=" + (snapshot != null) + "}";
  }
}
