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
 * the rules (stage order, single stages, no entries after evaluation except amendments) is the
 * validator's business. Entries are ordered by date, then stage, then id, as the validator
 * orders them, so the same entries in any order make equal logbooks.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Logbook {

  /** Date, then stage, then id: the order in which the rules read a logbook. */
  private static final Comparator<LogbookEntry> ENTRY_ORDER =
      Comparator.comparing(LogbookEntry::date)
          .thenComparing(LogbookEntry::stage)
          .thenComparing(LogbookEntry::id);

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
   * @param entries any entries, not null; entries of other IKMs are ignored
   * @return the logbook, entries sorted by date, stage and id
   */
  public static Logbook of(IkmId ikm, Iterable<LogbookEntry> entries) {
    checkNotNull(ikm, "ikm");
    ImmutableList<LogbookEntry> own =
        ImmutableList.copyOf(entries).stream()
            .filter(e -> e.ikm().equals(ikm))
            .sorted(ENTRY_ORDER)
            .collect(toImmutableList());
    return new Logbook(ikm, own);
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
   * Returns every entry, amendments included, by date.
   *
   * @return the entries, possibly empty
   */
  public List<LogbookEntry> entries() {
    return entries;
  }

  /**
   * Returns the entries of a stage that are not amendments, by date.
   *
   * @param stage the stage, not null
   * @return the entries, possibly empty
   */
  public List<LogbookEntry> entries(Stage stage) {
    checkNotNull(stage, "stage");
    return entries.stream()
        .filter(e -> !e.isAmendment() && e.stage() == stage)
        .collect(toImmutableList());
  }

  /**
   * Returns the amendments that correct a given entry, by date.
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
   * Returns the date of the first evaluation entry, from which the logbook is locked.
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
