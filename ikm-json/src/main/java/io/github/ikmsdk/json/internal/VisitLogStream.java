package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.json.JsonLocation;
import io.github.ikmsdk.json.JsonProblem;
import io.github.ikmsdk.json.JsonProblemCode;
import io.github.ikmsdk.json.document.DocumentKind;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads a visit log one visit at a time, in memory bounded by the largest visit: the header ({@code
 * schemaVersion}, {@code kind}, {@code programme}) must precede {@code visits}. Document-level
 * problems stay in the cursor; each visit's problems are handed out with it.
 */
public final class VisitLogStream {

  private static final String[] HEADER = {"schemaVersion", "kind", "programme", "visits"};

  private final JsonIn in;
  private final Readers r;
  private ProgrammeId programme;
  private int seen;
  private TokenStreamLocation rootStart;
  private boolean inVisits;
  private boolean done;
  private int index = -1;

  private String lastKey;
  private TokenStreamLocation lastStart;
  private List<JsonProblem> lastProblems = List.of();

  private final boolean root;

  /**
   * Creates a stream and reads the header up to the first visit.
   *
   * @param in the cursor
   * @param root true if the cursor is before the document's first token and the log is the whole
   *     input; false if it is on the log's first token inside a larger input
   */
  public VisitLogStream(JsonIn in, boolean root) {
    this.in = in;
    this.r = new Readers(in);
    this.root = root;
    try {
      JsonToken first = root ? in.next() : in.token();
      if (first == null) {
        in.error(JsonProblemCode.MALFORMED_JSON, "the input is empty");
        done = true;
      } else if (!in.object()) {
        done = true;
      } else {
        rootStart = in.location();
        readFields();
      }
    } catch (JacksonException e) {
      in.fatal(e);
      done = true;
    }
  }

  /** Reads root fields until the visits array starts or the root object ends. */
  private void readFields() {
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "schemaVersion" -> {
          orderCheck(f, 0);
          r.schemaVersion(DocumentKind.VISIT_LOG);
        }
        case "kind" -> {
          orderCheck(f, 1);
          r.kind(DocumentKind.VISIT_LOG);
        }
        case "programme" -> {
          orderCheck(f, 2);
          ProgrammeId id = in.value(Scalar.PROGRAMME_ID);
          if (programme == null) {
            programme = id;
          }
        }
        case "visits" -> {
          boolean again = (seen & 0b1000) != 0;
          seen = in.seen(seen, 3);
          if (again) {
            in.parser().skipChildren();
            continue;
          }
          for (int bit = 0; bit < 3; bit++) {
            if ((seen & (1 << bit)) == 0) {
              in.error(JsonProblemCode.HEADER_ORDER, HEADER[bit]);
            }
          }
          if (in.array()) {
            inVisits = true;
            return;
          }
        }
        default -> in.unknown(f);
      }
    }
    // End of the root object.
    in.require(rootStart, seen, 0b1111, HEADER);
    if (root && in.next() != null) {
      in.error(JsonProblemCode.TRAILING_CONTENT);
    }
    done = true;
  }

  private void orderCheck(String field, int bit) {
    seen = in.seen(seen, bit);
    if ((seen & 0b1000) != 0) {
      in.error(JsonProblemCode.HEADER_ORDER, field);
    }
  }

  /** Returns the programme id of the header, or null if absent or invalid. */
  public ProgrammeId programme() {
    return programme;
  }

  /**
   * Reads the next visit. Returns the visit, or null either at the end of the log (then {@link
   * #isDone()}) or when the visit is invalid (then {@link #lastProblems()} is not empty).
   */
  public Visit next() {
    lastProblems = List.of();
    lastKey = null;
    if (done) {
      return null;
    }
    try {
      if (!inVisits) {
        done = true;
        return null;
      }
      if (!in.nextElement()) {
        inVisits = false;
        readFields();
        return null;
      }
      index++;
      lastStart = in.location();
      long mark = in.errorCount();
      r.recordKey = null;
      Visit v = r.visit();
      lastKey = r.recordKey;
      if (in.errorCount() != mark) {
        lastProblems = in.takeErrorsSince(mark);
        return null;
      }
      return v;
    } catch (JacksonException e) {
      in.fatal(e);
      done = true;
      inVisits = false;
      return null;
    }
  }

  /** Whether the log has been read to its end (or stopped at a fatal error). */
  public boolean isDone() {
    return done;
  }

  /** The index of the last visit read. */
  public int lastIndex() {
    return index;
  }

  /**
   * Where the last visit read is: its pointer and the line and column of its first token. Made on
   * demand, since a valid visit of a long log seldom needs it.
   */
  public JsonLocation lastLocation() {
    return lastStart == null ? JsonLocation.document() : JsonIn.at("/visits/" + index, lastStart);
  }

  /** The id text of the last visit read, or null. */
  public String lastKey() {
    return lastKey;
  }

  /** The problems of the last visit read; empty if it was valid. */
  public List<JsonProblem> lastProblems() {
    return lastProblems;
  }

  /** The cursor, holding document-level problems and warnings. */
  public JsonIn cursor() {
    return in;
  }
}
