package io.github.ikmsdk.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.hash.HashCode;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.logbook.Amendment;
import io.github.ikmsdk.core.logbook.FieldChange;
import io.github.ikmsdk.core.logbook.Logbook;
import io.github.ikmsdk.core.logbook.LogbookChain;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.testing.IkmArbitraries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the hash chain: an unmodified logbook verifies; any single modification, deletion
 * or swap is detected and located exactly; amendments never break the chain.
 */
class LogbookAuditProperties {

  private static final IkmId IKM = IkmId.of("IKM-01");
  private static final Instant START = Instant.parse("2023-08-14T01:00:00Z");

  /** One generated entry before sealing; amends is an earlier index or -1. */
  private static final class Draft {
    final Stage stage;
    final int day;
    final String findings;
    final int amends;
    final int minutes;

    Draft(Stage stage, int day, String findings, int amends, int minutes) {
      this.stage = stage;
      this.day = day;
      this.findings = findings;
      this.amends = amends;
      this.minutes = minutes;
    }
  }

  @Provide
  Arbitrary<List<LogbookEntry>> chains() {
    Arbitrary<Draft> drafts =
        Combinators.combine(
                Arbitraries.of(Stage.class),
                Arbitraries.integers().between(0, 120),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.integers().between(-3, 30),
                Arbitraries.integers().between(0, 5000))
            .as(Draft::new);
    return drafts.list().ofMinSize(2).ofMaxSize(25).map(LogbookAuditProperties::seal);
  }

