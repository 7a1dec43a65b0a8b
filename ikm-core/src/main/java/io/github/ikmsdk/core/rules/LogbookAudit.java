package io.github.ikmsdk.core.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.HashCode;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.logbook.ChainLink;
import io.github.ikmsdk.core.logbook.Logbook;
import io.github.ikmsdk.core.logbook.LogbookChain;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies a logbook's hash chain (audit logbook): the evidence an auditor (Inspektorat, BPK) needs
 * that no entry was changed, removed or moved after it was recorded.
 *
 * <p>The chain is walked in recording order ({@link Logbook#entries()}), and each fault is reported
 * on the entry where it shows, with its own code:
 *
 * <ul>
 *   <li>{@link Rule#ENTRY_HASH_MISMATCH} (IKM-R411): the entry's content and previous hash no
 *       longer give its stored hash ({@link LogbookChain#hash}): it was changed;
 *   <li>{@link Rule#CHAIN_ENTRY_REMOVED} (IKM-R412): the entry its link follows is not in the
 *       logbook: it was removed, and the entry after the gap is named;
 *   <li>{@link Rule#CHAIN_OUT_OF_ORDER} (IKM-R413): the entry is listed elsewhere than its link
 *       puts it (the order rebuilt by following the links from {@link LogbookChain#GENESIS}); for
 *       two swapped entries both are named, and a second entry claiming the same predecessor is
 *       named too;
 *   <li>{@link Rule#ENTRY_NOT_IN_CHAIN} (IKM-R415): an entry without a link is listed after a
 *       linked one;
 *   <li>{@link Rule#CHAIN_CUT_SHORT} (IKM-R414), by {@link #verify(Logbook, HashCode)} only: the
 *       chain no longer holds the hash the Dinas kept, so its end was cut off or it was rewritten.
 * </ul>
 *
 * <p>Entries without a link listed before the first linked one (read from version-1 documents) are
 * outside the chain and not checked. The validator runs the same checks (all but IKM-R414) on every
 * IKM's logbook, so {@link Validator#validate} of a tampered snapshot reports them too, on every
 * record listed: an entry listed after another with the same id is IKM-R001 and left out of the
 * other logbook rules, but it is a record of the chain all the same. Removing the last entries
 * leaves a chain that is whole; only the kept hash reveals it.
 *
 * <p>This class is a static utility; its results are deterministic.
 *
 * @since 0.1.0
 */
public final class LogbookAudit {

  private static final String START = "START";

  private LogbookAudit() {}

  /**
   * Verifies a logbook's chain.
   *
   * @param logbook the logbook, not null
   * @return the violations, sorted; empty if the chain holds
   */
  public static ImmutableList<Violation> verify(Logbook logbook) {
    checkNotNull(logbook, "logbook");
    List<Violation> out = new ArrayList<>();
    chain(logbook, out);
    Collections.sort(out);
    return ImmutableList.copyOf(out);
  }

  /**
   * Verifies a logbook's chain and that it still holds a hash kept earlier, such as {@link
   * LogbookChain#head} printed on last month's report.
   *
   * @param logbook the logbook, not null
   * @param kept the kept hash, not null; {@link LogbookChain#GENESIS} is held by every logbook
   * @return the violations, sorted; empty if the chain holds and holds the kept hash
   */
  public static ImmutableList<Violation> verify(Logbook logbook, HashCode kept) {
    checkNotNull(logbook, "logbook");
    checkNotNull(kept, "kept");
    List<Violation> out = new ArrayList<>();
    chain(logbook, out);
    boolean held = kept.equals(LogbookChain.GENESIS);
    for (LogbookEntry e : logbook.entries()) {
      held |= e.link().map(l -> l.hash().equals(kept)).orElse(false);
    }
    if (!held) {
      out.add(cutShort(logbook.ikm(), kept, LogbookChain.head(logbook)));
    }
    Collections.sort(out);
    return ImmutableList.copyOf(out);
  }

  /** IKM-R411, R412, R413 and R415 of one logbook. */
  static void chain(Logbook logbook, List<Violation> out) {
    IkmId ikm = logbook.ikm();
    List<LogbookEntry> linked = new ArrayList<>();
    LogbookEntry lastLinked = null;
    for (LogbookEntry e : logbook.entries()) {
      if (e.link().isPresent()) {
        linked.add(e);
        lastLinked = e;
      } else if (lastLinked != null) {
        out.add(notInChain(ikm, e, lastLinked));
      }
    }
    int n = linked.size();
    Map<HashCode, Integer> byHash = new HashMap<>();
    for (int i = 0; i < n; i++) {
      ChainLink link = linked.get(i).link().get();
      byHash.putIfAbsent(link.hash(), i);
      HashCode computed = LogbookChain.hash(linked.get(i), link.previous());
      if (!computed.equals(link.hash())) {
        out.add(hashMismatch(ikm, linked.get(i), link.hash(), computed));
      }
    }
    // The successor each hash has in the chain; entries that start a piece of it are heads.
    Map<HashCode, Integer> successor = new HashMap<>();
    boolean[] head = new boolean[n];
    boolean[] reported = new boolean[n];
    for (int i = 0; i < n; i++) {
      LogbookEntry e = linked.get(i);
      HashCode previous = e.link().get().previous();
      boolean known = previous.equals(LogbookChain.GENESIS) || byHash.containsKey(previous);
      if (!known) {
        head[i] = true;
        out.add(entryRemoved(ikm, e, previous));
      } else if (successor.containsKey(previous)) {
        head[i] = true;
        reported[i] = true;
        out.add(outOfOrder(ikm, linked, byHash, i));
      } else {
        successor.put(previous, i);
        head[i] = previous.equals(LogbookChain.GENESIS);
      }
    }
    // The order the links give: each head in listed order, followed through its successors; then
    // whatever no head reaches (a cycle of forged links) in listed order.
    List<Integer> order = new ArrayList<>(n);
    boolean[] placed = new boolean[n];
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < n; i++) {
        if ((pass == 1 || head[i]) && !placed[i]) {
          Integer j = i;
          while (j != null && !placed[j]) {
            placed[j] = true;
            order.add(j);
            j = successor.get(linked.get(j).link().get().hash());
          }
        }
      }
    }
    for (int p = 0; p < n; p++) {
      if (order.get(p) != p && !reported[p]) {
        out.add(outOfOrder(ikm, linked, byHash, p));
      }
    }
  }

  private static Violation outOfOrder(
      IkmId ikm, List<LogbookEntry> linked, Map<HashCode, Integer> byHash, int i) {
    LogbookEntry e = linked.get(i);
    HashCode previous = e.link().get().previous();
    Integer chainAfter = byHash.get(previous);
    String expected =
        previous.equals(LogbookChain.GENESIS)
            ? START
            : chainAfter == null ? previous.toString() : linked.get(chainAfter).id().value();
    String listedAfter = i == 0 ? START : linked.get(i - 1).id().value();
    return Rule.CHAIN_OUT_OF_ORDER.violation(
        LogbookRules.entrySubjects(ikm, e), e.id(), ikm, expected, listedAfter);
  }

  /** IKM-R411: an entry's content no longer gives its stored hash. */
  private static Violation hashMismatch(
      IkmId ikm, LogbookEntry e, HashCode stored, HashCode computed) {
    return Rule.ENTRY_HASH_MISMATCH.violation(
        LogbookRules.entrySubjects(ikm, e), e.id(), ikm, stored, computed);
  }

  /** IKM-R412: the entry an entry's link follows, by its hash, is not in the logbook. */
  private static Violation entryRemoved(IkmId ikm, LogbookEntry e, HashCode previous) {
    return Rule.CHAIN_ENTRY_REMOVED.violation(
        LogbookRules.entrySubjects(ikm, e), e.id(), ikm, previous);
  }

  /** IKM-R414: the chain no longer holds the kept hash. */
  private static Violation cutShort(IkmId ikm, HashCode kept, HashCode head) {
    return Rule.CHAIN_CUT_SHORT.violation(List.of(Subject.of(ikm)), ikm, kept, head);
  }

  /** IKM-R415: an entry without a link listed after the linked entry {@code after}. */
  private static Violation notInChain(IkmId ikm, LogbookEntry e, LogbookEntry after) {
    return Rule.ENTRY_NOT_IN_CHAIN.violation(
        LogbookRules.entrySubjects(ikm, e), e.id(), ikm, after.id());
  }
}
