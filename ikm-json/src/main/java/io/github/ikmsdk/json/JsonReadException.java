package io.github.ikmsdk.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a JSON document cannot be read; lists every problem found, not just the first
 * (kesalahan membaca JSON).
 *
 * <p>Each {@link JsonProblem} has a JSON Pointer, a line and column, a stable code and messages in
 * English and Bahasa Indonesia. The exception message holds the first problems, one per line. The
 * streaming {@link VisitLogReader} reports the problems of the first invalid visit.
 *
 * @since 0.1.0
 */
public final class JsonReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int MAX_IN_MESSAGE = 20;

  /** The problems; an ImmutableList, which is serializable. */
  private final ImmutableList<JsonProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not null, not empty, at least one an error
   * @throws IllegalArgumentException if there is no problem
   */
  public JsonReadException(List<JsonProblem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(List<JsonProblem> problems) {
    checkArgument(!problems.isEmpty(), "a read exception needs at least one problem");
    StringBuilder sb = new StringBuilder();
    sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    sb.append(" in JSON input / masalah pada masukan JSON:");
    for (int i = 0; i < Math.min(MAX_IN_MESSAGE, problems.size()); i++) {
      sb.append("\n  ").append(problems.get(i));
    }
    if (problems.size() > MAX_IN_MESSAGE) {
      sb.append("\n  ... and ").append(problems.size() - MAX_IN_MESSAGE).append(" more");
    }
    return sb.toString();
  }

  /**
   * Returns every problem found, errors and warnings, in document order.
   *
   * @return the problems, not null, not empty
   */
  public List<JsonProblem> problems() {
    return problems;
  }
}
