package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.json.JsonProblem;
import io.github.ikmsdk.json.JsonReadException;
import io.github.ikmsdk.json.ReadResult;
import io.github.ikmsdk.json.document.VisitLogDocument;
import java.util.ArrayList;
import java.util.List;

/** Reads a whole visit log into memory, listing every problem. */
public final class VisitLogs {

  private VisitLogs() {}

  /** Reads the log or throws the exception listing every problem. */
  public static ReadResult<VisitLogDocument> read(JsonIn in, boolean root) {
    VisitLogStream stream = new VisitLogStream(in, root);
    List<Visit> visits = new ArrayList<>();
    List<JsonProblem> recordErrors = new ArrayList<>();
    while (true) {
      Visit v = stream.next();
      if (v != null) {
        visits.add(v);
      } else if (!stream.lastProblems().isEmpty()) {
        recordErrors.addAll(stream.lastProblems());
      } else if (stream.isDone()) {
        break;
      }
    }
    if (!in.errors().isEmpty() || !recordErrors.isEmpty() || stream.programme() == null) {
      List<JsonProblem> errors = new ArrayList<>(in.errors());
      errors.addAll(recordErrors);
      List<JsonProblem> all = new ArrayList<>(JsonIn.capped(errors, in.limits()));
      all.addAll(in.warnings());
      all.sort(JsonIn.DOCUMENT_ORDER);
      throw new JsonReadException(all);
    }
    return ReadResult.of(VisitLogDocument.of(stream.programme(), visits), in.warnings());
  }
}
