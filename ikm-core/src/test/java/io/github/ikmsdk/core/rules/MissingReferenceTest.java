package io.github.ikmsdk.core.rules;

import static io.github.ikmsdk.core.rules.SeedSnapshots.ikm;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.visit.Visit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The typed missing reference of IKM-R002 ({@link Violation#missingReference()}) on the seed
 * programme: the kind follows the field, the id is the target unmasked, and a violation read back
 * from its arguments has the same.
 */
class MissingReferenceTest {

  private static final ProgrammeSnapshot SEED = SeedSnapshots.valid();

  /** The single IKM-R002 of a snapshot. */
  private static Violation unknownReference(ProgrammeSnapshot s) {
    List<Violation> found = new ArrayList<>();
    for (Violation v : Validator.standard().validate(s).violations()) {
      if (v.rule() == Rule.UNKNOWN_REFERENCE) {
        found.add(v);
      }
    }
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  private static Violation readBack(Violation v) {
    return Violation.of(v.rule(), v.subjects(), v.arguments());
  }

  @Test
  void aVisitsUnknownMentorIsAMentor() {
    // V-IKM-01-2023-W38 is cited by no logbook entry.
    Visit visit = SEED.visit(VisitId.of("V-IKM-01-2023-W38")).orElseThrow();
    Visit lost = Visit.builder().from(visit).mentor(MentorId.of("M-99")).build();
    Violation v = unknownReference(Change.editVisit(lost).applyTo(SEED));
    assertEquals(Optional.of(Subject.of(MentorId.of("M-99"))), v.missingReference());
    assertEquals(v.missingReference(), readBack(v).missingReference());
    assertEquals(v, readBack(v));
  }

  @Test
  void anEntrysUnknownAuthorIsAMentorAndAnUnknownVisitAVisit() {
    LogbookEntry entry = SEED.logbookEntry(LogbookEntryId.of("L-IKM-01-3")).orElseThrow();
    ProgrammeSnapshot byStranger =
        replace(LogbookEntry.builder().from(entry).author(MentorId.of("M-99")).build());
    assertEquals(
        Optional.of(Subject.of(MentorId.of("M-99"))),
        unknownReference(byStranger).missingReference());
    ProgrammeSnapshot citingNothing =
        replace(LogbookEntry.builder().from(entry).visit(VisitId.of("V-NONE")).build());
    Violation v = unknownReference(citingNothing);
    assertEquals("visit", v.arguments().get("field"));
    assertEquals(Optional.of(Subject.of(VisitId.of("V-NONE"))), v.missingReference());
  }

  @Test
  void anIdThatLooksLikeANikIsMaskedInTheArgumentsOnly() {
    // A mentor id typed as an 18-digit NIP: the arguments and messages never echo a NIK-like
    // number, but the typed reference names the record the importer rejected.
    String nip = "198507142010011003";
    Visit visit = SEED.visit(VisitId.of("V-IKM-01-2023-W38")).orElseThrow();
    Violation v =
        unknownReference(
            Change.editVisit(Visit.builder().from(visit).mentor(MentorId.of(nip)).build())
                .applyTo(SEED));
    assertEquals("198507************", v.arguments().get("target"));
    assertEquals(Optional.of(Subject.of(MentorId.of(nip))), v.missingReference());
  }

  @Test
  void otherRulesAndForeignFieldsHaveNone() {
    Violation withoutMentor =
        Violation.of(
            Rule.IKM_WITHOUT_MENTOR, List.of(Subject.of(ikm(1))), ImmutableMap.of("ikm", "IKM-01"));
    assertEquals(Optional.empty(), withoutMentor.missingReference());
    Violation foreign =
        Violation.of(
            Rule.UNKNOWN_REFERENCE,
            List.of(Subject.of(IkmId.of("IKM-01"))),
            ImmutableMap.of("kind", "IKM", "id", "IKM-01", "field", "owner", "target", "X"));
    assertEquals(Optional.empty(), foreign.missingReference());
  }

  private static ProgrammeSnapshot replace(LogbookEntry changed) {
    List<LogbookEntry> entries = new ArrayList<>();
    for (LogbookEntry e : SEED.logbookEntries()) {
      entries.add(e.id().equals(changed.id()) ? changed : e);
    }
    return ProgrammeSnapshot.builder().from(SEED).logbookEntries(entries).build();
  }
}
