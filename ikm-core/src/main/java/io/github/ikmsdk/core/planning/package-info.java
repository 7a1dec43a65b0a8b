/**
 * Visit planning (perencanaan kunjungan) and mentor assignment. Start with {@link
 * io.github.ikmsdk.core.planning.VisitPlanner}: give it a {@link
 * io.github.ikmsdk.core.planning.PlanningRequest} and read the {@link
 * io.github.ikmsdk.core.planning.VisitPlan}, whose {@link
 * io.github.ikmsdk.core.planning.Shortfall}s explain every IKM-week it could not cover.
 */
package io.github.ikmsdk.core.planning;
