package io.github.ikmsdk.core.rules;

import static io.github.ikmsdk.core.rules.RuleContext.visitSubjects;

import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.TimeWindow;
import io.github.ikmsdk.core.compliance.Overdue;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.geo.TravelModel;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.internal.QualifyingVisit;
import io.github.ikmsdk.core.internal.QualifyingVisit.Counting;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.rules.Reference.Referrer;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The visit and week rules (IKM-R3xx, S3 to S5 and S7): each visit inside the period, on a working
 * day and within its hours, inside its IKM's opening hours, long enough, at the site, not on leave,
 * without overlap and with time to travel; and each IKM visited every programme week that needs a
 * visit.
 */
final class VisitRules {

  private static final long NANOS_PER_DAY = 86_400_000_000_000L;

  /** The {@code opening} argument of IKM-R313 on a date the IKM is closed. */
  static final String CLOSED = "closed";

  private VisitRules() {}

  /**
   * The rules of one mentor's visits.
   *
   * @param visits the mentor's visits in {@link RuleEngine#VISIT_ORDER}
   */
  static void ofMentor(
      RuleContext c, TravelModel travel, MentorId mentor, Visit[] visits, List<Violation> out) {
    boolean mentorKnown = c.snapshot.mentor(mentor).isPresent();
    Set<VisitId> seen = new HashSet<>();
    for (Visit v : visits) {
      // A later visit with a duplicated id is IKM-R001 only, its references included.
      if (!QualifyingVisit.isFirstListed(c.snapshot, v) || !seen.add(v.id())) {
        continue;
      }
      List<Subject> subjects = visitSubjects(v);
      if (!mentorKnown) {
        out.add(
            IntegrityRules.unknownReference(
                subjects, Referrer.VISIT, v.id(), Reference.MENTOR, mentor));
      }
      if (c.ikm(v.ikm()) == null) {
        out.add(
            IntegrityRules.unknownReference(
                subjects, Referrer.VISIT, v.id(), Reference.IKM, v.ikm()));
      } else if (!c.participants.contains(v.ikm())) {
        out.add(IntegrityRules.notAParticipant(subjects, Referrer.VISIT, v.id(), v.ikm()));
      }
    }
    // A visit whose mentor or IKM does not resolve is left out of every other visit rule.
    visits = c.judged(visits);
    List<MentorLeave> leaves = c.leaves.get(mentor);
    Programme p = c.programme;
    int minMinutes = c.policy.minVisitWorkingMinutes();
    GeoPoint[] sites = new GeoPoint[visits.length];

    for (int i = 0; i < visits.length; i++) {
      Visit v = visits[i];
      Ikm ikm = c.ikm(v.ikm());
      sites[i] = ikm.productionSite();
      if (!isActive(v)) {
        continue;
      }
      LocalDate date = v.date();
      if (!p.contains(date)) {
        out.add(outsidePeriod(v, p.startDate(), p.endDate()));
      }
      DaySchedule schedule = c.calendar.schedule(date);
      if (!schedule.isWorking()) {
        out.add(onNonWorkingDay(v));
      } else {
        LocalTime workStart = schedule.start().orElseThrow();
        LocalTime workEnd = schedule.end().orElseThrow();
        if (v.start().isBefore(workStart) || v.end().toNanoOfDay() > endNanos(workEnd)) {
          out.add(outsideWorkingHours(v, workStart, workEnd));
        }
      }
      if (!ikm.openingHours().isAlways()) {
        Optional<TimeWindow> opening = ikm.openingWindow(date);
        if (opening.isEmpty() || !opening.get().encloses(TimeWindow.of(v.start(), v.end()))) {
          out.add(outsideOpeningHours(v, opening));
        }
      }
      long minutes = schedule.workingMinutes(v.start(), v.end());
      if (minutes < minMinutes) {
        out.add(tooShort(v, minutes, minMinutes));
      }
      if (v.location().isPresent()) {
        double distance = v.location().get().distanceMetres(ikm.productionSite());
        if (distance > c.policy.siteToleranceMetres()) {
          out.add(awayFromSite(v, Math.round(distance), c.policy.siteToleranceMetres()));
        }
      }
      for (MentorLeave leave : leaves) {
        if (leave.contains(date)) {
          out.add(mentorOnLeave(v));
          break;
        }
      }
    }
    overlapAndTravel(c, travel, mentor, visits, sites, out);
  }

