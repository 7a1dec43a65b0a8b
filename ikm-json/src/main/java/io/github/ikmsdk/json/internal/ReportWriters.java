package io.github.ikmsdk.json.internal;

import com.google.common.collect.ImmutableSortedMap;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.compliance.ComplianceReport;
import io.github.ikmsdk.core.compliance.ComplianceTotals;
import io.github.ikmsdk.core.compliance.IkmWeekCompliance;
import io.github.ikmsdk.core.compliance.Share;
import io.github.ikmsdk.core.id.EntityId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.planning.visit.Remedy;
import io.github.ikmsdk.core.planning.visit.Shortfall;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.rules.Rule;
import io.github.ikmsdk.core.rules.Subject;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Violation;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.json.document.ComplianceReportDocument;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.ValidationReportDocument;
import io.github.ikmsdk.json.document.VisitPlanDocument;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
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

  /** Writes a derived message as {@code "message": {"en": ..., "id": ...}}. */
  static void message(JsonGenerator g, String english, String indonesian) {
    g.writeObjectPropertyStart("message");
    g.writeStringProperty("en", english);
    g.writeStringProperty("id", indonesian);
    g.writeEndObject();
  }

  /** Writes the derived counts of a validation report. */
  static void validationCounts(JsonGenerator g, ValidationReport r) {
    g.writeStartObject();
    g.writeNumberProperty("violations", r.violations().size());
    g.writeNumberProperty("errors", r.errors().size());
    g.writeNumberProperty("warnings", r.warnings().size());
    g.writeObjectPropertyStart("byRule");
    for (Map.Entry<Rule, Integer> e : r.countsByRule().entrySet()) {
      g.writeNumberProperty(e.getKey().code(), e.getValue());
    }
    g.writeEndObject();
    g.writeObjectPropertyStart("subjectsByKind");
    for (Map.Entry<Subject.Kind, Integer> e : r.countsBySubjectKind().entrySet()) {
      g.writeNumberProperty(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** Writes a validation report document. */
  public static void validationReportDocument(JsonGenerator g, ValidationReportDocument doc) {
    ValidationReport r = doc.report();
    g.writeStartObject();
    Writers.header(g, DocumentKind.VALIDATION_REPORT);
    g.writeStringProperty("status", r.status().name());
    g.writeName("counts");
    validationCounts(g, r);
    g.writeArrayPropertyStart("violations");
    for (Violation v : r.violations()) {
      violation(g, v);
    }
    g.writeEndArray();
    g.writeEndObject();
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
    ComplianceReport r = doc.report();
    g.writeStartObject();
    Writers.header(g, DocumentKind.COMPLIANCE_REPORT);
    g.writeStringProperty("programme", r.programme().value());
    g.writeStringProperty("asOf", Writers.date(r.asOf()));
    g.writeArrayPropertyStart("rows");
    for (IkmWeekCompliance row : r.rows()) {
      ikmWeek(g, row);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("mentors");
    for (Map.Entry<MentorId, ComplianceTotals> e :
        ImmutableSortedMap.copyOf(r.mentors()).entrySet()) {
      g.writeStartObject();
      g.writeStringProperty("mentor", e.getKey().value());
      g.writeName("totals");
      totals(g, e.getValue());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName("total");
    totals(g, r.total());
    g.writeEndObject();
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
    VisitPlan p = doc.plan();
    g.writeStartObject();
    Writers.header(g, DocumentKind.VISIT_PLAN);
    g.writeNumberProperty("requiredIkmWeeks", p.requiredIkmWeeks());
    g.writeNumberProperty("coveredIkmWeeks", p.coveredIkmWeeks());
    g.writeArrayPropertyStart("plannedVisits");
    for (Visit v : p.plannedVisits()) {
      Writers.visit(g, v);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("keptVisits");
    for (Visit v : p.keptVisits()) {
      Writers.visit(g, v);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("shortfalls");
    for (Shortfall s : p.shortfalls()) {
      shortfall(g, s);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
