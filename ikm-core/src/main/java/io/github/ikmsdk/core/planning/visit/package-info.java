/**
 * Visit planning (rencana kunjungan): dated weekly visits for every IKM of a programme, exact per
 * mentor and week, with an explanation of every visit the rules leave out.
 *
 * <p>Start with {@link io.github.ikmsdk.core.planning.visit.VisitPlanner}: it turns a {@link
 * io.github.ikmsdk.core.planning.visit.PlanningRequest} into a {@link
 * io.github.ikmsdk.core.planning.visit.VisitPlan}, whose {@link
 * io.github.ikmsdk.core.planning.visit.Shortfall}s say why a visit could not be planned and which
 * {@link io.github.ikmsdk.core.planning.visit.Remedy} the policy allows. For programmes too large
 * to hold as one plan, {@link io.github.ikmsdk.core.planning.visit.VisitPlanner#plan(
 * io.github.ikmsdk.core.planning.visit.PlanningRequest, java.util.function.Consumer)} hands over
 * one {@link io.github.ikmsdk.core.planning.visit.MentorPlan} per mentor instead.
 *
 * <p>The planner is a pure function of its input: the same input gives the same output, and nothing
 * depends on the JVM's default locale or time zone.
 */
@IkmStyle
@NullMarked
package io.github.ikmsdk.core.planning.visit;

import io.github.ikmsdk.core.internal.IkmStyle;
import org.jspecify.annotations.NullMarked;
