package io.github.ikmsdk.core.planning.visit;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multiset;
import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.id.EntityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.internal.QualifyingVisit;
import io.github.ikmsdk.core.internal.QualifyingVisit.Counting;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.RemedyKind;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * One planning run of {@link VisitPlanner}: the request's facts indexed for the mentor tasks (kept
 * visits, weeks that cover, leave, remedies, the calendar's days and candidates), the mentor tasks
 * run serially or in parallel, and the plan assembled in its order.
 */
final class PlanningRun {

  /** Longer programmes leave the order of the planned visits to the plan's sort. */
  private static final int MAX_COUNTING_SORT_DAYS = 4 * 366;

  /**
   * The mentors planned together in parallel before their plans are handed over: enough to keep the
   * cores busy, few enough that the plans held at once stay small.
   */
  static final int BLOCK = 256;

  /** The order of a plan's shortfalls: week, mentor (none first), IKM. */
  static final Comparator<Shortfall> SHORTFALL_ORDER =
      Comparator.comparing(Shortfall::week)
          .thenComparing(s -> s.mentor().map(EntityId::value).orElse(""))
          .thenComparing(Shortfall::ikm);

  final PlanningRequest request;
  final ProgrammeSnapshot snapshot;
  final Programme programme;
  final ProgrammePolicy policy;
  final WorkCalendar calendar;
  final LocalDate from;
  final LocalDate end;
  final int minVisit;
  final int grid;
  final List<ProgrammeWeek> weeks;
  final Map<IkmId, Multiset<IsoWeek>> completedWeeks = new HashMap<>();
  final Map<MentorId, List<Visit>> completedByMentor = new HashMap<>();
  final Map<IkmId, List<Visit>> keptByIkm = new HashMap<>();

  /** The kept visits' ids that planned ids could take ({@link PlannedVisitIds#PREFIX}). */
  final Set<VisitId> keptIds = new HashSet<>();

  final List<Visit> kept = new ArrayList<>();
  final Map<MentorId, List<Remedy>> remedies = new HashMap<>();
  final Map<MentorId, List<MentorLeave>> leaves = new HashMap<>();
  final long firstEpochDay;
  final DaySchedule[] schedules;
  final ConcurrentHashMap<DaySchedule, CandidateStarts> normalCache = new ConcurrentHashMap<>();
  final ConcurrentHashMap<DaySchedule, CandidateStarts> breakCache = new ConcurrentHashMap<>();

  /** Per required week, its days with their calendar candidates; read-only once built. */
  final Map<IsoWeek, WeekDays> weekDays = new HashMap<>();

  PlanningRun(PlanningRequest request) {
    this.request = request;
    this.snapshot = request.snapshot();
    this.programme = snapshot.programme();
    this.policy = programme.policy();
    this.calendar = snapshot.calendar();
    LocalDate start = programme.startDate();
    this.from = request.asOf().filter(a -> a.isAfter(start)).orElse(start);
    this.end = programme.endDate();
    this.minVisit = policy.minVisitWorkingMinutes();
    this.grid = request.gridMinutes();
    List<ProgrammeWeek> required = new ArrayList<>();
    for (ProgrammeWeek w :
        calendar.programmeWeeks(start, end, policy.minWorkingDaysForRequiredWeek())) {
      if (w.visitRequired() && !w.lastDay().isBefore(from)) {
        required.add(w);
      }
    }
    this.weeks = ImmutableList.copyOf(required);
    this.firstEpochDay = start.toEpochDay();
    this.schedules = new DaySchedule[(int) (end.toEpochDay() - firstEpochDay + 1)];
    for (int i = 0; i < schedules.length; i++) {
      schedules[i] = calendar.schedule(start.plusDays(i));
    }
    for (Remedy r : request.remedies()) {
      remedies.computeIfAbsent(r.mentor(), k -> new ArrayList<>()).add(r);
    }
    Optional<LocalDate> asOf = request.asOf();
    Set<VisitId> listed = new HashSet<>();
    for (Visit v : snapshot.visits()) {
      // A later visit with the id of an earlier one is only IKM-R001: the first listed wins, and
      // the later one neither covers a week nor occupies its mentor's time, nor is it kept.
      if (!listed.add(v.id())) {
        continue;
      }
      boolean keep =
          v.status() != VisitStatus.PLANNED || (asOf.isPresent() && v.date().isBefore(asOf.get()));
      if (!keep) {
        continue;
      }
      kept.add(v);
      if (v.id().value().startsWith(PlannedVisitIds.PREFIX)) {
        // Only ids of the planned ids' form can collide with them: hold only those.
        keptIds.add(v.id());
      }
      if (v.status() == VisitStatus.COMPLETED) {
        if (counts(v)) {
          completedWeeks.computeIfAbsent(v.ikm(), k -> HashMultiset.create()).add(v.week());
        }
        completedByMentor.computeIfAbsent(v.mentor(), k -> new ArrayList<>()).add(v);
      }
      if (v.status() == VisitStatus.COMPLETED || v.status() == VisitStatus.PLANNED) {
        keptByIkm.computeIfAbsent(v.ikm(), k -> new ArrayList<>()).add(v);
      }
    }
    for (MentorLeave l : snapshot.leaves()) {
      leaves.computeIfAbsent(l.mentor(), k -> new ArrayList<>()).add(l);
    }
    for (ProgrammeWeek w : weeks) {
      weekDays.put(w.week(), new WeekDays(this, w.week()));
    }
  }

