package io.github.ikmsdk.core.planning.assignment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ikmsdk.core.geo.TravelModel;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.identifier.RegionCode;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * What {@link MentorAssigner} assigns: the mentors, the IKMs, the policy, the assignments the user
 * fixes, optionally the mentors' working regions, and the travel model.
 *
 * <p>Like {@link io.github.ikmsdk.core.planning.visit.PlanningRequest}, a request for a programme
 * is made with {@link #of(ProgrammeSnapshot)} (every default) or {@link
 * #builder(ProgrammeSnapshot)} (to add fixed assignments, regions or a travel model); {@link
 * #builder()} starts from nothing, for mentors and IKMs that are not in a snapshot:
 *
 * <pre>{@code
 * AssignmentRequest request = AssignmentRequest.builder(snapshot)
 *     .putFixed(IkmId.of("IKM-07"), MentorId.of("M-02"))
 *     .build();
 * }</pre>
 *
 * <p>Construction checks that the request is consistent in itself: mentor and IKM ids are unique,
 * fixed assignments name known IKMs and mentors, each fixed mentor's IKMs respect the policy's
 * caseload and, where the policy asks for it, share one sentra and one commodity, and mentor
 * regions name known mentors and cover all of them or none. Assignments that break the rules cannot
 * be fixed: rules hold on every path.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AssignmentRequest {

  AssignmentRequest() {}

  /**
   * Returns the mentors (pendamping) to assign.
   *
   * @return the mentors, ids unique
   */
  public abstract List<Mentor> mentors();

  /**
   * Returns the IKMs (Pelaku IKM) to assign.
   *
   * @return the IKMs, ids unique
   */
  public abstract List<Ikm> ikms();

  /**
   * Returns the sentra of the IKMs, used for the names in messages and for the regions of sentra
   * when {@link #mentorRegions()} is given. A sentra not listed here is named by its id and located
   * by the region of its first IKM's address.
   *
   * @return the sentra, possibly empty
   */
  public abstract List<Sentra> sentra();

  /**
   * Returns the policy whose caseload ({@link ProgrammePolicy#maxIkmsPerMentor()}) the groups
   * respect.
   *
   * @return the policy; default {@link ProgrammePolicy#defaults()}
   */
  @Value.Default
  public ProgrammePolicy policy() {
    return ProgrammePolicy.defaults();
  }

  /**
   * Returns the assignments the user fixes: each of these IKMs keeps this mentor. A fixed mentor's
   * spare caseload may take more IKMs of the same sentra and commodity, and the mentor takes no
   * other group.
   *
   * @return the mentor of each fixed IKM, possibly empty
   */
  public abstract Map<IkmId, MentorId> fixed();

  /**
   * Returns the working region (wilayah tugas) of each mentor, for example the regency of the
   * agency that employs the mentor. When given, a mentor takes only groups whose sentra lies in the
   * mentor's region (the most specific mentor region containing the sentra's region), and the
   * assignment is solved separately, and exactly, per region.
   *
   * @return the region of every mentor, or empty for one assignment over all mentors and groups
   */
  public abstract Map<MentorId, RegionCode> mentorRegions();

  /**
   * Returns how travel time between places is estimated.
   *
   * @return the travel model; default {@link TravelModel#roads()}
   */
  @Value.Default
  public TravelModel travelModel() {
    return TravelModel.roads();
  }

  /**
   * Returns a builder filled from a programme: its mentors, its participating IKMs (the IKMs of the
   * snapshot whose ids are {@link io.github.ikmsdk.core.programme.Programme#participants()
   * participants}), its sentra and its policy. Where the snapshot lists an id twice, the first
   * element counts. The snapshot's existing assignments are not fixed; to keep them, add each with
   * {@link Builder#fixAssignment(Assignment)}.
   *
   * @param snapshot the programme, not null
   * @return a builder, to which fixed assignments, regions or a travel model can be added
   */
  public static Builder builder(ProgrammeSnapshot snapshot) {
    checkNotNull(snapshot, "snapshot");
    Set<IkmId> participants = snapshot.programme().participants();
    Builder builder = builder();
    builder.policy(snapshot.programme().policy());
    builder.addAllMentors(firstById(snapshot.mentors(), Mentor::id).values());
    for (Ikm ikm : firstById(snapshot.ikms(), Ikm::id).values()) {
      if (participants.contains(ikm.id())) {
        builder.addIkms(ikm);
      }
    }
    builder.addAllSentra(firstById(snapshot.sentra(), Sentra::id).values());
    return builder;
  }

  /**
   * Returns the request to assign the mentors of a programme with every default: {@code
   * builder(snapshot).build()}.
   *
   * @param snapshot the programme, not null
   * @return the request
   */
  public static AssignmentRequest of(ProgrammeSnapshot snapshot) {
    return builder(snapshot).build();
  }

  private static <K, V> Map<K, V> firstById(List<V> values, Function<V, K> id) {
    Map<K, V> map = new LinkedHashMap<>();
    for (V value : values) {
      map.putIfAbsent(id.apply(value), value);
    }
    return map;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link AssignmentRequest} values; obtain one with {@link AssignmentRequest#builder()} or
   * {@link AssignmentRequest#builder(ProgrammeSnapshot)}.
   */
  public static final class Builder extends ImmutableAssignmentRequest.Builder {
    Builder() {}

    /**
     * Fixes every IKM of an assignment to its mentor.
     *
     * @param assignment the assignment, not null
     * @return this builder
     */
    public Builder fixAssignment(Assignment assignment) {
      checkNotNull(assignment, "assignment");
      for (IkmId ikm : assignment.ikms()) {
        putFixed(ikm, assignment.mentor());
      }
      return this;
    }
  }

  @Value.Check
  void check() {
    Map<MentorId, Mentor> mentors = new HashMap<>();
    for (Mentor mentor : mentors()) {
      checkArgument(
          mentors.put(mentor.id(), mentor) == null, "mentor %s is listed twice", mentor.id());
    }
    Map<IkmId, Ikm> ikms = new HashMap<>();
    for (Ikm ikm : ikms()) {
      checkArgument(ikms.put(ikm.id(), ikm) == null, "IKM %s is listed twice", ikm.id());
    }
    Set<SentraId> sentra = new HashSet<>();
    for (Sentra each : sentra()) {
      checkArgument(sentra.add(each.id()), "sentra %s is listed twice", each.id());
    }
    Map<MentorId, Integer> caseload = new HashMap<>();
    Map<MentorId, SentraId> sentraOf = new HashMap<>();
    Map<MentorId, CommodityId> commodityOf = new HashMap<>();
    for (Map.Entry<IkmId, MentorId> entry : fixed().entrySet()) {
      Ikm ikm = ikms.get(entry.getKey());
      MentorId mentor = entry.getValue();
      checkArgument(ikm != null, "fixed IKM %s is not an IKM of the request", entry.getKey());
      checkArgument(
          mentors.containsKey(mentor), "fixed mentor %s is not a mentor of the request", mentor);
      int load = caseload.merge(mentor, 1, Integer::sum);
      checkArgument(
          load <= policy().maxIkmsPerMentor(),
          "fixed mentor %s has more than %s IKMs",
          mentor,
          policy().maxIkmsPerMentor());
      SentraId firstSentra = sentraOf.computeIfAbsent(mentor, m -> ikm.sentra());
      checkArgument(
          !policy().oneSentraPerMentor() || firstSentra.equals(ikm.sentra()),
          "fixed mentor %s has IKMs of sentra %s and %s",
          mentor,
          firstSentra,
          ikm.sentra());
      CommodityId firstCommodity = commodityOf.computeIfAbsent(mentor, m -> ikm.commodity());
      checkArgument(
          !policy().oneCommodityPerMentor() || firstCommodity.equals(ikm.commodity()),
          "fixed mentor %s has IKMs of commodity %s and %s",
          mentor,
          firstCommodity,
          ikm.commodity());
    }
    for (MentorId mentor : mentorRegions().keySet()) {
      checkArgument(
          mentors.containsKey(mentor),
          "region given for mentor %s, not a mentor of the request",
          mentor);
    }
    checkArgument(
        mentorRegions().isEmpty() || mentorRegions().size() == mentors.size(),
        "mentor regions must be given for all %s mentors or none, were given for %s",
        mentors.size(),
        mentorRegions().size());
  }
}
