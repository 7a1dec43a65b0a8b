package io.github.ikmsdk.core.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Iterables;
import com.google.common.collect.Lists;
import com.google.common.collect.Multimaps;
import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.HolidayKind;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.compliance.Overdue;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.geo.TravelModel;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.EntityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes the violations of a snapshot, partition by partition (see {@link PartitionKey}). Each
 * partition is a pure function of the snapshot and its key, so that a partition recomputed after a
 * change equals the one a full validation computes.
 */
final class RuleEngine {

  static final Comparator<Visit> VISIT_ORDER =
      Comparator.comparing(Visit::date)
          .thenComparing(Visit::start)
          .thenComparing(Visit::end)
          .thenComparing(Visit::id);

  static final Comparator<LogbookEntry> ENTRY_ORDER =
      Comparator.comparing(LogbookEntry::date)
          .thenComparing(LogbookEntry::stage)
          .thenComparing(LogbookEntry::id);

  private static final long NANOS_PER_DAY = 86_400_000_000_000L;

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

  /**
   * Whether a visit counts towards the weekly rule (S3): completed, or planned and not overdue as
   * of the engine's date (every planned visit counts when there is no such date).
   */
  private boolean countsForWeek(Visit v) {
    return v.status() == VisitStatus.COMPLETED
        || (v.status() == VisitStatus.PLANNED
            && asOf.map(today -> !Overdue.isOverdue(v.date(), today)).orElse(true));
  }

  /** Data derived once from a snapshot and shared by its partitions. */
  static final class Context {
    final ProgrammeSnapshot snapshot;
    final Programme programme;
    final ProgrammePolicy policy;
    final WorkCalendar calendar;
    final Set<IkmId> participants;
    final ImmutableList<ProgrammeWeek> weeks;
    final long firstMondayEpochDay;
    final ImmutableListMultimap<MentorId, MentorLeave> leaves;

    /** The mentors of each IKM over all assignments, in id order. */
    final Map<IkmId, Set<MentorId>> mentorsOf;

    Context(ProgrammeSnapshot snapshot) {
      this.snapshot = snapshot;
      this.programme = snapshot.programme();
      this.policy = programme.policy();
      this.calendar = snapshot.calendar();
      this.participants = programme.participants();
      this.weeks =
          ImmutableList.copyOf(
              calendar.programmeWeeks(
                  programme.startDate(),
                  programme.endDate(),
                  policy.minWorkingDaysForRequiredWeek()));
      this.firstMondayEpochDay = mondayEpochDay(programme.startDate());
      this.leaves = Multimaps.index(snapshot.leaves(), MentorLeave::mentor);
      Map<IkmId, Set<MentorId>> mentors = new HashMap<>();
      for (Assignment a : snapshot.assignments()) {
        for (IkmId ikm : a.ikms()) {
          Set<MentorId> set = mentors.get(ikm);
          if (set == null) {
            mentors.put(ikm, Set.of(a.mentor()));
          } else if (!set.contains(a.mentor())) {
            Set<MentorId> more = new TreeSet<>(set);
            more.add(a.mentor());
            mentors.put(ikm, more);
          }
        }
      }
      this.mentorsOf = mentors;
    }

    /** The assigned mentor with the smallest id, so that the result is independent of order. */
    MentorId assignedMentor(IkmId ikm) {
      Set<MentorId> mentors = mentorsOf.get(ikm);
      return mentors == null ? null : mentors.iterator().next();
    }

    Ikm ikm(IkmId id) {
      return snapshot.ikm(id).orElse(null);
    }

    int weekIndex(LocalDate date) {
      return (int) ((mondayEpochDay(date) - firstMondayEpochDay) / 7);
    }

    private static long mondayEpochDay(LocalDate date) {
      return date.toEpochDay() - (date.getDayOfWeek().getValue() - 1);
    }
  }

  // ------------------------------------------------------------------ full validation

