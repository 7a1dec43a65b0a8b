package io.github.ikmsdk.core.planning.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.internal.LocalizedText;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The mentors one sentra gets when a given number is shared out (alokasi pendamping), with what the
 * sentra then lacks; see {@link CapacityReport#allocate(int)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SentraAllocation {

  private static final LocalizedText MESSAGES =
      LocalizedText.load(SentraAllocation.class, "messages");

  private final SentraId sentra;
  private final int mentors;
  private final int needed;
  private final int uncoveredIkmWeeks;

  SentraAllocation(SentraId sentra, int mentors, int needed, int uncoveredIkmWeeks) {
    this.sentra = sentra;
    this.mentors = mentors;
    this.needed = needed;
    this.uncoveredIkmWeeks = uncoveredIkmWeeks;
  }

  /**
   * Returns an allocation of mentors (alokasi pendamping) with the given attributes, for example as
   * read back from a programme outlook; {@link CapacityReport#allocate(int)} computes them.
   *
   * @param sentra the sentra, not null
   * @param mentors the mentors the sentra gets, zero or more
   * @param needed the mentors the sentra needs, zero or more
   * @param uncoveredIkmWeeks the required IKM-weeks left uncovered with these mentors, zero or more
   * @return the allocation
   * @throws IllegalArgumentException if a number is negative
   * @since 0.1.0
   */
  public static SentraAllocation of(
      SentraId sentra, int mentors, int needed, int uncoveredIkmWeeks) {
    checkNotNull(sentra, "sentra");
    checkArgument(mentors >= 0, "mentors must not be negative, was %s", mentors);
    checkArgument(needed >= 0, "needed must not be negative, was %s", needed);
    checkArgument(
        uncoveredIkmWeeks >= 0,
        "uncoveredIkmWeeks must not be negative, was %s",
        uncoveredIkmWeeks);
    return new SentraAllocation(sentra, mentors, needed, uncoveredIkmWeeks);
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
   * Returns the mentors the sentra gets.
   *
   * @return the mentors
   */
  public int mentors() {
    return mentors;
  }

  /**
   * Returns the mentors the sentra needs, {@link SentraCapacity#mentorsNeeded()}, or its IKM count
   * if no number suffices.
   *
   * @return the mentors needed
   */
  public int needed() {
    return needed;
  }

  /**
   * Returns how many mentors the sentra lacks.
   *
   * @return {@code max(0, needed - mentors)}
   */
  public int shortBy() {
    return Math.max(0, needed - mentors);
  }

  /**
   * Returns the required IKM-weeks the strict rules leave uncovered with these mentors.
   *
   * @return the uncovered IKM-weeks
   */
  public int uncoveredIkmWeeks() {
    return uncoveredIkmWeeks;
  }

  /**
   * Explains the allocation in Bahasa Indonesia ({@code id}) or English (any other language).
   *
   * @param locale the locale, not null
   * @return the explanation
   */
  public String message(Locale locale) {
    return MESSAGES.format(
        locale,
        "allocation",
        ImmutableMap.of(
            "sentra", sentra.value(),
            "mentors", mentors,
            "needed", needed,
            "shortBy", shortBy(),
            "uncovered", uncoveredIkmWeeks));
  }

  /**
   * Two allocations are equal when all their attributes are.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is an equal allocation
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof SentraAllocation)) {
      return false;
    }
    SentraAllocation o = (SentraAllocation) obj;
    return sentra.equals(o.sentra)
        && mentors == o.mentors
        && needed == o.needed
        && uncoveredIkmWeeks == o.uncoveredIkmWeeks;
  }

  @Override
  public int hashCode() {
    return Objects.hash(sentra, mentors, needed, uncoveredIkmWeeks);
  }

  /**
   * Returns a text such as {@code SentraAllocation[S-1: 1 of 2, 4 uncovered]}.
   *
   * @return a summary
   */
  @Override
  public String toString() {
    return "SentraAllocation["
        + sentra
        + ": "
        + mentors
        + " of "
        + needed
        + ", "
        + uncoveredIkmWeeks
        + " uncovered]";
  }
}
