package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.core.imports.ImportOptions;
import io.github.ikmsdk.core.imports.ImportOutcome;
import io.github.ikmsdk.core.imports.ImportReason;
import io.github.ikmsdk.core.imports.ImportRecord;
import io.github.ikmsdk.core.imports.LeftOutElement;
import io.github.ikmsdk.core.imports.ProgrammeImport;
import io.github.ikmsdk.core.imports.RecordOutcome;
import io.github.ikmsdk.core.imports.RecordType;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.rules.Violation;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.json.JsonLocation;
import io.github.ikmsdk.json.JsonProblem;
import io.github.ikmsdk.json.JsonProblem.Severity;
import io.github.ikmsdk.json.imports.ImportProblemCode;
import io.github.ikmsdk.json.imports.ImportReport;
import io.github.ikmsdk.json.imports.ImportResult;
import io.github.ikmsdk.json.imports.RejectedRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Imports of snapshot documents and visit logs: reads the records with their positions as their
 * origins, has the core's {@link ProgrammeImport} decide them, and reports its outcome in JSON
 * terms, each reason a {@link JsonProblem} at its record's position.
 */
public final class Importer {

  private Importer() {}

  // ------------------------------------------------------------------ snapshot

  /** Imports a snapshot read record by record. */
  public static ImportResult importSnapshot(SnapshotRead s, ImportOptions options) {
    List<ImportRecord<Rec<?>>> records = new ArrayList<>();
    section(records, RecordType.PROGRAMME, s.programme, ImportRecord::of);
    section(records, RecordType.AGENCY, s.agency, ImportRecord::of);
    section(records, RecordType.CALENDAR, s.calendar, ImportRecord::of);
    s.commodities.forEach(r -> records.add(record(RecordType.COMMODITY, r, ImportRecord::of)));
    s.sentra.forEach(r -> records.add(record(RecordType.SENTRA, r, ImportRecord::of)));
    s.mentors.forEach(r -> records.add(record(RecordType.MENTOR, r, ImportRecord::of)));
    s.ikms.forEach(r -> records.add(record(RecordType.IKM, r, ImportRecord::of)));
    s.assignments.forEach(r -> records.add(record(RecordType.ASSIGNMENT, r, ImportRecord::of)));
    s.leaves.forEach(r -> records.add(record(RecordType.LEAVE, r, ImportRecord::of)));
    s.visits.forEach(r -> records.add(record(RecordType.VISIT, r, ImportRecord::of)));
    s.logbookEntries.forEach(
        r -> records.add(record(RecordType.LOGBOOK_ENTRY, r, ImportRecord::of)));
    List<JsonProblem> documentProblems = List.copyOf(s.documentErrors);
    ImportOutcome<Rec<?>> outcome =
        ProgrammeImport.snapshot(records, documentProblems.size(), options);
    return result(outcome, options, documentProblems, s.warnings);
  }

  /** Adds a section's record, if the document has the section. */
  private static <T> void section(
      List<ImportRecord<Rec<?>>> records,
      RecordType type,
      Rec<T> rec,
      BiFunction<T, Rec<?>, ImportRecord<Rec<?>>> readable) {
    if (rec != null) {
      records.add(record(type, rec, readable));
    }
  }

  /** The record read, with its position and problems as its origin. */
  private static <T> ImportRecord<Rec<?>> record(
      RecordType type, Rec<T> rec, BiFunction<T, Rec<?>, ImportRecord<Rec<?>>> readable) {
    return rec.value != null
        ? readable.apply(rec.value, rec)
        : ImportRecord.unreadable(type, Optional.ofNullable(rec.key), rec);
  }

  // ------------------------------------------------------------------ visit log

  /** Imports a visit log into the options' target. */
  public static ImportResult importVisitLog(JsonIn in, ImportOptions options) {
    ProgrammeSnapshot target = options.target().orElseThrow();
    VisitLogStream stream = new VisitLogStream(in, true);
    ProgrammeImport.VisitLog<Rec<?>> log = ProgrammeImport.visitLog(options);
    boolean mismatchReported = false;
    while (true) {
      Visit v = stream.next();
      if (v == null && stream.lastProblems().isEmpty()) {
        break;
      }
      if (!mismatchReported
          && stream.programme() != null
          && !stream.programme().equals(target.programme().id())) {
        mismatchReported = true;
        in.addError(
            problem(
                ImportProblemCode.PROGRAMME_MISMATCH,
                Severity.ERROR,
                JsonLocation.of("/programme", 0, 0),
                stream.programme().value(),
                target.programme().id().value()));
      }
      Rec<Visit> rec =
          new Rec<>(
              stream.lastIndex(),
              stream.lastLocation(),
              stream.lastKey(),
              v,
              stream.lastProblems());
      log.add(record(RecordType.VISIT, rec, ImportRecord::of));
    }
    List<JsonProblem> documentProblems = List.copyOf(in.errors());
    List<JsonProblem> warnings = List.copyOf(in.warnings());
    return result(log.finish(documentProblems.size()), options, documentProblems, warnings);
  }

  /** The result of an input that could not even be opened. */
  public static ImportResult unreadable(ImportOptions options, List<JsonProblem> problems) {
    return ImportResult.of(
        ImportReport.of(options.mode(), options.dryRun(), Map.of(), List.of(), problems, List.of()),
        Optional.empty());
  }

