/**
 * Planning the next programme (perencanaan program): when to start and how many mentors to hire.
 *
 * <p>{@link io.github.ikmsdk.core.planning.programme.StartDateRanker} ranks candidate first days
 * (for example every Monday of 2027) of a programme of given length and participants by the
 * IKM-weeks the strict rules can cover, with each start's end date, weeks, and {@link
 * io.github.ikmsdk.core.planning.programme.HardWeek hard weeks} explained by their holidays,
 * Lebaran, special hours and the remedies the policy allows. {@link
 * io.github.ikmsdk.core.planning.programme.MentorCapacity} says how many mentors each sentra needs
 * so that every required IKM-week can be planned under the strict rules, and for a given number of
 * mentors which sentra fall short and by how much.
 *
 * <p>Both are built on the public {@link io.github.ikmsdk.core.planning.visit.VisitPlanner}: what
 * they call coverable is exactly what the planner plans without remedies. Both are deterministic
 * and never depend on the JVM's default locale or time zone.
 */
@IkmStyle
@NullMarked
package io.github.ikmsdk.core.planning.programme;

import io.github.ikmsdk.core.internal.IkmStyle;
import org.jspecify.annotations.NullMarked;
