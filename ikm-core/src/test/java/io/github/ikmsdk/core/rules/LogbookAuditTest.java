package io.github.ikmsdk.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.hash.HashCode;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.logbook.Amendment;
import io.github.ikmsdk.core.logbook.FieldChange;
import io.github.ikmsdk.core.logbook.Logbook;
import io.github.ikmsdk.core.logbook.LogbookChain;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The logbook as an audit trail, on the seed programme (Manggarai Barat 2023): IKM-01's logbook is
 * recorded through the SDK's mutation path, each entry at 16:00 WITA of its date, so that it
 * carries a hash chain; the tests then tamper with it as an auditor would fear.
 */
class LogbookAuditTest {

  private static final Validator VALIDATOR = Validator.standard();
  private static final ProgrammeSnapshot UNSEALED = SeedSnapshots.valid();
  private static final IkmId IKM = UNSEALED.programme().participants().iterator().next();
  private static final ProgrammeSnapshot SEED = recordThroughSession(UNSEALED);

  /** Re-records IKM's entries one by one through a validation session, as a front end would. */
  private static ProgrammeSnapshot recordThroughSession(ProgrammeSnapshot unsealed) {
    List<LogbookEntry> others =
        unsealed.logbookEntries().stream()
            .filter(e -> !e.ikm().equals(IKM))
            .collect(Collectors.toList());
    ValidationSession session = VALIDATOR.session(unsealed.withLogbookEntries(others));
    for (LogbookEntry e : unsealed.logbook(IKM).entries()) {
      session = session.apply(Change.addLogbookEntry(recorded(e, e.date())));
    }
    return session.snapshot();
  }

