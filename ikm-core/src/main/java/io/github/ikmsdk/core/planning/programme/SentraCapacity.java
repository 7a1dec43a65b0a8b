package io.github.ikmsdk.core.planning.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.internal.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * How many mentors one sentra needs (kebutuhan pendamping per sentra) so that every required
 * IKM-week of its participants can be planned under the strict rules; see {@link MentorCapacity}
 * for the method.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SentraCapacity {

  private static final LocalizedText MESSAGES =
      LocalizedText.load(SentraCapacity.class, "messages");

  private final SentraId sentra;
  private final int ikms;
  private final int caseload;
  private final Optional<IsoWeek> hardestWeek;
  private final int hardestWeekCapacity;
  private final int lowerBound;
  private final OptionalInt mentorsNeeded;
  private final int assignedMentors;
  private final ImmutableList<Integer> uncovered;

  SentraCapacity(
      SentraId sentra,
      int ikms,
      int caseload,
      Optional<IsoWeek> hardestWeek,
      int hardestWeekCapacity,
      int lowerBound,
      OptionalInt mentorsNeeded,
      int assignedMentors,
      List<Integer> uncovered) {
    this.sentra = sentra;
    this.ikms = ikms;
    this.caseload = caseload;
    this.hardestWeek = hardestWeek;
    this.hardestWeekCapacity = hardestWeekCapacity;
    this.lowerBound = lowerBound;
    this.mentorsNeeded = mentorsNeeded;
    this.assignedMentors = assignedMentors;
    this.uncovered = ImmutableList.copyOf(uncovered);
  }

  /**
   * Returns the capacity of a sentra (kebutuhan pendamping per sentra) with the given attributes,
   * for example as read back from a programme outlook; {@link MentorCapacity} computes them.
   *
   * @param sentra the sentra, not null
   * @param ikms the participating IKMs of the sentra, at least 1
   * @param caseload the policy's caseload, at least 1
   * @param hardestWeek the required week in which one mentor covers the fewest IKMs, if known
   * @param hardestWeekCapacity the IKMs one mentor can cover in the hardest week, zero or more; 0
   *     without a hardest week
   * @param lowerBound the proven lower bound of the mentors needed, from 0 to {@code ikms}
   * @param mentorsNeeded the least number of mentors that covers every required IKM-week, from
   *     {@code lowerBound} to {@code ikms}; empty if no number does
   * @param assignedMentors the mentors the snapshot assigns to the sentra's IKMs, zero or more
   * @param uncoveredIkmWeeksByMentors the required IKM-weeks left uncovered with 0, 1, ... mentors:
   *     up to {@code mentorsNeeded}, where it is 0 for the first time, or, if no number suffices,
   *     up to {@code ikms}, never 0
   * @return the capacity
   * @throws IllegalArgumentException if an argument breaks one of these conditions
   * @since 0.1.0
   */
  public static SentraCapacity of(
      SentraId sentra,
      int ikms,
      int caseload,
      Optional<IsoWeek> hardestWeek,
      int hardestWeekCapacity,
      int lowerBound,
      OptionalInt mentorsNeeded,
      int assignedMentors,
      List<Integer> uncoveredIkmWeeksByMentors) {
    checkNotNull(sentra, "sentra");
    checkArgument(ikms >= 1, "ikms must be at least 1, was %s", ikms);
    checkArgument(caseload >= 1, "caseload must be at least 1, was %s", caseload);
    checkNotNull(hardestWeek, "hardestWeek");
    checkArgument(
        hardestWeekCapacity >= 0 && (hardestWeek.isPresent() || hardestWeekCapacity == 0),
        "hardestWeekCapacity must not be negative, and 0 without a hardest week, was %s",
        hardestWeekCapacity);
    checkArgument(
        lowerBound >= 0 && lowerBound <= ikms,
        "lowerBound must be from 0 to ikms %s, was %s",
        ikms,
        lowerBound);
    checkNotNull(mentorsNeeded, "mentorsNeeded");
    checkArgument(
        mentorsNeeded.isEmpty()
            || (mentorsNeeded.getAsInt() >= lowerBound && mentorsNeeded.getAsInt() <= ikms),
        "mentorsNeeded must be from lowerBound %s to ikms %s, was %s",
        lowerBound,
        ikms,
        mentorsNeeded);
    checkArgument(
        assignedMentors >= 0, "assignedMentors must not be negative, was %s", assignedMentors);
    List<Integer> uncovered = ImmutableList.copyOf(uncoveredIkmWeeksByMentors);
    int size = mentorsNeeded.orElse(ikms) + 1;
    checkArgument(
        uncovered.size() == size,
        "uncoveredIkmWeeksByMentors must have %s numbers (0 to %s mentors), had %s",
        size,
        size - 1,
        uncovered.size());
    for (int m = 0; m < size; m++) {
      int u = uncovered.get(m);
      boolean last = mentorsNeeded.isPresent() && m == size - 1;
      checkArgument(
          last ? u == 0 : u > 0,
          "uncoveredIkmWeeksByMentors must be positive up to mentorsNeeded and 0 at it, was %s"
              + " for %s mentors",
          u,
          m);
    }
    return new SentraCapacity(
        sentra,
        ikms,
        caseload,
        hardestWeek,
        hardestWeekCapacity,
        lowerBound,
        mentorsNeeded,
        assignedMentors,
        uncovered);
  }

  /**
   * Returns the sentra.
   *
   * @return the sentra id
   */
  public SentraId sentra() {
    return sentra;
  }

  /**
   * Returns the participating IKMs of the sentra.
   *
   * @return the number of IKMs
   */
  public int ikms() {
    return ikms;
  }

  /**
   * Returns the policy's caseload, the most IKMs one mentor may accompany (rule S2).
   *
   * @return the caseload
   */
  public int caseload() {
    return caseload;
  }

  /**
   * Returns the required week in which one mentor can cover the fewest of the sentra's IKMs, the
   * earliest such week on a tie.
   *
   * @return the week, empty if no week needs a visit or the sentra has more IKMs than the planner
   *     solves exactly together ({@link
   *     io.github.ikmsdk.core.planning.visit.VisitPlanner#MAX_EXACT_IKMS})
   */
  public Optional<IsoWeek> hardestWeek() {
    return hardestWeek;
  }

  /**
   * Returns how many of the sentra's IKMs one mentor can cover in the {@linkplain #hardestWeek()
   * hardest week}.
   *
   * @return the IKMs, 0 if there is no hardest week
   */
  public int hardestWeekCapacity() {
    return hardestWeekCapacity;
  }

  /**
   * Returns the proven lower bound: fewer mentors cannot cover every required IKM-week, because one
   * of them would have more IKMs than the caseload or than one mentor can cover in the hardest
   * week.
   *
   * @return the lower bound
   */
  public int lowerBound() {
    return lowerBound;
  }

  /**
   * Returns the mentors needed: the least number for which a split of the IKMs covers every
   * required IKM-week under the strict rules.
   *
   * @return the mentors, empty if no number of mentors covers every required IKM-week
   */
  public OptionalInt mentorsNeeded() {
    return mentorsNeeded;
  }

  /**
   * Returns whether {@link #mentorsNeeded()} is proven minimal: it equals the {@link
   * #lowerBound()}, so one mentor fewer leaves some week uncoverable.
   *
   * @return whether the minimum is proven
   */
  public boolean minimumProven() {
    return mentorsNeeded.isPresent() && mentorsNeeded.getAsInt() == lowerBound;
  }

  /**
   * Returns the mentors the snapshot assigns to the sentra's IKMs.
   *
   * @return the assigned mentors
   */
  public int assignedMentors() {
    return assignedMentors;
  }

  /**
   * Returns how many mentors the snapshot's assignment lacks.
   *
   * @return {@code max(0, mentorsNeeded - assignedMentors)}; 0 if no number suffices
   */
  public int shortBy() {
    return Math.max(0, mentorsNeeded.orElse(0) - assignedMentors);
  }

  /**
   * Returns the required IKM-weeks the strict rules leave uncovered with a number of mentors based
   * at the office, the IKMs split as {@link MentorCapacity} describes.
   *
   * @param mentors the number of mentors, zero or more
   * @return the uncovered IKM-weeks; 0 from {@link #mentorsNeeded()} on
   */
  public int uncoveredIkmWeeks(int mentors) {
    return uncovered.get(Math.min(Math.max(mentors, 0), uncovered.size() - 1));
  }

  /**
   * Returns {@link #uncoveredIkmWeeks(int)} for 0, 1, ... mentors, up to {@link #mentorsNeeded()}
   * (or the IKM count if no number suffices); more mentors leave as many uncovered as the last.
   *
   * @return the uncovered IKM-weeks by number of mentors, from 0
   */
  public List<Integer> uncoveredIkmWeeksByMentors() {
    return uncovered;
  }

  /** The most mentors worth allocating: more never cover more. */
  int usefulMentors() {
    return uncovered.size() - 1;
  }

  /**
   * Explains the answer in Bahasa Indonesia ({@code id}) or English (any other language).
   *
   * @param locale the locale, not null
   * @return the explanation
   */
  public String message(Locale locale) {
    ImmutableMap<String, Object> args =
        ImmutableMap.<String, Object>builder()
            .put("sentra", sentra.value())
            .put("ikms", ikms)
            .put("caseload", caseload)
            .put("needed", mentorsNeeded.orElse(0))
            .put("lowerBound", lowerBound)
            .put("week", hardestWeek.map(IsoWeek::toString).orElse("-"))
            .put("weekCapacity", hardestWeekCapacity)
            .put("assigned", assignedMentors)
            .put("shortBy", shortBy())
            .build();
    if (mentorsNeeded.isEmpty()) {
      return MESSAGES.format(locale, "capacity.impossible", args);
    }
    StringBuilder out = new StringBuilder(MESSAGES.format(locale, "capacity", args));
    out.append(' ')
        .append(
            MESSAGES.format(
                locale, minimumProven() ? "capacity.proven" : "capacity.notProven", args));
    out.append(' ').append(MESSAGES.format(locale, "capacity.assigned", args));
    return out.toString();
  }

  /**
   * Two capacities are equal when all their attributes are.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is an equal capacity
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof SentraCapacity)) {
      return false;
    }
    SentraCapacity o = (SentraCapacity) obj;
    return sentra.equals(o.sentra)
        && ikms == o.ikms
        && caseload == o.caseload
        && hardestWeek.equals(o.hardestWeek)
        && hardestWeekCapacity == o.hardestWeekCapacity
        && lowerBound == o.lowerBound
        && mentorsNeeded.equals(o.mentorsNeeded)
        && assignedMentors == o.assignedMentors
        && uncovered.equals(o.uncovered);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sentra, ikms, mentorsNeeded, uncovered);
  }

  /**
   * Returns a text such as {@code SentraCapacity[S-1: 5 IKMs, 2 mentors needed, 1 assigned]}.
   *
   * @return a summary
   */
  @Override
  public String toString() {
    return "SentraCapacity["
        + sentra
        + ": "
        + ikms
        + " IKMs, "
        + (mentorsNeeded.isPresent() ? mentorsNeeded.getAsInt() + " mentors needed" : "impossible")
        + ", "
        + assignedMentors
        + " assigned]";
  }
}
