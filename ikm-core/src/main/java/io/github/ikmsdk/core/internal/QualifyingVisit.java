package io.github.ikmsdk.core.internal;

import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.LocalDate;

/**
 * The one definition of a qualifying visit (kunjungan yang memenuhi), the visit that meets the
 * weekly rule (S3 with S4) for its IKM and programme week. The validator's IKM-R305 and IKM-R312,
 * the compliance report and the visit planner's "already covered" test all call this class.
 *
 * <p>A visit qualifies for the week of its date when:
 *
 * <ol>
 *   <li>its status counts ({@link VisitStatus#COMPLETED}, and {@link VisitStatus#PLANNED} when
 *       planned visits are counted);
 *   <li>its date lies inside the programme period (hence inside its programme week, an ISO week
 *       clipped to the period);
 *   <li>it holds at least the policy's {@code minVisitWorkingMinutes} working minutes, so that a
 *       visit on a holiday (0 working minutes) never qualifies;
 *   <li>its mentor and its IKM exist in the snapshot;
 *   <li>it is the first visit listed with its id (a later visit with the same id is ignored).
 * </ol>
 *
 * <p>Its mentor need not be the assigned one, and its location, the mentor's leave and overlaps do
 * not matter here: their own rules report them.
 */
public final class QualifyingVisit {

  private QualifyingVisit() {}

  /** Which statuses count. */
  public enum Counting {
    /** Only {@link VisitStatus#COMPLETED} visits count: a week that is due. */
    COMPLETED,
    /** {@link VisitStatus#COMPLETED} and {@link VisitStatus#PLANNED} visits count: a plan. */
    COMPLETED_OR_PLANNED;

    /**
     * Returns whether a status counts.
     *
     * @param status the status
     * @return whether it counts
     */
    public boolean counts(VisitStatus status) {
      return status == VisitStatus.COMPLETED
          || (this == COMPLETED_OR_PLANNED && status == VisitStatus.PLANNED);
    }
  }

  /**
   * Returns whether a visit qualifies for a programme week, its working minutes taken from the
   * snapshot's calendar.
   *
   * @param snapshot the snapshot the visit belongs to
   * @param visit the visit
   * @param week the programme week
   * @param counting which statuses count
   * @return whether the visit is dated in the week and qualifies
   */
  public static boolean qualifies(
      ProgrammeSnapshot snapshot, Visit visit, ProgrammeWeek week, Counting counting) {
    LocalDate date = visit.date();
    return !date.isBefore(week.firstDay())
        && !date.isAfter(week.lastDay())
        && qualifiesExceptMinutes(snapshot, visit, counting)
        && workingMinutes(snapshot, visit) >= minutes(snapshot);
  }

  /**
   * Returns whether a visit qualifies for the programme week of its date, given its working minutes
   * (the planner computes them with the calendar as changed by accepted remedies).
   *
   * @param snapshot the snapshot the visit belongs to
   * @param visit the visit
   * @param counting which statuses count
   * @param workingMinutes the visit's working minutes
   * @return whether the visit qualifies
   */
  public static boolean qualifies(
      ProgrammeSnapshot snapshot, Visit visit, Counting counting, long workingMinutes) {
    return qualifiesExceptMinutes(snapshot, visit, counting) && workingMinutes >= minutes(snapshot);
  }

  /**
   * Returns whether a visit meets every condition of a qualifying visit but its working minutes:
   * compliance calls a week with enough such completed visits, none long enough, {@code
   * VISIT_TOO_SHORT}.
   *
   * @param snapshot the snapshot the visit belongs to
   * @param visit the visit
   * @param counting which statuses count
   * @return whether the status counts, the date is in the period, the mentor and IKM exist and the
   *     visit is the first listed with its id
   */
  public static boolean qualifiesExceptMinutes(
      ProgrammeSnapshot snapshot, Visit visit, Counting counting) {
    return counting.counts(visit.status())
        && snapshot.programme().contains(visit.date())
        && snapshot.mentor(visit.mentor()).isPresent()
        && snapshot.ikm(visit.ikm()).isPresent()
        && isFirstListed(snapshot, visit);
  }

  /**
   * Returns whether a visit is the first one listed with its id, the one every rule, count and
   * report uses.
   *
   * @param snapshot the snapshot the visit belongs to
   * @param visit the visit
   * @return whether no earlier visit of the snapshot has its id
   */
  public static boolean isFirstListed(ProgrammeSnapshot snapshot, Visit visit) {
    return snapshot.isFirstListed(visit);
  }

  /**
   * Returns the working minutes of a visit by the snapshot's calendar.
   *
   * @param snapshot the snapshot
   * @param visit the visit
   * @return the working minutes between its start and end, breaks excluded
   */
  public static long workingMinutes(ProgrammeSnapshot snapshot, Visit visit) {
    return snapshot.calendar().workingMinutes(visit.date(), visit.start(), visit.end());
  }

  private static int minutes(ProgrammeSnapshot snapshot) {
    return snapshot.programme().policy().minVisitWorkingMinutes();
  }
}
