package io.github.ikmsdk.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document read successfully, with the warnings found while reading it (for example unknown
 * fields in {@linkplain UnknownFields#LENIENT lenient} mode).
 *
 * <p>This class is immutable and thread-safe if the document is.
 *
 * @param <D> the document type
 * @since 0.1.0
 */
public final class ReadResult<D> {

  private final D document;
  private final ImmutableList<JsonProblem> warnings;

  private ReadResult(D document, ImmutableList<JsonProblem> warnings) {
    this.document = document;
    this.warnings = warnings;
  }

  /**
   * Returns a result.
   *
   * @param <D> the document type
   * @param document the document, not null
   * @param warnings the warnings, not null
   * @return the result, not null
   */
  public static <D> ReadResult<D> of(D document, List<JsonProblem> warnings) {
    return new ReadResult<>(checkNotNull(document, "document"), ImmutableList.copyOf(warnings));
  }

  /**
   * Returns the document.
   *
   * @return the document, not null
   */
  public D document() {
    return document;
  }

  /**
   * Returns the warnings, in document order.
   *
   * @return the warnings, empty if none, not null
   */
  public List<JsonProblem> warnings() {
    return warnings;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof ReadResult
            && ((ReadResult<?>) obj).document.equals(document)
            && ((ReadResult<?>) obj).warnings.equals(warnings));
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, warnings);
  }

  @Override
  public String toString() {
    return "ReadResult{document=" + document + ", warnings=" + warnings.size() + "}";
  }
}
