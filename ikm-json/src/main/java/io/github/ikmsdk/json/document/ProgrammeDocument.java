package io.github.ikmsdk.json.document;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ikmsdk.core.calendar.HolidayUpdate;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A programme snapshot document (dokumen potret program): everything about one programme —
 * programme, agency, work calendar, commodities, sentra, mentors, IKMs, assignments, leave, visits
 * and logbook entries — with {@code kind} {@code "programme-snapshot"}.
 *
 * <p>The document says whether it holds personal data (the owners' NIK). A document made by {@link
 * #of(ProgrammeSnapshot)} holds the snapshot as given ({@link PersonalData#INCLUDED}); {@link
 * #withoutPersonalData()} removes every NIK. A writer writes NIKs only when the caller opts in;
 * otherwise it writes the document {@linkplain #withoutPersonalData() without personal data}, so
 * that reading it back gives {@code doc.withoutPersonalData()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProgrammeDocument implements IkmDocument {

  private final ProgrammeSnapshot snapshot;
  private final PersonalData personalData;
  private final Optional<HolidayUpdate> holidayUpdate;

  private ProgrammeDocument(ProgrammeSnapshot snapshot, PersonalData personalData) {
    this(snapshot, personalData, Optional.empty());
  }

  private ProgrammeDocument(
      ProgrammeSnapshot snapshot, PersonalData personalData, Optional<HolidayUpdate> update) {
    this.snapshot = snapshot;
    this.personalData = personalData;
    this.holidayUpdate = update;
  }

  /**
   * Returns the document of a snapshot, with its personal data.
   *
   * @param snapshot the snapshot, not null
   * @return the document, with {@link PersonalData#INCLUDED}, not null
   */
  public static ProgrammeDocument of(ProgrammeSnapshot snapshot) {
    return new ProgrammeDocument(checkNotNull(snapshot, "snapshot"), PersonalData.INCLUDED);
  }

  /**
   * Returns the document of a snapshot read from JSON that declared the given personal data.
   *
   * @param snapshot the snapshot, not null
   * @param personalData what the document declared, not null
   * @return the document, not null
   * @throws IllegalArgumentException if {@code personalData} is {@link PersonalData#OMITTED} but
   *     the snapshot holds an NIK
   */
  public static ProgrammeDocument of(ProgrammeSnapshot snapshot, PersonalData personalData) {
    checkNotNull(snapshot, "snapshot");
    checkNotNull(personalData, "personalData");
    if (personalData == PersonalData.OMITTED && holdsPersonalData(snapshot)) {
      throw new IllegalArgumentException(
          "a document declaring personal data omitted must not hold an NIK");
    }
    return new ProgrammeDocument(snapshot, personalData);
  }

  private static boolean holdsPersonalData(ProgrammeSnapshot snapshot) {
    return snapshot.ikms().stream().anyMatch(i -> i.ownerNik().isPresent());
  }

  /**
   * Returns this document without personal data: every IKM owner's NIK removed and {@link
   * #personalData()} {@link PersonalData#OMITTED}.
   *
   * @return the document, not null
   */
  public ProgrammeDocument withoutPersonalData() {
    if (personalData == PersonalData.OMITTED) {
      return this;
    }
    ProgrammeSnapshot stripped = snapshot;
    if (holdsPersonalData(snapshot)) {
      ProgrammeSnapshot.Builder b = ProgrammeSnapshot.builder();
      b.from(snapshot);
      b.ikms(
          snapshot.ikms().stream()
              .map(i -> i.ownerNik().isPresent() ? withoutNik(i) : i)
              .collect(Collectors.toList()));
      stripped = b.build();
    }
    return new ProgrammeDocument(stripped, PersonalData.OMITTED, holidayUpdate);
  }

  /**
   * Returns this document recording the holiday update (perubahan hari libur) its calendar was
   * built with, for example {@code update.applyTo(WorkCalendar.civilServant(zone))}.
   *
   * <p>The snapshot's calendar always holds every holiday it used, so a report read back later does
   * not depend on the holidays bundled with the SDK version reading it; the update records which of
   * those days the user changed (a later decree, a regional holiday, a cancelled cuti bersama), so
   * that the calendar can be rebuilt on a newer bundle with the same changes.
   *
   * @param update the update, not null
   * @return the document with the update
   */
  public ProgrammeDocument withHolidayUpdate(HolidayUpdate update) {
    return new ProgrammeDocument(
        snapshot, personalData, Optional.of(checkNotNull(update, "update")));
  }

  /**
   * Returns the holiday update the snapshot's calendar was built with, if the document records one
   * (the optional field {@code holidayUpdate}).
   *
   * @return the update
   */
  public Optional<HolidayUpdate> holidayUpdate() {
    return holidayUpdate;
  }

  private static Ikm withoutNik(Ikm ikm) {
    Ikm.Builder b = Ikm.builder();
    b.from(ikm);
    b.ownerNik(Optional.empty());
    return b.build();
  }

  /**
   * Returns the snapshot.
   *
   * @return the snapshot, not null
   */
  public ProgrammeSnapshot snapshot() {
    return snapshot;
  }

  /**
   * Returns whether the document holds the owners' NIK.
   *
   * @return the personal-data marker, not null
   */
  public PersonalData personalData() {
    return personalData;
  }

  /**
   * Returns {@link DocumentKind#PROGRAMME_SNAPSHOT}.
   *
   * @return the kind, not null
   */
  @Override
  public DocumentKind kind() {
    return DocumentKind.PROGRAMME_SNAPSHOT;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof ProgrammeDocument
            && ((ProgrammeDocument) obj).snapshot.equals(snapshot)
            && ((ProgrammeDocument) obj).personalData == personalData
            && ((ProgrammeDocument) obj).holidayUpdate.equals(holidayUpdate));
  }

  @Override
  public int hashCode() {
    return Objects.hash(snapshot, personalData, holidayUpdate);
  }

  @Override
  public String toString() {
    return "ProgrammeDocument{programme="
        + snapshot.programme().id()
        + ", personalData="
        + personalData.wireName()
        + "}";
  }
}
