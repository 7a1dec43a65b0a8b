package io.github.ikmsdk.core.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.hash.HashCode;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.logbook.LogbookChain;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.visit.Visit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The implementations of {@link Change}. */
final class Changes {

  private Changes() {}

  /** Adds a visit. */
  static final class AddVisit implements Change {
    final Visit visit;

    AddVisit(Visit visit) {
      this.visit = visit;
    }

    @Override
    public ProgrammeSnapshot applyTo(ProgrammeSnapshot before) {
      return ProgrammeSnapshot.builder().from(before).addVisits(visit).build();
    }

    @Override
    public String toString() {
      return "addVisit(" + visit.id() + ")";
    }
  }

  /** Replaces a visit by id. */
  static final class EditVisit implements Change {
    final Visit visit;

    EditVisit(Visit visit) {
      this.visit = visit;
    }

    @Override
    public ProgrammeSnapshot applyTo(ProgrammeSnapshot before) {
      List<Visit> visits = new ArrayList<>(before.visits());
      int index = -1;
      for (int i = 0; i < visits.size(); i++) {
        if (visits.get(i).id().equals(visit.id())) {
          index = i;
          break;
        }
      }
      checkArgument(index >= 0, "no visit with id %s to edit", visit.id());
      visits.set(index, visit);
      return ProgrammeSnapshot.builder().from(before).visits(visits).build();
    }

    @Override
    public String toString() {
      return "editVisit(" + visit.id() + ")";
    }
  }

  /** Assigns or reassigns an IKM. */
  static final class Assign implements Change {
    final IkmId ikm;
    final MentorId mentor;

    Assign(IkmId ikm, MentorId mentor) {
      this.ikm = ikm;
      this.mentor = mentor;
    }

    @Override
    public ProgrammeSnapshot applyTo(ProgrammeSnapshot before) {
      List<Assignment> assignments = new ArrayList<>();
      boolean added = false;
      for (Assignment a : before.assignments()) {
        Set<IkmId> ikms = new LinkedHashSet<>(a.ikms());
        boolean removed = ikms.remove(ikm);
        if (!added && a.mentor().equals(mentor)) {
          ikms.add(ikm);
          added = true;
        } else if (removed && ikms.isEmpty()) {
          continue;
        }
        assignments.add(
            removed || ikms.size() != a.ikms().size() ? Assignment.of(a.mentor(), ikms) : a);
      }
      if (!added) {
        assignments.add(Assignment.of(mentor, List.of(ikm)));
      }
      return ProgrammeSnapshot.builder().from(before).assignments(assignments).build();
    }

    @Override
    public String toString() {
      return "assign(" + ikm + ", " + mentor + ")";
    }
  }

  /** Adds a logbook entry, sealed after the head of its IKM's chain. */
  static final class AddLogbookEntry implements Change {
    final LogbookEntry entry;

    AddLogbookEntry(LogbookEntry entry) {
      checkArgument(
          entry.recordedAt().isPresent() && entry.recordedBy().isPresent(),
          "logbook entry %s needs recordedAt and recordedBy to be added",
          entry.id());
      this.entry = entry;
    }

    @Override
    public ProgrammeSnapshot applyTo(ProgrammeSnapshot before) {
      HashCode head = LogbookChain.head(before.logbook(entry.ikm()));
      LogbookEntry sealed = LogbookChain.seal(entry, head);
      return ProgrammeSnapshot.builder().from(before).addLogbookEntries(sealed).build();
    }

    @Override
    public String toString() {
      return "addLogbookEntry(" + entry.id() + ")";
    }
  }
}
