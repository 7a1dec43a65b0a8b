package io.github.ikmsdk.json.imports;

import io.github.ikmsdk.core.imports.ImportMode;

/**
 * The status of an import, computed from the report's content (never stored).
 *
 * @since 0.1.0
 */
public enum ImportStatus {
  /** No record was rejected and the document was readable. */
  SUCCESS,
  /** Some records were imported and some rejected ({@link ImportMode#PER_RECORD} only). */
  PARTIAL,
  /**
   * Nothing was imported: the document was unreadable, or records were rejected and the mode is
   * {@link ImportMode#ALL_OR_NOTHING}, or every record was rejected.
   */
  FAILED
}
