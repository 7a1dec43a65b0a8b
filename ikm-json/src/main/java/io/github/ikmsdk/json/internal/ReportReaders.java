package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.json.JsonProblem;
import io.github.ikmsdk.json.JsonProblemCode;
import io.github.ikmsdk.json.JsonReadException;
import io.github.ikmsdk.json.ReadResult;
import io.github.ikmsdk.json.document.ComplianceReportDocument;
import io.github.ikmsdk.json.document.ProgrammeOutlookDocument;
import io.github.ikmsdk.json.document.ValidationReportDocument;
import io.github.ikmsdk.json.document.VisitPlanDocument;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;

/**
 * Streaming readers of the report documents, collecting every problem, with the codecs of {@link
 * ReportCodecs} and {@link OutlookCodecs}. A report is read whole into memory; its derived fields
 * are checked against its content. Stateless; each read has its own cursor.
 */
public final class ReportReaders {

  private ReportReaders() {}

  // ---------------------------------------------------------------- documents

  private static <D> ReadResult<D> document(JsonIn in, boolean root, Codec<D> codec) {
    D doc = null;
    try {
      JsonToken first = root ? in.next() : in.token();
      if (first == null) {
        in.error(JsonProblemCode.MALFORMED_JSON, "the input is empty");
      } else if (in.object()) {
        doc = codec.read(new Readers(in));
        if (root && in.next() != null) {
          in.error(JsonProblemCode.TRAILING_CONTENT);
        }
      }
    } catch (JacksonException e) {
      in.fatal(e);
    }
    if (in.errorCount() > 0 || doc == null) {
      List<JsonProblem> all = new ArrayList<>(in.errors());
      all.addAll(in.warnings());
      all.sort(JsonIn.DOCUMENT_ORDER);
      throw new JsonReadException(all);
    }
    return ReadResult.of(doc, in.warnings());
  }

  /**
   * Reads a validation report document or throws the exception listing every problem.
   *
   * @param in the cursor
   * @param root true if the cursor is before the input's first token and the document is the whole
   *     input; false if it is on the document's first token
   * @return the document and warnings
   */
  public static ReadResult<ValidationReportDocument> validationReport(JsonIn in, boolean root) {
    return document(in, root, ReportCodecs.VALIDATION_REPORT);
  }

  /**
   * Reads a compliance report document or throws the exception listing every problem.
   *
   * @param in the cursor
   * @param root true if the cursor is before the input's first token and the document is the whole
   *     input; false if it is on the document's first token
   * @return the document and warnings
   */
  public static ReadResult<ComplianceReportDocument> complianceReport(JsonIn in, boolean root) {
    return document(in, root, ReportCodecs.COMPLIANCE_REPORT);
  }

  /**
   * Reads a visit plan document or throws the exception listing every problem.
   *
   * @param in the cursor
   * @param root true if the cursor is before the input's first token and the document is the whole
   *     input; false if it is on the document's first token
   * @return the document and warnings
   */
  public static ReadResult<VisitPlanDocument> visitPlan(JsonIn in, boolean root) {
    return document(in, root, ReportCodecs.VISIT_PLAN);
  }

  /**
   * Reads a programme outlook document or throws the exception listing every problem.
   *
   * @param in the cursor
   * @param root true if the cursor is before the input's first token and the document is the whole
   *     input; false if it is on the document's first token
   * @return the document and warnings
   */
  public static ReadResult<ProgrammeOutlookDocument> programmeOutlook(JsonIn in, boolean root) {
    return document(in, root, OutlookCodecs.PROGRAMME_OUTLOOK);
  }

  // ---------------------------------------------------------------- parts on their own

  /**
   * Reads one part of a report on its own, the cursor on its first token, for the Jackson module;
   * null (after reporting) if invalid.
   *
   * @param in the cursor
   * @param part the part
   * @return the value, or null
   */
  public static Object part(JsonIn in, Part part) {
    Codec<?> codec =
        switch (part) {
          case VIOLATION -> ReportCodecs.VIOLATION;
          case SUBJECT -> ReportCodecs.SUBJECT;
          case PROGRAMME_WEEK -> ReportCodecs.PROGRAMME_WEEK;
          case IKM_WEEK -> ReportCodecs.IKM_WEEK;
          case TOTALS -> ReportCodecs.TOTALS;
          case SHARE -> ReportCodecs.SHARE;
          case SHORTFALL -> ReportCodecs.SHORTFALL;
          case REMEDY -> ReportCodecs.REMEDY;
          case START_DATE_RANKING -> OutlookCodecs.RANKING;
          case START_OPTION -> OutlookCodecs.OPTION;
          case HARD_WEEK -> OutlookCodecs.HARD_WEEK;
          case CAPACITY_REPORT -> OutlookCodecs.CAPACITY;
          case SENTRA_CAPACITY -> OutlookCodecs.SENTRA_CAPACITY;
          case SENTRA_ALLOCATION -> OutlookCodecs.SENTRA_ALLOCATION;
        };
    return codec.read(new Readers(in));
  }

  /** The parts of the report documents that {@link #part} reads. */
  public enum Part {
    /** A violation of a validation report. */
    VIOLATION,
    /** A subject of a violation. */
    SUBJECT,
    /** A programme week, as in a compliance report row. */
    PROGRAMME_WEEK,
    /** A row of a compliance report. */
    IKM_WEEK,
    /** Compliance totals. */
    TOTALS,
    /** A share. */
    SHARE,
    /** A shortfall of a visit plan. */
    SHORTFALL,
    /** A remedy of a shortfall. */
    REMEDY,
    /** A start-date ranking of a programme outlook. */
    START_DATE_RANKING,
    /** A start option of a ranking. */
    START_OPTION,
    /** A hard week of a start option. */
    HARD_WEEK,
    /** The capacity report of a programme outlook. */
    CAPACITY_REPORT,
    /** One sentra of a capacity report. */
    SENTRA_CAPACITY,
    /** One sentra's share of an allocation. */
    SENTRA_ALLOCATION
  }
}
