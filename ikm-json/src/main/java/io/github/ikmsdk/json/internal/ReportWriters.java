package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.json.document.ComplianceReportDocument;
import io.github.ikmsdk.json.document.ProgrammeOutlookDocument;
import io.github.ikmsdk.json.document.ValidationReportDocument;
import io.github.ikmsdk.json.document.VisitPlanDocument;
import tools.jackson.core.JsonGenerator;

/**
 * Streaming writers of the report documents, for the facade outside this package: each writes with
 * its document's codec ({@link ReportCodecs}, {@link OutlookCodecs}). Stateless; thread-safe.
 */
public final class ReportWriters {

  private ReportWriters() {}

  /** Writes a validation report document. */
  public static void validationReportDocument(JsonGenerator g, ValidationReportDocument doc) {
    ReportCodecs.VALIDATION_REPORT.write(g, doc);
  }

  /** Writes a compliance report document. */
  public static void complianceReportDocument(JsonGenerator g, ComplianceReportDocument doc) {
    ReportCodecs.COMPLIANCE_REPORT.write(g, doc);
  }

  /** Writes a visit plan document. */
  public static void visitPlanDocument(JsonGenerator g, VisitPlanDocument doc) {
    ReportCodecs.VISIT_PLAN.write(g, doc);
  }

  /** Writes a programme outlook document. */
  public static void programmeOutlookDocument(JsonGenerator g, ProgrammeOutlookDocument doc) {
    OutlookCodecs.PROGRAMME_OUTLOOK.write(g, doc);
  }
}