  /** Seals drafts in order; a draft whose amends index is earlier becomes an amendment of it. */
  private static List<LogbookEntry> seal(List<Draft> drafts) {
    List<LogbookEntry> chain = new ArrayList<>();
    Instant at = START;
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      at = at.plusSeconds(60L * d.minutes + 1);
      LogbookEntry.Builder b =
          LogbookEntry.builder()
              .id(LogbookEntryId.of("LB-" + i))
              .ikm(IKM)
              .stage(d.stage)
              .date(LocalDate.of(2023, 8, 14).plusDays(d.day))
              .author(MentorId.of("PDP-01"))
              .findings(d.findings)
              .recordedAt(at)
              .recordedBy("operator-" + (i % 3));
      if (d.amends >= 0 && d.amends < i) {
        b.amendment(
            Amendment.builder()
                .amends(chain.get(d.amends).id())
                .addChanges(FieldChange.of("findings", chain.get(d.amends).findings(), d.findings))
                .build());
      }
      chain.add(LogbookChain.seal(b.build(), head(chain)));
    }
    return chain;
  }

  private static HashCode head(List<LogbookEntry> chain) {
    return LogbookChain.head(Logbook.of(IKM, chain));
  }

  private static Set<String> located(List<LogbookEntry> chain) {
    return LogbookAudit.verify(Logbook.of(IKM, chain)).stream()
        .map(v -> v.code() + " " + v.arguments().get("entry"))
        .collect(Collectors.toSet());
  }

  @Property(tries = 300)
  void anUnmodifiedLogbookVerifiesAndHoldsEveryHashItHad(
      @ForAll("chains") List<LogbookEntry> chain) {
    Logbook logbook = Logbook.of(IKM, chain);
    assertEquals(List.of(), LogbookAudit.verify(logbook));
    for (LogbookEntry e : chain) {
      assertEquals(List.of(), LogbookAudit.verify(logbook, e.link().get().hash()));
    }
  }

  @Property(tries = 300)
  void anySingleModificationIsLocatedExactly(
      @ForAll("chains") List<LogbookEntry> chain,
      @ForAll @IntRange(min = 0, max = 1000) int pick,
      @ForAll @IntRange(min = 0, max = 4) int what) {
    int k = pick % chain.size();
    LogbookEntry e = chain.get(k);
    LogbookEntry.Builder changed = LogbookEntry.builder().from(e);
    switch (what) {
      case 0:
        changed.findings(e.findings() + "x");
        break;
      case 1:
        changed.date(e.date().plusDays(1));
        break;
      case 2:
        changed.stage(Stage.values()[(e.stage().ordinal() + 1) % 4]);
        break;
      case 3:
        changed.recordedAt(e.recordedAt().get().minusMillis(1));
        break;
      default:
        changed.actions(e.actions() + "\u0000");
    }
    List<LogbookEntry> tampered = new ArrayList<>(chain);
    tampered.set(k, changed.build());
    assertEquals(Set.of("IKM-R411 " + e.id().value()), located(tampered));
  }

  @Property(tries = 300)
  void anySingleDeletionIsLocatedExactly(
      @ForAll("chains") List<LogbookEntry> chain, @ForAll @IntRange(min = 0, max = 1000) int pick) {
    int k = pick % chain.size();
    List<LogbookEntry> tampered = new ArrayList<>(chain);
    tampered.remove(k);
    if (k < chain.size() - 1) {
      assertEquals(Set.of("IKM-R412 " + chain.get(k + 1).id().value()), located(tampered));
    } else {
      assertEquals(Set.of(), located(tampered));
      List<Violation> cut = LogbookAudit.verify(Logbook.of(IKM, tampered), head(chain));
      assertEquals(
          List.of(Rule.CHAIN_CUT_SHORT),
          cut.stream().map(Violation::rule).collect(Collectors.toList()));
    }
  }

  @Property(tries = 300)
  void anySwapIsLocatedExactly(
      @ForAll("chains") List<LogbookEntry> chain,
      @ForAll @IntRange(min = 0, max = 1000) int first,
      @ForAll @IntRange(min = 1, max = 1000) int distance) {
    int i = first % chain.size();
    int j = (i + 1 + distance % (chain.size() - 1)) % chain.size();
    List<LogbookEntry> tampered = new ArrayList<>(chain);
    Collections.swap(tampered, i, j);
    assertEquals(
        Set.of("IKM-R413 " + chain.get(i).id().value(), "IKM-R413 " + chain.get(j).id().value()),
        located(tampered));
  }

  @Provide
  Arbitrary<ProgrammeSnapshot> valid() {
    return IkmArbitraries.validSnapshots(2, 1);
  }

  @Property(tries = 40)
  void amendmentsThroughTheSessionNeverBreakTheChain(
      @ForAll("valid") ProgrammeSnapshot snapshot,
      @ForAll @IntRange(min = 1, max = 6) int amendments,
      @ForAll long seed) {
    Random random = new Random(seed);
    ValidationSession session = Validator.standard().session(snapshot);
    for (int n = 0; n < amendments; n++) {
      List<LogbookEntry> entries = session.snapshot().logbookEntries();
      LogbookEntry target = entries.get(random.nextInt(entries.size()));
      LogbookEntry amendment =
          LogbookEntry.builder()
              .id(LogbookEntryId.of("L-koreksi-" + n))
              .ikm(target.ikm())
              .stage(target.stage())
              .date(target.date().plusDays(random.nextInt(3)))
              .author(target.author())
              .recordedAt(START.plusSeconds(3600L * n))
              .recordedBy("operator")
              .amendment(
                  Amendment.builder()
                      .amends(target.id())
                      .addChanges(FieldChange.of("findings", target.findings(), "koreksi " + n))
                      .build())
              .build();
      session = session.apply(Change.addLogbookEntry(amendment));
      Logbook logbook = session.snapshot().logbook(target.ikm());
      assertEquals(List.of(), LogbookAudit.verify(logbook));
    }
    assertEquals(
        Set.of(),
        session.report().violations().stream()
            .map(Violation::rule)
            .filter(r -> r.code().compareTo("IKM-R411") >= 0 && r.code().compareTo("IKM-R415") <= 0)
            .collect(Collectors.toSet()));
    assertEquals(Validator.standard().validate(session.snapshot()), session.report());
  }
}
