package io.github.ikmsdk.core.planning.visit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.internal.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A required visit the planner could not plan under the hard rules (kekurangan kunjungan): which
 * IKM, mentor and week, why ({@link ShortfallReason}), the numbers behind the reason, and the
 * remedies the policy allows that would cover it. When the policy asks for one visit a week a
 * shortfall stands for an IKM-week without a visit; when it asks for several ({@link
 * io.github.ikmsdk.core.programme.ProgrammePolicy#minVisitsPerWeek()} above 1) there is one
 * shortfall per missing visit, and {@code visitOrdinal} tells which of the week's required visits
 * it is.
 *
 * <p>The {@linkplain #numbers() numbers} are named, so front ends can build their own text; which
 * names appear depends on the reason:
 *
 * <table>
 *   <caption>Numbers</caption>
 *   <tr><th>name</th><th>meaning</th></tr>
 *   <tr><td>{@code ikmsToVisit}</td><td>visits the mentor still has to make that week: one per
 *       IKM not yet visited when the policy asks for one visit a week, otherwise the required
 *       visits less the qualifying completed ones, over the mentor's IKMs</td></tr>
 *   <tr><td>{@code plannedVisits}</td><td>visits the best plan fits into the week</td></tr>
 *   <tr><td>{@code minVisitWorkingMinutes}</td><td>minimum working minutes of a visit</td></tr>
 *   <tr><td>{@code neededWorkingMinutes}</td>
 *       <td>{@code ikmsToVisit * minVisitWorkingMinutes}</td></tr>
 *   <tr><td>{@code workingDays}</td>
 *       <td>working days of the week the mentor can use (in the period, not on leave, from
 *       the as-of date)</td></tr>
 *   <tr><td>{@code availableWorkingMinutes}</td><td>working minutes of those days</td></tr>
 *   <tr><td>{@code workingDaysInPeriod}</td>
 *       <td>working days of the week inside the period and from the as-of date</td></tr>
 *   <tr><td>{@code leaveDays}</td><td>of those, days the mentor is on leave</td></tr>
 *   <tr><td>{@code ikmClosedDays}</td>
 *       <td>usable days on which the IKM is closed (with several visits a week, or already has a
 *       recorded visit)</td></tr>
 *   <tr><td>{@code travelToBaseMinutes}</td>
 *       <td>({@link ShortfallReason#NO_TIME_TO_RETURN} only) the travel from the IKM back to the
 *       mentor's base</td></tr>
 *   <tr><td>{@code plannedWithoutWayHome}</td>
 *       <td>({@link ShortfallReason#NO_TIME_TO_RETURN} only) the visits the week would hold if
 *       the days ended at the last site</td></tr>
 *   <tr><td>{@code requiredVisits}</td>
 *       <td>(several visits a week only) the visits a week the policy asks for per IKM</td></tr>
 *   <tr><td>{@code visitOrdinal}</td>
 *       <td>(several visits a week only) which of them is missing, from 1: the IKM's
 *       {@code completedVisits + ikmPlannedVisits + 1}-th and later ones are short</td></tr>
 *   <tr><td>{@code completedVisits}</td>
 *       <td>(several visits a week only) the IKM's qualifying completed visits of the
 *       week</td></tr>
 *   <tr><td>{@code ikmPlannedVisits}</td>
 *       <td>(several visits a week only) the IKM's visits planned in the week</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Shortfall {

  private static final LocalizedText MESSAGES = LocalizedText.load(Shortfall.class, "messages");

  private final IkmId ikm;
  private final Optional<MentorId> mentor;
  private final IsoWeek week;
  private final ShortfallReason reason;
  private final ImmutableMap<String, Long> numbers;
  private final ImmutableList<Remedy> remedies;

  private Shortfall(
      IkmId ikm,
      Optional<MentorId> mentor,
      IsoWeek week,
      ShortfallReason reason,
      Map<String, Long> numbers,
      List<Remedy> remedies) {
    this.ikm = checkNotNull(ikm, "ikm");
    this.mentor = checkNotNull(mentor, "mentor");
    this.week = checkNotNull(week, "week");
    this.reason = checkNotNull(reason, "reason");
    this.numbers = ImmutableMap.copyOf(numbers);
    this.remedies = ImmutableList.copyOf(remedies);
  }

  /**
   * Returns a shortfall.
   *
   * @param ikm the IKM, not null
   * @param mentor its mentor, if it has one
   * @param week the week, not null
   * @param reason the reason, not null
   * @param numbers the named numbers, not null; kept in the given order
   * @param remedies the remedies that would cover it, not null
   * @return the shortfall
   */
  public static Shortfall of(
      IkmId ikm,
      Optional<MentorId> mentor,
      IsoWeek week,
      ShortfallReason reason,
      Map<String, Long> numbers,
      List<Remedy> remedies) {
    return new Shortfall(ikm, mentor, week, reason, numbers, remedies);
  }

  /**
   * Returns the IKM that misses a visit.
   *
   * @return the IKM id
   */
  public IkmId ikm() {
    return ikm;
  }

  /**
   * Returns the IKM's mentor.
   *
   * @return the mentor id, empty for {@link ShortfallReason#NO_MENTOR_ASSIGNED}
   */
  public Optional<MentorId> mentor() {
    return mentor;
  }

  /**
   * Returns the ISO week that misses the visit.
   *
   * @return the week
   */
  public IsoWeek week() {
    return week;
  }

  /**
   * Returns the reason.
   *
   * @return the reason
   */
  public ShortfallReason reason() {
    return reason;
  }

  /**
   * Returns the named numbers behind the reason (see the class documentation).
   *
   * @return the numbers, in a fixed order
   */
  public Map<String, Long> numbers() {
    return numbers;
  }

  /**
   * Returns one named number.
   *
   * @param name the name, for example {@code "neededWorkingMinutes"}
   * @return the number, or empty if this shortfall has none of that name
   */
  public Optional<Long> number(String name) {
    return Optional.ofNullable(numbers.get(checkNotNull(name, "name")));
  }

  /**
   * Returns the remedies the policy allows that cover at least one more IKM-week of this mentor and
   * week, in the order {@link io.github.ikmsdk.core.programme.RemedyKind} lists the kinds.
   *
   * @return the remedies, possibly empty
   */
  public List<Remedy> remedies() {
    return remedies;
  }

  /**
   * Returns the explanation in Bahasa Indonesia ({@code id}) or English (any other language), never
   * depending on the JVM default locale.
   *
   * @param locale the locale, not null
   * @return the message with the numbers filled in
   */
  public String message(Locale locale) {
    ImmutableMap.Builder<String, Object> args = ImmutableMap.builder();
    args.put("ikm", ikm.value())
        .put("mentor", mentor.map(MentorId::value).orElse("-"))
        .put("week", week.toString());
    args.putAll(numbers);
    ImmutableMap<String, Object> arguments = args.buildKeepingLast();
    String message = MESSAGES.format(locale, "shortfall." + reason.name(), arguments);
    if (!numbers.containsKey("visitOrdinal")) {
      return message;
    }
    return MESSAGES.format(
        locale,
        "shortfall.visitOrdinal",
        ImmutableMap.<String, Object>builder()
            .putAll(arguments)
            .put("message", message)
            .buildKeepingLast());
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof Shortfall)) {
      return false;
    }
    Shortfall other = (Shortfall) obj;
    return ikm.equals(other.ikm)
        && mentor.equals(other.mentor)
        && week.equals(other.week)
        && reason == other.reason
        && numbers.equals(other.numbers)
        && remedies.equals(other.remedies);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ikm, mentor, week, reason, numbers, remedies);
  }

  /**
   * Returns a text for logs, for example {@code Shortfall[2023-W33 IKM-05 M-01
   * NOT_ENOUGH_WORKING_TIME {ikmsToVisit=5, ...}]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Shortfall["
        + week
        + " "
        + ikm
        + " "
        + mentor.map(MentorId::value).orElse("-")
        + " "
        + reason
        + " "
        + numbers
        + (remedies.isEmpty() ? "" : " " + remedies)
        + "]";
  }
}
