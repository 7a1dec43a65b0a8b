package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.compliance.ComplianceTotals;
import io.github.ikmsdk.core.compliance.IkmWeekCompliance;
import io.github.ikmsdk.core.compliance.Share;
import io.github.ikmsdk.core.id.EntityId;
import io.github.ikmsdk.core.planning.visit.Remedy;
import io.github.ikmsdk.core.planning.visit.Shortfall;
import io.github.ikmsdk.core.rules.Subject;
import io.github.ikmsdk.core.rules.Violation;
import io.github.ikmsdk.json.document.ComplianceReportDocument;
import io.github.ikmsdk.json.document.ValidationReportDocument;
import io.github.ikmsdk.json.document.VisitPlanDocument;
import java.util.Collection;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;

/** Streaming writers of the report documents. Stateless; thread-safe. */
public final class ReportWriters {

  /** The locale of the Bahasa Indonesia messages. */
  static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private ReportWriters() {}

  private static void ids(JsonGenerator g, String name, Collection<? extends EntityId<?>> ids) {
    g.writeArrayPropertyStart(name);
    for (EntityId<?> id : ids) {
      g.writeString(id.value());
    }
    g.writeEndArray();
  }

  // ---------------------------------------------------------------- validation report

  /** Writes a subject as {@code {"kind": ..., "id": ...}}. */
  public static void subject(JsonGenerator g, Subject s) {
    ReportCodecs.SUBJECT.write(g, s);
  }

  /** Writes a violation with its derived severity and bilingual message. */
  public static void violation(JsonGenerator g, Violation v) {
    ReportCodecs.VIOLATION.write(g, v);
  }

  /** Writes a validation report document. */
  public static void validationReportDocument(JsonGenerator g, ValidationReportDocument doc) {
    ReportCodecs.VALIDATION_REPORT.write(g, doc);
  }

  // ---------------------------------------------------------------- compliance report

  /** Writes a share as {@code {"part": ..., "whole": ...}}. */
  public static void share(JsonGenerator g, Share s) {
    ReportCodecs.SHARE.write(g, s);
  }

  /** Writes a programme week, every field. */
  public static void programmeWeek(JsonGenerator g, ProgrammeWeek w) {
    ReportCodecs.PROGRAMME_WEEK.write(g, w);
  }

  /** Writes one row of a compliance report. */
  public static void ikmWeek(JsonGenerator g, IkmWeekCompliance r) {
    ReportCodecs.IKM_WEEK.write(g, r);
  }

  /** Writes compliance totals; counts per status and stage in declaration order. */
  public static void totals(JsonGenerator g, ComplianceTotals t) {
    ReportCodecs.TOTALS.write(g, t);
  }

  /** Writes a compliance report document; mentors sorted by id. */
  public static void complianceReportDocument(JsonGenerator g, ComplianceReportDocument doc) {
    ReportCodecs.COMPLIANCE_REPORT.write(g, doc);
  }

  // ---------------------------------------------------------------- visit plan

  /** Writes a remedy with its bilingual message. */
  public static void remedy(JsonGenerator g, Remedy r) {
    ReportCodecs.REMEDY.write(g, r);
  }

  /** Writes a shortfall with its bilingual message. */
  public static void shortfall(JsonGenerator g, Shortfall s) {
    ReportCodecs.SHORTFALL.write(g, s);
  }

  /** Writes a visit plan document. */
  public static void visitPlanDocument(JsonGenerator g, VisitPlanDocument doc) {
    ReportCodecs.VISIT_PLAN.write(g, doc);
  }
}