  /** All non-empty partitions of a snapshot. */
  Map<PartitionKey, ImmutableList<Violation>> partitions(ProgrammeSnapshot snapshot) {
    Context c = new Context(snapshot);
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
          duplicates(Subject.Kind.VISIT, d.getKey(), d.getValue()));
    }
    Map<LogbookEntryId, Integer> entryCounts =
        countIds(snapshot.logbookEntries(), LogbookEntry::id, duplicateEntries);
    for (Map.Entry<LogbookEntryId, Integer> d : entryCounts.entrySet()) {
      put(
          out,
          PartitionKey.of(PartitionKey.Kind.ENTRY_ID, d.getKey()),
          duplicates(Subject.Kind.LOGBOOK_ENTRY, d.getKey(), d.getValue()));
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
  ImmutableList<Violation> partition(Context c, PartitionKey key) {
    ProgrammeSnapshot s = c.snapshot;
    switch (key.kind) {
      case GLOBAL:
        return global(c);
      case MENTOR:
        {
          List<Visit> visits = new ArrayList<>();
          for (Visit v : s.visits()) {
            if (v.mentor().equals(key.id)) {
              visits.add(v);
            }
          }
          return mentor(c, (MentorId) key.id, visits);
        }
      case IKM:
        {
          List<Visit> visits = new ArrayList<>();
          for (Visit v : s.visits()) {
            if (v.ikm().equals(key.id)) {
              visits.add(v);
            }
          }
          List<LogbookEntry> entries = new ArrayList<>();
          for (LogbookEntry e : s.logbookEntries()) {
            if (e.ikm().equals(key.id)) {
              entries.add(e);
            }
          }
          return ikm(c, (IkmId) key.id, visits, entries);
        }
      case VISIT_ID:
        return duplicates(
            Subject.Kind.VISIT,
            (VisitId) key.id,
            Iterables.frequency(Lists.transform(s.visits(), Visit::id), key.id));
      case ENTRY_ID:
        return duplicates(
            Subject.Kind.LOGBOOK_ENTRY,
            (LogbookEntryId) key.id,
            Iterables.frequency(Lists.transform(s.logbookEntries(), LogbookEntry::id), key.id));
      default:
        throw new AssertionError(key);
    }
  }

  private static ImmutableList<Violation> duplicates(Subject.Kind kind, EntityId<?> id, int count) {
    if (count < 2) {
      return ImmutableList.of();
    }
    return ImmutableList.of(
        Violation.of(
            Rule.DUPLICATE_ID,
            List.of(Subject.of(kind, id.value())),
            args("kind", kind.name(), "id", id.value(), "count", Integer.toString(count))));
  }

  // ------------------------------------------------------------------ global rules

  ImmutableList<Violation> global(Context c) {
    ProgrammeSnapshot s = c.snapshot;
    Programme p = c.programme;
    List<Violation> out = new ArrayList<>();
    Subject programme = Subject.of(p.id());

    if (!p.agency().equals(s.agency().id())) {
      out.add(unknown(programme, "PROGRAMME", p.id(), "agency", p.agency()));
    }
    duplicateIds(out, Subject.Kind.COMMODITY, s.commodities(), Commodity::id);
    duplicateIds(out, Subject.Kind.SENTRA, s.sentra(), Sentra::id);
    duplicateIds(out, Subject.Kind.MENTOR, s.mentors(), Mentor::id);
    duplicateIds(out, Subject.Kind.IKM, s.ikms(), Ikm::id);

    for (SentraId id : p.sentra()) {
      if (s.sentra(id).isEmpty()) {
        out.add(unknown(programme, "PROGRAMME", p.id(), "sentra", id));
      }
    }
    for (IkmId id : p.participants()) {
      if (s.ikm(id).isEmpty()) {
        out.add(unknown(programme, "PROGRAMME", p.id(), "ikm", id));
      }
    }
    for (Sentra sentra : s.sentra()) {
      if (s.commodity(sentra.commodity()).isEmpty()) {
        out.add(
            unknown(
                Subject.of(sentra.id()), "SENTRA", sentra.id(), "commodity", sentra.commodity()));
      }
    }
    for (Ikm ikm : s.ikms()) {
      Subject subject = Subject.of(ikm.id());
      Sentra sentra = s.sentra(ikm.sentra()).orElse(null);
      if (sentra == null) {
        out.add(unknown(subject, "IKM", ikm.id(), "sentra", ikm.sentra()));
      } else if (!sentra.commodity().equals(ikm.commodity())) {
        out.add(
            Violation.of(
                Rule.IKM_COMMODITY_NOT_SENTRA_COMMODITY,
                List.of(subject, Subject.of(sentra.id())),
                args(
                    "ikm",
                    ikm.id().value(),
                    "commodity",
                    ikm.commodity().value(),
                    "sentra",
                    sentra.id().value(),
                    "sentraCommodity",
                    sentra.commodity().value())));
      }
      if (s.commodity(ikm.commodity()).isEmpty()) {
        out.add(unknown(subject, "IKM", ikm.id(), "commodity", ikm.commodity()));
      }
      if (c.participants.contains(ikm.id()) && !p.sentra().contains(ikm.sentra())) {
        out.add(
            Violation.of(
                Rule.SENTRA_NOT_IN_PROGRAMME,
                List.of(subject, Subject.of(ikm.sentra())),
                args("ikm", ikm.id().value(), "sentra", ikm.sentra().value())));
      }
    }
    for (MentorLeave leave : s.leaves()) {
      if (s.mentor(leave.mentor()).isEmpty()) {
        out.add(
            unknown(Subject.of(leave.mentor()), "LEAVE", leave.mentor(), "mentor", leave.mentor()));
      }
    }

    // Assignments (S2, S7).
    Map<IkmId, Set<MentorId>> mentorsOf = new TreeMap<>();
    Map<MentorId, Set<IkmId>> ikmsOf = new TreeMap<>();
    for (Assignment a : s.assignments()) {
      boolean mentorKnown = s.mentor(a.mentor()).isPresent();
      if (!mentorKnown) {
        out.add(unknown(Subject.of(a.mentor()), "ASSIGNMENT", a.mentor(), "mentor", a.mentor()));
      }
      Set<IkmId> own = ikmsOf.computeIfAbsent(a.mentor(), k -> new TreeSet<>());
      for (IkmId ikm : a.ikms()) {
        own.add(ikm);
        mentorsOf.computeIfAbsent(ikm, k -> new TreeSet<>()).add(a.mentor());
        if (s.ikm(ikm).isEmpty()) {
          out.add(unknown(Subject.of(ikm), "ASSIGNMENT", a.mentor(), "ikm", ikm));
        } else if (!c.participants.contains(ikm)) {
          out.add(
              Violation.of(
                  Rule.NOT_A_PARTICIPANT,
                  List.of(Subject.of(ikm), Subject.of(a.mentor())),
                  args("kind", "ASSIGNMENT", "id", a.mentor().value(), "ikm", ikm.value())));
        }
      }
    }
    for (IkmId ikm : p.participants()) {
      if (!mentorsOf.containsKey(ikm)) {
        out.add(
            Violation.of(
                Rule.IKM_WITHOUT_MENTOR, List.of(Subject.of(ikm)), args("ikm", ikm.value())));
      }
    }
    for (Map.Entry<IkmId, Set<MentorId>> e : mentorsOf.entrySet()) {
      if (e.getValue().size() > 1) {
        List<Subject> subjects = new ArrayList<>();
        subjects.add(Subject.of(e.getKey()));
        e.getValue().forEach(m -> subjects.add(Subject.of(m)));
        out.add(
            Violation.of(
                Rule.IKM_WITH_SEVERAL_MENTORS,
                subjects,
                args("ikm", e.getKey().value(), "mentors", join(e.getValue()))));
      }
    }
    for (Map.Entry<MentorId, Set<IkmId>> e : ikmsOf.entrySet()) {
      MentorId mentor = e.getKey();
      Subject subject = Subject.of(mentor);
      Set<IkmId> ikms = e.getValue();
      if (ikms.size() > c.policy.maxIkmsPerMentor()) {
        out.add(
            Violation.of(
                Rule.CASELOAD_EXCEEDED,
                List.of(subject),
                args(
                    "mentor",
                    mentor.value(),
                    "ikms",
                    Integer.toString(ikms.size()),
                    "maximum",
                    Integer.toString(c.policy.maxIkmsPerMentor()))));
      }
      Set<SentraId> sentra = new TreeSet<>();
      Set<CommodityId> commodities = new TreeSet<>();
      for (IkmId id : ikms) {
        Ikm ikm = c.ikm(id);
        if (ikm != null) {
          sentra.add(ikm.sentra());
          commodities.add(ikm.commodity());
        }
      }
      if (c.policy.oneSentraPerMentor() && sentra.size() > 1) {
        out.add(
            Violation.of(
                Rule.MENTOR_IN_SEVERAL_SENTRA,
                List.of(subject),
                args("mentor", mentor.value(), "sentra", join(sentra))));
      }
      if (c.policy.oneCommodityPerMentor() && commodities.size() > 1) {
        out.add(
            Violation.of(
                Rule.MENTOR_WITH_SEVERAL_COMMODITIES,
                List.of(subject),
                args("mentor", mentor.value(), "commodities", join(commodities))));
      }
    }

    // The calendar must know the public holidays of every year of the programme.
    for (int year = p.startDate().getYear(); year <= p.endDate().getYear(); year++) {
      int y = year;
      if (c.calendar.holidays().stream()
          .noneMatch(h -> h.kind() == HolidayKind.PUBLIC_HOLIDAY && h.date().getYear() == y)) {
        out.add(
            Violation.of(
                Rule.CALENDAR_WITHOUT_HOLIDAYS,
                List.of(programme),
                args("programme", p.id().value(), "year", Integer.toString(year))));
      }
    }

    // Duration (S6).
    PeriodMonths duration = PeriodMonths.of(p.startDate(), p.endDate());
    if (!duration.within(c.policy.minDurationMonths(), c.policy.maxDurationMonths())) {
      out.add(
          Violation.of(
              Rule.DURATION_OUTSIDE_POLICY,
              List.of(programme),
              args(
                  "programme",
                  p.id().value(),
                  "start",
                  p.startDate().toString(),
                  "end",
                  p.endDate().toString(),
                  "months",
                  duration.text(),
                  "minimum",
                  Integer.toString(c.policy.minDurationMonths()),
                  "maximum",
                  Integer.toString(c.policy.maxDurationMonths()))));
    }
    Set<CommodityId> programmeCommodities = new TreeSet<>();
    for (SentraId id : p.sentra()) {
      s.sentra(id).ifPresent(sentra -> programmeCommodities.add(sentra.commodity()));
    }
    for (CommodityId id : programmeCommodities) {
      Commodity commodity = s.commodity(id).orElse(null);
      if (commodity != null
          && !duration.within(commodity.minDurationMonths(), commodity.maxDurationMonths())) {
        out.add(
            Violation.of(
                Rule.DURATION_OUTSIDE_COMMODITY,
                List.of(programme, Subject.of(id)),
                args(
                    "programme",
                    p.id().value(),
                    "commodity",
                    id.value(),
                    "months",
                    duration.text(),
                    "minimum",
                    Integer.toString(commodity.minDurationMonths()),
                    "maximum",
                    Integer.toString(commodity.maxDurationMonths()))));
      }
    }
    return ImmutableList.copyOf(out);
  }

  private static <T, K extends EntityId<K>> void duplicateIds(
      List<Violation> out, Subject.Kind kind, List<T> values, Function<T, K> id) {
    Map<K, Integer> counts = new TreeMap<>();
    for (T value : values) {
      counts.merge(id.apply(value), 1, Integer::sum);
    }
    counts.forEach((key, count) -> out.addAll(duplicates(kind, key, count)));
  }

  // ------------------------------------------------------------------ visits of one mentor

  ImmutableList<Violation> mentor(Context c, MentorId mentor, List<Visit> given) {
    Visit[] visits = given.toArray(new Visit[0]);
    Arrays.sort(visits, VISIT_ORDER);
    List<Violation> out = new ArrayList<>(0);
    boolean mentorKnown = c.snapshot.mentor(mentor).isPresent();
    List<MentorLeave> leaves = c.leaves.get(mentor);
    Programme p = c.programme;
    int minMinutes = c.policy.minVisitWorkingMinutes();
    Subject mentorSubject = Subject.of(mentor);
    GeoPoint[] sites = new GeoPoint[visits.length];

    for (int i = 0; i < visits.length; i++) {
      Visit v = visits[i];
      Ikm ikm = c.ikm(v.ikm());
      sites[i] = ikm == null ? null : ikm.productionSite();
      if (!mentorKnown) {
        out.add(unknown(visitSubjects(v), "VISIT", v.id(), "mentor", mentor));
      }
      if (ikm == null) {
        out.add(unknown(visitSubjects(v), "VISIT", v.id(), "ikm", v.ikm()));
      } else if (!c.participants.contains(v.ikm())) {
        out.add(
            Violation.of(
                Rule.NOT_A_PARTICIPANT,
                visitSubjects(v),
                args("kind", "VISIT", "id", v.id().value(), "ikm", v.ikm().value())));
      }
      if (!isActive(v)) {
        continue;
      }
      LocalDate date = v.date();
      if (!p.contains(date)) {
        out.add(
            Violation.of(
                Rule.VISIT_OUTSIDE_PERIOD,
                visitSubjects(v),
                args(
                    "visit",
                    v.id().value(),
                    "date",
                    date.toString(),
                    "first",
                    p.startDate().toString(),
                    "last",
                    p.endDate().toString())));
      }
      DaySchedule schedule = c.calendar.schedule(date);
      if (!schedule.isWorking()) {
        out.add(
            Violation.of(
                Rule.VISIT_ON_NON_WORKING_DAY,
                visitSubjects(v),
                args("visit", v.id().value(), "date", date.toString())));
      } else {
        LocalTime workStart = schedule.start().orElseThrow();
        LocalTime workEnd = schedule.end().orElseThrow();
        long workEndNanos =
            workEnd.equals(LocalTime.MIDNIGHT) ? NANOS_PER_DAY : workEnd.toNanoOfDay();
        if (v.start().isBefore(workStart) || v.end().toNanoOfDay() > workEndNanos) {
          out.add(
              Violation.of(
                  Rule.VISIT_OUTSIDE_WORKING_HOURS,
                  visitSubjects(v),
                  args(
                      "visit",
                      v.id().value(),
                      "date",
                      date.toString(),
                      "start",
                      v.start().toString(),
                      "end",
                      v.end().toString(),
                      "workStart",
                      workStart.toString(),
                      "workEnd",
                      workEnd.toString())));
        }
      }
      long minutes = schedule.workingMinutes(v.start(), v.end());
      if (minutes < minMinutes) {
        Rule rule =
            v.status() == VisitStatus.COMPLETED
                ? Rule.VISIT_TOO_SHORT
                : Rule.PLANNED_VISIT_TOO_SHORT;
        out.add(
            Violation.of(
                rule,
                visitSubjects(v),
                args(
                    "visit",
                    v.id().value(),
                    "minutes",
                    Long.toString(minutes),
                    "required",
                    Integer.toString(minMinutes))));
      }
      if (ikm != null && v.location().isPresent()) {
        double distance = v.location().get().distanceMetres(ikm.productionSite());
        if (distance > c.policy.siteToleranceMetres()) {
          out.add(
              Violation.of(
                  Rule.VISIT_AWAY_FROM_SITE,
                  visitSubjects(v),
                  args(
                      "visit",
                      v.id().value(),
                      "ikm",
                      v.ikm().value(),
                      "distance",
                      Long.toString(Math.round(distance)),
                      "tolerance",
                      Integer.toString(c.policy.siteToleranceMetres()))));
        }
      }
      for (MentorLeave leave : leaves) {
        if (leave.contains(date)) {
          out.add(
              Violation.of(
                  Rule.MENTOR_ON_LEAVE,
                  visitSubjects(v),
                  args(
                      "mentor", mentor.value(), "visit", v.id().value(), "date", date.toString())));
          break;
        }
      }
    }

    // Overlap and travel between the active visits of each date.
    int dayStart = 0;
    while (dayStart < visits.length) {
      int dayEnd = dayStart;
      LocalDate date = visits[dayStart].date();
      while (dayEnd < visits.length && visits[dayEnd].date().equals(date)) {
        dayEnd++;
      }
      Visit previous = null;
      GeoPoint previousSite = null;
      for (int i = dayStart; i < dayEnd; i++) {
        Visit v = visits[i];
        if (!isActive(v)) {
          continue;
        }
        for (int j = dayStart; j < i; j++) {
          Visit u = visits[j];
          if (isActive(u) && v.start().isBefore(u.end())) {
            out.add(
                Violation.of(
                    Rule.VISITS_OVERLAP,
                    List.of(mentorSubject, Subject.of(u.id()), Subject.of(v.id())),
                    args(
                        "mentor",
                        mentor.value(),
                        "visit",
                        u.id().value(),
                        "other",
                        v.id().value(),
                        "date",
                        date.toString())));
          }
        }
        if (previous != null
            && !v.start().isBefore(previous.end())
            && previousSite != null
            && sites[i] != null) {
          Duration gap = Duration.between(previous.end(), v.start());
          Duration needed = travel.travelTime(previousSite, sites[i]);
          if (gap.compareTo(needed) < 0) {
            out.add(
                Violation.of(
                    Rule.INSUFFICIENT_TRAVEL_TIME,
                    List.of(mentorSubject, Subject.of(previous.id()), Subject.of(v.id())),
                    args(
                        "mentor",
                        mentor.value(),
                        "visit",
                        previous.id().value(),
                        "other",
                        v.id().value(),
                        "gap",
                        Long.toString(gap.toMinutes()),
                        "travel",
                        Long.toString(ceilMinutes(needed)))));
          }
        }
        previous = v;
        previousSite = sites[i];
      }
      dayStart = dayEnd;
    }
    return ImmutableList.copyOf(out);
  }

  private static long ceilMinutes(Duration d) {
    long minutes = d.toMinutes();
    return d.equals(Duration.ofMinutes(minutes)) ? minutes : minutes + 1;
  }

  static boolean isActive(Visit v) {
    return v.status() == VisitStatus.PLANNED || v.status() == VisitStatus.COMPLETED;
  }

  private static List<Subject> visitSubjects(Visit v) {
    return List.of(Subject.of(v.id()), Subject.of(v.mentor()), Subject.of(v.ikm()));
  }

  // ------------------------------------------------------------------ one IKM

  ImmutableList<Violation> ikm(
      Context c, IkmId ikm, List<Visit> givenVisits, List<LogbookEntry> givenEntries) {
    List<Violation> out = new ArrayList<>(0);
    Visit[] visits = givenVisits.toArray(new Visit[0]);
    Arrays.sort(visits, VISIT_ORDER);
    Subject ikmSubject = Subject.of(ikm);
    MentorId assigned = c.assignedMentor(ikm);
    Set<MentorId> assignedMentors = c.mentorsOf.getOrDefault(ikm, Set.of());

    // S3: completed (or planned, not overdue) visits per required programme week.
    if (c.participants.contains(ikm)) {
      int[] counts = new int[c.weeks.size()];
      Set<VisitId> counted = new HashSet<>();
      for (Visit v : visits) {
        // Distinct visit ids, as compliance counts them; a duplicated id is IKM-R001.
        if (countsForWeek(v) && c.programme.contains(v.date()) && counted.add(v.id())) {
          counts[c.weekIndex(v.date())]++;
        }
      }
      int required = c.policy.minVisitsPerWeek();
      for (int w = 0; w < counts.length; w++) {
        ProgrammeWeek week = c.weeks.get(w);
        if (week.visitRequired() && counts[w] < required) {
          List<Subject> subjects =
              assigned == null
                  ? List.of(ikmSubject, Subject.week(week.week()))
                  : List.of(ikmSubject, Subject.week(week.week()), Subject.of(assigned));
          out.add(
              Violation.of(
                  Rule.WEEK_NOT_VISITED,
                  subjects,
                  args(
                      "ikm",
                      ikm.value(),
                      "week",
                      week.week().toString(),
                      "visits",
                      Integer.toString(counts[w]),
                      "required",
                      Integer.toString(required))));
        }
      }
    }
    // S7: visits by a mentor other than the assigned one.
    if (assigned != null) {
      for (Visit v : visits) {
        if (isActive(v) && !assignedMentors.contains(v.mentor())) {
          out.add(
              Violation.of(
                  Rule.VISIT_BY_UNASSIGNED_MENTOR,
                  visitSubjects(v),
                  args(
                      "visit",
                      v.id().value(),
                      "ikm",
                      ikm.value(),
                      "mentor",
                      v.mentor().value(),
                      "assigned",
                      assigned.value())));
        }
      }
    }
    if (!givenEntries.isEmpty()) {
      logbook(c, ikm, givenEntries, out);
    }
    return ImmutableList.copyOf(out);
  }

  private void logbook(Context c, IkmId ikm, List<LogbookEntry> given, List<Violation> out) {
    ProgrammeSnapshot s = c.snapshot;
    Programme p = c.programme;
    LogbookEntry[] entries = given.toArray(new LogbookEntry[0]);
    Arrays.sort(entries, ENTRY_ORDER);
    boolean ikmKnown = s.ikm(ikm).isPresent();
    Subject ikmSubject = Subject.of(ikm);

    for (LogbookEntry e : entries) {
      List<Subject> subjects = List.of(ikmSubject, Subject.of(e.id()));
      if (!ikmKnown) {
        out.add(unknown(subjects, "LOGBOOK_ENTRY", e.id(), "ikm", ikm));
      } else if (!c.participants.contains(ikm)) {
        out.add(
            Violation.of(
                Rule.NOT_A_PARTICIPANT,
                subjects,
                args("kind", "LOGBOOK_ENTRY", "id", e.id().value(), "ikm", ikm.value())));
      }
      if (s.mentor(e.author()).isEmpty()) {
        out.add(unknown(subjects, "LOGBOOK_ENTRY", e.id(), "author", e.author()));
      }
      if (!p.contains(e.date())) {
        out.add(
            Violation.of(
                Rule.ENTRY_OUTSIDE_PERIOD,
                subjects,
                args(
                    "entry",
                    e.id().value(),
                    "date",
                    e.date().toString(),
                    "first",
                    p.startDate().toString(),
                    "last",
                    p.endDate().toString())));
      }
      if (e.visit().isPresent()) {
        VisitId visitId = e.visit().get();
        Visit visit = s.visit(visitId).orElse(null);
        if (visit == null) {
          out.add(unknown(subjects, "LOGBOOK_ENTRY", e.id(), "visit", visitId));
        } else {
          List<Subject> withVisit = List.of(ikmSubject, Subject.of(e.id()), Subject.of(visitId));
          if (!visit.ikm().equals(ikm)) {
            out.add(mismatch(withVisit, e, visitId, "ikm", ikm.value(), visit.ikm().value()));
          }
          if (!visit.mentor().equals(e.author())) {
            out.add(
                mismatch(
                    withVisit, e, visitId, "mentor", e.author().value(), visit.mentor().value()));
          }
          if (!visit.date().equals(e.date())) {
            out.add(
                mismatch(
                    withVisit, e, visitId, "date", e.date().toString(), visit.date().toString()));
          }
        }
      }
      if (e.amendment().isPresent()) {
        LogbookEntryId target = e.amendment().get().amends();
        LogbookEntry original = s.logbookEntry(target).orElse(null);
        if (original == null || !original.ikm().equals(ikm)) {
          out.add(
              Violation.of(
                  Rule.AMENDMENT_TARGET_NOT_IN_LOGBOOK,
                  subjects,
                  args("entry", e.id().value(), "ikm", ikm.value(), "amends", target.value())));
        } else if (e.date().isBefore(original.date())) {
          out.add(
              Violation.of(
                  Rule.AMENDMENT_BEFORE_ORIGINAL,
                  subjects,
                  args(
                      "entry",
                      e.id().value(),
                      "amends",
                      target.value(),
                      "date",
                      e.date().toString(),
                      "originalDate",
                      original.date().toString())));
        }
      }
    }

    // S1: stage order, single stages and the lock after evaluation.
    EnumMap<Stage, LogbookEntry> first = new EnumMap<>(Stage.class);
    Stage highest = null;
    LogbookEntry evaluation = null;
    for (LogbookEntry e : entries) {
      if (e.isAmendment()) {
        continue;
      }
      List<Subject> subjects = List.of(ikmSubject, Subject.of(e.id()));
      Stage stage = e.stage();
      if (evaluation != null && stage != Stage.EVALUATION) {
        out.add(
            Violation.of(
                Rule.LOGBOOK_LOCKED,
                subjects,
                args(
                    "entry",
                    e.id().value(),
                    "ikm",
                    ikm.value(),
                    "evaluation",
                    evaluation.id().value(),
                    "lockedSince",
                    evaluation.date().toString())));
        continue;
      }
      if (!stage.isRepeatable() && first.containsKey(stage)) {
        out.add(
            Violation.of(
                Rule.STAGE_REPEATED,
                subjects,
                args(
                    "entry",
                    e.id().value(),
                    "ikm",
                    ikm.value(),
                    "stage",
                    stage.name(),
                    "first",
                    first.get(stage).id().value())));
        continue;
      }
      if (highest != null && highest.compareTo(stage) > 0) {
        out.add(
            Violation.of(
                Rule.STAGE_AFTER_LATER_STAGE,
                subjects,
                args(
                    "entry",
                    e.id().value(),
                    "ikm",
                    ikm.value(),
                    "stage",
                    stage.name(),
                    "later",
                    highest.name())));
      } else if (stage == Stage.EVALUATION && !first.containsKey(Stage.MENTORING)) {
        out.add(
            Violation.of(
                Rule.EVALUATION_BEFORE_MENTORING,
                subjects,
                args("entry", e.id().value(), "ikm", ikm.value())));
      } else if (stage != Stage.DIAGNOSIS && stage != Stage.EVALUATION) {
        Stage missing = Stage.values()[stage.ordinal() - 1];
        if (!first.containsKey(missing)) {
          out.add(
              Violation.of(
                  Rule.STAGE_SKIPPED,
                  subjects,
                  args(
                      "entry",
                      e.id().value(),
                      "ikm",
                      ikm.value(),
                      "stage",
                      stage.name(),
                      "missing",
                      missing.name())));
        }
      }
      first.putIfAbsent(stage, e);
      if (highest == null || stage.compareTo(highest) > 0) {
        highest = stage;
      }
      if (stage == Stage.EVALUATION) {
        evaluation = e;
      }
    }
  }

  private static Violation mismatch(
      List<Subject> subjects,
      LogbookEntry e,
      VisitId visit,
      String field,
      String expected,
      String actual) {
    return Violation.of(
        Rule.ENTRY_VISIT_MISMATCH,
        subjects,
        args(
            "entry",
            e.id().value(),
            "visit",
            visit.value(),
            "field",
            field,
            "expected",
            expected,
            "actual",
            actual));
  }

  // ------------------------------------------------------------------ helpers

  private static Violation unknown(
      Subject subject, String kind, Object id, String field, Object target) {
    return unknown(List.of(subject), kind, id, field, target);
  }

  private static Violation unknown(
      List<Subject> subjects, String kind, Object id, String field, Object target) {
    return Violation.of(
        Rule.UNKNOWN_REFERENCE,
        subjects,
        args("kind", kind, "id", id.toString(), "field", field, "target", target.toString()));
  }

  private static String join(Set<? extends EntityId<?>> ids) {
    return ids.stream().map(EntityId::value).collect(Collectors.joining(", "));
  }

  private static ImmutableMap<String, String> args(String... keysAndValues) {
    ImmutableMap.Builder<String, String> map = ImmutableMap.builder();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map.build();
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
