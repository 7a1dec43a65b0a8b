package io.github.ikmsdk.core.planning.programme;

import com.google.common.collect.ImmutableSet;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Restricts a snapshot to some of its participants. */
final class Participants {

  private Participants() {}

  /** The snapshot whose participants are those of one commodity's IKMs. */
  static ProgrammeSnapshot ofCommodity(ProgrammeSnapshot snapshot, CommodityId commodity) {
    return only(
        snapshot, id -> snapshot.ikm(id).map(Ikm::commodity).filter(commodity::equals).isPresent());
  }

  /** The snapshot whose participants are those of one sentra's IKMs. */
  static ProgrammeSnapshot ofSentra(ProgrammeSnapshot snapshot, SentraId sentra) {
    return only(
        snapshot, id -> snapshot.ikm(id).map(Ikm::sentra).filter(sentra::equals).isPresent());
  }

  /**
   * The snapshot with only the participants that pass the test, their sentra, and the assignments
   * of those participants.
   */
  static ProgrammeSnapshot only(ProgrammeSnapshot snapshot, Predicate<IkmId> keep) {
    Programme programme = snapshot.programme();
    ImmutableSet.Builder<IkmId> participants = ImmutableSet.builder();
    ImmutableSet.Builder<SentraId> sentra = ImmutableSet.builder();
    for (IkmId id : programme.participants()) {
      if (keep.test(id)) {
        participants.add(id);
        snapshot.ikm(id).ifPresent(ikm -> sentra.add(ikm.sentra()));
      }
    }
    Set<IkmId> kept = participants.build();
    List<Assignment> assignments = new ArrayList<>();
    for (Assignment a : snapshot.assignments()) {
      List<IkmId> ikms = new ArrayList<>();
      a.ikms().stream().filter(kept::contains).forEach(ikms::add);
      if (!ikms.isEmpty()) {
        assignments.add(Assignment.of(a.mentor(), ikms));
      }
    }
    Programme restricted =
        Programme.builder().from(programme).participants(kept).sentra(sentra.build()).build();
    return ProgrammeSnapshot.builder()
        .from(snapshot)
        .programme(restricted)
        .assignments(assignments)
        .build();
  }
}
