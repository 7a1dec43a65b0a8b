package io.github.ikmsdk.core.imports;

/**
 * How an import treats the good records when some records are rejected.
 *
 * @since 0.1.0
 */
public enum ImportMode {
  /** If any record is rejected, nothing is imported; the good records are counted as ignored. */
  ALL_OR_NOTHING,
  /** The good records are imported and each rejected one is listed with its reasons. */
  PER_RECORD
}
