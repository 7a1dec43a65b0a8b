package io.github.ikmsdk.core.logbook;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The mentoring logbook of one IKM (logbook pembinaan): its entries in time order, with the stage
 * reached and whether evaluation has locked it.
 *
 * <p>A logbook is a view: it reports what the entries say and never rejects them. Whether they keep
 * the rules (stage order, single stages, no entries after evaluation except amendments) and whether
 * their hash chain holds is the validator's business.
 *
 * <p>Two orders matter. {@link #entries()} keeps the <b>recording order</b>, the order in which the
 * entries are listed, which is the order of the hash chain ({@link LogbookChain}). {@link
 * #sequence()} is the <b>logbook sequence</b> the stage rules read: the entries that are not
 * amendments, by date, then by recording time ({@link LogbookEntry#recordedAt()}); never by stage
 * or id. Entries without a recording time (read from version-1 documents) come before the same
 * date's entries that have one and keep their listed order among themselves.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Logbook {

  /** Date, then recording time, entries without one first: the logbook sequence's order. */
  private static final Comparator<LogbookEntry> SEQUENCE_ORDER =
      Comparator.comparing(LogbookEntry::date)
          .thenComparing(
              e -> e.recordedAt().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

  private final IkmId ikm;
  private final ImmutableList<LogbookEntry> entries;

  private Logbook(IkmId ikm, ImmutableList<LogbookEntry> entries) {
    this.ikm = ikm;
    this.entries = entries;
  }

  /**
   * Returns the logbook of an IKM made of those of the given entries that belong to it.
   *
   * @param ikm the IKM, not null
   * @param entries any entries in recording order, not null; entries of other IKMs are ignored
   * @return the logbook, entries in the given order
   */
  public static Logbook of(IkmId ikm, Iterable<LogbookEntry> entries) {
    checkNotNull(ikm, "ikm");
    ImmutableList<LogbookEntry> own =
        ImmutableList.copyOf(entries).stream()
            .filter(e -> e.ikm().equals(ikm))
            .collect(toImmutableList());
    return new Logbook(ikm, own);
  }

  /**
   * Returns the order of the logbook sequence: by date, then by recording time, an entry without
   * one before the same date's entries with one. Sort with a stable sort (such as {@link
   * java.util.List#sort}) so that the entries it ties keep their recording order.
   *
   * @return the comparator, consistent with the recording order only under a stable sort
   */
  public static Comparator<LogbookEntry> sequenceOrder() {
    return SEQUENCE_ORDER;
  }

  /**
   * Returns the IKM.
   *
   * @return the IKM id
   */
  public IkmId ikm() {
    return ikm;
  }

  /**
   * Returns every entry, amendments included, in recording order: the order of the hash chain.
   *
   * @return the entries, possibly empty
   */
  public List<LogbookEntry> entries() {
    return entries;
  }

  /**
   * Returns the logbook sequence: the entries that are not amendments, by date and then by
   * recording time (see the class description).
   *
   * @return the entries, possibly empty
   */
  public List<LogbookEntry> sequence() {
    return entries.stream()
        .filter(e -> !e.isAmendment())
        .sorted(SEQUENCE_ORDER)
        .collect(toImmutableList());
  }

  /**
   * Returns the entries of a stage that are not amendments, in the logbook sequence.
   *
   * @param stage the stage, not null
   * @return the entries, possibly empty
   */
  public List<LogbookEntry> entries(Stage stage) {
    checkNotNull(stage, "stage");
    return sequence().stream().filter(e -> e.stage() == stage).collect(toImmutableList());
  }

  /**
   * Returns the amendments that correct a given entry, in recording order.
   *
   * @param entry the corrected entry's id, not null
   * @return the amending entries, possibly empty
   */
  public List<LogbookEntry> amendmentsOf(LogbookEntryId entry) {
    checkNotNull(entry, "entry");
    return entries.stream()
        .filter(e -> e.amendment().map(a -> a.amends().equals(entry)).orElse(false))
        .collect(toImmutableList());
  }

  /**
   * Returns the furthest stage recorded by an entry that is not an amendment.
   *
   * @return the stage reached, empty for an empty logbook
   */
  public Optional<Stage> currentStage() {
    return entries.stream()
        .filter(e -> !e.isAmendment())
        .map(LogbookEntry::stage)
        .max(Comparator.naturalOrder());
  }

  /**
   * Returns the date of the first evaluation entry of the sequence, from which the logbook is
   * locked.
   *
   * @return the locking date, empty while no evaluation is recorded
   */
  public Optional<LocalDate> lockedSince() {
    return entries(Stage.EVALUATION).stream().map(LogbookEntry::date).findFirst();
  }

  /**
   * Returns whether an evaluation has been recorded, after which only amendments may follow.
   *
   * @return whether the logbook is locked
   */
  public boolean isLocked() {
    return lockedSince().isPresent();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof Logbook
            && ((Logbook) obj).ikm.equals(ikm)
            && ((Logbook) obj).entries.equals(entries));
  }

  @Override
  public int hashCode() {
    return Objects.hash(ikm, entries);
  }

  @Override
  public String toString() {
    return "Logbook{ikm="
        + ikm
        + ", entries="
        + entries.size()
        + ", stage="
        + currentStage().map(Stage::name).orElse("none")
        + "}";
  }
}
