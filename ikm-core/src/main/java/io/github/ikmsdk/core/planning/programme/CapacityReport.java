package io.github.ikmsdk.core.planning.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.id.SentraId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The mentors a programme needs, sentra by sentra (laporan kebutuhan pendamping); see {@link
 * MentorCapacity}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CapacityReport {

  private final ProgrammeId programme;
  private final LocalDate start;
  private final LocalDate end;
  private final int assignedMentors;
  private final ImmutableList<SentraCapacity> sentra;

  CapacityReport(
      ProgrammeId programme,
      LocalDate start,
      LocalDate end,
      int assignedMentors,
      List<SentraCapacity> sentra) {
    this.programme = programme;
    this.start = start;
    this.end = end;
    this.assignedMentors = assignedMentors;
    this.sentra = ImmutableList.copyOf(sentra);
  }

  /**
   * Returns a report of the mentors a programme needs (laporan kebutuhan pendamping) with the given
   * attributes, for example as read back from a programme outlook; {@link MentorCapacity} computes
   * them.
   *
   * @param programme the programme, not null
   * @param start the first day of the period examined, not null
   * @param end the last day of the period examined, inclusive, not before {@code start}
   * @param assignedMentors the distinct mentors the snapshot assigns to participants, zero or more
   * @param sentra the capacity of each sentra with participants, by id, each once
   * @return the report
   * @throws IllegalArgumentException if an argument breaks one of these conditions
   * @since 0.1.0
   */
  public static CapacityReport of(
      ProgrammeId programme,
      LocalDate start,
      LocalDate end,
      int assignedMentors,
      List<SentraCapacity> sentra) {
    checkNotNull(programme, "programme");
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkArgument(!end.isBefore(start), "end %s is before start %s", end, start);
    checkArgument(
        assignedMentors >= 0, "assignedMentors must not be negative, was %s", assignedMentors);
    for (int i = 1; i < sentra.size(); i++) {
      checkArgument(
          sentra.get(i - 1).sentra().compareTo(sentra.get(i).sentra()) < 0,
          "sentra must be by id, each once, but %s follows %s",
          sentra.get(i).sentra(),
          sentra.get(i - 1).sentra());
    }
    return new CapacityReport(programme, start, end, assignedMentors, sentra);
  }

  /**
   * Returns the programme.
   *
   * @return the programme id
   */
  public ProgrammeId programme() {
    return programme;
  }

  /**
   * Returns the first day of the period examined.
   *
   * @return the programme's start
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day of the period examined.
   *
   * @return the programme's end, inclusive
   */
  public LocalDate end() {
    return end;
  }

  /**
   * Returns the capacity of each sentra with participants.
   *
   * @return the sentra, by id
   */
  public List<SentraCapacity> sentra() {
    return sentra;
  }

  /**
   * Returns the capacity of one sentra.
   *
   * @param id the sentra id, not null
   * @return the capacity, empty if the sentra has no participant
   */
  public Optional<SentraCapacity> sentra(SentraId id) {
    return sentra.stream().filter(s -> s.sentra().equals(id)).findFirst();
  }

  /**
   * Returns the mentors the programme needs: the sum over its sentra, since a mentor serves one
   * sentra (rule S2).
   *
   * @return the mentors, empty if some sentra cannot be covered by any number
   */
  public OptionalInt mentorsNeeded() {
    int total = 0;
    for (SentraCapacity s : sentra) {
      if (s.mentorsNeeded().isEmpty()) {
        return OptionalInt.empty();
      }
      total += s.mentorsNeeded().getAsInt();
    }
    return OptionalInt.of(total);
  }

  /**
   * Returns the distinct mentors the snapshot assigns to participants.
   *
   * @return the assigned mentors
   */
  public int assignedMentors() {
    return assignedMentors;
  }

  /**
   * Shares a number of mentors out among the sentra so that the fewest required IKM-weeks stay
   * uncovered under the strict rules, using {@link SentraCapacity#uncoveredIkmWeeks(int)}; no
   * sentra gets more than it needs. Among equally good shares, earlier sentra (by id) get more.
   *
   * @param mentors the mentors to share, zero or more
   * @return one allocation per sentra, by id
   * @throws IllegalArgumentException if {@code mentors} is negative
   */
  public List<SentraAllocation> allocate(int mentors) {
    checkArgument(mentors >= 0, "mentors must not be negative, was %s", mentors);
    int n = sentra.size();
    // best[i][b]: the fewest uncovered IKM-weeks of sentra i.. with b mentors.
    long[][] best = new long[n + 1][mentors + 1];
    for (int i = n - 1; i >= 0; i--) {
      SentraCapacity s = sentra.get(i);
      for (int b = 0; b <= mentors; b++) {
        long min = Long.MAX_VALUE;
        for (int m = 0; m <= Math.min(b, s.usefulMentors()); m++) {
          min = Math.min(min, s.uncoveredIkmWeeks(m) + best[i + 1][b - m]);
        }
        best[i][b] = min;
      }
    }
    ImmutableList.Builder<SentraAllocation> out = ImmutableList.builder();
    int budget = mentors;
    for (int i = 0; i < n; i++) {
      SentraCapacity s = sentra.get(i);
      int chosen = 0;
      for (int m = Math.min(budget, s.usefulMentors()); m >= 0; m--) {
        if (s.uncoveredIkmWeeks(m) + best[i + 1][budget - m] == best[i][budget]) {
          chosen = m;
          break;
        }
      }
      // Stop at the fewest mentors that reach the same total, so no sentra gets more than needed.
      while (chosen > 0
          && s.uncoveredIkmWeeks(chosen - 1) + best[i + 1][budget - chosen + 1] == best[i][budget]
          && s.uncoveredIkmWeeks(chosen - 1) == s.uncoveredIkmWeeks(chosen)) {
        chosen--;
      }
      budget -= chosen;
      out.add(
          new SentraAllocation(
              s.sentra(),
              chosen,
              s.mentorsNeeded().orElse(s.usefulMentors()),
              s.uncoveredIkmWeeks(chosen)));
    }
    return out.build();
  }

  /**
   * Two reports are equal when all their attributes are.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is an equal report
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof CapacityReport)) {
      return false;
    }
    CapacityReport o = (CapacityReport) obj;
    return programme.equals(o.programme)
        && start.equals(o.start)
        && end.equals(o.end)
        && assignedMentors == o.assignedMentors
        && sentra.equals(o.sentra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(programme, start, end, assignedMentors, sentra);
  }

  /**
   * Returns a text such as {@code CapacityReport[PRG-1, 2027-01-04..2027-07-03, 6 needed, 3
   * assigned]}.
   *
   * @return a summary
   */
  @Override
  public String toString() {
    return "CapacityReport["
        + programme
        + ", "
        + start
        + ".."
        + end
        + ", "
        + (mentorsNeeded().isPresent() ? mentorsNeeded().getAsInt() : "no number")
        + " needed, "
        + assignedMentors
        + " assigned]";
  }
}
