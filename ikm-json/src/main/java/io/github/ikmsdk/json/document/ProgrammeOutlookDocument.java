package io.github.ikmsdk.json.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.ikmsdk.core.planning.programme.CapacityReport;
import io.github.ikmsdk.core.planning.programme.StartDateRanking;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A programme outlook document (dokumen rencana program), with {@code kind} {@code
 * "programme-outlook"}: what a Dinas decides before a programme starts, namely the {@linkplain
 * StartDateRanking ranked start dates} (one ranking per programme, commodity or length), the
 * {@linkplain CapacityReport mentors each sentra needs}, and, for a given number of mentors, how
 * they would be shared out and which sentra fall short.
 *
 * <p>The document is a report for front ends: {@link io.github.ikmsdk.json.IkmJson} writes it, with
 * every explanation in English and Bahasa Indonesia, and reads it back equal, checking the derived
 * fields (counts, allocation, explanations' shape) against the content; the inputs to recompute it
 * are a {@link ProgrammeDocument} and the request's dates and lengths.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProgrammeOutlookDocument implements IkmDocument {

  private final ImmutableList<StartDateRanking> rankings;
  private final Optional<CapacityReport> capacity;
  private final OptionalInt mentorsAvailable;

  private ProgrammeOutlookDocument(Builder b) {
    this.rankings = ImmutableList.copyOf(b.rankings);
    this.capacity = b.capacity;
    this.mentorsAvailable = b.mentorsAvailable;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the start-date rankings, in the order added.
   *
   * @return the rankings, possibly empty
   */
  public List<StartDateRanking> rankings() {
    return rankings;
  }

  /**
   * Returns the mentor capacity report.
   *
   * @return the report, if added
   */
  public Optional<CapacityReport> capacity() {
    return capacity;
  }

  /**
   * Returns the number of mentors the Dinas has, for which the document shows {@link
   * CapacityReport#allocate(int)}.
   *
   * @return the mentors, if set
   */
  public OptionalInt mentorsAvailable() {
    return mentorsAvailable;
  }

  /**
   * Returns {@link DocumentKind#PROGRAMME_OUTLOOK}.
   *
   * @return the kind, not null
   */
  @Override
  public DocumentKind kind() {
    return DocumentKind.PROGRAMME_OUTLOOK;
  }

  /**
   * Two outlooks are equal when their rankings, capacity reports and mentors available are.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is an equal outlook
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof ProgrammeOutlookDocument)) {
      return false;
    }
    ProgrammeOutlookDocument o = (ProgrammeOutlookDocument) obj;
    return rankings.equals(o.rankings)
        && capacity.equals(o.capacity)
        && mentorsAvailable.equals(o.mentorsAvailable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rankings, capacity, mentorsAvailable);
  }

  @Override
  public String toString() {
    return "ProgrammeOutlookDocument{rankings="
        + rankings.size()
        + ", capacity="
        + capacity.isPresent()
        + ", mentorsAvailable="
        + (mentorsAvailable.isPresent() ? mentorsAvailable.getAsInt() : "-")
        + "}";
  }

  /** Builds {@link ProgrammeOutlookDocument}s; obtain one with {@link #builder()}. */
  public static final class Builder {
    private final List<StartDateRanking> rankings = new ArrayList<>();
    private Optional<CapacityReport> capacity = Optional.empty();
    private OptionalInt mentorsAvailable = OptionalInt.empty();

    private Builder() {}

    /**
     * Adds a start-date ranking.
     *
     * @param ranking the ranking, not null
     * @return this builder
     */
    public Builder addRanking(StartDateRanking ranking) {
      rankings.add(checkNotNull(ranking, "ranking"));
      return this;
    }

    /**
     * Sets the mentor capacity report.
     *
     * @param capacity the report, not null
     * @return this builder
     */
    public Builder capacity(CapacityReport capacity) {
      this.capacity = Optional.of(checkNotNull(capacity, "capacity"));
      return this;
    }

    /**
     * Sets the number of mentors the Dinas has; needs a {@linkplain #capacity(CapacityReport)
     * capacity report}.
     *
     * @param mentors the mentors, zero or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder mentorsAvailable(int mentors) {
      checkArgument(mentors >= 0, "mentors must not be negative, was %s", mentors);
      this.mentorsAvailable = OptionalInt.of(mentors);
      return this;
    }

    /**
     * Builds the document.
     *
     * @return the document
     * @throws IllegalArgumentException if mentors available are set without a capacity report
     */
    public ProgrammeOutlookDocument build() {
      checkArgument(
          mentorsAvailable.isEmpty() || capacity.isPresent(),
          "mentorsAvailable needs a capacity report");
      return new ProgrammeOutlookDocument(this);
    }
  }
}