  /**
   * IKM-R307 and IKM-R308 between the active visits of each date, and IKM-R308 for the way home:
   * under {@link io.github.ikmsdk.core.programme.ProgrammePolicy#returnToBase()} the active visit
   * of a date that ends last, if it ends within the working day, leaves the travel from its site
   * back to the mentor's base before the day's working time ends.
   */
  private static void overlapAndTravel(
      RuleContext c,
      TravelModel travel,
      MentorId mentor,
      Visit[] visits,
      GeoPoint[] sites,
      List<Violation> out) {
    GeoPoint base =
        c.policy.returnToBase() ? c.snapshot.mentor(mentor).map(Mentor::base).orElse(null) : null;
    int dayStart = 0;
    while (dayStart < visits.length) {
      int dayEnd = dayStart;
      LocalDate date = visits[dayStart].date();
      while (dayEnd < visits.length && visits[dayEnd].date().equals(date)) {
        dayEnd++;
      }
      Visit previous = null;
      GeoPoint previousSite = null;
      for (int i = dayStart; i < dayEnd; i++) {
        Visit v = visits[i];
        if (!isActive(v)) {
          continue;
        }
        for (int j = dayStart; j < i; j++) {
          Visit u = visits[j];
          if (isActive(u) && v.start().isBefore(u.end())) {
            out.add(overlap(mentor, u, v));
          }
        }
        if (previous != null && !v.start().isBefore(previous.end())) {
          Duration gap = Duration.between(previous.end(), v.start());
          Duration needed = travel.travelTime(previousSite, sites[i]);
          if (gap.compareTo(needed) < 0) {
            out.add(travelTooShort(mentor, previous, v, gap, needed));
          }
        }
        previous = v;
        previousSite = sites[i];
      }
      if (base != null) {
        wayHome(c, travel, mentor, visits, sites, dayStart, dayEnd, base, out);
      }
      dayStart = dayEnd;
    }
  }

  /** IKM-R308 for the travel back to the base after the active visit that ends last on a date. */
  private static void wayHome(
      RuleContext c,
      TravelModel travel,
      MentorId mentor,
      Visit[] visits,
      GeoPoint[] sites,
      int from,
      int to,
      GeoPoint base,
      List<Violation> out) {
    int last = -1;
    for (int i = from; i < to; i++) {
      if (isActive(visits[i]) && (last < 0 || !visits[i].end().isBefore(visits[last].end()))) {
        last = i;
      }
    }
    if (last < 0 || sites[last] == null) {
      return;
    }
    Visit v = visits[last];
    DaySchedule schedule = c.calendar.schedule(v.date());
    if (!schedule.isWorking()) {
      return;
    }
    LocalTime workEnd = schedule.end().orElseThrow();
    Duration gap = Duration.ofNanos(endNanos(workEnd) - v.end().toNanoOfDay());
    Duration needed = travel.travelTime(sites[last], base);
    if (!gap.isNegative() && gap.compareTo(needed) < 0) {
      out.add(wayHomeTooShort(mentor, v, workEnd, gap, needed));
    }
  }

