package io.github.ikmsdk.json;

import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.json.internal.JsonIn;
import io.github.ikmsdk.json.internal.VisitLogStream;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/**
 * Reads a visit log (log kunjungan) one visit at a time, in memory bounded by the largest visit,
 * however many visits the log holds. Obtain one from {@link IkmJson#visitLogReader}.
 *
 * <pre>{@code
 * try (VisitLogReader reader = json.visitLogReader(path)) {
 *   while (reader.hasNext()) {
 *     Visit visit = reader.next();
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>The header ({@code schemaVersion}, {@code kind}, {@code programme}) must come before the
 * {@code visits} array, as writers of this SDK write it. Problems of the header are thrown by
 * {@link IkmJson#visitLogReader}; {@link #hasNext()} throws a {@link JsonReadException} with every
 * problem of the first invalid visit, or of the document's end. In {@linkplain
 * UnknownFields#LENIENT lenient} mode the first {@link ReadLimits#maxProblems()} warnings are kept,
 * then one summary warning counts the rest.
 *
 * <p>Closing the reader closes the underlying input. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class VisitLogReader implements Iterator<Visit>, Closeable {

  private final JsonParser parser;
  private final JsonIn in;
  private final VisitLogStream stream;
  private Visit next;
  private boolean finished;

  VisitLogReader(JsonParser parser, UnknownFields unknownFields, ReadLimits limits) {
    this.parser = parser;
    this.in = new JsonIn(parser, unknownFields, limits);
    this.stream = new VisitLogStream(in, true);
    if (in.errorCount() > 0) {
      List<JsonProblem> problems = sorted(in.errors());
      close();
      throw new JsonReadException(problems);
    }
  }

  private static List<JsonProblem> sorted(List<JsonProblem> problems) {
    List<JsonProblem> copy = new ArrayList<>(problems);
    copy.sort(JsonIn.DOCUMENT_ORDER);
    return copy;
  }

  /**
   * Returns the programme of the log, from its header.
   *
   * @return the programme id, not null
   */
  public ProgrammeId programme() {
    return stream.programme();
  }

  /**
   * Returns whether another visit follows.
   *
   * @return true if {@link #next()} returns a visit
   * @throws JsonReadException if the next visit, or the end of the document, is invalid
   */
  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (finished) {
      return false;
    }
    Visit v = stream.next();
    if (v != null) {
      next = v;
      return true;
    }
    if (!stream.lastProblems().isEmpty()) {
      finished = true;
      throw new JsonReadException(stream.lastProblems());
    }
    finished = true;
    if (in.errorCount() > 0) {
      throw new JsonReadException(sorted(in.errors()));
    }
    return false;
  }

  /**
   * Returns the next visit.
   *
   * @return the visit, not null
   * @throws NoSuchElementException if there is no further visit
   * @throws JsonReadException if the next visit, or the end of the document, is invalid
   */
  @Override
  public Visit next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no further visit");
    }
    Visit v = next;
    next = null;
    return v;
  }

  /**
   * Returns the number of visits read so far, valid or not.
   *
   * @return the count
   */
  public long count() {
    return stream.lastIndex() + 1L;
  }

  /**
   * Returns the warnings kept so far: at most {@link ReadLimits#maxProblems()}, then a {@link
   * JsonProblemCode#TOO_MANY_PROBLEMS} summary of those left out.
   *
   * @return the warnings, not null
   */
  public List<JsonProblem> warnings() {
    return List.copyOf(in.warnings());
  }

  /**
   * Closes the reader and its input.
   *
   * @throws java.io.UncheckedIOException never; I/O errors on close are ignored
   */
  @Override
  public void close() {
    try {
      parser.close();
    } catch (JacksonException ignored) {
      // Nothing useful to report about an input that was only read.
    }
  }
}
