/**
 * Mentor assignment (penugasan pendamping): groups the IKMs of a programme by sentra and commodity
 * and assigns mentors to the groups at least total travel.
 *
 * <p>Start with {@link io.github.ikmsdk.core.planning.assignment.MentorAssigner}: it turns an
 * {@link io.github.ikmsdk.core.planning.assignment.AssignmentRequest} into an {@link
 * io.github.ikmsdk.core.planning.assignment.AssignmentPlan}, which explains each group ({@link
 * io.github.ikmsdk.core.planning.assignment.GroupAssignment}, {@link
 * io.github.ikmsdk.core.planning.assignment.AssignmentReason}) and reports the sentra that lack
 * mentors ({@link io.github.ikmsdk.core.planning.assignment.MentorShortage}) and the idle mentors.
 *
 * <p>The assigner is a pure function of its input: the same input gives the same output, and
 * nothing depends on the JVM's default locale or time zone.
 */
@IkmStyle
@NullMarked
package io.github.ikmsdk.core.planning.assignment;

import io.github.ikmsdk.core.internal.IkmStyle;
import org.jspecify.annotations.NullMarked;
