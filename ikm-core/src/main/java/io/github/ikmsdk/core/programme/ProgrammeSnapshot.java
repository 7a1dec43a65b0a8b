package io.github.ikmsdk.core.programme;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multimaps;
import com.google.common.collect.Sets;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.logbook.Logbook;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.visit.Visit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Everything known about one programme at one moment (data program): the programme, its agency and
 * working calendar, commodities, sentra, mentors, IKMs, assignments, leave, visits and logbook
 * entries.
 *
 * <p>A snapshot accepts any content, even content that breaks the rules (duplicate ids, dangling
 * references, a sixth IKM for a mentor): the validator reports such problems instead of
 * construction failing, so that imports and edits lose nothing. Lookups by id return the first
 * element with that id. Edits return new snapshots: {@link #withVisits(Iterable)}, {@link
 * #withAssignments(Iterable)}, {@link #withLogbookEntries(Iterable)}, or any change through {@code
 * ProgrammeSnapshot.builder().from(snapshot)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ProgrammeSnapshot {

  ProgrammeSnapshot() {}

  /**
   * Returns the programme.
   *
   * @return the programme
   */
  public abstract Programme programme();

  /**
   * Returns the agency that runs the programme (Dinas).
   *
   * @return the agency
   */
  public abstract Agency agency();

  /**
   * Returns the working calendar (hari dan jam kerja) that visits must keep to.
   *
   * @return the calendar
   */
  public abstract WorkCalendar calendar();

  /**
   * Returns the commodities (komoditi).
   *
   * @return the commodities, in the order given
   */
  public abstract List<Commodity> commodities();

  /**
   * Returns the sentra.
   *
   * @return the sentra, in the order given
   */
  public abstract List<Sentra> sentra();

  /**
   * Returns the mentors (pendamping).
   *
   * @return the mentors, in the order given
   */
  public abstract List<Mentor> mentors();

  /**
   * Returns the IKMs (Pelaku IKM).
   *
   * @return the IKMs, in the order given
   */
  public abstract List<Ikm> ikms();

  /**
   * Returns the assignments of IKMs to mentors (penugasan).
   *
   * @return the assignments, in the order given
   */
  public abstract List<Assignment> assignments();

  /**
   * Returns the mentors' leave (cuti).
   *
   * @return the leave periods, in the order given
   */
  public abstract List<MentorLeave> leaves();

  /**
   * Returns the visits (kunjungan), planned and recorded.
   *
   * @return the visits, in the order given
   */
  public abstract List<Visit> visits();

  /**
   * Returns the logbook entries of all IKMs.
   *
   * @return the entries, in the order given
   */
  public abstract List<LogbookEntry> logbookEntries();

  /**
   * Returns the first commodity with an id.
   *
   * @param id the id, not null
   * @return the commodity, if present
   */
  public final Optional<Commodity> commodity(CommodityId id) {
    return Optional.ofNullable(commodityIndex().get(checkNotNull(id, "id")));
  }

  /**
   * Returns the first sentra with an id.
   *
   * @param id the id, not null
   * @return the sentra, if present
   */
  public final Optional<Sentra> sentra(SentraId id) {
    return Optional.ofNullable(sentraIndex().get(checkNotNull(id, "id")));
  }

  /**
   * Returns the first mentor with an id.
   *
   * @param id the id, not null
   * @return the mentor, if present
   */
  public final Optional<Mentor> mentor(MentorId id) {
    return Optional.ofNullable(mentorIndex().get(checkNotNull(id, "id")));
  }

  /**
   * Returns the first IKM with an id.
   *
   * @param id the id, not null
   * @return the IKM, if present
   */
  public final Optional<Ikm> ikm(IkmId id) {
    return Optional.ofNullable(ikmIndex().get(checkNotNull(id, "id")));
  }

  /**
   * Returns the first visit with an id.
   *
   * @param id the id, not null
   * @return the visit, if present
   */
  public final Optional<Visit> visit(VisitId id) {
    return Optional.ofNullable(visitIndex().get(checkNotNull(id, "id")));
  }

  /**
   * Returns whether a visit of this snapshot is the first one listed with its id, the one every
   * rule, count and report uses (a later visit with the same id is reported once and otherwise
   * ignored). It costs one set look-up; the index by id is consulted only for duplicated ids.
   *
   * @param visit a visit of this snapshot, not null
   * @return whether no earlier visit of the snapshot has its id
   * @since 0.1.0
   */
  public final boolean isFirstListed(Visit visit) {
    checkNotNull(visit, "visit");
    if (!duplicatedVisitIds().contains(visit.id())) {
      return true;
    }
    Visit first = visitIndex().get(visit.id());
    return first == visit || visit.equals(first);
  }

  /**
   * Returns the first logbook entry with an id.
   *
   * @param id the id, not null
   * @return the entry, if present
   */
  public final Optional<LogbookEntry> logbookEntry(LogbookEntryId id) {
    return Optional.ofNullable(entryIndex().get(checkNotNull(id, "id")));
  }

  /**
   * Returns the mentor of an IKM: the mentor of the first assignment that lists it.
   *
   * @param ikm the IKM, not null
   * @return the mentor, empty if no assignment lists the IKM
   */
  public final Optional<MentorId> mentorOf(IkmId ikm) {
    return Optional.ofNullable(mentorOfIndex().get(checkNotNull(ikm, "ikm")));
  }

  /**
   * Returns the IKMs assigned to a mentor, over all assignments of that mentor.
   *
   * @param mentor the mentor, not null
   * @return the IKM ids, in assignment order, possibly empty
   */
  public final List<IkmId> ikmsOf(MentorId mentor) {
    return ikmsOfIndex().get(checkNotNull(mentor, "mentor"));
  }

  /**
   * Returns the visits to an IKM.
   *
   * @param ikm the IKM, not null
   * @return the visits, in the order given, possibly empty
   */
  public final List<Visit> visitsTo(IkmId ikm) {
    return visitsByIkm().get(checkNotNull(ikm, "ikm"));
  }

  /**
   * Returns the visits of a mentor.
   *
   * @param mentor the mentor, not null
   * @return the visits, in the order given, possibly empty
   */
  public final List<Visit> visitsBy(MentorId mentor) {
    return visitsByMentor().get(checkNotNull(mentor, "mentor"));
  }

  /**
   * Returns the logbook of an IKM.
   *
   * @param ikm the IKM, not null
   * @return the logbook, possibly empty
   */
  public final Logbook logbook(IkmId ikm) {
    return Logbook.of(ikm, entriesByIkm().get(checkNotNull(ikm, "ikm")));
  }

  /**
   * Returns a copy of this snapshot with other visits.
   *
   * @param visits the visits, not null
   * @return the new snapshot
   */
  public final ProgrammeSnapshot withVisits(Iterable<? extends Visit> visits) {
    return builder().from(this).visits(visits).build();
  }

  /**
   * Returns a copy of this snapshot with other assignments.
   *
   * @param assignments the assignments, not null
   * @return the new snapshot
   */
  public final ProgrammeSnapshot withAssignments(Iterable<? extends Assignment> assignments) {
    return builder().from(this).assignments(assignments).build();
  }

  /**
   * Returns a copy of this snapshot whose programme follows another policy, for example another
   * agency's rule configuration.
   *
   * @param policy the policy, not null
   * @return the new snapshot
   */
  public final ProgrammeSnapshot withPolicy(ProgrammePolicy policy) {
    return builder()
        .from(this)
        .programme(Programme.builder().from(programme()).policy(policy).build())
        .build();
  }

  /**
   * Returns a copy of this snapshot with other logbook entries.
   *
   * @param entries the entries, not null
   * @return the new snapshot
   */
  public final ProgrammeSnapshot withLogbookEntries(Iterable<? extends LogbookEntry> entries) {
    return builder().from(this).logbookEntries(entries).build();
  }

  @Value.Lazy
  ImmutableMap<CommodityId, Commodity> commodityIndex() {
    return firstById(commodities(), Commodity::id);
  }

  @Value.Lazy
  ImmutableMap<SentraId, Sentra> sentraIndex() {
    return firstById(sentra(), Sentra::id);
  }

  @Value.Lazy
  ImmutableMap<MentorId, Mentor> mentorIndex() {
    return firstById(mentors(), Mentor::id);
  }

  @Value.Lazy
  ImmutableMap<IkmId, Ikm> ikmIndex() {
    return firstById(ikms(), Ikm::id);
  }

  @Value.Lazy
  ImmutableMap<VisitId, Visit> visitIndex() {
    return firstById(visits(), Visit::id);
  }

  @Value.Lazy
  ImmutableSet<VisitId> duplicatedVisitIds() {
    Set<VisitId> seen = Sets.newHashSetWithExpectedSize(visits().size());
    ImmutableSet.Builder<VisitId> duplicated = ImmutableSet.builder();
    for (Visit visit : visits()) {
      if (!seen.add(visit.id())) {
        duplicated.add(visit.id());
      }
    }
    return duplicated.build();
  }

  @Value.Lazy
  ImmutableMap<LogbookEntryId, LogbookEntry> entryIndex() {
    return firstById(logbookEntries(), LogbookEntry::id);
  }

  @Value.Lazy
  ImmutableMap<IkmId, MentorId> mentorOfIndex() {
    Map<IkmId, MentorId> map = new LinkedHashMap<>();
    for (Assignment assignment : assignments()) {
      for (IkmId ikm : assignment.ikms()) {
        map.putIfAbsent(ikm, assignment.mentor());
      }
    }
    return ImmutableMap.copyOf(map);
  }

  @Value.Lazy
  ImmutableListMultimap<MentorId, IkmId> ikmsOfIndex() {
    ImmutableListMultimap.Builder<MentorId, IkmId> builder = ImmutableListMultimap.builder();
    for (Assignment assignment : assignments()) {
      builder.putAll(assignment.mentor(), assignment.ikms());
    }
    return builder.build();
  }

  @Value.Lazy
  ImmutableListMultimap<IkmId, Visit> visitsByIkm() {
    return Multimaps.index(visits(), Visit::ikm);
  }

  @Value.Lazy
  ImmutableListMultimap<MentorId, Visit> visitsByMentor() {
    return Multimaps.index(visits(), Visit::mentor);
  }

  @Value.Lazy
  ImmutableListMultimap<IkmId, LogbookEntry> entriesByIkm() {
    return Multimaps.index(logbookEntries(), LogbookEntry::ikm);
  }

  private static <K, V> ImmutableMap<K, V> firstById(List<V> values, Function<V, K> id) {
    Map<K, V> map = new LinkedHashMap<>();
    for (V value : values) {
      map.putIfAbsent(id.apply(value), value);
    }
    return ImmutableMap.copyOf(map);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ProgrammeSnapshot} values; obtain one with {@link ProgrammeSnapshot#builder()}.
   */
  public static final class Builder extends ImmutableProgrammeSnapshot.Builder {
    Builder() {}
  }
}
