package io.github.ikmsdk.core.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import com.google.common.collect.Lists;
import io.github.ikmsdk.core.geo.TravelModel;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.visit.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes the violations of a snapshot, partition by partition (see {@link PartitionKey}). Each
 * partition is a pure function of the snapshot and its key, so that a partition recomputed after a
 * change equals the one a full validation computes. The rules themselves live by family: {@link
 * IntegrityRules} (IKM-R0xx), {@link AssignmentRules} (R1xx), {@link DurationRules} (R2xx), {@link
 * VisitRules} (R3xx) and {@link LogbookRules} (R4xx); this class only routes data to them.
 */
final class RuleEngine {

  static final Comparator<Visit> VISIT_ORDER =
      Comparator.comparing(Visit::date)
          .thenComparing(Visit::start)
          .thenComparing(Visit::end)
          .thenComparing(Visit::id);

  private final TravelModel travel;
  private final Optional<LocalDate> asOf;

  RuleEngine(TravelModel travel, Optional<LocalDate> asOf) {
    this.travel = travel;
    this.asOf = asOf;
  }

  TravelModel travel() {
    return travel;
  }

  Optional<LocalDate> asOf() {
    return asOf;
  }

  // ------------------------------------------------------------------ full validation

  /** All non-empty partitions of a snapshot. */
  Map<PartitionKey, ImmutableList<Violation>> partitions(ProgrammeSnapshot snapshot) {
    RuleContext c = new RuleContext(snapshot);
    Map<PartitionKey, ImmutableList<Violation>> out = new HashMap<>();
    put(out, PartitionKey.GLOBAL, global(c));

    List<Visit> visits = snapshot.visits();
    Map<MentorId, List<Visit>> byMentor = new HashMap<>();
    Map<IkmId, List<Visit>> byIkm = new HashMap<>();
    Set<VisitId> seenVisits = new HashSet<>(Math.max(16, visits.size() * 4 / 3 + 1));
    Set<VisitId> duplicateVisits = new TreeSet<>();
    for (Visit v : visits) {
      byMentor.computeIfAbsent(v.mentor(), k -> new ArrayList<>()).add(v);
      byIkm.computeIfAbsent(v.ikm(), k -> new ArrayList<>()).add(v);
      if (!seenVisits.add(v.id())) {
        duplicateVisits.add(v.id());
      }
    }
    seenVisits = null;
    Map<IkmId, List<LogbookEntry>> entriesByIkm = new HashMap<>();
    Set<LogbookEntryId> seenEntries = new HashSet<>();
    Set<LogbookEntryId> duplicateEntries = new TreeSet<>();
    for (LogbookEntry e : snapshot.logbookEntries()) {
      entriesByIkm.computeIfAbsent(e.ikm(), k -> new ArrayList<>()).add(e);
      if (!seenEntries.add(e.id())) {
        duplicateEntries.add(e.id());
      }
    }
    Map<VisitId, Integer> visitCounts = countIds(visits, Visit::id, duplicateVisits);
    for (Map.Entry<VisitId, Integer> d : visitCounts.entrySet()) {
      put(
          out,
          PartitionKey.of(PartitionKey.Kind.VISIT_ID, d.getKey()),
          IntegrityRules.duplicates(Subject.Kind.VISIT, d.getKey(), d.getValue()));
    }
    Map<LogbookEntryId, Integer> entryCounts =
        countIds(snapshot.logbookEntries(), LogbookEntry::id, duplicateEntries);
    for (Map.Entry<LogbookEntryId, Integer> d : entryCounts.entrySet()) {
      put(
          out,
          PartitionKey.of(PartitionKey.Kind.ENTRY_ID, d.getKey()),
          IntegrityRules.duplicates(Subject.Kind.LOGBOOK_ENTRY, d.getKey(), d.getValue()));
    }

    List<Map.Entry<MentorId, List<Visit>>> mentorGroups = new ArrayList<>(byMentor.entrySet());
    Map<PartitionKey, ImmutableList<Violation>> mentorParts =
        mentorGroups.parallelStream()
            .map(
                g ->
                    Map.entry(
                        PartitionKey.of(PartitionKey.Kind.MENTOR, g.getKey()),
                        mentor(c, g.getKey(), g.getValue())))
            .filter(g -> !g.getValue().isEmpty())
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    out.putAll(mentorParts);

    Set<IkmId> ikmKeys = new HashSet<>(c.participants);
    ikmKeys.addAll(byIkm.keySet());
    ikmKeys.addAll(entriesByIkm.keySet());
    Map<PartitionKey, ImmutableList<Violation>> ikmParts =
        new ArrayList<>(ikmKeys)
            .parallelStream()
                .map(
                    i ->
                        Map.entry(
                            PartitionKey.of(PartitionKey.Kind.IKM, i),
                            ikm(
                                c,
                                i,
                                byIkm.getOrDefault(i, List.of()),
                                entriesByIkm.getOrDefault(i, List.of()))))
                .filter(g -> !g.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    out.putAll(ikmParts);
    return out;
  }

  private static <T, K> Map<K, Integer> countIds(
      List<T> values, Function<T, K> id, Set<K> duplicated) {
    Map<K, Integer> counts = new LinkedHashMap<>();
    if (duplicated.isEmpty()) {
      return counts;
    }
    for (T value : values) {
      K key = id.apply(value);
      if (duplicated.contains(key)) {
        counts.merge(key, 1, Integer::sum);
      }
    }
    return counts;
  }

  // ------------------------------------------------------------------ one partition

  /** Recomputes one partition of a snapshot from scratch. */
  ImmutableList<Violation> partition(RuleContext c, PartitionKey key) {
    ProgrammeSnapshot s = c.snapshot;
    return switch (key.kind) {
      case GLOBAL -> global(c);
      case MENTOR -> mentor(c, (MentorId) key.id, s.visitsBy((MentorId) key.id));
      case IKM ->
          ikm(c, (IkmId) key.id, s.visitsTo((IkmId) key.id), s.logbook((IkmId) key.id).entries());
      case VISIT_ID ->
          IntegrityRules.duplicates(
              Subject.Kind.VISIT,
              (VisitId) key.id,
              Iterables.frequency(Lists.transform(s.visits(), Visit::id), key.id));
      case ENTRY_ID ->
          IntegrityRules.duplicates(
              Subject.Kind.LOGBOOK_ENTRY,
              (LogbookEntryId) key.id,
              Iterables.frequency(Lists.transform(s.logbookEntries(), LogbookEntry::id), key.id));
    };
  }

  /** The global partition: integrity, assignments and duration. */
  ImmutableList<Violation> global(RuleContext c) {
    List<Violation> out = new ArrayList<>();
    IntegrityRules.global(c, out);
    AssignmentRules.global(c, out);
    DurationRules.global(c, out);
    return ImmutableList.copyOf(out);
  }

  /** The partition of one mentor's visits. */
  ImmutableList<Violation> mentor(RuleContext c, MentorId mentor, List<Visit> given) {
    Visit[] visits = given.toArray(new Visit[0]);
    Arrays.sort(visits, VISIT_ORDER);
    List<Violation> out = new ArrayList<>(0);
    VisitRules.ofMentor(c, travel, mentor, visits, out);
    return ImmutableList.copyOf(out);
  }

  /**
   * The partition of one IKM: its weeks, the mentors of its visits, and its logbook, whose entries
   * come in recording order (as listed); the stage rules read the logbook sequence from them.
   */
  ImmutableList<Violation> ikm(
      RuleContext c, IkmId ikm, List<Visit> givenVisits, List<LogbookEntry> givenEntries) {
    List<Violation> out = new ArrayList<>(0);
    Visit[] visits = givenVisits.toArray(new Visit[0]);
    Arrays.sort(visits, VISIT_ORDER);
    VisitRules.ofIkm(c, asOf, ikm, visits, out);
    if (!givenEntries.isEmpty()) {
      LogbookRules.ofIkm(c, ikm, givenEntries, out);
    }
    return ImmutableList.copyOf(out);
  }

  private static void put(
      Map<PartitionKey, ImmutableList<Violation>> out,
      PartitionKey key,
      ImmutableList<Violation> violations) {
    if (!violations.isEmpty()) {
      out.put(key, violations);
    }
  }
}
