package io.github.ikmsdk.core.planning.programme;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.planning.visit.Shortfall;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.planning.visit.VisitPlanner;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans programme weeks with the public {@link VisitPlanner} and remembers each week's outcome.
 *
 * <p>The planner decides each mentor's ISO week on its own: how many IKM-weeks it covers depends
 * only on the days of that week inside the period (and on the calendar, leave, travel and the
 * request's facts), never on other weeks. So the outcome of a programme period is the sum of the
 * outcomes of its weeks, each clipped to the period, and a clipped week planned once serves every
 * period that clips it the same way. Full weeks are planned together in one run.
 */
final class WeekEvaluator {

  /** The outcome of one ISO week clipped to {@code [from, to]}. */
  static final class WeekOutcome {
    final ProgrammeWeek week;
    final int requiredIkmWeeks;
    final ImmutableList<Shortfall> shortfalls;

    WeekOutcome(ProgrammeWeek week, int requiredIkmWeeks, List<Shortfall> shortfalls) {
      this.week = week;
      this.requiredIkmWeeks = requiredIkmWeeks;
      this.shortfalls = ImmutableList.copyOf(shortfalls);
    }

    int uncoveredIkmWeeks() {
      return (int) shortfalls.stream().map(Shortfall::ikm).distinct().count();
    }

    int coveredIkmWeeks() {
      return requiredIkmWeeks - uncoveredIkmWeeks();
    }
  }

  private final PlanningRequest template;
  private final ProgrammeSnapshot snapshot;
  private final Map<List<LocalDate>, WeekOutcome> cache = new HashMap<>();
  private int planningRuns;

  WeekEvaluator(PlanningRequest template) {
    checkArgument(
        template.asOf().isEmpty(),
        "a programme not yet started is planned whole: the request must have no as-of date, was %s",
        template.asOf().orElse(null));
    this.template = template;
    this.snapshot = template.snapshot().withVisits(List.of());
  }

  /** Plans every full ISO week from the week of {@code first} to the week of {@code last}. */
  void prefetchFullWeeks(LocalDate first, LocalDate last) {
    LocalDate monday = IsoWeek.from(first).monday();
    LocalDate sunday = IsoWeek.from(last).monday().plusDays(6);
    if (!sunday.isBefore(monday)) {
      plan(monday, sunday);
    }
  }

  /** Plans a whole period in one run and returns the outcomes of its weeks, in order. */
  List<WeekOutcome> whole(LocalDate first, LocalDate last) {
    plan(first, last);
    return period(first, last);
  }

  /** The outcomes of the weeks of a period, in order. */
  List<WeekOutcome> period(LocalDate first, LocalDate last) {
    List<WeekOutcome> weeks = new ArrayList<>();
    LocalDate monday = IsoWeek.from(first).monday();
    while (!monday.isAfter(last)) {
      LocalDate sunday = monday.plusDays(6);
      LocalDate from = monday.isBefore(first) ? first : monday;
      LocalDate to = sunday.isAfter(last) ? last : sunday;
      weeks.add(week(from, to));
      monday = monday.plusWeeks(1);
    }
    return weeks;
  }

  /** The outcome of the days {@code [from, to]} of one ISO week. */
  WeekOutcome week(LocalDate from, LocalDate to) {
    List<LocalDate> key = List.of(from, to);
    WeekOutcome outcome = cache.get(key);
    if (outcome == null) {
      plan(from, to);
      outcome = cache.get(key);
    }
    return outcome;
  }

  /** How many planner runs this evaluator made. */
  int planningRuns() {
    return planningRuns;
  }

  /** Plans the period {@code [first, last]} and remembers the outcome of each of its weeks. */
  private void plan(LocalDate first, LocalDate last) {
    VisitPlan plan = VisitPlanner.standard().plan(template.withSnapshot(withPeriod(first, last)));
    planningRuns++;
    ImmutableListMultimap<IsoWeek, Shortfall> byWeek =
        Multimaps.index(plan.shortfalls(), Shortfall::week);
    int participants = snapshot.programme().participants().size();
    for (ProgrammeWeek w :
        snapshot
            .calendar()
            .programmeWeeks(
                first, last, snapshot.programme().policy().minWorkingDaysForRequiredWeek())) {
      int required = w.visitRequired() ? participants : 0;
      cache.put(
          List.of(w.firstDay(), w.lastDay()), new WeekOutcome(w, required, byWeek.get(w.week())));
    }
  }

  private ProgrammeSnapshot withPeriod(LocalDate first, LocalDate last) {
    Programme programme =
        Programme.builder().from(snapshot.programme()).startDate(first).endDate(last).build();
    return ProgrammeSnapshot.builder().from(snapshot).programme(programme).build();
  }
}
