package io.github.ikmsdk.core.programme;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The numbers behind a programme's rules (kebijakan program), with the source's values as defaults,
 * each overridable.
 *
 * <table>
 *   <caption>Defaults and the source rule each comes from</caption>
 *   <tr><th>attribute</th><th>default</th><th>rule</th></tr>
 *   <tr><td>{@link #maxIkmsPerMentor()}</td><td>5</td><td>S2: one mentor, five IKMs</td></tr>
 *   <tr><td>{@link #oneSentraPerMentor()}</td><td>true</td><td>S2: in one sentra</td></tr>
 *   <tr><td>{@link #oneCommodityPerMentor()}</td><td>true</td><td>S2: same commodity</td></tr>
 *   <tr><td>{@link #minVisitsPerWeek()}</td><td>1</td><td>S3: at least once a week</td></tr>
 *   <tr><td>{@link #minVisitWorkingMinutes()}</td><td>240</td>
 *       <td>S4: at least four working hours</td></tr>
 *   <tr><td>{@link #siteToleranceMetres()}</td><td>250</td>
 *       <td>S5: at the production site</td></tr>
 *   <tr><td>{@link #minDurationMonths()} - {@link #maxDurationMonths()}</td><td>3 - 6</td>
 *       <td>S6: 3-6 months, at most six</td></tr>
 *   <tr><td>{@link #minWorkingDaysForRequiredWeek()}</td><td>1</td>
 *       <td>a partial week needs a visit if it has this many working days</td></tr>
 *   <tr><td>{@link #allowedRemedies()}</td><td>all</td>
 *       <td>what the planner may offer when a week cannot be covered</td></tr>
 *   <tr><td>{@link #returnToBase()}</td><td>true</td>
 *       <td>the mentor is back at the base by the end of the working day</td></tr>
 * </table>
 *
 * <p>Example: {@code ProgrammePolicy.builder().maxIkmsPerMentor(6).build()}. This class is
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ProgrammePolicy {

  private static final ProgrammePolicy DEFAULTS = builder().build();

  ProgrammePolicy() {}

  /**
   * Returns the policy with every default of the source.
   *
   * @return the default policy
   */
  public static ProgrammePolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the most IKMs one mentor may accompany (S2).
   *
   * @return at least 1; default 5
   */
  @Value.Default
  public int maxIkmsPerMentor() {
    return 5;
  }

  /**
   * Returns whether all of a mentor's IKMs must be in one sentra (S2).
   *
   * @return default true
   */
  @Value.Default
  public boolean oneSentraPerMentor() {
    return true;
  }

  /**
   * Returns whether all of a mentor's IKMs must have one commodity (S2).
   *
   * @return default true
   */
  @Value.Default
  public boolean oneCommodityPerMentor() {
    return true;
  }

  /**
   * Returns the least number of completed visits per IKM in each programme week that requires a
   * visit (S3).
   *
   * @return at least 1; default 1
   */
  @Value.Default
  public int minVisitsPerWeek() {
    return 1;
  }

  /**
   * Returns the least working minutes of a completed visit, breaks and non-working time excluded
   * (S4).
   *
   * @return at least 1; default 240 (four working hours)
   */
  @Value.Default
  public int minVisitWorkingMinutes() {
    return 240;
  }

  /**
   * Returns how far a recorded visit location may lie from the IKM's production site (S5).
   *
   * @return metres, at least 0; default 250
   */
  @Value.Default
  public int siteToleranceMetres() {
    return 250;
  }

  /**
   * Returns the shortest programme duration (S6).
   *
   * @return whole months, at least 1; default 3
   */
  @Value.Default
  public int minDurationMonths() {
    return 3;
  }

  /**
   * Returns the longest programme duration (S6).
   *
   * @return whole months, at least {@link #minDurationMonths()}; default 6
   */
  @Value.Default
  public int maxDurationMonths() {
    return 6;
  }

  /**
   * Returns how many working days inside the programme period an ISO week needs before a visit is
   * due in it; partial first and last weeks with fewer need no visit.
   *
   * @return at least 1; default 1
   */
  @Value.Default
  public int minWorkingDaysForRequiredWeek() {
    return 1;
  }

  /**
   * Returns the remedies the planner may offer when a week cannot be covered under the strict
   * rules.
   *
   * @return the allowed remedies; default all of {@link RemedyKind}
   */
  @Value.Default
  public Set<RemedyKind> allowedRemedies() {
    return Sets.immutableEnumSet(EnumSet.allOf(RemedyKind.class));
  }

  /**
   * Returns whether a mentor's working day ends back at the base (kembali ke kantor atau rumah):
   * after the last visit of a day the mentor travels back to the base and arrives by the end of the
   * day's working time. The planner plans and counts that leg and rule IKM-R308 checks it. False
   * lets the day end at the last visit's site, for mentors who live near their IKMs.
   *
   * @return default true
   */
  @Value.Default
  public boolean returnToBase() {
    return true;
  }

  /**
   * Returns a new builder; attributes left unset keep their defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProgrammePolicy} values; obtain one with {@link ProgrammePolicy#builder()}. */
  public static final class Builder extends ImmutableProgrammePolicy.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        maxIkmsPerMentor() >= 1, "maxIkmsPerMentor must be at least 1, was %s", maxIkmsPerMentor());
    checkArgument(
        minVisitsPerWeek() >= 1, "minVisitsPerWeek must be at least 1, was %s", minVisitsPerWeek());
    checkArgument(
        minVisitWorkingMinutes() >= 1,
        "minVisitWorkingMinutes must be at least 1, was %s",
        minVisitWorkingMinutes());
    checkArgument(
        siteToleranceMetres() >= 0,
        "siteToleranceMetres must not be negative, was %s",
        siteToleranceMetres());
    checkArgument(
        minDurationMonths() >= 1,
        "minDurationMonths must be at least 1, was %s",
        minDurationMonths());
    checkArgument(
        minDurationMonths() <= maxDurationMonths(),
        "minDurationMonths %s exceeds maxDurationMonths %s",
        minDurationMonths(),
        maxDurationMonths());
    checkArgument(
        minWorkingDaysForRequiredWeek() >= 1 && minWorkingDaysForRequiredWeek() <= 7,
        "minWorkingDaysForRequiredWeek must be in [1, 7], was %s",
        minWorkingDaysForRequiredWeek());
  }
}
