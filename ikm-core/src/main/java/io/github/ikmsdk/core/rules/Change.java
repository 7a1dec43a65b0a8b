package io.github.ikmsdk.core.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.visit.Visit;

/**
 * A single edit of a programme snapshot (perubahan) that can be checked before it is made: add or
 * edit a visit, assign or reassign an IKM, add a logbook entry. This is the SDK's one mutation path
 * for logbooks: entries are only ever added, each sealed into its IKM's hash chain; there is no
 * change that edits or removes an entry (a correction is an amending entry).
 *
 * <p>Obtain changes from the static factories. {@link #applyTo(ProgrammeSnapshot)} gives the
 * snapshot after the change; {@link Validator#check(ProgrammeSnapshot, Change)} and {@link
 * ValidationSession#check(Change)} report exactly what validating that snapshot reports. The set of
 * changes is closed: implementations outside this package are not supported.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface Change {

  /**
   * Returns the snapshot after this change. The snapshot before is not modified.
   *
   * @param before the snapshot before, not null
   * @return the snapshot after
   * @throws IllegalArgumentException if the change cannot apply, such as editing a visit whose id
   *     is not in the snapshot
   */
  ProgrammeSnapshot applyTo(ProgrammeSnapshot before);

  /**
   * Returns a change that adds a visit at the end of the snapshot's visits.
   *
   * @param visit the visit, not null
   * @return the change
   */
  static Change addVisit(Visit visit) {
    return new Changes.AddVisit(checkNotNull(visit, "visit"));
  }

  /**
   * Returns a change that replaces the first visit with the same id by a new version, for example
   * to record it as completed or to move it.
   *
   * @param visit the new version, not null
   * @return the change; applying it fails if no visit has the id
   */
  static Change editVisit(Visit visit) {
    return new Changes.EditVisit(checkNotNull(visit, "visit"));
  }

  /**
   * Returns a change that assigns an IKM to a mentor (penugasan): the IKM is removed from every
   * assignment that lists it (assignments left empty are dropped) and added to the mentor's first
   * assignment, or to a new assignment of the mentor. Caseload and the other assignment rules apply
   * to the result as to any snapshot.
   *
   * @param ikm the IKM, not null
   * @param mentor the mentor, not null
   * @return the change
   */
  static Change assign(IkmId ikm, MentorId mentor) {
    return new Changes.Assign(checkNotNull(ikm, "ikm"), checkNotNull(mentor, "mentor"));
  }

  /**
   * Returns a change that adds a logbook entry, possibly an amendment, at the end of the snapshot's
   * entries, extending its IKM's hash chain: the added entry is {@linkplain
   * io.github.ikmsdk.core.logbook.LogbookChain#seal sealed} after the {@linkplain
   * io.github.ikmsdk.core.logbook.LogbookChain#head head} of the IKM's logbook in the snapshot
   * before, replacing any link it holds.
   *
   * @param entry the entry, not null, saying when ({@code recordedAt}) and by whom ({@code
   *     recordedBy}) it was recorded
   * @return the change
   * @throws IllegalArgumentException if the entry lacks {@code recordedAt} or {@code recordedBy}
   */
  static Change addLogbookEntry(LogbookEntry entry) {
    return new Changes.AddLogbookEntry(checkNotNull(entry, "entry"));
  }
}
