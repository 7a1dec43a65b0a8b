package io.github.ikmsdk.core.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.id.AgencyId;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.id.VisitId;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * What a violation concerns (subjek pelanggaran): a kind of entity and its id, for example the IKM
 * {@code IKM-01} or the ISO week {@code 2023-W33}.
 *
 * <p>Subjects order by kind, then by id text. {@link #toString()} gives {@code KIND:id}, which
 * {@link #parse(CharSequence)} reads back. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Subject implements Comparable<Subject> {

  /** The kinds of subject, in their sort order. */
  public enum Kind {
    /** A programme (program pendampingan). */
    PROGRAMME,
    /** An agency (Dinas). */
    AGENCY,
    /** A commodity (komoditi). */
    COMMODITY,
    /** A sentra (sentra IKM). */
    SENTRA,
    /** A mentor (pendamping IKM). */
    MENTOR,
    /** An IKM (pelaku IKM). */
    IKM,
    /** An ISO week (minggu). */
    WEEK,
    /** A visit (kunjungan). */
    VISIT,
    /** A logbook entry (entri logbook). */
    LOGBOOK_ENTRY
  }

  private static final Comparator<Subject> ORDER =
      Comparator.comparing(Subject::kind).thenComparing(Subject::id);

  private final Kind kind;
  private final String id;

  private Subject(Kind kind, String id) {
    this.kind = kind;
    this.id = id;
  }

  /**
   * Returns a subject.
   *
   * @param kind the kind, not null
   * @param id the id text, not blank
   * @return the subject
   * @throws IllegalArgumentException if the id is blank
   */
  public static Subject of(Kind kind, String id) {
    checkNotNull(kind, "kind");
    checkNotNull(id, "id");
    checkArgument(!id.isBlank(), "subject id must not be blank, was '%s'", id);
    return new Subject(kind, id);
  }

  /**
   * Reads the text of {@link #toString()}, for example {@code IKM:IKM-01}.
   *
   * @param text the text, not null
   * @return the subject
   * @throws IllegalArgumentException if the text is not {@code KIND:id}
   */
  public static Subject parse(CharSequence text) {
    String s = checkNotNull(text, "text").toString();
    int colon = s.indexOf(':');
    checkArgument(colon > 0, "subject must be 'KIND:id', was '%s'", s);
    Kind kind;
    try {
      kind = Kind.valueOf(s.substring(0, colon));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown subject kind in '" + s + "'", e);
    }
    return of(kind, s.substring(colon + 1));
  }

  /**
   * Returns the subject for a programme.
   *
   * @param id the programme id, not null
   * @return the subject
   */
  public static Subject of(ProgrammeId id) {
    return new Subject(Kind.PROGRAMME, id.value());
  }

  /**
   * Returns the subject for an agency.
   *
   * @param id the agency id, not null
   * @return the subject
   */
  public static Subject of(AgencyId id) {
    return new Subject(Kind.AGENCY, id.value());
  }

  /**
   * Returns the subject for a commodity.
   *
   * @param id the commodity id, not null
   * @return the subject
   */
  public static Subject of(CommodityId id) {
    return new Subject(Kind.COMMODITY, id.value());
  }

  /**
   * Returns the subject for a sentra.
   *
   * @param id the sentra id, not null
   * @return the subject
   */
  public static Subject of(SentraId id) {
    return new Subject(Kind.SENTRA, id.value());
  }

  /**
   * Returns the subject for a mentor.
   *
   * @param id the mentor id, not null
   * @return the subject
   */
  public static Subject of(MentorId id) {
    return new Subject(Kind.MENTOR, id.value());
  }

  /**
   * Returns the subject for an IKM.
   *
   * @param id the IKM id, not null
   * @return the subject
   */
  public static Subject of(IkmId id) {
    return new Subject(Kind.IKM, id.value());
  }

  /**
   * Returns the subject for a visit.
   *
   * @param id the visit id, not null
   * @return the subject
   */
  public static Subject of(VisitId id) {
    return new Subject(Kind.VISIT, id.value());
  }

  /**
   * Returns the subject for a logbook entry.
   *
   * @param id the entry id, not null
   * @return the subject
   */
  public static Subject of(LogbookEntryId id) {
    return new Subject(Kind.LOGBOOK_ENTRY, id.value());
  }

  /**
   * Returns the subject for an ISO week.
   *
   * @param week the week, not null
   * @return the subject, with id such as {@code 2023-W33}
   */
  public static Subject week(IsoWeek week) {
    return new Subject(Kind.WEEK, week.toString());
  }

  /**
   * Returns the kind of subject.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the id text.
   *
   * @return the id, not blank
   */
  public String id() {
    return id;
  }

  @Override
  public int compareTo(Subject other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof Subject other && other.kind == kind && other.id.equals(id));
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + id.hashCode();
  }

  /**
   * Returns {@code KIND:id}, for example {@code IKM:IKM-01}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return kind.name() + ":" + id;
  }
}
