package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.json.JsonLocation;
import io.github.ikmsdk.json.JsonProblem;
import java.util.List;

/**
 * One record read from an array of a document (or a singleton section such as the programme): its
 * location, its key (id text, if readable), the value (null if invalid) and its problems.
 *
 * @param <T> the value type
 */
public final class Rec<T> {
  /** The index in its array, -1 for a singleton section. */
  public final int index;

  /** Where the record is: its JSON Pointer and the line and column of its first token. */
  public final JsonLocation location;

  /** The id text of the record, or null if it could not be read. */
  public final String key;

  /** The value, or null if the record is invalid. */
  public final T value;

  /** The errors found in the record; empty if valid. */
  public final List<JsonProblem> problems;

  Rec(int index, JsonLocation location, String key, T value, List<JsonProblem> problems) {
    this.index = index;
    this.location = location;
    this.key = key;
    this.value = value;
    this.problems = problems;
  }
}
