package io.github.ikmsdk.core.planning.visit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.ExtraWorkingDay;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.internal.LocalizedText;
import io.github.ikmsdk.core.programme.RemedyKind;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A concrete remedy (solusi) for a mentor's week that the strict rules cannot fully cover: one of
 * the {@link RemedyKind}s the programme policy allows, made specific.
 *
 * <table>
 *   <caption>Kinds and what applying them changes for the planner</caption>
 *   <tr><th>kind</th><th>effect</th></tr>
 *   <tr><td>{@link RemedyKind#SATURDAY_VISIT}</td>
 *       <td>the mentor may visit on the week's Saturday, with the hours of {@link
 *       #extraWorkingDay()}</td></tr>
 *   <tr><td>{@link RemedyKind#EXTENDED_DAY}</td>
 *       <td>one working day of the mentor ends later, as in {@link #extraWorkingDay()}</td></tr>
 *   <tr><td>{@link RemedyKind#VISIT_ACROSS_BREAK}</td>
 *       <td>in that week, every minute from a visit's start to its end counts as visit time,
 *       breaks included, as long as the visit lies within the day's working span</td></tr>
 * </table>
 *
 * <p>The planner offers a remedy only after re-solving the week with it and finding that it covers
 * at least one more IKM-week. Apply one with {@link PlanningRequest#withRemedy(Remedy)} and plan
 * again. A remedy changes what the planner may do for that mentor and week only; to have the
 * validator accept the resulting visits, the caller records the decision too, for example by adding
 * {@link #extraWorkingDay()} to the programme's calendar.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Remedy {

  private static final LocalizedText MESSAGES = LocalizedText.load(Remedy.class, "messages");

  private final RemedyKind kind;
  private final MentorId mentor;
  private final IsoWeek week;
  private final Optional<ExtraWorkingDay> extraWorkingDay;

  private Remedy(
      RemedyKind kind, MentorId mentor, IsoWeek week, Optional<ExtraWorkingDay> extraWorkingDay) {
    this.kind = kind;
    this.mentor = checkNotNull(mentor, "mentor");
    this.week = checkNotNull(week, "week");
    this.extraWorkingDay = extraWorkingDay;
  }

  /**
   * Returns a Saturday visit: the mentor may visit on a Saturday with the given hours.
   *
   * @param mentor the mentor, not null
   * @param saturday the Saturday and its hours, not null
   * @return the remedy
   * @throws IllegalArgumentException if the date is not a Saturday or the schedule is closed
   */
  public static Remedy saturdayVisit(MentorId mentor, ExtraWorkingDay saturday) {
    checkNotNull(saturday, "saturday");
    checkArgument(
        saturday.date().getDayOfWeek() == DayOfWeek.SATURDAY,
        "a Saturday visit needs a Saturday, was %s",
        saturday.date());
    checkArgument(
        saturday.schedule().isWorking(), "a Saturday visit needs working hours, was closed");
    return new Remedy(
        RemedyKind.SATURDAY_VISIT, mentor, IsoWeek.from(saturday.date()), Optional.of(saturday));
  }

  /**
   * Returns an extended day: one day of the mentor has the given, longer, hours.
   *
   * @param mentor the mentor, not null
   * @param day the day and its extended hours, not null
   * @return the remedy
   * @throws IllegalArgumentException if the schedule is closed
   */
  public static Remedy extendedDay(MentorId mentor, ExtraWorkingDay day) {
    checkNotNull(day, "day");
    checkArgument(day.schedule().isWorking(), "an extended day needs working hours, was closed");
    return new Remedy(RemedyKind.EXTENDED_DAY, mentor, IsoWeek.from(day.date()), Optional.of(day));
  }

  /**
   * Returns a visit across the break: in the week, breaks count as visit time for the mentor.
   *
   * @param mentor the mentor, not null
   * @param week the week, not null
   * @return the remedy
   */
  public static Remedy visitAcrossBreak(MentorId mentor, IsoWeek week) {
    return new Remedy(RemedyKind.VISIT_ACROSS_BREAK, mentor, week, Optional.empty());
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public RemedyKind kind() {
    return kind;
  }

  /**
   * Returns the mentor whose plan the remedy changes.
   *
   * @return the mentor id
   */
  public MentorId mentor() {
    return mentor;
  }

  /**
   * Returns the ISO week the remedy applies to.
   *
   * @return the week
   */
  public IsoWeek week() {
    return week;
  }

  /**
   * Returns the day and hours a Saturday visit or an extended day adds; add it to the calendar with
   * {@code calendar.toBuilder().addExtraWorkingDay(day)} to record the decision.
   *
   * @return the day, empty for {@link RemedyKind#VISIT_ACROSS_BREAK}
   */
  public Optional<ExtraWorkingDay> extraWorkingDay() {
    return extraWorkingDay;
  }

  /**
   * Returns the remedy described in Bahasa Indonesia ({@code id}) or English (any other language),
   * never depending on the JVM default locale.
   *
   * @param locale the locale, not null
   * @return the description, for example "Make Saturday 2023-08-19 a visiting day
   *     (07:30-11:30,13:00-16:30) for mentor M-01 in week 2023-W33."
   */
  public String message(Locale locale) {
    ImmutableMap.Builder<String, Object> args = ImmutableMap.builder();
    args.put("mentor", mentor.value()).put("week", week.toString());
    extraWorkingDay.ifPresent(
        day -> {
          DaySchedule schedule = day.schedule();
          args.put("date", day.date().toString())
              .put("hours", schedule.toString())
              .put("end", schedule.end().map(Object::toString).orElse(""));
        });
    return MESSAGES.format(locale, "remedy." + kind.name(), args.build());
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof Remedy)) {
      return false;
    }
    Remedy other = (Remedy) obj;
    return kind == other.kind
        && mentor.equals(other.mentor)
        && week.equals(other.week)
        && extraWorkingDay.equals(other.extraWorkingDay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, mentor, week, extraWorkingDay);
  }

  /**
   * Returns a text for logs, for example {@code Remedy[SATURDAY_VISIT M-01 2023-W33 2023-08-19
   * 07:30-11:30,13:00-16:30]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Remedy["
        + kind
        + " "
        + mentor
        + " "
        + week
        + extraWorkingDay.map(d -> " " + d.date() + " " + d.schedule()).orElse("")
        + "]";
  }
}
