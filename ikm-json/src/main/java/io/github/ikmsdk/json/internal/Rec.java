package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.json.JsonProblem;
import java.util.List;

/**
 * One record read from an array of a document (or a singleton section such as the programme): its
 * position, its key (id text, if readable), the value (null if invalid) and its problems.
 *
 * @param <T> the value type
 */
public final class Rec<T> {
  /** The index in its array, -1 for a singleton section. */
  public final int index;

  /** The JSON Pointer of the record. */
  public final String pointer;

  /** The id text of the record, or null if it could not be read. */
  public final String key;

  /** The value, or null if the record is invalid. */
  public final T value;

  /** The line of the record's first token. */
  public final long line;

  /** The column of the record's first token. */
  public final long column;

  /** The errors found in the record; empty if valid. */
  public final List<JsonProblem> problems;

  Rec(
      int index,
      String pointer,
      String key,
      T value,
      long line,
      long column,
      List<JsonProblem> problems) {
    this.index = index;
    this.pointer = pointer;
    this.key = key;
    this.value = value;
    this.line = line;
    this.column = column;
    this.problems = problems;
  }
}
