package io.github.ikmsdk.core.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.visit.Visit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A validated snapshot kept for incremental checks (sesi validasi): each {@link Change} is checked
 * by re-validating only the partitions it touches and reusing the rest.
 *
 * <p>Partitions: the global rules (integrity of programme, sentra, IKMs, mentors, assignments,
 * caseload, duration), the visits of one mentor, the weeks, visits and logbook of one IKM, and the
 * uniqueness of one visit or entry id. A visit change re-validates its mentor(s) and IKM(s) and the
 * IKMs whose entries cite the visit; an assignment re-validates the global rules and the IKM; a
 * logbook entry re-validates its IKM and the IKMs with amendments citing it.
 *
 * <p>Cost: applying a change copies the snapshot's lists (linear in their size, without hashing);
 * the rules run only on the touched partitions; the report is then re-sorted from the kept
 * violations. The result always equals {@link Validator#validate} of the snapshot after the change.
 * Obtain a session from {@link Validator#session(ProgrammeSnapshot)}. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class ValidationSession {

  private final RuleEngine engine;
  private final ProgrammeSnapshot snapshot;
  private final ImmutableMap<PartitionKey, ImmutableList<Violation>> partitions;
  private final ValidationReport report;

  ValidationSession(
      RuleEngine engine,
      ProgrammeSnapshot snapshot,
      Map<PartitionKey, ImmutableList<Violation>> partitions) {
    this.engine = engine;
    this.snapshot = snapshot;
    this.partitions = ImmutableMap.copyOf(partitions);
    this.report = Validator.report(partitions);
  }

  /**
   * Returns the snapshot of this session.
   *
   * @return the snapshot
   */
  public ProgrammeSnapshot snapshot() {
    return snapshot;
  }

  /**
   * Returns the report of the snapshot.
   *
   * @return the report, equal to {@link Validator#validate} of {@link #snapshot()}
   */
  public ValidationReport report() {
    return report;
  }

  /**
   * Checks a change: returns the report of the snapshot after the change, computed incrementally.
   * The session itself is not changed.
   *
   * @param change the change, not null
   * @return the report, equal to {@link Validator#validate} of {@code change.applyTo(snapshot())}
   * @throws IllegalArgumentException if the change cannot apply to the snapshot
   */
  public ValidationReport check(Change change) {
    return apply(change).report();
  }

  /**
   * Applies a change and returns the session of the snapshot after it, validated incrementally.
   *
   * @param change the change, not null
   * @return the new session
   * @throws IllegalArgumentException if the change cannot apply to the snapshot
   */
  public ValidationSession apply(Change change) {
    checkNotNull(change, "change");
    ProgrammeSnapshot after = change.applyTo(snapshot);
    Set<PartitionKey> touched = touched(change, after);
    RuleContext context = new RuleContext(after);
    Map<PartitionKey, ImmutableList<Violation>> next = new HashMap<>(partitions);
    for (PartitionKey key : touched) {
      ImmutableList<Violation> violations = engine.partition(context, key);
      if (violations.isEmpty()) {
        next.remove(key);
      } else {
        next.put(key, violations);
      }
    }
    return new ValidationSession(engine, after, next);
  }

  private Set<PartitionKey> touched(Change change, ProgrammeSnapshot after) {
    Set<PartitionKey> keys = new LinkedHashSet<>();
    if (change instanceof Changes.AddVisit add) {
      addVisitKeys(keys, add.visit, after);
    } else if (change instanceof Changes.EditVisit edit) {
      Visit visit = edit.visit;
      for (Visit old : snapshot.visits()) {
        if (old.id().equals(visit.id())) {
          addVisitKeys(keys, old, after);
          break;
        }
      }
      addVisitKeys(keys, visit, after);
    } else if (change instanceof Changes.Assign assign) {
      keys.add(PartitionKey.GLOBAL);
      keys.add(PartitionKey.of(PartitionKey.Kind.IKM, assign.ikm));
    } else if (change instanceof Changes.AddLogbookEntry add) {
      LogbookEntry entry = add.entry;
      keys.add(PartitionKey.of(PartitionKey.Kind.IKM, entry.ikm()));
      keys.add(PartitionKey.of(PartitionKey.Kind.ENTRY_ID, entry.id()));
      LogbookEntryId id = entry.id();
      for (LogbookEntry e : after.logbookEntries()) {
        if (e.amendment().isPresent() && e.amendment().get().amends().equals(id)) {
          keys.add(PartitionKey.of(PartitionKey.Kind.IKM, e.ikm()));
        }
      }
    } else {
      throw new IllegalArgumentException("unsupported change " + change);
    }
    return keys;
  }

  private static void addVisitKeys(Set<PartitionKey> keys, Visit visit, ProgrammeSnapshot after) {
    keys.add(PartitionKey.of(PartitionKey.Kind.MENTOR, visit.mentor()));
    keys.add(PartitionKey.of(PartitionKey.Kind.IKM, visit.ikm()));
    keys.add(PartitionKey.of(PartitionKey.Kind.VISIT_ID, visit.id()));
    VisitId id = visit.id();
    for (LogbookEntry e : after.logbookEntries()) {
      if (e.visit().isPresent() && e.visit().get().equals(id)) {
        IkmId ikm = e.ikm();
        keys.add(PartitionKey.of(PartitionKey.Kind.IKM, ikm));
      }
    }
  }

  @Override
  public String toString() {
    return "ValidationSession{" + snapshot.programme().id() + ", " + report + "}";
  }
}
