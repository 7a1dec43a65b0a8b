package io.github.ikmsdk.json.document;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ikmsdk.core.rules.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * A validation report document (dokumen laporan validasi): every violation of a {@link
 * ValidationReport}, with {@code kind} {@code "validation-report"}.
 *
 * <p>Each violation is written with its rule {@code code}, its {@code subjects} (kind and id) and
 * its raw {@code arguments}, which together are the report's content. The document also carries
 * fields <em>derived</em> from that content, for front ends that do not use this SDK:
 *
 * <ul>
 *   <li>{@code status} and {@code counts} (violations, errors, warnings, per rule code, and
 *       distinct subjects per kind) of the whole report, and {@code severity} of each violation.
 *       They are pure functions of the content, so a reader <em>checks</em> them and rejects a
 *       document whose derived values contradict its violations ({@code JSON-004});
 *   <li>{@code message} of each violation, {@code {"en": ..., "id": ...}}, rendered from the rule
 *       catalogue of the writing SDK. Wording may improve between releases without a new schema
 *       version, so a reader checks only their shape and <em>ignores</em> their text.
 * </ul>
 *
 * <p>Reading a written document therefore gives back an equal document: {@code
 * read(write(doc)).equals(doc)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ValidationReportDocument implements IkmDocument {

  private final ValidationReport report;

  private ValidationReportDocument(ValidationReport report) {
    this.report = report;
  }

  /**
   * Returns the document of a validation report.
   *
   * @param report the report, not null
   * @return the document, not null
   */
  public static ValidationReportDocument of(ValidationReport report) {
    return new ValidationReportDocument(checkNotNull(report, "report"));
  }

  /**
   * Returns the report.
   *
   * @return the report, not null
   */
  public ValidationReport report() {
    return report;
  }

  /**
   * Returns {@link DocumentKind#VALIDATION_REPORT}.
   *
   * @return the kind, not null
   */
  @Override
  public DocumentKind kind() {
    return DocumentKind.VALIDATION_REPORT;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof ValidationReportDocument
            && ((ValidationReportDocument) obj).report.equals(report));
  }

  @Override
  public int hashCode() {
    return report.hashCode();
  }

  @Override
  public String toString() {
    return "ValidationReportDocument{" + report + "}";
  }
}
