package io.github.ikmsdk.core.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.ikmsdk.core.geo.TravelModel;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one validator (validator aturan) that checks a programme snapshot against every rule of the
 * {@link Rule catalogue}, on every path: a whole snapshot, a single change, or a series of changes
 * in a {@link ValidationSession}.
 *
 * <p>Validation never throws for violations of the rules; it returns a {@link ValidationReport}
 * listing every violation, sorted so that the same content gives the same report whatever the order
 * of the snapshot's lists.
 *
 * <p><b>One fault, one report.</b> An element whose reference does not resolve is reported once
 * ({@link Rule#UNKNOWN_REFERENCE IKM-R002}) and then left out of every rule that needs the
 * reference: a visit naming an unknown mentor or IKM is left out of every other visit rule
 * (IKM-R301 to IKM-R311) and of the weekly count; an unknown IKM in an assignment does not count
 * towards the caseload (IKM-R103 counts distinct existing IKMs) nor IKM-R102, R104 and R105; an
 * assignment naming an unknown mentor is left out of IKM-R102 to R105 and of IKM-R310 (its IKMs are
 * listed, so not IKM-R101); a participant without an IKM record is left out of IKM-R101 and the
 * weekly rules; an IKM or sentra naming an unknown sentra or commodity is left out of IKM-R004 and
 * IKM-R104 to R106 for it. Where ids are duplicated, the <b>first listed</b> element wins
 * everywhere (lookups, every rule, the weekly count, compliance and planning); the later ones are
 * reported once ({@link Rule#DUPLICATE_ID IKM-R001}) and otherwise ignored, their references
 * included; only the hash chain (IKM-R411 to R415) walks every logbook record listed, as a
 * duplicated id in a chain is a separate record (see {@link LogbookAudit}). A logbook entry citing
 * a visit is compared with it (IKM-R405) only on the fields whose references resolve on both sides,
 * and on the date. An {@link io.github.ikmsdk.core.programme.Assignment} cannot list an IKM twice:
 * its builder rejects the repeat with a message, as the JSON import does.
 *
 * <table>
 *   <caption>How the rules read the snapshot</caption>
 *   <tr><th>topic</th><th>definition</th></tr>
 *   <tr><td>active visit</td><td>status {@code PLANNED} or {@code COMPLETED}; cancelled and
 *       missed visits are only checked for references</td></tr>
 *   <tr><td>working minutes (S4)</td><td>{@code calendar.schedule(date).workingMinutes(start,
 *       end)}, breaks excluded; a {@code COMPLETED} visit below the policy's minimum is an
 *       error ({@code IKM-R304}), a {@code PLANNED} one a warning ({@code IKM-R311})</td></tr>
 *   <tr><td>qualifying visit (S3 with S4)</td><td>a visit to the IKM that counts by its status
 *       (below), is dated inside the programme week (so inside the period), holds at least the
 *       policy's {@code minVisitWorkingMinutes} working minutes (a visit on a holiday has 0),
 *       names a mentor and an IKM that exist, and is the first listed with its id; by any
 *       mentor (IKM-R310 reports an unassigned one), whatever its location, leave or overlaps
 *       (their own rules report them). The compliance report and the visit planner's "already
 *       covered" test use the same predicate</td></tr>
 *   <tr><td>weekly visits (S3)</td><td>distinct qualifying visits per programme week of {@code
 *       calendar.programmeWeeks(start, end, policy.minWorkingDaysForRequiredWeek())}, for each
 *       participant that exists, in each week that requires a visit. Without {@link
 *       #asOf(LocalDate) a date} the snapshot is checked as a plan: {@code COMPLETED} and
 *       {@code PLANNED} visits count and too few is {@code IKM-R305}. As of a date {@code D}, a
 *       week is <em>due</em> when its last working day inside the period is on or before {@code
 *       D} ({@link io.github.ikmsdk.core.compliance.Overdue#isDue(
 *       io.github.ikmsdk.core.calendar.ProgrammeWeek, LocalDate)}): for a due week only {@code
 *       COMPLETED} visits count and too few is {@code IKM-R305} (an error); a week not yet due is
 *       never {@code IKM-R305}, and too few {@code COMPLETED} plus {@code PLANNED} visits is the
 *       warning {@code IKM-R312} (the plan is incomplete)</td></tr>
 *   <tr><td>working hours</td><td>a visit on a working day that starts before the day's first
 *       working time or ends after its last is a warning; a visit across a break is not</td></tr>
 *   <tr><td>opening hours</td><td>an active visit that does not lie within its IKM's {@link
 *       io.github.ikmsdk.core.programme.Ikm#openingWindow(LocalDate) opening window} of its
 *       date, or falls on a date the IKM is closed, is the warning {@code IKM-R313}, whatever
 *       the working calendar says (IKM-R302 and IKM-R303 report the mentor's side); an IKM
 *       without opening hours is open all day</td></tr>
 *   <tr><td>travel</td><td>for each pair of consecutive active visits of a mentor on a date
 *       (by start time) that do not overlap: {@code next.start >= previous.end +
 *       travelTime(previous IKM site, next IKM site)}; overlapping visits are {@code
 *       IKM-R307}, not {@code IKM-R308}; and, when {@code policy.returnToBase()} (the default),
 *       for the active visit of a date that ends last, if it ends within the working day:
 *       {@code dayEnd >= last.end + travelTime(last IKM site, mentor base)}</td></tr>
 *   <tr><td>duration (S6)</td><td>a period {@code D .. E} lasts at least {@code n} months
 *       when {@code E >= D.plusMonths(n).minusDays(1)} and at most {@code n} months when
 *       {@code E <= D.plusMonths(n).minusDays(1)} (see {@link
 *       io.github.ikmsdk.core.planning.duration.ProgrammeDuration#endDate(java.time.LocalDate, int)}):
 *       14 Aug - 13 Nov 2023 is exactly 3 months, 14 Aug - 10 Nov 2023 (2.90 months) is
 *       short of 3; messages show the months with two decimals</td></tr>
 *   <tr><td>logbook (S1)</td><td>entries in order of date, then stage, then id; amendments
 *       are excluded from the stage rules; after the first EVALUATION only amendments may
 *       follow</td></tr>
 * </table>
 *
 * <p>Default travel model: {@link TravelModel#roads()}, great-circle distance times a road factor
 * of 1.4 at 30 km/h, rounded up to whole minutes. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Validator {

  private static final Validator STANDARD = new Validator(TravelModel.roads(), Optional.empty());

  private final RuleEngine engine;

  private Validator(TravelModel travel, Optional<LocalDate> asOf) {
    this.engine = new RuleEngine(travel, asOf);
  }

  /**
   * Returns the validator with the default travel model, {@link TravelModel#roads()}.
   *
   * @return the standard validator
   */
  public static Validator standard() {
    return STANDARD;
  }

  /**
   * Returns a validator that checks travel time between visits with a given model, for example
   * {@code Validator.standard().withTravelModel(TravelModel.none())}.
   *
   * @param travelModel the travel model, not null; {@link TravelModel#none()} disables the travel
   *     rule but keeps the overlap rule
   * @return a validator with the given model and this validator's {@linkplain #asOfDate() date}
   */
  public Validator withTravelModel(TravelModel travelModel) {
    return new Validator(checkNotNull(travelModel, "travelModel"), engine.asOf());
  }

  /**
   * Returns a validator that judges the weekly visit rule (S3) as of a date, as the compliance
   * report does. A programme week is <em>due</em> when its last working day inside the period is on
   * or before the date ({@link io.github.ikmsdk.core.compliance.Overdue#isDue(
   * io.github.ikmsdk.core.calendar.ProgrammeWeek, LocalDate)}). For a due week only {@code
   * COMPLETED} qualifying visits count, and too few is {@code IKM-R305} (an error): exactly the
   * IKM-weeks that {@link io.github.ikmsdk.core.compliance.Compliance#asOf(
   * io.github.ikmsdk.core.programme.ProgrammeSnapshot, LocalDate)} reports as overdue. A week not
   * yet due is never {@code IKM-R305}; when it holds fewer {@code COMPLETED} plus {@code PLANNED}
   * qualifying visits than required, the warning {@code IKM-R312} says the plan is incomplete.
   *
   * <p>Without a date, as from {@link #standard()}, the snapshot is checked as a plan: every week,
   * planned visits counting alongside completed ones. Example with the seed programme (Manggarai
   * Barat 2023): with the only visit of an IKM in 2023-W40 still planned, {@code asOf(2023-10-05)}
   * reports nothing for that week, {@code asOf(2023-10-06)} (Friday, its last working day) reports
   * {@code IKM-R305}. Take the date in the programme's zone, for example with {@code
   * io.github.ikmsdk.core.compliance.Compliance.today(snapshot, clock)}.
   *
   * @param date the day to judge from, not null
   * @return a validator with this validator's travel model and the given date
   */
  public Validator asOf(LocalDate date) {
    return new Validator(engine.travel(), Optional.of(checkNotNull(date, "date")));
  }

  /**
   * Returns the date as of which weeks are judged due.
   *
   * @return the date, empty when the snapshot is checked as a plan
   */
  public Optional<LocalDate> asOfDate() {
    return engine.asOf();
  }

  /**
   * Returns the travel model.
   *
   * @return the model
   */
  public TravelModel travelModel() {
    return engine.travel();
  }

  /**
   * Validates a whole snapshot against every rule.
   *
   * @param snapshot the snapshot, not null
   * @return the report of every violation
   */
  public ValidationReport validate(ProgrammeSnapshot snapshot) {
    checkNotNull(snapshot, "snapshot");
    return report(engine.partitions(snapshot));
  }

  /**
   * Checks a single change against a snapshot: returns exactly what {@link
   * #validate(ProgrammeSnapshot) validate}{@code (change.applyTo(before))} returns, which is how it
   * is computed. To check a series of changes cheaply, use {@link #session(ProgrammeSnapshot)},
   * which re-validates only what each change touches.
   *
   * @param before the snapshot before the change, not null
   * @param change the change, not null
   * @return the report of the snapshot after the change
   * @throws IllegalArgumentException if the change cannot apply to the snapshot
   */
  public ValidationReport check(ProgrammeSnapshot before, Change change) {
    checkNotNull(before, "before");
    checkNotNull(change, "change");
    return validate(change.applyTo(before));
  }

  /**
   * Validates a snapshot and keeps the result by partition (global rules, each mentor's visits,
   * each IKM's weeks and logbook), so that {@link ValidationSession#check(Change)} re-validates
   * only the partitions a change touches.
   *
   * @param snapshot the snapshot, not null
   * @return a session holding the snapshot and its validation
   */
  public ValidationSession session(ProgrammeSnapshot snapshot) {
    checkNotNull(snapshot, "snapshot");
    return new ValidationSession(engine, snapshot, engine.partitions(snapshot));
  }

  static ValidationReport report(Map<PartitionKey, ImmutableList<Violation>> partitions) {
    List<Violation> all = new ArrayList<>();
    partitions.values().forEach(all::addAll);
    return ValidationReport.of(all);
  }

  @Override
  public String toString() {
    return "Validator{travelModel="
        + engine.travel()
        + engine.asOf().map(d -> ", asOf=" + d).orElse("")
        + "}";
  }
}
