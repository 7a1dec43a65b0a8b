package io.github.ikmsdk.json;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.json.internal.Writers;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a visit log (log kunjungan) one visit at a time, in constant memory. Obtain one from
 * {@link IkmJson#visitLogWriter}; the header is written at once, {@link #close()} ends the document
 * and closes the output.
 *
 * <p>Not thread-safe.
 *
 * @since 0.1.0
 */
public final class VisitLogWriter implements Closeable, Flushable {

  private final JsonGenerator generator;
  private long count;
  private boolean closed;

  VisitLogWriter(JsonGenerator generator, ProgrammeId programme) {
    this.generator = generator;
    try {
      Writers.visitLogStart(generator, programme);
    } catch (JacksonException e) {
      throw unchecked(e);
    }
  }

  private static UncheckedIOException unchecked(JacksonException e) {
    return new UncheckedIOException(new IOException(e.getOriginalMessage(), e));
  }

  /**
   * Writes a visit.
   *
   * @param visit the visit, not null
   * @return this writer
   * @throws IllegalStateException if the writer is closed
   * @throws UncheckedIOException if the output fails
   */
  public VisitLogWriter write(Visit visit) {
    checkNotNull(visit, "visit");
    checkState(!closed, "visit log writer is closed");
    try {
      Writers.visit(generator, visit);
    } catch (JacksonException e) {
      throw unchecked(e);
    }
    count++;
    return this;
  }

  /**
   * Returns the number of visits written.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * Flushes the output.
   *
   * @throws UncheckedIOException if the output fails
   */
  @Override
  public void flush() {
    try {
      generator.flush();
    } catch (JacksonException e) {
      throw unchecked(e);
    }
  }

  /**
   * Ends the document and closes the output; closing again has no effect.
   *
   * @throws UncheckedIOException if the output fails
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      Writers.visitLogEnd(generator);
      generator.close();
    } catch (JacksonException e) {
      throw unchecked(e);
    }
  }
}
