package io.github.ikmsdk.core.planning.assignment;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.SentraId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One group of IKMs of an {@link AssignmentPlan} (kelompok dampingan): IKMs of one sentra and one
 * commodity, at most the policy's caseload, with the mentor chosen for them and why.
 *
 * <p>A group's {@link #id()} is {@code "<sentra>/<commodity>/<n>"}, where {@code n} counts the
 * groups of that sentra and commodity from 1: first the groups of fixed mentors in mentor-id order,
 * then the groups the assigner formed, from south-west to north-east. Ids are stable for the same
 * input.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GroupAssignment {

  GroupAssignment() {}

  /**
   * Returns the id of the group.
   *
   * @return the id, for example {@code "S-BATU-CERMIN/TENUN/1"}
   */
  public abstract String id();

  /**
   * Returns the sentra of every IKM of the group.
   *
   * @return the sentra id
   */
  public abstract SentraId sentra();

  /**
   * Returns the commodity of every IKM of the group.
   *
   * @return the commodity id
   */
  public abstract CommodityId commodity();

  /**
   * Returns the IKMs of the group.
   *
   * @return the IKM ids, sorted, not empty
   */
  public abstract List<IkmId> ikms();

  /**
   * Returns the IKMs whose mentor the user fixed; the others were added by the assigner.
   *
   * @return the fixed IKM ids, sorted, a subset of {@link #ikms()}, empty unless {@link #reason()}
   *     is {@link AssignmentReason#FIXED_BY_USER}
   */
  public abstract List<IkmId> fixedIkms();

  /**
   * Returns the mentor of the group.
   *
   * @return the mentor, empty when no mentor was available ({@link
   *     AssignmentReason#NO_MENTOR_AVAILABLE})
   */
  public abstract Optional<MentorId> mentor();

  /**
   * Returns the travel cost of the group for its mentor: the sum over the group's IKMs of the
   * travel time from the mentor's base to the IKM's production site, each rounded up to whole
   * minutes (one way; a weekly round trip to each IKM costs about twice as much).
   *
   * @return minutes, zero or more; empty when the group has no mentor
   */
  public abstract OptionalLong travelMinutes();

  /**
   * Returns why the group has its mentor, or none.
   *
   * @return the reason
   */
  public abstract AssignmentReason reason();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GroupAssignment} values; obtain one with {@link GroupAssignment#builder()}. */
  public static final class Builder extends ImmutableGroupAssignment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!ikms().isEmpty(), "group %s must have at least one IKM", id());
    checkArgument(
        ikms().containsAll(fixedIkms()), "group %s: fixed IKMs must be IKMs of the group", id());
    checkArgument(
        mentor().isPresent() == travelMinutes().isPresent(),
        "group %s: travel minutes are given exactly when a mentor is",
        id());
    checkArgument(
        mentor().isPresent() == (reason() != AssignmentReason.NO_MENTOR_AVAILABLE),
        "group %s: reason %s does not fit mentor %s",
        id(),
        reason(),
        mentor());
  }
}