  private static LogbookEntry recorded(LogbookEntry e, LocalDate day) {
    return LogbookEntry.builder()
        .from(e)
        .recordedAt(at(day, 16))
        .recordedBy("operator-disperindag")
        .build();
  }

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(UNSEALED.programme().zone()).toInstant();
  }

  private static List<LogbookEntry> chain() {
    return new ArrayList<>(SEED.logbook(IKM).entries());
  }

  private static ProgrammeSnapshot withChain(List<LogbookEntry> chain) {
    List<LogbookEntry> all =
        SEED.logbookEntries().stream()
            .filter(e -> !e.ikm().equals(IKM))
            .collect(Collectors.toCollection(ArrayList::new));
    all.addAll(chain);
    return SEED.withLogbookEntries(all);
  }

  private static List<String> found(ProgrammeSnapshot s) {
    return VALIDATOR.validate(s).violations().stream()
        .map(v -> v.code() + " " + v.arguments().get("entry"))
        .collect(Collectors.toList());
  }

  private static String id(int index) {
    return chain().get(index).id().value();
  }

  @Test
  void theRecordedSeedLogbookIsChainedAndValid() {
    List<LogbookEntry> chain = chain();
    assertEquals(5, chain.size());
    assertEquals(LogbookChain.GENESIS, chain.get(0).link().orElseThrow().previous());
    for (int i = 1; i < chain.size(); i++) {
      assertEquals(
          chain.get(i - 1).link().orElseThrow().hash(),
          chain.get(i).link().orElseThrow().previous());
    }
    assertEquals(List.of(), found(SEED));
    Logbook logbook = SEED.logbook(IKM);
    assertEquals(List.of(), LogbookAudit.verify(logbook, LogbookChain.head(logbook)));
    for (LogbookEntry e : chain) {
      assertEquals(List.of(), LogbookAudit.verify(logbook, e.link().orElseThrow().hash()));
    }
  }

  @Test
  void anEntryChangedAfterTheEvaluationIsCaughtOnThatEntry() {
    List<LogbookEntry> chain = chain();
    LogbookEntry diagnosis = chain.get(0);
    chain.set(
        0, LogbookEntry.builder().from(diagnosis).findings("Omzet 12 juta per bulan").build());
    assertEquals(List.of("IKM-R411 " + id(0)), found(withChain(chain)));
    Violation v = LogbookAudit.verify(withChain(chain).logbook(IKM)).get(0);
    assertEquals(diagnosis.link().orElseThrow().hash().toString(), v.arguments().get("stored"));
    assertEquals(
        LogbookChain.hash(chain.get(0), LogbookChain.GENESIS).toString(),
        v.arguments().get("computed"));
    assertTrue(v.message(Locale.forLanguageTag("id")).contains("diubah setelah dicatat"));
  }

  @Test
  void aDeletedEntryIsCaughtOnTheEntryAfterTheGap() {
    List<LogbookEntry> chain = chain();
    LogbookEntry removed = chain.remove(2);
    assertEquals(List.of("IKM-R412 " + id(3)), found(withChain(chain)));
    Violation v = LogbookAudit.verify(withChain(chain).logbook(IKM)).get(0);
    assertEquals(removed.link().orElseThrow().hash().toString(), v.arguments().get("previous"));
  }

  @Test
  void twoSwappedEntriesAreBothCaught() {
    List<LogbookEntry> chain = chain();
    Collections.swap(chain, 2, 3);
    List<Violation> found = LogbookAudit.verify(withChain(chain).logbook(IKM));
    assertEquals(
        Map.of(id(3), id(1) + " after " + id(2), id(2), id(3) + " after " + id(1)),
        found.stream()
            .collect(
                Collectors.toMap(
                    v -> v.arguments().get("entry"),
                    v ->
                        v.arguments().get("listedAfter")
                            + " after "
                            + v.arguments().get("chainAfter"))));
    assertEquals(List.of("IKM-R413 " + id(2), "IKM-R413 " + id(3)), found(withChain(chain)));
  }

  @Test
  void aChainCutShortIsCaughtWithTheKeptHashOnly() {
    Logbook whole = SEED.logbook(IKM);
    HashCode kept = LogbookChain.head(whole);
    List<LogbookEntry> chain = chain();
    chain.remove(chain.size() - 1);
    Logbook cut = withChain(chain).logbook(IKM);
    assertEquals(List.of(), LogbookAudit.verify(cut));
    List<Violation> found = LogbookAudit.verify(cut, kept);
    assertEquals(1, found.size());
    assertEquals(Rule.CHAIN_CUT_SHORT, found.get(0).rule());
    assertEquals(kept.toString(), found.get(0).arguments().get("kept"));
    assertEquals(LogbookChain.head(cut).toString(), found.get(0).arguments().get("head"));
  }

  @Test
  void aBackdatedEntryIsAWarningNamingBothEntriesAndDates() {
    LogbookEntry evaluation = chain().get(4);
    LogbookEntry mentoring = chain().get(3);
    LogbookEntry backdated =
        LogbookEntry.builder()
            .id(LogbookEntryId.of("L-late"))
            .ikm(IKM)
            .stage(Stage.MENTORING)
            .date(mentoring.date().plusDays(1))
            .author(mentoring.author())
            .findings("Ditulis setelah evaluasi, bertanggal sebelumnya")
            .recordedAt(at(evaluation.date(), 17))
            .recordedBy("operator-disperindag")
            .build();
    ValidationReport report = VALIDATOR.session(SEED).check(Change.addLogbookEntry(backdated));
    assertEquals(ValidationReport.Status.WARNINGS, report.status(), report.toString());
    Violation v = report.violations().get(0);
    assertEquals(Rule.BACKDATED_ENTRY, v.rule());
    assertEquals("L-late", v.arguments().get("entry"));
    assertEquals(backdated.date().toString(), v.arguments().get("date"));
    assertEquals(evaluation.id().value(), v.arguments().get("other"));
    assertEquals(evaluation.date().toString(), v.arguments().get("otherDate"));
    assertEquals(evaluation.date() + "T17:00:00+08:00", v.arguments().get("recordedAt"));
    assertEquals(evaluation.date() + "T16:00:00+08:00", v.arguments().get("otherRecordedAt"));
  }

  @Test
  void aSameDateEntryRecordedAfterTheEvaluationIsLocked() {
    LogbookEntry evaluation = chain().get(4);
    LogbookEntry sameDay =
        LogbookEntry.builder()
            .from(chain().get(3))
            .id(LogbookEntryId.of("L-same-day"))
            .visit(Optional.empty())
            .link(Optional.empty())
            .date(evaluation.date())
            .recordedAt(at(evaluation.date(), 18))
            .build();
    ProgrammeSnapshot after = Change.addLogbookEntry(sameDay).applyTo(SEED);
    assertEquals(List.of("IKM-R406 L-same-day"), found(after));
    assertEquals(
        VALIDATOR.validate(after), VALIDATOR.session(SEED).check(Change.addLogbookEntry(sameDay)));
  }

  @Test
  void aSecondEvaluationIsLockedAndRepeated() {
    LogbookEntry evaluation = chain().get(4);
    LogbookEntry again =
        LogbookEntry.builder()
            .from(evaluation)
            .id(LogbookEntryId.of("L-eval-2"))
            .visit(Optional.empty())
            .date(evaluation.date().plusDays(1))
            .recordedAt(at(evaluation.date().plusDays(1), 9))
            .build();
    assertEquals(
        List.of("IKM-R403 L-eval-2", "IKM-R406 L-eval-2"),
        found(Change.addLogbookEntry(again).applyTo(SEED)).stream()
            .sorted()
            .collect(Collectors.toList()));
  }

  @Test
  void amendmentsAfterTheEvaluationExtendTheChain() {
    LogbookEntry diagnosis = chain().get(0);
    LogbookEntry evaluation = chain().get(4);
    LogbookEntry correction =
        LogbookEntry.builder()
            .id(LogbookEntryId.of("L-koreksi"))
            .ikm(IKM)
            .stage(Stage.DIAGNOSIS)
            .date(evaluation.date())
            .author(diagnosis.author())
            .recordedAt(at(evaluation.date(), 17))
            .recordedBy("operator-disperindag")
            .amendment(
                Amendment.builder()
                    .amends(diagnosis.id())
                    .addChanges(FieldChange.of("findings", diagnosis.findings(), "Omzet 6 juta"))
                    .reason("salah catat")
                    .build())
            .build();
    ProgrammeSnapshot after =
        VALIDATOR.session(SEED).apply(Change.addLogbookEntry(correction)).snapshot();
    assertEquals(List.of(), found(after));
    Logbook logbook = after.logbook(IKM);
    LogbookEntry sealed = logbook.entries().get(5);
    assertEquals(LogbookChain.head(SEED.logbook(IKM)), sealed.link().orElseThrow().previous());
    assertEquals(List.of(), LogbookAudit.verify(logbook, LogbookChain.head(SEED.logbook(IKM))));
  }

  @Test
  void anEntryAddedWithoutTheMutationPathIsOutsideTheChain() {
    List<LogbookEntry> chain = chain();
    LogbookEntry unlinked =
        LogbookEntry.builder()
            .from(chain.get(3))
            .id(LogbookEntryId.of("L-forged"))
            .visit(Optional.empty())
            .link(Optional.empty())
            .date(chain.get(3).date().plusDays(1))
            .build();
    chain.add(4, unlinked);
    assertEquals(List.of("IKM-R415 L-forged"), found(withChain(chain)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Change.addLogbookEntry(
                LogbookEntry.builder().from(unlinked).recordedAt(Optional.empty()).build()));
  }

  @Test
  void versionOneEntriesBeforeTheChainAreNotReported() {
    List<LogbookEntry> legacy = UNSEALED.logbook(IKM).entries();
    assertEquals(List.of(), LogbookAudit.verify(UNSEALED.logbook(IKM)));
    LogbookEntry next =
        LogbookEntry.builder()
            .from(legacy.get(4))
            .id(LogbookEntryId.of("L-koreksi"))
            .visit(Optional.empty())
            .recordedAt(at(legacy.get(4).date(), 17))
            .recordedBy("operator-disperindag")
            .amendment(
                Amendment.builder()
                    .amends(legacy.get(0).id())
                    .addChanges(FieldChange.of("findings", "a", "b"))
                    .build())
            .build();
    ProgrammeSnapshot after = Change.addLogbookEntry(next).applyTo(UNSEALED);
    assertEquals(List.of(), found(after));
    assertNotEquals(LogbookChain.GENESIS, LogbookChain.head(after.logbook(IKM)));
  }
}
