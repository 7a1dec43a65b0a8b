package io.github.ikmsdk.core.planning.assignment;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of {@link MentorAssigner#assign(AssignmentRequest)} (rencana penugasan pendamping):
 * the assignments, an explanation per group, the shortages of mentors and the idle mentors.
 *
 * <p>Every IKM of the request is in exactly one group; a group either has a mentor or is listed in
 * a {@link MentorShortage}. Nothing is dropped silently.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AssignmentPlan {

  AssignmentPlan() {}

  /**
   * Returns the assignments (penugasan), one per mentor with IKMs.
   *
   * @return the assignments, sorted by mentor id, each with its IKMs sorted
   */
  public abstract List<Assignment> assignments();

  /**
   * Returns every group with its mentor and the reason.
   *
   * @return the groups, sorted by sentra, commodity and group number
   */
  public abstract List<GroupAssignment> groups();

  /**
   * Returns the shortages of mentors, one per sentra and commodity that has IKMs without a mentor.
   *
   * @return the shortages, sorted by sentra and commodity, empty when every IKM has a mentor
   */
  public abstract List<MentorShortage> shortages();

  /**
   * Returns the mentors who got no IKM (pendamping tanpa dampingan).
   *
   * @return the mentor ids, sorted
   */
  public abstract List<MentorId> idleMentors();

  /**
   * Returns the total travel cost of the plan: the sum of {@link GroupAssignment#travelMinutes()}
   * over the groups with a mentor.
   *
   * @return minutes, zero or more
   */
  @Value.Derived
  public long totalTravelMinutes() {
    long total = 0;
    for (GroupAssignment group : groups()) {
      total += group.travelMinutes().orElse(0);
    }
    return total;
  }

  /**
   * Returns the IKMs without a mentor, over all shortages.
   *
   * @return the IKM ids, sorted
   */
  public final List<IkmId> uncoveredIkms() {
    return shortages().stream()
        .flatMap(shortage -> shortage.uncoveredIkms().stream())
        .sorted()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the mentor of an IKM in this plan.
   *
   * @param ikm the IKM, not null
   * @return the mentor, empty if the IKM has none or was not in the request
   */
  public final Optional<MentorId> mentorOf(IkmId ikm) {
    return Optional.ofNullable(mentorIndex().get(checkNotNull(ikm, "ikm")));
  }

  /**
   * Returns the snapshot with this plan's {@link #assignments()} in place of its assignments, as
   * {@link io.github.ikmsdk.core.planning.visit.VisitPlan#applyTo(ProgrammeSnapshot)} puts a visit
   * plan's visits in place. IKMs of a {@link MentorShortage} stay unassigned, which the validator
   * reports.
   *
   * @param snapshot the snapshot that was assigned, not null
   * @return the snapshot after the plan
   */
  public final ProgrammeSnapshot applyTo(ProgrammeSnapshot snapshot) {
    return checkNotNull(snapshot, "snapshot").withAssignments(assignments());
  }

  @Value.Lazy
  ImmutableMap<IkmId, MentorId> mentorIndex() {
    ImmutableMap.Builder<IkmId, MentorId> index = ImmutableMap.builder();
    for (Assignment assignment : assignments()) {
      for (IkmId ikm : assignment.ikms()) {
        index.put(ikm, assignment.mentor());
      }
    }
    return index.buildKeepingLast();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AssignmentPlan} values; obtain one with {@link AssignmentPlan#builder()}. */
  public static final class Builder extends ImmutableAssignmentPlan.Builder {
    Builder() {}
  }
}
