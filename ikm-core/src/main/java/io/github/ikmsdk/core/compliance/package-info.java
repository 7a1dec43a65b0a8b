/**
 * Compliance (kepatuhan pendampingan): per IKM and programme week, whether the weekly visit rule
 * was met, as of a date taken from an injected {@link java.time.Clock} in the programme's zone;
 * totals per mentor and per programme; and the workload query ("my overdue IKMs this week").
 *
 * <p>Start with {@link io.github.ikmsdk.core.compliance.Compliance#of(
 * io.github.ikmsdk.core.programme.ProgrammeSnapshot, java.time.Clock)}, which returns a {@link
 * io.github.ikmsdk.core.compliance.ComplianceReport}. Overdue is never stored: it is computed by
 * the one predicate {@link io.github.ikmsdk.core.compliance.Overdue#isOverdue( java.time.LocalDate,
 * java.time.LocalDate)}, at day granularity, so that something due today is never overdue.
 *
 * <h2>Which visits count</h2>
 *
 * <p>A visit <em>counts</em> for an IKM in a programme week, as of a date, when it is a
 * <em>qualifying visit</em>, by the same predicate as the validator's weekly rule (IKM-R305) and
 * the visit planner's "already covered" test, and was completed by the as-of date:
 *
 * <ol>
 *   <li>it is a visit to that IKM, by any mentor that exists (an unassigned one is IKM-R310 of the
 *       validator), and the IKM exists;
 *   <li>its status is {@link io.github.ikmsdk.core.visit.VisitStatus#COMPLETED};
 *   <li>its date lies in the programme week (the ISO week clipped to the programme period), hence
 *       in the programme period, and is not after the as-of date;
 *   <li>its working minutes ({@link io.github.ikmsdk.core.calendar.WorkCalendar#workingMinutes(
 *       java.time.LocalDate, java.time.LocalTime, java.time.LocalTime)}) are at least the policy's
 *       {@link io.github.ikmsdk.core.programme.ProgrammePolicy#minVisitWorkingMinutes()}, so a
 *       visit on a holiday never counts;
 *   <li>it is the first visit listed with its id: a later visit with the same id is ignored.
 * </ol>
 *
 * <p>A week is <em>met</em> when the number of distinct counted visit ids is at least the policy's
 * {@link io.github.ikmsdk.core.programme.ProgrammePolicy#minVisitsPerWeek()}. The weeks are {@link
 * io.github.ikmsdk.core.calendar.WorkCalendar#programmeWeeks( java.time.LocalDate,
 * java.time.LocalDate, int)} of the programme period with the policy's {@link
 * io.github.ikmsdk.core.programme.ProgrammePolicy#minWorkingDaysForRequiredWeek()}. A week is
 * <em>due</em> as of a date from its last working day inside the period on ({@link
 * io.github.ikmsdk.core.compliance.Overdue#isDue( io.github.ikmsdk.core.calendar.ProgrammeWeek,
 * java.time.LocalDate)}): a due week that is not met is overdue, exactly the IKM-weeks for which
 * {@code Validator.standard().asOf(date)} reports IKM-R305.
 */
@IkmStyle
@NullMarked
package io.github.ikmsdk.core.compliance;

import io.github.ikmsdk.core.internal.IkmStyle;
import org.jspecify.annotations.NullMarked;
