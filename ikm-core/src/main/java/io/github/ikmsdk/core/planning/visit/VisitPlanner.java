package io.github.ikmsdk.core.planning.visit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Iterables;
import com.google.common.hash.Hashing;
import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.ExtraWorkingDay;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.TimeWindow;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.geo.TravelModel;
import io.github.ikmsdk.core.id.EntityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.internal.QualifyingVisit;
import io.github.ikmsdk.core.internal.QualifyingVisit.Counting;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.RemedyKind;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Plans the weekly visits of a programme (perencanaan kunjungan): for every participating IKM and
 * every programme week that needs a visit, a dated visit with start and end times, or an explained
 * {@link Shortfall}.
 *
 * <h2>Hard rules</h2>
 *
 * <p>Every planned visit lies inside the programme period, on a working day of the calendar (after
 * the accepted {@linkplain Remedy remedies}), not on the mentor's leave, not on a day the IKM is
 * closed and inside its opening hours, starts and ends inside the day's working span, holds at
 * least {@link ProgrammePolicy#minVisitWorkingMinutes()} working minutes, and is located at the
 * IKM's production site. A mentor's day starts at the mentor's base at the start of the working
 * day: the first visit starts no earlier than the day start plus the travel from the base, and each
 * further visit no earlier than the previous visit's end plus the travel between the sites; kept
 * completed visits are respected the same way. Travel minutes come from the request's {@link
 * TravelModel}, rounded up to whole minutes.
 *
 * <h2>Objective, per mentor and ISO week</h2>
 *
 * <ol>
 *   <li>most IKM-weeks covered;
 *   <li>regularity: most IKMs visited on their target weekday and start time, where the target is
 *       the IKM's visit of the previous week (planned or kept) if it fell on the preferred weekday
 *       or there is no preference, otherwise the preferred weekday at any time;
 *   <li>least travel minutes: from the base to each day's first visit and between visits;
 *   <li>earliest in the week: least sum over visits of {@code dayOfWeek * 1440 + startMinute};
 *   <li>ties: a fixed order over IKMs sorted by id, days and start times.
 * </ol>
 *
 * <p>Visits start on a grid: the start of the day's first working window plus multiples of {@link
 * PlanningRequest#gridMinutes()} (default 15), inside a working window; each visit ends as soon as
 * it holds the minimum working minutes. The solution is exact on that grid for up to {@value
 * #MAX_EXACT_IKMS} IKMs per mentor; IKMs beyond that are planned in further groups of that size, in
 * id order, around the visits already placed. Each week's IKMs are those not covered by a kept
 * completed visit that counts for the week as compliance counts it (inside the programme period,
 * with at least the minimum working minutes; see the {@linkplain io.github.ikmsdk.core.compliance
 * compliance package}); a shorter completed visit still blocks its time but does not cover the
 * week. One visit per IKM-week is planned.
 *
 * <h2>Shortfalls and remedies</h2>
 *
 * <p>Each required IKM-week left uncovered gets a {@link Shortfall} with its reason, numbers,
 * messages in Bahasa Indonesia and English, and the remedies allowed by {@link
 * ProgrammePolicy#allowedRemedies()} that cover at least one more IKM-week of that mentor and week
 * when the week is solved again with them: a visit on the week's Saturday with Friday's hours; the
 * smallest extension of one day's end (in steps of 30 minutes, up to four hours, earliest day
 * first); counting breaks as visit time.
 *
 * <h2>Re-planning</h2>
 *
 * <p>With {@link PlanningRequest#asOf()} set, visits with status other than {@code PLANNED} and
 * visits dated before the as-of date are kept; planned visits from it on are replaced; only weeks
 * that end on or after it are planned, and only dates from it on get visits. Planning the
 * {@linkplain VisitPlan#applyTo(ProgrammeSnapshot) snapshot with a plan's visits} again with the
 * same request gives an equal plan. Planned visits get ids {@code P-<ikm>-<week>}, for example
 * {@code P-IKM-01-2023-W34}, with a suffix {@code -2}, {@code -3}, ... if a kept visit has that id.
 *
 * <p>The planner is deterministic: the same request gives the same plan, serial or parallel.
 * Cancellation throws {@link PlanningCancelledException}. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class VisitPlanner {

  /** The most IKMs of one mentor planned together exactly in one week. */
  public static final int MAX_EXACT_IKMS = 10;

  private static final VisitPlanner STANDARD = new VisitPlanner();
  private static final int MAX_EXTENSION_MINUTES = 240;
  private static final int EXTENSION_STEP_MINUTES = 30;

  /** Longer programmes leave the order of the planned visits to the plan's sort. */
  private static final int MAX_COUNTING_SORT_DAYS = 4 * 366;

  private VisitPlanner() {}

  /**
   * Returns the standard planner.
   *
   * @return the planner
   */
  public static VisitPlanner standard() {
    return STANDARD;
  }

  /**
   * Plans the visits of a request.
   *
   * @param request the request, not null
   * @return the plan
   * @throws PlanningCancelledException if the request's cancellation token is cancelled during the
   *     run
   */
  public VisitPlan plan(PlanningRequest request) {
    return new Run(checkNotNull(request, "request")).execute();
  }

  /**
   * Plans the alternative a remedy promises: the same as {@code plan(request.withRemedy(remedy))}.
   *
   * @param request the request, not null
   * @param remedy the remedy, not null
   * @return the alternative plan
   */
  public VisitPlan apply(PlanningRequest request, Remedy remedy) {
    return plan(request.withRemedy(remedy));
  }

  @Override
  public String toString() {
    return "VisitPlanner.standard()";
  }

  static int travelMinutes(TravelModel model, GeoPoint from, GeoPoint to) {
    Duration d = model.travelTime(from, to);
    long seconds = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
    long minutes = (seconds + 59) / 60;
    return (int) Math.min(minutes, WeekProblem.UNREACHABLE);
  }

  private static final LocalTime[] TIMES = new LocalTime[CandidateStarts.MINUTES_PER_DAY];

  static {
    for (int m = 0; m < TIMES.length; m++) {
      TIMES[m] = LocalTime.of(m / 60, m % 60);
    }
  }

  static LocalTime time(int minuteOfDay) {
    return TIMES[minuteOfDay];
  }

  static int minute(LocalTime time) {
    return time.getHour() * 60 + time.getMinute();
  }

  /** One planning run. */
  private static final class Run {
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
    final Map<IkmId, Set<IsoWeek>> completedWeeks = new HashMap<>();
    final Map<MentorId, List<Visit>> completedByMentor = new HashMap<>();
    final Map<IkmId, List<Visit>> keptByIkm = new HashMap<>();
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

    Run(PlanningRequest request) {
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
      for (Visit v : snapshot.visits()) {
        boolean keep =
            v.status() != VisitStatus.PLANNED
                || (asOf.isPresent() && v.date().isBefore(asOf.get()));
        if (!keep) {
          continue;
        }
        kept.add(v);
        keptIds.add(v.id());
        if (v.status() == VisitStatus.COMPLETED) {
          if (counts(v)) {
            completedWeeks.computeIfAbsent(v.ikm(), k -> new HashSet<>()).add(v.week());
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
     * Whether a completed visit covers its week, as compliance counts it: dated inside the
     * programme period (so inside the clipped programme week) and holding the policy's minimum of
     * working minutes, by the calendar as changed by the visiting mentor's accepted remedies.
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
        } else if (r.extraWorkingDay().isPresent()
            && r.extraWorkingDay().get().date().equals(date)) {
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
      ConcurrentHashMap<DaySchedule, CandidateStarts> cache =
          breaksCount ? breakCache : normalCache;
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
     * mentor, by IKM id within each date and start.
     */
    List<Visit> inPlanOrder(MentorResult[] results) {
      int total = 0;
      for (MentorResult r : results) {
        total += r.visits.size();
      }
      if (schedules.length > MAX_COUNTING_SORT_DAYS) {
        List<Visit> planned = new ArrayList<>(total);
        for (MentorResult r : results) {
          planned.addAll(r.visits);
        }
        return planned;
      }
      Visit[] all = new Visit[total];
      int[] keys = new int[total];
      int[] counts = new int[schedules.length * CandidateStarts.MINUTES_PER_DAY + 1];
      int i = 0;
      for (MentorResult r : results) {
        for (Visit v : r.visits) {
          int key =
              (int) (v.date().toEpochDay() - firstEpochDay) * CandidateStarts.MINUTES_PER_DAY
                  + minute(v.start());
          all[i] = v;
          keys[i] = key;
          counts[key + 1]++;
          i++;
        }
      }
      for (int k = 1; k < counts.length; k++) {
        counts[k] += counts[k - 1];
      }
      Visit[] sorted = new Visit[total];
      for (int j = 0; j < total; j++) {
        sorted[counts[keys[j]]++] = all[j];
      }
      return Arrays.asList(sorted);
    }

    boolean covered(IkmId ikm, IsoWeek week) {
      Set<IsoWeek> set = completedWeeks.get(ikm);
      return set != null && set.contains(week);
    }

    /**
     * Adds a {@link ShortfallReason#MORE_VISITS_REQUIRED} shortfall for every required IKM-week
     * that is not already short but holds fewer planned and completed visits than the policy asks
     * for.
     */
    private void explainFurtherVisits(
        List<IkmId> participants, List<Visit> planned, List<Shortfall> shortfalls) {
      int required = policy.minVisitsPerWeek();
      Map<IkmId, Map<IsoWeek, Set<VisitId>>> visits = new HashMap<>();
      for (Visit v : Iterables.concat(planned, kept)) {
        if (v.status() != VisitStatus.CANCELLED
            && v.status() != VisitStatus.MISSED
            && programme.contains(v.date())) {
          visits
              .computeIfAbsent(v.ikm(), k -> new HashMap<>())
              .computeIfAbsent(v.week(), k -> new HashSet<>())
              .add(v.id());
        }
      }
      Set<String> alreadyShort = new HashSet<>();
      for (Shortfall s : shortfalls) {
        alreadyShort.add(s.ikm() + "@" + s.week());
      }
      for (IkmId ikm : participants) {
        for (ProgrammeWeek w : weeks) {
          if (alreadyShort.contains(ikm + "@" + w.week())) {
            continue;
          }
          int have = visits.getOrDefault(ikm, Map.of()).getOrDefault(w.week(), Set.of()).size();
          if (have < required) {
            shortfalls.add(
                Shortfall.of(
                    ikm,
                    snapshot.mentorOf(ikm),
                    w.week(),
                    ShortfallReason.MORE_VISITS_REQUIRED,
                    ImmutableMap.of(
                        "requiredVisits", (long) required,
                        "plannedVisits", (long) have,
                        "missingVisits", (long) (required - have)),
                    List.of()));
          }
        }
      }
    }

    VisitPlan execute() {
      List<Shortfall> shortfalls = new ArrayList<>();
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
        for (ProgrammeWeek w : weeks) {
          if (!covered(ikm, w.week())) {
            shortfalls.add(
                Shortfall.of(ikm, mentor, w.week(), problem, ImmutableMap.of(), List.of()));
          }
        }
      }
      List<MentorId> mentors = new ArrayList<>(byMentor.keySet());
      int total = mentors.size() * weeks.size();
      Progress progress = new Progress(request, total);
      MentorResult[] results = new MentorResult[mentors.size()];
      IntStream indexes = IntStream.range(0, mentors.size());
      if (request.parallel()) {
        indexes = indexes.parallel();
      }
      indexes.forEach(
          i -> {
            MentorId id = mentors.get(i);
            results[i] =
                new MentorTask(this, snapshot.mentor(id).get(), byMentor.get(id), progress).run();
          });
      if (progress.cancelled.get()) {
        throw new PlanningCancelledException(progress.done.get(), total);
      }
      progress.finish();
      for (MentorResult r : results) {
        shortfalls.addAll(r.shortfalls);
      }
      List<Visit> planned = inPlanOrder(results);
      if (policy.minVisitsPerWeek() > 1) {
        explainFurtherVisits(participants, planned, shortfalls);
      }
      shortfalls.sort(
          Comparator.comparing(Shortfall::week)
              .thenComparing(s -> s.mentor().map(EntityId::value).orElse(""))
              .thenComparing(Shortfall::ikm));
      return VisitPlan.of(planned, kept, shortfalls, participants.size() * weeks.size());
    }
  }

  /**
   * The seven days of a week with, per day, whether it lies in the planned range and the calendar's
   * candidates without and with breaks counted ({@link CandidateStarts#NONE} on days that are not
   * working days).
   */
  private static final class WeekDays {
    final String text;
    final LocalDate[] dates = new LocalDate[7];
    final boolean[] inRange = new boolean[7];
    final CandidateStarts[] normal = new CandidateStarts[7];
    final CandidateStarts[] withBreaks = new CandidateStarts[7];

    WeekDays(Run run, IsoWeek week) {
      this.text = week.toString();
      LocalDate monday = week.monday();
      for (int i = 0; i < 7; i++) {
        LocalDate date = monday.plusDays(i);
        dates[i] = date;
        inRange[i] = !date.isBefore(run.from) && !date.isAfter(run.end);
        DaySchedule s = run.calendarSchedule(date);
        normal[i] = s.isWorking() ? run.candidates(s, false) : CandidateStarts.NONE;
        withBreaks[i] = s.isWorking() ? run.candidates(s, true) : CandidateStarts.NONE;
      }
    }
  }

  /** Progress reporting and cancellation shared by the mentor tasks. */
  private static final class Progress {
    final PlanningListener listener;
    final Optional<CancellationToken> token;
    final int total;
    final int step;
    final AtomicInteger done = new AtomicInteger();
    final AtomicBoolean cancelled = new AtomicBoolean();
    private int reported = -1;

    Progress(PlanningRequest request, int total) {
      this.listener = request.listener();
      this.token = request.cancellation();
      this.total = total;
      this.step = Math.max(1, total / 1000);
    }

    boolean shouldStop() {
      if (cancelled.get()) {
        return true;
      }
      if (token.isPresent() && token.get().isCancelled()) {
        cancelled.set(true);
        return true;
      }
      return false;
    }

    void weekDone() {
      int d = done.incrementAndGet();
      if (d % step == 0 || d == total) {
        report(d);
      }
    }

    synchronized void report(int d) {
      if (d > reported) {
        reported = d;
        listener.onProgress(d, total);
      }
    }

    synchronized void finish() {
      if (reported < total) {
        reported = total;
        listener.onProgress(total, total);
      }
    }
  }

  private static final class MentorResult {
    final List<Visit> visits;
    final List<Shortfall> shortfalls;

    MentorResult(List<Visit> visits, List<Shortfall> shortfalls) {
      this.visits = visits;
      this.shortfalls = shortfalls;
    }
  }

  /** The outcome of one mentor-week: per IKM index the planned (date, start, end) or a miss. */
  private static final class WeekOutcome {
    final LocalDate[] date;
    final int[] start;
    final int[] end;
    final int planned;
    final List<LocalDate> usableDays;

    /** Per IKM index: whether it has an allowed candidate on some usable day. */
    final boolean[] reachable;

    final int[] unavailableDays;

    WeekOutcome(int n, List<LocalDate> usableDays, int planned) {
      this.date = new LocalDate[n];
      this.start = new int[n];
      this.end = new int[n];
      this.reachable = new boolean[n];
      this.unavailableDays = new int[n];
      this.usableDays = usableDays;
      this.planned = planned;
    }
  }

  /** Plans all weeks of one mentor. */
  private static final class MentorTask {
    final Run run;
    final Mentor mentor;
    final MentorId id;
    final List<IkmId> ikms;
    final int n;
    final GeoPoint[] sites;
    final int[] baseTravel;
    final int[][] travel;
    final TimeWindow[] opening;
    final Set<LocalDate>[] closedDays;
    final Set<DayOfWeek>[] closedWeekdays;
    final DayOfWeek[] preferred;
    final int[] lastDow;
    final int[] lastStart;
    final Map<LocalDate, DaySchedule> overrides = new HashMap<>();
    final Set<IsoWeek> breakWeeks = new HashSet<>();
    final List<MentorLeave> leaves;
    final List<Visit> completed;
    final Progress progress;

    @SuppressWarnings({"unchecked", "rawtypes"})
    MentorTask(Run run, Mentor mentor, List<IkmId> ikms, Progress progress) {
      this.run = run;
      this.mentor = mentor;
      this.id = mentor.id();
      this.ikms = ikms;
      this.progress = progress;
      this.n = ikms.size();
      this.sites = new GeoPoint[n];
      this.opening = new TimeWindow[n];
      this.closedDays = new Set[n];
      this.closedWeekdays = new Set[n];
      this.preferred = new DayOfWeek[n];
      this.lastDow = new int[n];
      this.lastStart = new int[n];
      TravelModel model = run.request.travelModel();
      for (int i = 0; i < n; i++) {
        IkmId ikm = ikms.get(i);
        sites[i] = run.snapshot.ikm(ikm).get().productionSite();
        opening[i] = run.request.openingHours().get(ikm);
        closedDays[i] = run.request.closedDays().getOrDefault(ikm, Set.of());
        closedWeekdays[i] = run.request.closedWeekdays().getOrDefault(ikm, Set.of());
        preferred[i] = run.request.preferredWeekdays().get(ikm);
        lastDow[i] = -1;
        lastStart[i] = -1;
      }
      this.baseTravel = new int[n];
      this.travel = new int[n][n];
      for (int i = 0; i < n; i++) {
        baseTravel[i] = travelMinutes(model, mentor.base(), sites[i]);
        for (int j = 0; j < n; j++) {
          travel[i][j] = i == j ? 0 : travelMinutes(model, sites[i], sites[j]);
        }
      }
      for (Remedy r : run.remedies.getOrDefault(id, List.of())) {
        if (r.kind() == RemedyKind.VISIT_ACROSS_BREAK) {
          breakWeeks.add(r.week());
        } else {
          r.extraWorkingDay().ifPresent(d -> overrides.put(d.date(), d.schedule()));
        }
      }
      this.leaves = run.leaves.getOrDefault(id, List.of());
      this.completed = run.completedByMentor.getOrDefault(id, List.of());
    }

    boolean onLeave(LocalDate date) {
      for (MentorLeave l : leaves) {
        if (l.contains(date)) {
          return true;
        }
      }
      return false;
    }

    boolean closed(int i, LocalDate date) {
      return closedDays[i].contains(date) || closedWeekdays[i].contains(date.getDayOfWeek());
    }

    DaySchedule schedule(LocalDate date, Map<LocalDate, DaySchedule> extra) {
      DaySchedule s = extra.isEmpty() ? null : extra.get(date);
      if (s == null && !overrides.isEmpty()) {
        s = overrides.get(date);
      }
      return s != null ? s : run.calendarSchedule(date);
    }

    boolean inRange(LocalDate date) {
      return !date.isBefore(run.from) && !date.isAfter(run.end);
    }

    MentorResult run() {
      List<Visit> visits = new ArrayList<>();
      List<Shortfall> shortfalls = new ArrayList<>();
      if (!run.weeks.isEmpty()) {
        rememberKept(run.weeks.get(0).week().plusWeeks(-1));
      }
      for (ProgrammeWeek pw : run.weeks) {
        if (progress.shouldStop()) {
          return new MentorResult(visits, shortfalls);
        }
        IsoWeek week = pw.week();
        WeekDays weekDays = run.weekDays(week);
        List<Integer> toPlan = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          if (!run.covered(ikms.get(i), week)) {
            toPlan.add(i);
          }
        }
        boolean breaks = breakWeeks.contains(week);
        WeekOutcome out = solveWeek(week, toPlan, Map.of(), breaks);
        List<Remedy> offered = null;
        for (int i : toPlan) {
          if (out.date[i] != null) {
            visits.add(visit(i, weekDays.text, out));
          } else {
            if (offered == null) {
              offered = remedies(week, toPlan, out, breaks);
            }
            shortfalls.add(shortfall(i, week, toPlan.size(), out, offered));
          }
        }
        rememberKept(week);
        for (int i : toPlan) {
          if (out.date[i] != null) {
            lastDow[i] = out.date[i].getDayOfWeek().getValue() - 1;
            lastStart[i] = out.start[i];
          }
        }
        progress.weekDone();
      }
      return new MentorResult(visits, shortfalls);
    }

    /** Takes the kept visits of a week as the IKMs' latest visit times. */
    private void rememberKept(IsoWeek week) {
      for (int i = 0; i < n; i++) {
        Visit earliest = null;
        for (Visit v : run.keptByIkm.getOrDefault(ikms.get(i), List.of())) {
          if (v.week().equals(week)
              && (earliest == null || VisitPlan.VISIT_ORDER.compare(v, earliest) < 0)) {
            earliest = v;
          }
        }
        if (earliest != null) {
          lastDow[i] = earliest.date().getDayOfWeek().getValue() - 1;
          lastStart[i] = minute(earliest.start());
        }
      }
    }

    private Visit visit(int i, String week, WeekOutcome out) {
      IkmId ikm = ikms.get(i);
      return Visit.builder()
          .id(visitId(ikm, week))
          .mentor(id)
          .ikm(ikm)
          .date(out.date[i])
          .start(time(out.start[i]))
          .end(time(out.end[i]))
          .location(sites[i])
          .status(VisitStatus.PLANNED)
          .build();
    }

    private VisitId visitId(IkmId ikm, String week) {
      String base = "P-" + ikm.value() + "-" + week;
      if (base.length() > EntityId.MAX_LENGTH - 4) {
        base =
            "P-"
                + Hashing.sha256()
                    .hashString(ikm.value(), StandardCharsets.UTF_8)
                    .toString()
                    .substring(0, 16)
                + "-"
                + week;
      }
      VisitId candidate = VisitId.of(base);
      for (int k = 2; !run.keptIds.isEmpty() && run.keptIds.contains(candidate); k++) {
        candidate = VisitId.of(base + "-" + k);
      }
      return candidate;
    }

    WeekOutcome solveWeek(
        IsoWeek week, List<Integer> toPlan, Map<LocalDate, DaySchedule> extra, boolean breaks) {
      List<LocalDate> days = new ArrayList<>(7);
      List<CandidateStarts> cands = new ArrayList<>(7);
      WeekDays weekDays = run.weekDays(week);
      for (int i = 0; i < 7; i++) {
        LocalDate date = weekDays.dates[i];
        if (!weekDays.inRange[i] || onLeave(date)) {
          continue;
        }
        CandidateStarts c;
        if ((extra.isEmpty() || !extra.containsKey(date))
            && (overrides.isEmpty() || !overrides.containsKey(date))) {
          c = breaks ? weekDays.withBreaks[i] : weekDays.normal[i];
        } else {
          DaySchedule s = schedule(date, extra);
          if (!s.isWorking()) {
            continue;
          }
          c = run.candidates(s, breaks);
        }
        if (c.size() > 0) {
          days.add(date);
          cands.add(c);
        }
      }
      WeekOutcome out = new WeekOutcome(n, days, 0);
      List<int[]> extraObstacles = new ArrayList<>();
      int planned = 0;
      for (int from = 0; from < toPlan.size(); from += MAX_EXACT_IKMS) {
        List<Integer> chunk = toPlan.subList(from, Math.min(toPlan.size(), from + MAX_EXACT_IKMS));
        int m = chunk.size();
        WeekProblem.Builder b = WeekProblem.builder(m);
        for (int d = 0; d < days.size(); d++) {
          b.addDay(days.get(d).getDayOfWeek().getValue() - 1, cands.get(d));
        }
        for (int a = 0; a < m; a++) {
          int i = chunk.get(a);
          b.travelFromBase(a, baseTravel[i]);
          for (int c = 0; c < m; c++) {
            b.travel(a, c, travel[i][chunk.get(c)]);
          }
          if (opening[i] != null) {
            b.window(a, windowStart(i), windowEnd(i));
          }
          int targetDow = -1;
          int targetStart = -1;
          int pref = preferred[i] == null ? -1 : preferred[i].getValue() - 1;
          if (lastDow[i] >= 0 && (pref < 0 || pref == lastDow[i])) {
            targetDow = lastDow[i];
            targetStart = lastStart[i];
          } else if (pref >= 0) {
            targetDow = pref;
          }
          b.target(a, targetDow, targetStart);
        }
        for (int d = 0; d < days.size(); d++) {
          LocalDate date = days.get(d);
          for (int a = 0; a < m; a++) {
            if (closed(chunk.get(a), date)) {
              b.closed(a, d);
            }
          }
          for (Visit v : completed) {
            if (v.date().equals(date)) {
              GeoPoint site =
                  run.snapshot.ikm(v.ikm()).map(Ikm::productionSite).or(v::location).orElse(null);
              addObstacle(b, d, minute(v.start()), minute(v.end()), site, chunk);
            }
          }
          for (int[] o : extraObstacles) {
            if (o[0] == d) {
              int[] to = new int[m];
              int[] back = new int[m];
              for (int a = 0; a < m; a++) {
                to[a] = travel[chunk.get(a)][o[3]];
                back[a] = travel[o[3]][chunk.get(a)];
              }
              b.obstacle(d, o[1], o[2], to, back);
            }
          }
        }
        WeekProblem problem = b.build();
        WeekSolver.Solution sol = WeekSolver.solve(problem);
        for (int a = 0; a < m; a++) {
          int i = chunk.get(a);
          boolean any = false;
          int unavailable = 0;
          for (int d = 0; d < days.size(); d++) {
            if (problem.lo[a][d] <= problem.hi[a][d]) {
              any = true;
            } else {
              unavailable++;
            }
          }
          out.reachable[i] = any;
          out.unavailableDays[i] = unavailable;
          int d = sol.day[a];
          if (d >= 0) {
            CandidateStarts c = problem.candidates[d];
            out.date[i] = days.get(d);
            out.start[i] = c.starts[sol.candidate[a]];
            out.end[i] = c.ends[sol.candidate[a]];
            extraObstacles.add(new int[] {d, out.start[i], out.end[i], i});
            planned++;
          }
        }
      }
      WeekOutcome result = new WeekOutcome(n, days, planned);
      System.arraycopy(out.date, 0, result.date, 0, n);
      System.arraycopy(out.start, 0, result.start, 0, n);
      System.arraycopy(out.end, 0, result.end, 0, n);
      System.arraycopy(out.reachable, 0, result.reachable, 0, n);
      System.arraycopy(out.unavailableDays, 0, result.unavailableDays, 0, n);
      return result;
    }

    private void addObstacle(
        WeekProblem.Builder b, int d, int start, int end, GeoPoint site, List<Integer> chunk) {
      int m = chunk.size();
      int[] to = new int[m];
      int[] back = new int[m];
      TravelModel model = run.request.travelModel();
      if (site != null) {
        for (int a = 0; a < m; a++) {
          to[a] = travelMinutes(model, sites[chunk.get(a)], site);
          back[a] = travelMinutes(model, site, sites[chunk.get(a)]);
        }
      }
      b.obstacle(d, start, end, to, back);
    }

    private List<Remedy> remedies(
        IsoWeek week, List<Integer> toPlan, WeekOutcome out, boolean breaks) {
      Set<RemedyKind> allowed = run.policy.allowedRemedies();
      List<Remedy> result = new ArrayList<>(3);
      if (allowed.contains(RemedyKind.SATURDAY_VISIT)) {
        LocalDate saturday = week.day(DayOfWeek.SATURDAY);
        DaySchedule hours = saturdayHours();
        if (inRange(saturday)
            && !onLeave(saturday)
            && !schedule(saturday, Map.of()).isWorking()
            && hours.isWorking()
            && solveWeek(week, toPlan, Map.of(saturday, hours), breaks).planned > out.planned) {
          result.add(
              Remedy.saturdayVisit(
                  id, ExtraWorkingDay.of(saturday, hours, "Kunjungan hari Sabtu")));
        }
      }
      if (allowed.contains(RemedyKind.EXTENDED_DAY)) {
        search:
        for (int ext = EXTENSION_STEP_MINUTES;
            ext <= MAX_EXTENSION_MINUTES;
            ext += EXTENSION_STEP_MINUTES) {
          for (LocalDate date : out.usableDays) {
            Optional<DaySchedule> longer = extend(schedule(date, Map.of()), ext);
            if (longer.isPresent()
                && extensionMayHelp(date, longer.get(), toPlan, breaks)
                && solveWeek(week, toPlan, Map.of(date, longer.get()), breaks).planned
                    > out.planned) {
              result.add(
                  Remedy.extendedDay(
                      id, ExtraWorkingDay.of(date, longer.get(), "Perpanjangan jam kerja")));
              break search;
            }
          }
        }
      }
      if (allowed.contains(RemedyKind.VISIT_ACROSS_BREAK) && !breaks) {
        boolean anyBreak = false;
        for (LocalDate date : out.usableDays) {
          anyBreak |= !schedule(date, Map.of()).breaks().isEmpty();
        }
        if (anyBreak && solveWeek(week, toPlan, Map.of(), true).planned > out.planned) {
          result.add(Remedy.visitAcrossBreak(id, week));
        }
      }
      return result;
    }

    private int windowStart(int i) {
      return opening[i] == null ? 0 : minute(opening[i].start());
    }

    private int windowEnd(int i) {
      return opening[i] == null || opening[i].endsAtEndOfDay()
          ? CandidateStarts.MINUTES_PER_DAY
          : minute(opening[i].end());
    }

    /**
     * Returns false if solving the week with a day extended cannot cover more: the IKMs are solved
     * in one group, no kept visit lies on the day, and the solver sees the day before and after the
     * extension as holding at most one visit, of the same IKMs.
     */
    private boolean extensionMayHelp(
        LocalDate date, DaySchedule longer, List<Integer> toPlan, boolean breaks) {
      int m = toPlan.size();
      if (m > MAX_EXACT_IKMS) {
        return true;
      }
      for (Visit v : completed) {
        if (v.date().equals(date)) {
          return true;
        }
      }
      CandidateStarts before = run.candidates(schedule(date, Map.of()), breaks);
      CandidateStarts after = run.candidates(longer, breaks);
      int[] loBefore = new int[m];
      int[] hiBefore = new int[m];
      int[] loAfter = new int[m];
      int[] hiAfter = new int[m];
      int shortestLeg = WeekProblem.UNREACHABLE;
      for (int a = 0; a < m; a++) {
        int i = toPlan.get(a);
        boolean closed = closed(i, date);
        int fromBase = Math.min(baseTravel[i], WeekProblem.UNREACHABLE);
        loBefore[a] = WeekProblem.firstAllowed(before, closed, fromBase, windowStart(i));
        hiBefore[a] = WeekProblem.lastAllowed(before, closed, fromBase, windowEnd(i));
        loAfter[a] = WeekProblem.firstAllowed(after, closed, fromBase, windowStart(i));
        hiAfter[a] = WeekProblem.lastAllowed(after, closed, fromBase, windowEnd(i));
        for (int c = 0; c < m; c++) {
          if (c != a) {
            shortestLeg = Math.min(shortestLeg, travel[i][toPlan.get(c)]);
          }
        }
      }
      long itemsBefore = WeekSolver.singleVisitItems(before, loBefore, hiBefore, shortestLeg);
      long itemsAfter = WeekSolver.singleVisitItems(after, loAfter, hiAfter, shortestLeg);
      return itemsBefore < 0 || itemsAfter < 0 || itemsBefore != itemsAfter;
    }

    private DaySchedule saturdayHours() {
      DaySchedule friday = run.calendar.weeklySchedule().day(DayOfWeek.FRIDAY);
      if (friday.isWorking()) {
        return friday;
      }
      for (DayOfWeek d : DayOfWeek.values()) {
        DaySchedule s = run.calendar.weeklySchedule().day(d);
        if (s.isWorking()) {
          return s;
        }
      }
      return DaySchedule.closed();
    }

    private static Optional<DaySchedule> extend(DaySchedule schedule, int minutes) {
      List<TimeWindow> windows = schedule.workingWindows();
      if (windows.isEmpty()) {
        return Optional.empty();
      }
      TimeWindow last = windows.get(windows.size() - 1);
      if (last.endsAtEndOfDay()) {
        return Optional.empty();
      }
      int newEnd = minute(last.end()) + minutes;
      if (newEnd >= CandidateStarts.MINUTES_PER_DAY) {
        return Optional.empty();
      }
      List<TimeWindow> longer = new ArrayList<>(windows.subList(0, windows.size() - 1));
      longer.add(TimeWindow.of(last.start(), time(newEnd)));
      return Optional.of(DaySchedule.ofWindows(longer));
    }

    private Shortfall shortfall(
        int i, IsoWeek week, int toPlan, WeekOutcome out, List<Remedy> offered) {
      int inPeriod = 0;
      int leaveDays = 0;
      long available = 0;
      for (LocalDate date : week.days()) {
        if (!inRange(date)) {
          continue;
        }
        DaySchedule s = schedule(date, Map.of());
        if (!s.isWorking()) {
          continue;
        }
        inPeriod++;
        if (onLeave(date)) {
          leaveDays++;
        } else {
          available += s.workingMinutes();
        }
      }
      int workingDays = inPeriod - leaveDays;
      ShortfallReason reason;
      if (leaveDays > 0) {
        reason = ShortfallReason.MENTOR_ON_LEAVE;
      } else if (out.unavailableDays[i] > 0 || (!out.reachable[i] && workingDays > 0)) {
        reason = ShortfallReason.IKM_UNAVAILABLE;
      } else if (week.monday().isBefore(run.programme.startDate())
          || week.sunday().isAfter(run.end)) {
        reason = ShortfallReason.OUTSIDE_PERIOD;
      } else {
        reason = ShortfallReason.NOT_ENOUGH_WORKING_TIME;
      }
      Map<String, Long> numbers = new java.util.LinkedHashMap<>();
      numbers.put("ikmsToVisit", (long) toPlan);
      numbers.put("plannedVisits", (long) out.planned);
      numbers.put("minVisitWorkingMinutes", (long) run.minVisit);
      numbers.put("neededWorkingMinutes", (long) toPlan * run.minVisit);
      numbers.put("workingDays", (long) workingDays);
      numbers.put("availableWorkingMinutes", available);
      numbers.put("workingDaysInPeriod", (long) inPeriod);
      numbers.put("leaveDays", (long) leaveDays);
      numbers.put("ikmClosedDays", (long) out.unavailableDays[i]);
      return Shortfall.of(ikms.get(i), Optional.of(id), week, reason, numbers, offered);
    }
  }
}
