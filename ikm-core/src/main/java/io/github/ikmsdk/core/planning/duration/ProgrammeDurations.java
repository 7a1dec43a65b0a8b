package io.github.ikmsdk.core.planning.duration;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Derives a programme's duration (lama pendampingan) from its commodity and the complexity of the
 * industrial process (rule S6: 3-6 months depending on commodity and process, at most six).
 *
 * <p>The months are {@link ProcessComplexity#months(int, int)} of the commodity's range {@code
 * [minDurationMonths, maxDurationMonths]}; the result must also lie inside the policy's range
 * {@code [minDurationMonths, maxDurationMonths]} (default 3-6 months). For example coffee with a
 * range of 3-4 months and a {@link ProcessComplexity#COMPLEX complex} process gets 4 months: from
 * 14 August 2023 to 13 December 2023.
 *
 * <p>This class is a static utility and cannot be instantiated.
 *
 * @since 0.1.0
 */
public final class ProgrammeDurations {

  private ProgrammeDurations() {}

  /**
   * Returns the months a commodity's programme takes for a process complexity, without checking the
   * policy.
   *
   * @param commodity the commodity, not null
   * @param complexity the complexity of the industrial process, not null
   * @return whole months inside the commodity's duration range
   */
  public static int months(Commodity commodity, ProcessComplexity complexity) {
    checkNotNull(commodity, "commodity");
    checkNotNull(complexity, "complexity");
    return complexity.months(commodity.minDurationMonths(), commodity.maxDurationMonths());
  }

  /**
   * Returns whether a number of months lies inside the policy's duration range.
   *
   * @param months the number of months
   * @param policy the policy, not null
   * @return whether {@code policy.minDurationMonths() <= months <= policy.maxDurationMonths()}
   */
  public static boolean isAllowed(int months, ProgrammePolicy policy) {
    checkNotNull(policy, "policy");
    return months >= policy.minDurationMonths() && months <= policy.maxDurationMonths();
  }

  /**
   * Returns the duration of a commodity's programme from a first day.
   *
   * @param commodity the commodity, not null
   * @param complexity the complexity of the industrial process, not null
   * @param startDate the first day of mentoring, not null
   * @param policy the policy whose duration range applies, not null
   * @return the duration of {@link #months(Commodity, ProcessComplexity)} months from {@code
   *     startDate}
   * @throws IllegalArgumentException if those months lie outside the policy's range; the message
   *     names the commodity, the complexity, the months and the policy's range, for example
   *     "commodity TENUN (Tenun ikat songke), complex process: 8 months is outside the policy's
   *     range of 3-6 months"
   */
  public static ProgrammeDuration of(
      Commodity commodity,
      ProcessComplexity complexity,
      LocalDate startDate,
      ProgrammePolicy policy) {
    checkNotNull(startDate, "startDate");
    int months = months(commodity, complexity);
    if (!isAllowed(months, policy)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "commodity %s (%s), %s process: %s months is outside the policy's range of %s-%s"
                  + " months",
              commodity.id(),
              commodity.name(),
              complexity.name().toLowerCase(Locale.ROOT),
              months,
              policy.minDurationMonths(),
              policy.maxDurationMonths()));
    }
    return ProgrammeDuration.of(startDate, months);
  }
}
