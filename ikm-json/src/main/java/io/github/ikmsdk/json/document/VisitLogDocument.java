package io.github.ikmsdk.json.document;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.visit.Visit;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A visit log document (log kunjungan): the visits (kunjungan) of one programme, with {@code kind}
 * {@code "visit-log"}. A visit log may hold millions of visits; to read or write one in bounded
 * memory use {@code IkmJson.visitLogReader} and {@code IkmJson.visitLogWriter} instead of this
 * in-memory form.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class VisitLogDocument implements IkmDocument {

  private final ProgrammeId programme;
  private final ImmutableList<Visit> visits;

  private VisitLogDocument(ProgrammeId programme, ImmutableList<Visit> visits) {
    this.programme = programme;
    this.visits = visits;
  }

  /**
   * Returns a visit log.
   *
   * @param programme the programme the visits belong to, not null
   * @param visits the visits in log order, not null, no null element
   * @return the document, not null
   */
  public static VisitLogDocument of(ProgrammeId programme, Iterable<Visit> visits) {
    return new VisitLogDocument(checkNotNull(programme, "programme"), ImmutableList.copyOf(visits));
  }

  /**
   * Returns the programme the visits belong to.
   *
   * @return the programme id, not null
   */
  public ProgrammeId programme() {
    return programme;
  }

  /**
   * Returns the visits in log order.
   *
   * @return the visits, not null
   */
  public List<Visit> visits() {
    return visits;
  }

  /**
   * Returns {@link DocumentKind#VISIT_LOG}.
   *
   * @return the kind, not null
   */
  @Override
  public DocumentKind kind() {
    return DocumentKind.VISIT_LOG;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof VisitLogDocument
            && ((VisitLogDocument) obj).programme.equals(programme)
            && ((VisitLogDocument) obj).visits.equals(visits));
  }

  @Override
  public int hashCode() {
    return Objects.hash(programme, visits);
  }

  @Override
  public String toString() {
    return "VisitLogDocument{programme=" + programme + ", visits=" + visits.size() + "}";
  }
}