  /**
   * The week rules of one IKM: IKM-R305, IKM-R312 and IKM-R310.
   *
   * <p>Without a date every week that needs a visit is checked as a plan: completed and planned
   * qualifying visits count, and too few is IKM-R305. As of a date, a week that is {@linkplain
   * Overdue#isDue(ProgrammeWeek, LocalDate) due} counts completed qualifying visits only (too few
   * is IKM-R305); a week not yet due is never IKM-R305, and too few completed and planned
   * qualifying visits is the warning IKM-R312.
   *
   * @param visits the IKM's visits in {@link RuleEngine#VISIT_ORDER}
   */
  static void ofIkm(
      RuleContext c, Optional<LocalDate> asOf, IkmId ikm, Visit[] visits, List<Violation> out) {
    MentorId assigned = c.assignedMentor(ikm);
    visits = c.judged(visits);
    if (c.participants.contains(ikm)) {
      int required = c.policy.minVisitsPerWeek();
      for (ProgrammeWeek week : c.weeks) {
        if (!week.visitRequired()) {
          continue;
        }
        boolean due = asOf.isPresent() && Overdue.isDue(week, asOf.get());
        Counting counting = due ? Counting.COMPLETED : Counting.COMPLETED_OR_PLANNED;
        int count = count(c, visits, week, counting);
        if (count >= required) {
          continue;
        }
        out.add(
            asOf.isEmpty() || due
                ? weekNotVisited(ikm, week.week(), assigned, count, required)
                : weekNotPlanned(ikm, week.week(), assigned, count, required));
      }
    }
    if (assigned != null) {
      Set<MentorId> assignedMentors = c.mentorsOf.get(ikm);
      for (Visit v : visits) {
        if (isActive(v) && !assignedMentors.contains(v.mentor())) {
          out.add(byUnassignedMentor(v, assigned));
        }
      }
    }
  }

  /** The distinct qualifying visits of a week, by the one shared predicate. */
  private static int count(RuleContext c, Visit[] visits, ProgrammeWeek week, Counting counting) {
    int count = 0;
    int first = firstOnOrAfter(visits, week.firstDay());
    for (int i = first; i < visits.length && !visits[i].date().isAfter(week.lastDay()); i++) {
      if (QualifyingVisit.qualifies(c.snapshot, visits[i], week, counting)) {
        count++;
      }
    }
    return count;
  }

