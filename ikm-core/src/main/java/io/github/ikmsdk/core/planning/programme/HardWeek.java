package io.github.ikmsdk.core.planning.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.ikmsdk.core.calendar.Holiday;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.SpecialHours;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.internal.LocalizedText;
import io.github.ikmsdk.core.planning.visit.Remedy;
import io.github.ikmsdk.core.planning.visit.Shortfall;
import io.github.ikmsdk.core.planning.visit.ShortfallReason;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A programme week in which the strict rules cannot cover every required IKM-week (minggu sulit):
 * how many they cover, and why, with the holidays, cuti bersama and special hours (for example
 * Ramadan hours, when the calendar has them) of the week, the planner's shortfall reasons and the
 * remedies the policy allows.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HardWeek {

  private static final LocalizedText MESSAGES = LocalizedText.load(HardWeek.class, "messages");

  private final IsoWeek week;
  private final LocalDate firstDay;
  private final LocalDate lastDay;
  private final int workingDays;
  private final int requiredIkmWeeks;
  private final int coveredIkmWeeks;
  private final ImmutableList<Holiday> holidays;
  private final ImmutableList<SpecialHours> specialHours;
  private final ImmutableSortedMap<ShortfallReason, Integer> reasons;
  private final ImmutableList<Shortfall> shortfalls;
  private final ImmutableList<Remedy> remedies;

  private HardWeek(
      IsoWeek week,
      LocalDate firstDay,
      LocalDate lastDay,
      int workingDays,
      int requiredIkmWeeks,
      int coveredIkmWeeks,
      List<Holiday> holidays,
      List<SpecialHours> specialHours,
      List<Shortfall> shortfalls) {
    this.week = week;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.workingDays = workingDays;
    this.requiredIkmWeeks = requiredIkmWeeks;
    this.coveredIkmWeeks = coveredIkmWeeks;
    this.holidays = ImmutableList.copyOf(holidays);
    this.specialHours = ImmutableList.copyOf(specialHours);
    this.shortfalls = ImmutableList.copyOf(shortfalls);
    Map<ShortfallReason, Integer> counts = new EnumMap<>(ShortfallReason.class);
    Set<Remedy> offered = new LinkedHashSet<>();
    for (Shortfall s : this.shortfalls) {
      counts.merge(s.reason(), 1, Integer::sum);
      offered.addAll(s.remedies());
    }
    this.reasons = ImmutableSortedMap.copyOf(counts);
    this.remedies = ImmutableList.copyOf(offered);
  }

  static HardWeek of(WeekEvaluator.WeekOutcome outcome, WorkCalendar calendar) {
    LocalDate firstDay = outcome.week.firstDay();
    LocalDate lastDay = outcome.week.lastDay();
    ImmutableList.Builder<Holiday> days = ImmutableList.builder();
    Set<SpecialHours> special = new LinkedHashSet<>();
    for (LocalDate d = firstDay; !d.isAfter(lastDay); d = d.plusDays(1)) {
      days.addAll(calendar.holidays(d));
      calendar.specialHours(d).ifPresent(special::add);
    }
    return new HardWeek(
        outcome.week.week(),
        firstDay,
        lastDay,
        outcome.week.workingDays().size(),
        outcome.requiredIkmWeeks,
        outcome.coveredIkmWeeks(),
        days.build(),
        ImmutableList.copyOf(special),
        outcome.shortfalls);
  }

  /**
   * Returns a hard week (minggu sulit) with the given attributes, for example as read back from a
   * programme outlook; the {@linkplain #reasons() reasons} and {@linkplain #remedies() remedies}
   * are those of the shortfalls. {@link StartDateRanker} computes hard weeks from a calendar.
   *
   * @param week the ISO week, not null
   * @param firstDay the first day of the week inside the programme period, in {@code week}
   * @param lastDay the last day of the week inside the programme period, in {@code week}, not
   *     before {@code firstDay}
   * @param workingDays the working days from {@code firstDay} to {@code lastDay}, at most the days
   *     between them
   * @param requiredIkmWeeks the IKM-weeks that need a visit, at least 1
   * @param coveredIkmWeeks the IKM-weeks the strict rules can cover, from 0 to less than {@code
   *     requiredIkmWeeks}
   * @param holidays the holidays from {@code firstDay} to {@code lastDay}, by date
   * @param specialHours the distinct special-hours periods in effect on some day from {@code
   *     firstDay} to {@code lastDay}
   * @param shortfalls the planner's shortfalls, each of {@code week}
   * @return the hard week
   * @throws IllegalArgumentException if an argument breaks one of these conditions
   * @since 0.1.0
   */
  public static HardWeek of(
      IsoWeek week,
      LocalDate firstDay,
      LocalDate lastDay,
      int workingDays,
      int requiredIkmWeeks,
      int coveredIkmWeeks,
      List<Holiday> holidays,
      List<SpecialHours> specialHours,
      List<Shortfall> shortfalls) {
    checkNotNull(week, "week");
    checkArgument(
        week.contains(checkNotNull(firstDay, "firstDay")),
        "firstDay %s is not in week %s",
        firstDay,
        week);
    checkArgument(
        week.contains(checkNotNull(lastDay, "lastDay")),
        "lastDay %s is not in week %s",
        lastDay,
        week);
    checkArgument(
        !lastDay.isBefore(firstDay), "lastDay %s is before firstDay %s", lastDay, firstDay);
    long days = ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    checkArgument(
        workingDays >= 0 && workingDays <= days,
        "workingDays must be from 0 to the %s days from %s to %s, was %s",
        days,
        firstDay,
        lastDay,
        workingDays);
    checkArgument(
        requiredIkmWeeks >= 1, "requiredIkmWeeks must be at least 1, was %s", requiredIkmWeeks);
    checkArgument(
        coveredIkmWeeks >= 0 && coveredIkmWeeks < requiredIkmWeeks,
        "coveredIkmWeeks must be from 0 to less than requiredIkmWeeks %s, was %s",
        requiredIkmWeeks,
        coveredIkmWeeks);
    LocalDate previous = firstDay;
    for (Holiday h : holidays) {
      checkArgument(
          !h.date().isBefore(previous) && !h.date().isAfter(lastDay),
          "holiday %s is not from %s to %s in date order",
          h,
          firstDay,
          lastDay);
      previous = h.date();
    }
    checkArgument(
        specialHours.stream().distinct().count() == specialHours.size(),
        "specialHours must be distinct, were %s",
        specialHours);
    for (SpecialHours s : specialHours) {
      checkArgument(
          !s.firstDay().isAfter(lastDay) && !s.lastDay().isBefore(firstDay),
          "special hours %s are not in effect from %s to %s",
          s.name(),
          firstDay,
          lastDay);
    }
    for (Shortfall s : shortfalls) {
      checkArgument(s.week().equals(week), "shortfall %s is not of week %s", s, week);
    }
    return new HardWeek(
        week,
        firstDay,
        lastDay,
        workingDays,
        requiredIkmWeeks,
        coveredIkmWeeks,
        holidays,
        specialHours,
        shortfalls);
  }

  /**
   * Returns the ISO week.
   *
   * @return the week
   */
  public IsoWeek week() {
    return week;
  }

  /**
   * Returns the first day of the week inside the programme period.
   *
   * @return the first day
   */
  public LocalDate firstDay() {
    return firstDay;
  }

  /**
   * Returns the last day of the week inside the programme period.
   *
   * @return the last day
   */
  public LocalDate lastDay() {
    return lastDay;
  }

  /**
   * Returns the working days of the calendar from {@link #firstDay()} to {@link #lastDay()}.
   *
   * @return the number of working days
   */
  public int workingDays() {
    return workingDays;
  }

  /**
   * Returns the IKM-weeks of this week that need a visit.
   *
   * @return the required IKM-weeks
   */
  public int requiredIkmWeeks() {
    return requiredIkmWeeks;
  }

  /**
   * Returns the required IKM-weeks the strict rules can cover.
   *
   * @return the covered IKM-weeks, less than {@link #requiredIkmWeeks()}
   */
  public int coveredIkmWeeks() {
    return coveredIkmWeeks;
  }

  /**
   * Returns the required IKM-weeks the strict rules cannot cover.
   *
   * @return {@code requiredIkmWeeks() - coveredIkmWeeks()}, at least 1
   */
  public int uncoveredIkmWeeks() {
    return requiredIkmWeeks - coveredIkmWeeks;
  }

  /**
   * Returns the holidays and cuti bersama days of the week inside the period, weekends included.
   *
   * @return the holidays, by date
   */
  public List<Holiday> holidays() {
    return holidays;
  }

  /**
   * Returns whether the week holds Idul Fitri or its cuti bersama (minggu Lebaran): a holiday whose
   * name contains "Idul Fitri", as the decrees name them.
   *
   * @return whether it is a Lebaran week
   */
  public boolean lebaran() {
    return holidays.stream().anyMatch(h -> Ascii.toLowerCase(h.name()).contains("idul fitri"));
  }

  /**
   * Returns the special-hours periods (jam kerja khusus, for example Ramadan hours) in effect on
   * some day of the week, as the calendar holds them.
   *
   * @return the periods, in the order of the week's days
   */
  public List<SpecialHours> specialHours() {
    return specialHours;
  }

  /**
   * Returns how many uncovered IKM-weeks the planner gave each reason.
   *
   * @return the counts, by reason
   */
  public SortedMap<ShortfallReason, Integer> reasons() {
    return reasons;
  }

  /**
   * Returns the planner's explained shortfalls of the week.
   *
   * @return the shortfalls, in the planner's order
   */
  public List<Shortfall> shortfalls() {
    return shortfalls;
  }

  /**
   * Returns the remedies the policy allows that cover at least one more IKM-week of this week, as
   * the planner offered them; any one of them helps, several may be needed to cover every IKM-week.
   *
   * @return the distinct remedies, in the order offered
   */
  public List<Remedy> remedies() {
    return remedies;
  }

  /**
   * Explains the week in Bahasa Indonesia ({@code id}) or English (any other language).
   *
   * @param locale the locale, not null
   * @return the explanation, for example "Week 2027-W10 (2027-03-08 to 2027-03-14): 6 of 15
   *     IKM-weeks can be covered under the strict rules; 2 working days; days off: ..."
   */
  public String message(Locale locale) {
    StringBuilder out = new StringBuilder();
    out.append(
        MESSAGES.format(
            locale,
            "hardWeek",
            ImmutableMap.of(
                "week",
                week.toString(),
                "firstDay",
                firstDay.toString(),
                "lastDay",
                lastDay.toString(),
                "covered",
                coveredIkmWeeks,
                "required",
                requiredIkmWeeks,
                "workingDays",
                workingDays)));
    if (!holidays.isEmpty()) {
      String list =
          holidays.stream()
              .map(h -> h.name() + " (" + h.date() + ")")
              .collect(Collectors.joining(", "));
      out.append(MESSAGES.format(locale, "hardWeek.holidays", ImmutableMap.of("holidays", list)));
    }
    if (lebaran()) {
      out.append(MESSAGES.template(locale, "hardWeek.lebaran"));
    }
    if (!specialHours.isEmpty()) {
      String list = specialHours.stream().map(SpecialHours::name).collect(Collectors.joining(", "));
      out.append(MESSAGES.format(locale, "hardWeek.specialHours", ImmutableMap.of("names", list)));
    }
    out.append(
        MESSAGES.format(locale, "hardWeek.remedies", ImmutableMap.of("remedies", remedies.size())));
    return out.toString();
  }

  /**
   * Two hard weeks are equal when all their attributes are.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is an equal hard week
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof HardWeek)) {
      return false;
    }
    HardWeek o = (HardWeek) obj;
    return week.equals(o.week)
        && firstDay.equals(o.firstDay)
        && lastDay.equals(o.lastDay)
        && workingDays == o.workingDays
        && requiredIkmWeeks == o.requiredIkmWeeks
        && coveredIkmWeeks == o.coveredIkmWeeks
        && holidays.equals(o.holidays)
        && specialHours.equals(o.specialHours)
        && shortfalls.equals(o.shortfalls);
  }

  @Override
  public int hashCode() {
    return Objects.hash(week, firstDay, lastDay, requiredIkmWeeks, coveredIkmWeeks, shortfalls);
  }

  /**
   * Returns a text such as {@code HardWeek[2027-W10, 6/15]}.
   *
   * @return the week and its covered and required IKM-weeks
   */
  @Override
  public String toString() {
    return "HardWeek[" + week + ", " + coveredIkmWeeks + "/" + requiredIkmWeeks + "]";
  }
}
