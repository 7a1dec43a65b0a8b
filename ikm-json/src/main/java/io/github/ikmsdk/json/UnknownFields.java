package io.github.ikmsdk.json;

/**
 * What a reader does with a field that the document type does not define.
 *
 * @since 0.1.0
 */
public enum UnknownFields {
  /** An unknown field is an error ({@code JSON-001}); the default. */
  STRICT,
  /** An unknown field is skipped and reported as a warning ({@code JSON-001}). */
  LENIENT
}