  // ------------------------------------------------------------------ outcome

  /**
   * The report of an outcome: each rejected record with the problems it was read with and then the
   * import's reasons, at its position; the warnings for elements left out, then those of reading,
   * then the rule violations reported as warnings.
   */
  private static ImportResult result(
      ImportOutcome<Rec<?>> outcome,
      ImportOptions options,
      List<JsonProblem> documentProblems,
      List<JsonProblem> readWarnings) {
    List<RejectedRecord> rejected = new ArrayList<>();
    List<JsonProblem> warnings = new ArrayList<>();
    for (RecordOutcome<Rec<?>> o : outcome.records()) {
      ImportRecord<Rec<?>> record = o.record();
      Rec<?> at = record.origin();
      if (o.isRejected()) {
        List<JsonProblem> reasons = new ArrayList<>(at.problems);
        for (ImportReason reason : o.reasons()) {
          reasons.add(reason(reason, at));
        }
        rejected.add(RejectedRecord.of(record.type(), record.key(), at.location, reasons));
      } else {
        for (LeftOutElement e : o.leftOut()) {
          warnings.add(leftOut(record, e));
        }
      }
    }
    warnings.addAll(readWarnings);
    for (Violation v : outcome.warnings()) {
      warnings.add(ruleProblem(v, Severity.WARNING, JsonLocation.document()));
    }
    ImportReport report =
        ImportReport.of(
            options.mode(),
            options.dryRun(),
            outcome.counts(),
            rejected,
            documentProblems,
            warnings);
    return ImportResult.of(report, outcome.snapshot());
  }

  /** A reason of the core's as a problem at its record's position. */
  private static JsonProblem reason(ImportReason r, Rec<?> at) {
    String type = r.recordType().map(Importer::label).orElse("");
    String key = r.key().orElse("?");
    return switch (r.kind()) {
      case PARENT_REJECTED -> problem(ImportProblemCode.PARENT_REJECTED, at, type, key);
      case UNKNOWN_REFERENCE -> problem(ImportProblemCode.UNKNOWN_REFERENCE, at, type, key);
      case CONFLICTING_DUPLICATE -> problem(ImportProblemCode.CONFLICTING_DUPLICATE, at, type, key);
      case DOCUMENT_REJECTED -> problem(ImportProblemCode.DOCUMENT_REJECTED, at, r.count());
      case PROGRAMME_MISMATCH ->
          problem(
              ImportProblemCode.PROGRAMME_MISMATCH,
              at,
              r.programmes().get(0).value(),
              r.programmes().get(1).value());
      case RULE_VIOLATION -> ruleProblem(r.violation().orElseThrow(), Severity.ERROR, at.location);
    };
  }

  /**
   * The warning (IMPORT-006) for an element a kept record was kept without, at the element: what
   * was left out, why, and what is kept.
   */
  private static JsonProblem leftOut(ImportRecord<Rec<?>> record, LeftOutElement e) {
    Rec<?> at = record.origin();
    boolean unknown = e.because() == ImportReason.Kind.UNKNOWN_REFERENCE;
    String keptText = e.kept().isEmpty() ? "-" : String.join(", ", e.kept());
    ImportProblemCode code = ImportProblemCode.ELEMENT_LEFT_OUT;
    String type = label(record.type());
    String key = record.key().orElse("?");
    String elementType = label(e.type());
    ImportProblemCode because =
        unknown ? ImportProblemCode.UNKNOWN_REFERENCE : ImportProblemCode.PARENT_REJECTED;
    return JsonProblem.of(
        code.code(),
        Severity.WARNING,
        at.location.withPointer(at.location.pointer() + "/ikms/" + e.index()),
        code.englishMessage(
            type,
            key,
            elementType,
            e.key(),
            unknown ? "unknown: neither in the input nor in the target" : "rejected",
            keptText),
        code.indonesianMessage(
            type,
            key,
            elementType,
            e.key(),
            unknown ? "tidak dikenal: tidak ada dalam masukan maupun data tujuan" : "ditolak",
            keptText),
        List.of(type, key, elementType, e.key(), because.code(), keptText));
  }

  private static JsonProblem problem(ImportProblemCode code, Rec<?> at, Object... args) {
    return problem(code, Severity.ERROR, at.location, args);
  }

  private static JsonProblem problem(
      ImportProblemCode code, Severity severity, JsonLocation at, Object... args) {
    List<String> texts = new ArrayList<>(args.length);
    for (Object a : args) {
      texts.add(String.valueOf(a));
    }
    return JsonProblem.of(
        code.code(), severity, at, code.englishMessage(args), code.indonesianMessage(args), texts);
  }

  /** A rule violation as a problem at a location, with the rule's code and both messages. */
  static JsonProblem ruleProblem(Violation v, Severity severity, JsonLocation at) {
    return JsonProblem.of(
        v.code(),
        severity,
        at,
        v.message(Locale.ENGLISH),
        v.message(ReportCodecs.INDONESIAN),
        new ArrayList<>(v.arguments().values()));
  }

  /** A record type in words, for messages: {@code logbook entry}. */
  private static String label(RecordType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
