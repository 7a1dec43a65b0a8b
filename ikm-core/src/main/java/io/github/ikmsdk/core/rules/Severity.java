package io.github.ikmsdk.core.rules;

/**
 * How serious a rule violation is (tingkat pelanggaran).
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The snapshot breaks a rule of the source or the data is inconsistent (galat). */
  ERROR,
  /** Worth a look, but the programme still keeps the rules (peringatan). */
  WARNING
}
