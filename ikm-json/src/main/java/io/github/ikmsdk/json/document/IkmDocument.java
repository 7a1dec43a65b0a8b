package io.github.ikmsdk.json.document;

/**
 * A versioned JSON document of the SDK (dokumen JSON). Every document has a {@code schemaVersion}
 * and a {@code kind} and validates against the JSON Schema of its kind.
 *
 * @since 0.1.0
 */
public sealed interface IkmDocument
    permits ProgrammeDocument,
        VisitLogDocument,
        ValidationReportDocument,
        ComplianceReportDocument,
        VisitPlanDocument,
        ProgrammeOutlookDocument {

  /**
   * Returns the kind of the document.
   *
   * @return the kind, not null
   */
  DocumentKind kind();

  /**
   * Returns the schema version of the document.
   *
   * @return the version; {@link DocumentKind#schemaVersion()} of its kind for documents of this
   *     release, which is also the version a document read from an older version is written in
   */
  default int schemaVersion() {
    return kind().schemaVersion();
  }
}
