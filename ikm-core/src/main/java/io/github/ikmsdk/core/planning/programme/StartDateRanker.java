package io.github.ikmsdk.core.planning.programme;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.planning.duration.ProgrammeDuration;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.planning.visit.VisitPlanner;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the candidate first days of a programme (pemeringkatan tanggal mulai) by the IKM-weeks the
 * strict rules can cover.
 *
 * <p>For each candidate start {@code d} the programme runs from {@code d} to {@code
 * d.plusMonths(months).minusDays(1)}. Its required IKM-weeks are those of rule S3 (every
 * participant, in every ISO week with at least {@link
 * io.github.ikmsdk.core.programme.ProgrammePolicy#minWorkingDaysForRequiredWeek()} working days in
 * the period), and its covered IKM-weeks those the {@link VisitPlanner} plans without remedies for
 * that period: the strict rules, with the calendar (holidays, cuti bersama, special hours such as
 * Ramadan hours when the calendar holds them), mentor leave, travel and the request's facts. The
 * result is exactly what {@code VisitPlanner.standard().plan(...)} gives for the programme with
 * that period; see {@link StartOption} for what each candidate reports.
 *
 * <p>Order: fewest uncovered IKM-weeks first, then most covered IKM-weeks, then the earlier start.
 *
 * <p>The calendar knows only the holidays it holds: a period that runs past the bundled years
 * ({@link io.github.ikmsdk.core.calendar.Holidays#coveredDates()}) looks free of holidays there.
 * Offer only starts whose programme ends inside the covered dates, or add the later decree with a
 * {@link io.github.ikmsdk.core.calendar.HolidayUpdate} first.
 *
 * <p>The planner decides each mentor's ISO week on its own, so the ranker plans each distinct week
 * (clipped to a period) once and sums: ranking the 52 Mondays of a year for six-month programmes
 * plans about 80 weeks instead of 52 × 27. This class has static methods only and is thread-safe.
 *
 * @since 0.1.0
 */
public final class StartDateRanker {

  private static final Comparator<StartOption> ORDER =
      Comparator.comparingInt(StartOption::uncoveredIkmWeeks)
          .thenComparing(Comparator.comparingInt(StartOption::coveredIkmWeeks).reversed())
          .thenComparing(StartOption::start);

  private StartDateRanker() {}

  /**
   * Ranks the candidate starts of a request.
   *
   * @param request the request, not null
   * @return the ranking, one option per candidate start
   */
  public static StartDateRanking rank(StartDateRequest request) {
    checkNotNull(request, "request");
    ProgrammeSnapshot snapshot = request.planning().snapshot();
    if (request.commodity().isPresent()) {
      snapshot = Participants.ofCommodity(snapshot, request.commodity().get());
    }
    PlanningRequest planning = request.planning().withSnapshot(snapshot);
    WorkCalendar calendar = snapshot.calendar();
    WeekEvaluator evaluator = new WeekEvaluator(planning);
    int months = request.months();
    evaluator.prefetchFullWeeks(
        request.starts().first(), ProgrammeDuration.endDate(request.starts().last(), months));
    Map<WeekEvaluator.WeekOutcome, HardWeek> hard = new IdentityHashMap<>();
    List<StartOption> options = new ArrayList<>();
    for (LocalDate start : request.starts()) {
      LocalDate end = ProgrammeDuration.endDate(start, months);
      List<WeekEvaluator.WeekOutcome> weeks = evaluator.period(start, end);
      int required = 0;
      int covered = 0;
      List<HardWeek> hardWeeks = new ArrayList<>();
      for (WeekEvaluator.WeekOutcome w : weeks) {
        required += w.requiredIkmWeeks;
        covered += w.coveredIkmWeeks();
        if (w.uncoveredIkmWeeks() > 0) {
          hardWeeks.add(hard.computeIfAbsent(w, o -> HardWeek.of(o, calendar)));
        }
      }
      options.add(
          new StartOption(0, start, end, months, weeks.size(), required, covered, hardWeeks));
    }
    options.sort(ORDER);
    for (int i = 0; i < options.size(); i++) {
      options.set(i, options.get(i).withRank(i + 1));
    }
    return new StartDateRanking(
        snapshot.programme().id(),
        request.commodity(),
        months,
        snapshot.programme().participants().size(),
        options);
  }
}
