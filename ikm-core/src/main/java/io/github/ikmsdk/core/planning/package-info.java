/**
 * Planning (perencanaan): the visit planner (rencana kunjungan), mentor assignment (penugasan
 * pendamping) and programme duration (lama pendampingan).
 *
 * <p>Where to start:
 *
 * <ul>
 *   <li>{@link io.github.ikmsdk.core.planning.MentorAssigner} groups IKMs by sentra and commodity
 *       into groups of at most the policy's caseload and assigns mentors to the groups at least
 *       total travel; the result, an {@link io.github.ikmsdk.core.planning.AssignmentPlan},
 *       explains each group and reports mentor shortages and idle mentors.
 *   <li>{@link io.github.ikmsdk.core.planning.ProgrammeDurations} turns a commodity's duration
 *       range and a {@link io.github.ikmsdk.core.planning.ProcessComplexity} into a {@link
 *       io.github.ikmsdk.core.planning.ProgrammeDuration}: months, end date and programme weeks.
 *       {@link io.github.ikmsdk.core.planning.ProgrammeDuration#monthsBetween(java.time.LocalDate,
 *       java.time.LocalDate)} is the one definition of "a programme of N months" that the SDK uses.
 *   <li>The visit planner produces dated weekly visits for every IKM of a programme.
 * </ul>
 *
 * <p>All planners are pure functions of their input: the same input gives the same output, and
 * nothing depends on the JVM's default locale or time zone.
 */
@IkmStyle
package io.github.ikmsdk.core.planning;

import io.github.ikmsdk.core.internal.IkmStyle;
