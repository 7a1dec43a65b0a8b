package io.github.ikmsdk.json.document;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ikmsdk.core.compliance.ComplianceReport;
import org.jspecify.annotations.Nullable;

/**
 * A compliance report document (dokumen laporan kepatuhan): a {@link ComplianceReport} of one
 * programme as of a date, with {@code kind} {@code "compliance-report"}.
 *
 * <p>The document holds every row (IKM, programme week, status, visits that counted, working days
 * left) and the totals per mentor and for the programme, so that reading it back gives an equal
 * report. Following the rule that overdue is computed, never stored, the document holds no derived
 * field such as a due date, an overdue flag or a percentage: a week is overdue when its {@code
 * status} is {@code VISIT_TOO_SHORT} or {@code NOT_VISITED}, its due date is the week's {@code
 * lastDay}, and a share's percentage is {@code part / whole}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ComplianceReportDocument implements IkmDocument {

  private final ComplianceReport report;

  private ComplianceReportDocument(ComplianceReport report) {
    this.report = report;
  }

  /**
   * Returns the document of a compliance report.
   *
   * @param report the report, not null
   * @return the document, not null
   */
  public static ComplianceReportDocument of(ComplianceReport report) {
    return new ComplianceReportDocument(checkNotNull(report, "report"));
  }

  /**
   * Returns the report.
   *
   * @return the report, not null
   */
  public ComplianceReport report() {
    return report;
  }

  /**
   * Returns {@link DocumentKind#COMPLIANCE_REPORT}.
   *
   * @return the kind, not null
   */
  @Override
  public DocumentKind kind() {
    return DocumentKind.COMPLIANCE_REPORT;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof ComplianceReportDocument
            && ((ComplianceReportDocument) obj).report.equals(report));
  }

  @Override
  public int hashCode() {
    return report.hashCode();
  }

  @Override
  public String toString() {
    return "ComplianceReportDocument{programme="
        + report.programme()
        + ", asOf="
        + report.asOf()
        + ", rows="
        + report.rows().size()
        + "}";
  }
}