  /**
   * Whether a completed visit covers its week, as compliance counts it: dated inside the programme
   * period (so inside the clipped programme week) and holding the policy's minimum of working
   * minutes, by the calendar as changed by the visiting mentor's accepted remedies.
   */
  private boolean counts(Visit v) {
    LocalDate date = v.date();
    if (!programme.contains(date)) {
      return false;
    }
    DaySchedule schedule = calendarSchedule(date);
    boolean breaksCount = false;
    for (Remedy r : remedies.getOrDefault(v.mentor(), List.of())) {
      if (r.kind() == RemedyKind.VISIT_ACROSS_BREAK) {
        breaksCount |= r.week().equals(v.week());
      } else if (r.extraWorkingDay().isPresent() && r.extraWorkingDay().get().date().equals(date)) {
        schedule = r.extraWorkingDay().get().schedule();
      }
    }
    long minutes;
    if (breaksCount && schedule.isWorking()) {
      LocalTime dayStart = schedule.start().orElseThrow();
      LocalTime dayEnd = schedule.end().orElseThrow();
      LocalTime from = v.start().isBefore(dayStart) ? dayStart : v.start();
      boolean endsInSpan = dayEnd.equals(LocalTime.MIDNIGHT) || v.end().isBefore(dayEnd);
      LocalTime to = endsInSpan ? v.end() : dayEnd;
      minutes = to.isAfter(from) ? Duration.between(from, to).toMinutes() : 0;
    } else {
      minutes = schedule.workingMinutes(v.start(), v.end());
    }
    return QualifyingVisit.qualifies(snapshot, v, Counting.COMPLETED, minutes);
  }

  /** The days of a week with their calendar candidates. */
  WeekDays weekDays(IsoWeek week) {
    WeekDays days = weekDays.get(week);
    return days != null ? days : new WeekDays(this, week);
  }

  /** The calendar's schedule of a date inside the period. */
  DaySchedule calendarSchedule(LocalDate date) {
    long offset = date.toEpochDay() - firstEpochDay;
    if (offset >= 0 && offset < schedules.length) {
      return schedules[(int) offset];
    }
    return calendar.schedule(date);
  }

  CandidateStarts candidates(DaySchedule schedule, boolean breaksCount) {
    ConcurrentHashMap<DaySchedule, CandidateStarts> cache = breaksCount ? breakCache : normalCache;
    CandidateStarts c = cache.get(schedule);
    if (c == null) {
      c = CandidateStarts.of(schedule, minVisit, grid, breaksCount);
      CandidateStarts previous = cache.putIfAbsent(schedule, c);
      if (previous != null) {
        c = previous;
      }
    }
    return c;
  }

  /**
   * Returns the planned visits in the plan's order, so that sorting them is linear: a stable
   * counting sort by date and start of the mentors' visits, which come by mentor id and, per
   * mentor, in the plan's order.
   */
  List<Visit> inPlanOrder(List<MentorPlan> plans) {
    int total = 0;
    for (MentorPlan p : plans) {
      total += p.plannedVisits().size();
    }
    if (schedules.length > MAX_COUNTING_SORT_DAYS) {
      List<Visit> planned = new ArrayList<>(total);
      for (MentorPlan p : plans) {
        planned.addAll(p.plannedVisits());
      }
      return planned;
    }
    // Two passes over the plans, counting then placing, so that nothing but the result and the
    // counts is allocated.
    int[] counts = new int[schedules.length * CandidateStarts.MINUTES_PER_DAY + 1];
    for (MentorPlan p : plans) {
      for (Visit v : p.plannedVisits()) {
        counts[sortKey(v) + 1]++;
      }
    }
    for (int k = 1; k < counts.length; k++) {
      counts[k] += counts[k - 1];
    }
    Visit[] sorted = new Visit[total];
    for (MentorPlan p : plans) {
      for (Visit v : p.plannedVisits()) {
        sorted[counts[sortKey(v)]++] = v;
      }
    }
    return Arrays.asList(sorted);
  }

  /** The minute of the period at which a visit starts: the key of the plan's counting sort. */
  private int sortKey(Visit v) {
    return (int) (v.date().toEpochDay() - firstEpochDay) * CandidateStarts.MINUTES_PER_DAY
        + Minutes.minute(v.start());
  }

  boolean covered(IkmId ikm, IsoWeek week) {
    Multiset<IsoWeek> set = completedWeeks.get(ikm);
    return set != null && set.contains(week);
  }

  /** The kept completed visits of an IKM that count for a week, as {@link #covered} counts them. */
  int completedVisits(IkmId ikm, IsoWeek week) {
    Multiset<IsoWeek> set = completedWeeks.get(ikm);
    return set == null ? 0 : set.count(week);
  }

