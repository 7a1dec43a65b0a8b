package io.github.ikmsdk.core.planning.assignment;

/**
 * Assigns mentors (Pendamping IKM) to IKMs (penugasan pendamping): rule S2, one mentor accompanies
 * at most the policy's caseload of IKMs, in one sentra, with one commodity.
 *
 * <p>The {@link #standard() standard} assigner works in three steps:
 *
 * <ol>
 *   <li><b>Fixed assignments.</b> Each IKM the user {@link AssignmentRequest#fixed() fixed} keeps
 *       its mentor. A fixed mentor's spare caseload is filled with the not-yet-assigned IKMs of the
 *       same sentra and commodity nearest the mentor's base (travel time, ties by IKM id), mentors
 *       in id order. This step is greedy, not optimised.
 *   <li><b>Grouping.</b> The remaining IKMs of each sentra and commodity, {@code n} of them, are
 *       split into {@code k = ceil(n / maxIkmsPerMentor)} geographically compact groups by
 *       recursive coordinate bisection: sort the IKMs' production sites along the wider extent
 *       (latitude, or longitude scaled by the cosine of the mean latitude; ties by the other
 *       coordinate, then IKM id), give the first {@code floor(k / 2) * maxIkmsPerMentor} IKMs to
 *       one half and the rest to the other, and repeat until a part fits one mentor. All groups are
 *       full except at most one per sentra and commodity, so that a shortage leaves as few IKMs as
 *       possible without a mentor. Longitudes are not wrapped at 180 degrees.
 *   <li><b>Assignment.</b> The cost of a mentor for a group is the sum over the group's IKMs of the
 *       travel time from the mentor's base to the IKM's production site, each rounded up to whole
 *       minutes (one way; a weekly round trip costs about twice as much, so the optimum is the
 *       same). The mentors without fixed IKMs are assigned to the groups by the Hungarian method
 *       (Kuhn-Munkres). With at least as many mentors as groups, every group gets a mentor and the
 *       total cost is least. With fewer mentors, the assignment first covers the most IKMs and,
 *       among those assignments, has the least total cost; the groups left over are reported as
 *       {@link MentorShortage shortages}.
 * </ol>
 *
 * <p><b>What is exact.</b> Step 3 is exact: for the groups formed in step 2, no other assignment of
 * the available mentors has less total travel (the property tests compare it with brute force over
 * all assignments). Steps 1 and 2 are heuristics: a different grouping could, in some inputs, allow
 * less travel.
 *
 * <p><b>Scale.</b> The Hungarian method takes O(n<sup>3</sup>) time and O(n<sup>2</sup>) memory for
 * n = max(groups, mentors) in one assignment: comfortable for the tens to a few thousand of one
 * kabupaten, impossible for the 20,000 mentors of a national programme as one matrix. Give {@link
 * AssignmentRequest#mentorRegions() mentor regions} (for example each mentor's regency): mentors
 * then serve only sentra of their region, the problem falls apart into one independent assignment
 * per region, and each is solved exactly. The result is the exact optimum of that regional problem,
 * not of the unrestricted national one.
 *
 * <p>Implementations are immutable and thread-safe, and deterministic: the same request gives the
 * same plan, whatever the order of its lists.
 *
 * @since 0.1.0
 */
public interface MentorAssigner {

  /**
   * Assigns the request's mentors to its IKMs.
   *
   * @param request the mentors, IKMs, policy and fixed assignments, not null
   * @return the plan, with every IKM either assigned or listed in a shortage
   */
  AssignmentPlan assign(AssignmentRequest request);

  /**
   * Returns the standard assigner described above.
   *
   * @return the assigner, a shared instance
   */
  static MentorAssigner standard() {
    return StandardMentorAssigner.INSTANCE;
  }
}
