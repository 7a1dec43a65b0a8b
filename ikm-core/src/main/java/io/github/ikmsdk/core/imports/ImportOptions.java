package io.github.ikmsdk.core.imports;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The options of an import: mode, dry run and target.
 *
 * <table>
 *   <caption>Options</caption>
 *   <tr><th>option</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@link #mode()}</td><td>{@link ImportMode#ALL_OR_NOTHING}</td>
 *       <td>what happens to good records when some are rejected</td></tr>
 *   <tr><td>{@link #dryRun()}</td><td>false</td>
 *       <td>validate and count only; no resulting snapshot</td></tr>
 *   <tr><td>{@link #target()}</td><td>empty</td>
 *       <td>the existing snapshot the records are imported into; records with an id already
 *       there are updated (or ignored if equal), others created. Required for visit logs.</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ImportOptions {

  private final ImportMode mode;
  private final boolean dryRun;
  private final ProgrammeSnapshot target;

  private ImportOptions(ImportMode mode, boolean dryRun, ProgrammeSnapshot target) {
    this.mode = mode;
    this.dryRun = dryRun;
    this.target = target;
  }

  /**
   * Returns the default options: all-or-nothing, applied, no target.
   *
   * @return the options, not null
   */
  public static ImportOptions defaults() {
    return new ImportOptions(ImportMode.ALL_OR_NOTHING, false, null);
  }

  /**
   * Returns a copy with another mode.
   *
   * @param newMode the mode, not null
   * @return the options, not null
   */
  public ImportOptions withMode(ImportMode newMode) {
    return new ImportOptions(checkNotNull(newMode, "newMode"), dryRun, target);
  }

  /**
   * Returns a copy that is, or is not, a validate-only dry run.
   *
   * @param newDryRun true to only validate and count
   * @return the options, not null
   */
  public ImportOptions withDryRun(boolean newDryRun) {
    return new ImportOptions(mode, newDryRun, target);
  }

  /**
   * Returns a copy with a target snapshot to import into.
   *
   * @param newTarget the existing snapshot, not null
   * @return the options, not null
   */
  public ImportOptions withTarget(ProgrammeSnapshot newTarget) {
    return new ImportOptions(mode, dryRun, checkNotNull(newTarget, "newTarget"));
  }

  /**
   * Returns the mode.
   *
   * @return the mode, not null
   */
  public ImportMode mode() {
    return mode;
  }

  /**
   * Returns whether the import only validates and counts.
   *
   * @return true for a dry run
   */
  public boolean dryRun() {
    return dryRun;
  }

  /**
   * Returns the snapshot the records are imported into.
   *
   * @return the target, or empty
   */
  public Optional<ProgrammeSnapshot> target() {
    return Optional.ofNullable(target);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof ImportOptions
            && ((ImportOptions) obj).mode == mode
            && ((ImportOptions) obj).dryRun == dryRun
            && Objects.equals(((ImportOptions) obj).target, target));
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, dryRun, target);
  }

  @Override
  public String toString() {
    return "ImportOptions{mode="
        + mode
        + ", dryRun="
        + dryRun
        + ", target="
        + (target == null ? "none" : target.programme().id().value())
        + "}";
  }
}