  /**
   * Plans the mentors one after the other, in id order, and hands each mentor's plan to the
   * consumer on the calling thread as soon as it and every plan before it are ready. In parallel,
   * blocks of {@link #BLOCK} mentors are planned at once, so that at most one block of plans is
   * held; serially, one mentor at a time.
   */
  PlanningSummary stream(Consumer<? super MentorPlan> consumer) {
    return stream(consumer, BLOCK);
  }

  /** As {@link #stream(Consumer)} with blocks of the given size in parallel, for tests. */
  PlanningSummary stream(Consumer<? super MentorPlan> consumer, int parallelBlock) {
    List<Shortfall> unassigned = new ArrayList<>();
    Map<MentorId, List<IkmId>> byMentor = new TreeMap<>();
    List<IkmId> participants = new ArrayList<>(programme.participants());
    participants.sort(null);
    for (IkmId ikm : participants) {
      Optional<MentorId> mentor = snapshot.mentorOf(ikm);
      ShortfallReason problem = null;
      if (mentor.isEmpty() || snapshot.mentor(mentor.get()).isEmpty()) {
        problem = ShortfallReason.NO_MENTOR_ASSIGNED;
      } else if (snapshot.ikm(ikm).isEmpty()) {
        problem = ShortfallReason.UNKNOWN_IKM;
      }
      if (problem == null) {
        byMentor.computeIfAbsent(mentor.get(), k -> new ArrayList<>()).add(ikm);
        continue;
      }
      int required = policy.minVisitsPerWeek();
      for (ProgrammeWeek w : weeks) {
        // One shortfall per missing visit, numbered as a mentor's plan numbers them.
        int completed = completedVisits(ikm, w.week());
        for (int ordinal = completed + 1; ordinal <= required; ordinal++) {
          Map<String, Long> numbers =
              required == 1
                  ? ImmutableMap.of()
                  : ImmutableMap.of(
                      "requiredVisits", (long) required,
                      "visitOrdinal", (long) ordinal,
                      "completedVisits", (long) completed,
                      "ikmPlannedVisits", 0L);
          unassigned.add(Shortfall.of(ikm, mentor, w.week(), problem, numbers, List.of()));
        }
      }
    }
    unassigned.sort(SHORTFALL_ORDER);
    List<MentorId> mentors = new ArrayList<>(byMentor.keySet());
    int total = mentors.size() * weeks.size();
    PlanningProgress progress = new PlanningProgress(request, total);
    int block = request.parallel() ? parallelBlock : 1;
    MentorPlan[] plans = new MentorPlan[Math.min(block, mentors.size())];
    int plannedVisits = 0;
    int shortfalls = 0;
    int uncovered = 0;
    for (int from = 0; from < mentors.size(); from += block) {
      if (progress.shouldStop()) {
        throw new PlanningCancelledException(progress.done.get(), total);
      }
      int first = from;
      int size = Math.min(block, mentors.size() - from);
      IntStream indexes = IntStream.range(0, size);
      if (size > 1) {
        indexes = indexes.parallel();
      }
      indexes.forEach(
          i -> {
            MentorId id = mentors.get(first + i);
            plans[i] = planMentor(id, byMentor.get(id), progress);
          });
      if (progress.cancelled.get()) {
        // Some mentor of the block stopped part way: hand over no partial plan.
        throw new PlanningCancelledException(progress.done.get(), total);
      }
      for (int i = 0; i < size; i++) {
        if (progress.shouldStop()) {
          // Cancelled, perhaps by the consumer itself: hand over nothing more.
          throw new PlanningCancelledException(progress.done.get(), total);
        }
        MentorPlan plan = plans[i];
        plans[i] = null;
        plannedVisits += plan.plannedVisits().size();
        shortfalls += plan.shortfalls().size();
        uncovered += plan.requiredIkmWeeks() - plan.coveredIkmWeeks();
        consumer.accept(plan);
      }
    }
    progress.finish();
    return PlanningSummary.of(
        mentors.size(),
        plannedVisits,
        shortfalls,
        uncovered,
        kept,
        unassigned,
        participants.size() * weeks.size());
  }

  private MentorPlan planMentor(MentorId id, List<IkmId> ikms, PlanningProgress progress) {
    MentorPlanner.Result result =
        new MentorPlanner(this, snapshot.mentor(id).get(), ikms, progress).run();
    return MentorPlan.of(id, ikms, result.visits, result.shortfalls, ikms.size() * weeks.size());
  }

  /**
   * Plans the whole request and holds the result: the mentors' plans merged in the plan's order.
   */
  VisitPlan execute() {
    List<MentorPlan> plans = new ArrayList<>();
    PlanningSummary summary = stream(plans::add);
    List<Shortfall> shortfalls = new ArrayList<>(summary.shortfalls());
    for (MentorPlan p : plans) {
      shortfalls.addAll(p.shortfalls());
    }
    shortfalls.addAll(summary.unassignedShortfalls());
    shortfalls.sort(SHORTFALL_ORDER);
    return VisitPlan.of(
        inPlanOrder(plans), summary.keptVisits(), shortfalls, summary.requiredIkmWeeks());
  }
}