  /** The index of the first visit dated on or after a date, visits being sorted by date. */
  private static int firstOnOrAfter(Visit[] visits, LocalDate date) {
    int low = 0;
    int high = visits.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (visits[mid].date().isBefore(date)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  static boolean isActive(Visit v) {
    return v.status() == VisitStatus.PLANNED || v.status() == VisitStatus.COMPLETED;
  }

  /** The end of a working day in nanoseconds of the day, midnight as an end being 24:00. */
  private static long endNanos(LocalTime workEnd) {
    return workEnd.equals(LocalTime.MIDNIGHT) ? NANOS_PER_DAY : workEnd.toNanoOfDay();
  }

  private static long ceilMinutes(Duration d) {
    long minutes = d.toMinutes();
    return d.equals(Duration.ofMinutes(minutes)) ? minutes : minutes + 1;
  }

  // ------------------------------------------------------------------ typed violations

  /** IKM-R301: a visit outside the programme period {@code first .. last}. */
  static Violation outsidePeriod(Visit v, LocalDate first, LocalDate last) {
    return Rule.VISIT_OUTSIDE_PERIOD.violation(visitSubjects(v), v.id(), v.date(), first, last);
  }

  /** IKM-R302: a visit on a non-working day. */
  static Violation onNonWorkingDay(Visit v) {
    return Rule.VISIT_ON_NON_WORKING_DAY.violation(visitSubjects(v), v.id(), v.date());
  }

  /** IKM-R303: a visit outside the day's working hours {@code workStart .. workEnd}. */
  static Violation outsideWorkingHours(Visit v, LocalTime workStart, LocalTime workEnd) {
    return Rule.VISIT_OUTSIDE_WORKING_HOURS.violation(
        visitSubjects(v), v.id(), v.date(), v.start(), v.end(), workStart, workEnd);
  }

  /**
   * IKM-R304 for a completed visit, IKM-R311 for a planned one: too few working minutes.
   *
   * @param minutes the visit's working minutes
   * @param required the policy's minimum
   */
  static Violation tooShort(Visit v, long minutes, int required) {
    Rule rule =
        v.status() == VisitStatus.COMPLETED ? Rule.VISIT_TOO_SHORT : Rule.PLANNED_VISIT_TOO_SHORT;
    return rule.violation(visitSubjects(v), v.id(), minutes, required);
  }

  /** IKM-R306: a visit recorded {@code distance} metres from its IKM's site. */
  static Violation awayFromSite(Visit v, long distance, int tolerance) {
    return Rule.VISIT_AWAY_FROM_SITE.violation(
        visitSubjects(v), v.id(), v.ikm(), distance, tolerance);
  }

  /** IKM-R307: two visits of a mentor on one date overlap, {@code earlier} first. */
  static Violation overlap(MentorId mentor, Visit earlier, Visit later) {
    return Rule.VISITS_OVERLAP.violation(
        List.of(Subject.of(mentor), Subject.of(earlier.id()), Subject.of(later.id())),
        mentor,
        earlier.id(),
        later.id(),
        later.date());
  }

  /** IKM-R308: the gap between consecutive visits is shorter than the travel between them. */
  static Violation travelTooShort(
      MentorId mentor, Visit previous, Visit next, Duration gap, Duration travel) {
    return Rule.INSUFFICIENT_TRAVEL_TIME.violation(
        List.of(Subject.of(mentor), Subject.of(previous.id()), Subject.of(next.id())),
        mentor,
        previous.id(),
        next.id(),
        gap.toMinutes(),
        ceilMinutes(travel));
  }

  /** IKM-R308 for the way home: the day's last visit leaves too little time to reach the base. */
  static Violation wayHomeTooShort(
      MentorId mentor, Visit last, LocalTime workEnd, Duration gap, Duration travel) {
    return Rule.INSUFFICIENT_TRAVEL_TIME.violation(
        List.of(Subject.of(mentor), Subject.of(last.id())),
        mentor,
        last.id(),
        workEnd,
        gap.toMinutes(),
        ceilMinutes(travel));
  }

  /** IKM-R309: a visit on a day its mentor is on leave. */
  static Violation mentorOnLeave(Visit v) {
    return Rule.MENTOR_ON_LEAVE.violation(visitSubjects(v), v.mentor(), v.id(), v.date());
  }

  /** IKM-R310: a visit by a mentor other than the IKM's assigned one. */
  static Violation byUnassignedMentor(Visit v, MentorId assigned) {
    return Rule.VISIT_BY_UNASSIGNED_MENTOR.violation(
        visitSubjects(v), v.id(), v.ikm(), v.mentor(), assigned);
  }

  /** IKM-R305: too few qualifying visits in a week; {@code assigned} may be null. */
  static Violation weekNotVisited(
      IkmId ikm, IsoWeek week, @Nullable MentorId assigned, int visits, int required) {
    return Rule.WEEK_NOT_VISITED.violation(
        weekSubjects(ikm, week, assigned), ikm, week, visits, required);
  }

  /** IKM-R312: too few visits planned in a week not yet due; {@code assigned} may be null. */
  static Violation weekNotPlanned(
      IkmId ikm, IsoWeek week, @Nullable MentorId assigned, int visits, int required) {
    return Rule.WEEK_NOT_PLANNED.violation(
        weekSubjects(ikm, week, assigned), ikm, week, visits, required);
  }

  private static List<Subject> weekSubjects(IkmId ikm, IsoWeek week, @Nullable MentorId assigned) {
    return assigned == null
        ? List.of(Subject.of(ikm), Subject.week(week))
        : List.of(Subject.of(ikm), Subject.week(week), Subject.of(assigned));
  }

  /**
   * IKM-R313: a visit outside its IKM's opening window on its date, or on a date it is closed.
   *
   * @param opening the IKM's window on the visit's date, empty if it is closed
   */
  static Violation outsideOpeningHours(Visit v, Optional<TimeWindow> opening) {
    return Rule.VISIT_OUTSIDE_OPENING_HOURS.violation(
        visitSubjects(v),
        v.id(),
        v.ikm(),
        v.date(),
        v.start(),
        v.end(),
        opening.map(TimeWindow::toString).orElse(CLOSED));
  }
}
