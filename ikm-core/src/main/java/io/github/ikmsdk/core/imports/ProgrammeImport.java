package io.github.ikmsdk.core.imports;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.imports.RecordOutcome.Decision;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.rules.Rule;
import io.github.ikmsdk.core.rules.Severity;
import io.github.ikmsdk.core.rules.Subject;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Validator;
import io.github.ikmsdk.core.rules.Violation;
import io.github.ikmsdk.core.visit.Visit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Imports records into a programme (impor data), whatever source they were read from: each input
 * record is created, updated, ignored or rejected with its reasons, and every one is counted.
 *
 * <p>Two kinds of import: a {@linkplain #snapshot whole snapshot} (programme, agency and calendar
 * first, then any records of the other types), into an optional target; and a {@linkplain #visitLog
 * visit log} (visits only) into a target, decided as they arrive. Either way:
 *
 * <ul>
 *   <li>records are decided parents first (commodities, sentra, mentors, IKMs, assignments, leaves,
 *       visits, then logbook entries, an amendment after the entry it amends);
 *   <li>a record whose parent was rejected is rejected ({@link ImportReason.Kind#PARENT_REJECTED}),
 *       and one that refers to a record neither in the input nor in the target too ({@link
 *       ImportReason.Kind#UNKNOWN_REFERENCE}); an assignment instead keeps its other IKMs and
 *       reports each one left out ({@link LeftOutElement});
 *   <li>a record repeated identically is ignored, one repeated with other content is rejected
 *       ({@link ImportReason.Kind#CONFLICTING_DUPLICATE}); the first is kept either way;
 *   <li>the snapshot the import would produce is validated ({@link Validator#standard()}) and the
 *       records a rule error names are rejected with the violation, then their children, in up to
 *       three rounds;
 *   <li>if the source could not be read as a whole, every record is rejected ({@link
 *       ImportReason.Kind#DOCUMENT_REJECTED}) and nothing is applied; in {@link
 *       ImportMode#ALL_OR_NOTHING} one rejected record keeps every other from being applied.
 * </ul>
 *
 * <p>A record counts as created if its key is new to the target, updated if it replaces a different
 * record, ignored if equal, repeated or not applied. The engine is deterministic and keeps no state
 * between imports.
 *
 * @since 0.1.0
 */
public final class ProgrammeImport {

  private ProgrammeImport() {}

  /**
   * Imports the records of a whole snapshot.
   *
   * @param records the programme, agency and calendar records, in that order, then the records of
   *     the other types in any order; not null. Only if the source could not be read as a whole may
   *     sections be missing.
   * @param documentProblems the number of problems of the source as a whole (its header, its
   *     structure, its syntax), not of any record; if positive, every record is rejected
   * @param options the mode, dry run and target, not null
   * @param <O> the type of the records' origins
   * @return the outcome, not null
   * @throws IllegalArgumentException if the source could be read and does not start with the three
   *     sections, or {@code documentProblems} is negative
   */
  public static <O> ImportOutcome<O> snapshot(
      List<ImportRecord<O>> records, long documentProblems, ImportOptions options) {
    checkNotNull(options, "options");
    checkArgument(documentProblems >= 0, "documentProblems must not be negative");
    List<Item<O>> items = new ArrayList<>(records.size());
    for (ImportRecord<O> record : records) {
      items.add(new Item<>(record));
    }
    Map<RecordType, Map<String, Object>> target = targetIndex(options.target());
    if (documentProblems > 0) {
      return rejectDocument(items, documentProblems, options, target);
    }
    checkArgument(
        items.size() >= 3
            && items.get(0).type == RecordType.PROGRAMME
            && items.get(1).type == RecordType.AGENCY
            && items.get(2).type == RecordType.CALENDAR,
        "a snapshot's records start with the programme, the agency and the calendar");

    Index index = new Index(target);
    // The three sections are the parents of everything.
    Item<O> programme = items.get(0);
    Item<O> agency = items.get(1);
    if (!programme.rejected() && !agency.rejected()) {
      Programme p = (Programme) programme.value;
      if (!p.agency().equals(((Agency) agency.value).id())) {
        programme.reject(ImportReason.unknownReference(RecordType.AGENCY, p.agency().value()));
      }
      options
          .target()
          .filter(t -> !t.programme().id().equals(p.id()))
          .ifPresent(
              t -> programme.reject(ImportReason.programmeMismatch(p.id(), t.programme().id())));
    }
    Optional<Item<O>> rootRejected =
        items.subList(0, 3).stream().filter(Item::rejected).findFirst();
    rootRejected.ifPresent(
        root -> {
          for (Item<O> item : items.subList(3, items.size())) {
            item.rejectForParent(root);
          }
          for (Item<O> item : items.subList(0, 3)) {
            if (!item.rejected()) {
              item.rejectForParent(root);
            }
          }
        });
    decideInOrder(items, index, true);
    List<Violation> warnings = applyRules(items, options, target, true);
    return outcome(items, options, warnings, target, true, false);
  }

  /**
   * Starts an import of a visit log (log kunjungan) into the options' target: visits only, each
   * decided as it is {@linkplain VisitLog#add added}, so that a long log is imported as it is read.
   *
   * @param options the mode, dry run and target, not null, with a target
   * @param <O> the type of the records' origins
   * @return the import, not null
   * @throws IllegalArgumentException if the options have no target
   */
  public static <O> VisitLog<O> visitLog(ImportOptions options) {
    checkArgument(options.target().isPresent(), "a visit log is imported into a target");
    return new VisitLog<>(options);
  }

  /**
   * An import of a visit log in progress: {@link #add} each visit record as it is read, then {@link
   * #finish}. Not thread-safe; used once.
   *
   * @param <O> the type of the records' origins
   * @since 0.1.0
   */
  public static final class VisitLog<O> {
    private final ImportOptions options;
    private final Map<RecordType, Map<String, Object>> target;
    private final Index index;
    private final List<Item<O>> items = new ArrayList<>();
    private boolean finished;

    private VisitLog(ImportOptions options) {
      this.options = options;
      this.target = targetIndex(options.target());
      this.index = new Index(target);
    }

    /**
     * Adds a visit record, read or not, and decides its duplicates and references.
     *
     * @param record a record of type {@link RecordType#VISIT}, not null
     * @return this import
     * @throws IllegalArgumentException if the record is of another type
     * @throws IllegalStateException if the import is finished
     */
    public VisitLog<O> add(ImportRecord<O> record) {
      checkState(!finished, "the import is finished");
      checkArgument(record.type() == RecordType.VISIT, "a visit log holds visits, not %s", record);
      Item<O> item = new Item<>(record);
      decide(item, index, true);
      items.add(item);
      return this;
    }

    /**
     * Finishes the import: applies the rules and decides every record's outcome.
     *
     * @param documentProblems the number of problems of the source as a whole, not of any record;
     *     if positive, every record is rejected
     * @return the outcome, not null
     * @throws IllegalStateException if the import is finished
     */
    public ImportOutcome<O> finish(long documentProblems) {
      checkState(!finished, "the import is finished");
      checkArgument(documentProblems >= 0, "documentProblems must not be negative");
      finished = true;
      if (documentProblems > 0) {
        return rejectDocument(items, documentProblems, options, target);
      }
      List<Violation> warnings = applyRules(items, options, target, false);
      return outcome(items, options, warnings, target, false, false);
    }
  }

  // ------------------------------------------------------------------ records

  /** One input record during an import. */
  private static final class Item<O> {
    final ImportRecord<O> record;
    final RecordType type;
    final @Nullable String key;

    /** The record as read, which duplicates are compared by; null if unreadable. */
    final @Nullable Object original;

    /** The record as it will be kept: the original less any elements left out. */
    @Nullable Object value;

    /** The reasons found; an empty list shared until there are any. */
    List<ImportReason> reasons = List.of();

    /** Elements of the record left out, by element key; an empty map shared until there are. */
    Map<String, LeftOutElement> leftOut = Map.of();

    boolean duplicate;

    Item(ImportRecord<O> record) {
      this.record = record;
      this.type = record.type();
      this.key = record.keyOrNull();
      this.original = record.valueOrNull();
      this.value = original;
    }

    boolean rejected() {
      return original == null || !reasons.isEmpty();
    }

    void rejectForParent(Item<?> parent) {
      reject(ImportReason.parentRejected(parent.type, Optional.ofNullable(parent.key)));
    }

    void reject(ImportReason reason) {
      if (reasons.isEmpty()) {
        reasons = new ArrayList<>(2);
      }
      reasons.add(reason);
    }
  }

  /** The accepted and rejected keys of each type, as records are decided. */
  private static final class Index {
    final Map<RecordType, Map<String, Item<?>>> accepted = new EnumMap<>(RecordType.class);
    final Map<RecordType, Map<String, Item<?>>> rejected = new EnumMap<>(RecordType.class);
    final Map<RecordType, Map<String, Object>> target;

    Index(Map<RecordType, Map<String, Object>> target) {
      this.target = target;
      for (RecordType t : RecordType.values()) {
        accepted.put(t, new HashMap<>());
        rejected.put(t, new HashMap<>());
      }
    }

    void decide(Item<?> item) {
      if (item.key == null) {
        return;
      }
      (item.rejected() ? rejected : accepted).get(item.type).putIfAbsent(item.key, item);
    }

    /** Checks a reference of {@code child}; returns false if the child was rejected for it. */
    boolean reference(Item<?> child, RecordType parentType, String parentKey) {
      Optional<ImportReason.Kind> problem = problem(parentType, parentKey);
      problem.ifPresent(p -> child.reject(referenceReason(p, parentType, parentKey)));
      return problem.isEmpty();
    }

    /** What is wrong with a reference: its record was rejected, or is nowhere; empty if fine. */
    Optional<ImportReason.Kind> problem(RecordType parentType, String parentKey) {
      if (accepted.get(parentType).containsKey(parentKey)) {
        return Optional.empty();
      }
      if (rejected.get(parentType).containsKey(parentKey)) {
        return Optional.of(ImportReason.Kind.PARENT_REJECTED);
      }
      if (target.get(parentType).containsKey(parentKey)) {
        return Optional.empty();
      }
      return Optional.of(ImportReason.Kind.UNKNOWN_REFERENCE);
    }

    /** Whether a record of a type and key is decided, here or in the target. */
    boolean isDecided(RecordType type, String key) {
      return accepted.get(type).containsKey(key)
          || rejected.get(type).containsKey(key)
          || target.get(type).containsKey(key);
    }
  }

  private static ImportReason referenceReason(ImportReason.Kind kind, RecordType type, String key) {
    return kind == ImportReason.Kind.PARENT_REJECTED
        ? ImportReason.parentRejected(type, Optional.of(key))
        : ImportReason.unknownReference(type, key);
  }

  private static Map<RecordType, Map<String, Object>> targetIndex(
      Optional<ProgrammeSnapshot> target) {
    Map<RecordType, Map<String, Object>> index = new EnumMap<>(RecordType.class);
    for (RecordType t : RecordType.values()) {
      index.put(t, new LinkedHashMap<>());
    }
    if (target.isEmpty()) {
      return index;
    }
    ProgrammeSnapshot s = target.get();
    index.get(RecordType.PROGRAMME).put(s.programme().id().value(), s.programme());
    index.get(RecordType.AGENCY).put(s.agency().id().value(), s.agency());
    index.get(RecordType.CALENDAR).put("calendar", s.calendar());
    s.commodities().forEach(x -> index.get(RecordType.COMMODITY).putIfAbsent(x.id().value(), x));
    s.sentra().forEach(x -> index.get(RecordType.SENTRA).putIfAbsent(x.id().value(), x));
    s.mentors().forEach(x -> index.get(RecordType.MENTOR).putIfAbsent(x.id().value(), x));
    s.ikms().forEach(x -> index.get(RecordType.IKM).putIfAbsent(x.id().value(), x));
    s.assignments()
        .forEach(x -> index.get(RecordType.ASSIGNMENT).putIfAbsent(x.mentor().value(), x));
    s.leaves().forEach(x -> index.get(RecordType.LEAVE).putIfAbsent(ImportRecord.leaveKey(x), x));
    s.visits().forEach(x -> index.get(RecordType.VISIT).putIfAbsent(x.id().value(), x));
    s.logbookEntries()
        .forEach(x -> index.get(RecordType.LOGBOOK_ENTRY).putIfAbsent(x.id().value(), x));
    return index;
  }

  // ------------------------------------------------------------------ deciding

  private static <O> ImportOutcome<O> rejectDocument(
      List<Item<O>> items,
      long documentProblems,
      ImportOptions options,
      Map<RecordType, Map<String, Object>> target) {
    for (Item<O> item : items) {
      item.reject(ImportReason.documentRejected(documentProblems));
    }
    return outcome(items, options, List.of(), target, false, true);
  }

  /** Re-decides every record after new rejections, so that their children cascade. */
  private static void redecide(
      List<? extends Item<?>> items, Map<RecordType, Map<String, Object>> target) {
    Item<?> root = null;
    for (Item<?> item : items) {
      boolean section =
          item.type == RecordType.PROGRAMME
              || item.type == RecordType.AGENCY
              || item.type == RecordType.CALENDAR;
      if (section && item.rejected() && root == null) {
        root = item;
      }
    }
    if (root != null) {
      for (Item<?> item : items) {
        if (item != root && !item.rejected()) {
          item.rejectForParent(root);
        }
      }
      return;
    }
    Index index = new Index(target);
    for (Item<?> item : items.subList(0, Math.min(3, items.size()))) {
      index.decide(item);
    }
    decideInOrder(items, index, false);
  }

  /** The record types below the three sections, parents before children. */
  private static final RecordType[] DEPENDENCY_ORDER = {
    RecordType.COMMODITY,
    RecordType.SENTRA,
    RecordType.MENTOR,
    RecordType.IKM,
    RecordType.ASSIGNMENT,
    RecordType.LEAVE,
    RecordType.VISIT
  };

  /**
   * Decides the records below the sections in dependency order, each after its parents: duplicates
   * first (if {@code checkDuplicates}), then references; logbook entries last, as they may amend
   * each other.
   */
  private static void decideInOrder(
      List<? extends Item<?>> items, Index index, boolean checkDuplicates) {
    for (RecordType type : DEPENDENCY_ORDER) {
      for (Item<?> item : items) {
        if (item.type == type) {
          decide(item, index, checkDuplicates);
        }
      }
    }
    List<Item<?>> entries = new ArrayList<>();
    for (Item<?> item : items) {
      if (item.type == RecordType.LOGBOOK_ENTRY) {
        entries.add(item);
      }
    }
    decideEntries(entries, index, checkDuplicates);
  }

  private static void decide(Item<?> item, Index index, boolean checkDuplicates) {
    if (checkDuplicates) {
      duplicates(item, index);
    }
    if (!item.rejected() && !item.duplicate) {
      references(item, index);
    }
    index.decide(item);
  }

  private static void duplicates(Item<?> item, Index index) {
    if (item.rejected() || item.key == null) {
      return;
    }
    Item<?> first = index.accepted.get(item.type).get(item.key);
    if (first == null) {
      return;
    }
    // Ignored if identical, rejected if changed; the first is kept either way.
    if (first.original.equals(item.original)) {
      item.duplicate = true;
    } else {
      item.reject(ImportReason.conflictingDuplicate(item.type, item.key));
    }
  }

  private static void references(Item<?> item, Index index) {
    switch (item.type) {
      case SENTRA ->
          index.reference(item, RecordType.COMMODITY, ((Sentra) item.value).commodity().value());
      case IKM -> {
        Ikm ikm = (Ikm) item.value;
        index.reference(item, RecordType.SENTRA, ikm.sentra().value());
        index.reference(item, RecordType.COMMODITY, ikm.commodity().value());
      }
      case ASSIGNMENT -> {
        if (index.reference(item, RecordType.MENTOR, ((Assignment) item.value).mentor().value())) {
          assignmentIkms(item, index);
        }
      }
      case LEAVE ->
          index.reference(item, RecordType.MENTOR, ((MentorLeave) item.value).mentor().value());
      case VISIT -> {
        Visit v = (Visit) item.value;
        index.reference(item, RecordType.MENTOR, v.mentor().value());
        index.reference(item, RecordType.IKM, v.ikm().value());
      }
      default -> {}
    }
  }

  /**
   * Keeps an assignment without the IKMs that are unknown or were rejected, each a {@link
   * LeftOutElement} with the IKMs kept: the smallest unit that is wrong is the list element, not
   * the mentor's whole assignment.
   */
  private static void assignmentIkms(Item<?> item, Index index) {
    // Judged from the record as read, so that later rounds report every element left out.
    Assignment original = (Assignment) item.original;
    List<IkmId> kept = new ArrayList<>();
    Map<IkmId, ImportReason.Kind> dropped = new LinkedHashMap<>();
    for (IkmId ikm : original.ikms()) {
      Optional<ImportReason.Kind> problem = index.problem(RecordType.IKM, ikm.value());
      if (problem.isPresent()) {
        dropped.put(ikm, problem.get());
      } else {
        kept.add(ikm);
      }
    }
    if (dropped.isEmpty()) {
      item.leftOut = Map.of();
      item.value = original;
      return;
    }
    List<String> keptKeys = Lists.transform(kept, IkmId::value);
    Map<String, LeftOutElement> leftOut = new LinkedHashMap<>();
    for (Map.Entry<IkmId, ImportReason.Kind> d : dropped.entrySet()) {
      String key = d.getKey().value();
      leftOut.put(
          key,
          LeftOutElement.of(
              RecordType.IKM, key, original.ikms().indexOf(d.getKey()), d.getValue(), keptKeys));
    }
    item.leftOut = leftOut;
    item.value = Assignment.of(original.mentor(), kept);
  }

  /**
   * Decides the logbook entries: an amendment after the entry it amends, and each entry, as any
   * other record, checked for a duplicate against the entries accepted before it.
   */
  private static void decideEntries(List<Item<?>> entries, Index index, boolean checkDuplicates) {
    List<Item<?>> pending = new ArrayList<>();
    for (Item<?> item : entries) {
      boolean amendment = !item.rejected() && ((LogbookEntry) item.value).amendment().isPresent();
      if (checkDuplicates && !amendment) {
        duplicates(item, index);
      }
      if (item.rejected() || item.duplicate) {
        index.decide(item);
        continue;
      }
      LogbookEntry e = (LogbookEntry) item.value;
      index.reference(item, RecordType.IKM, e.ikm().value());
      index.reference(item, RecordType.MENTOR, e.author().value());
      e.visit().ifPresent(v -> index.reference(item, RecordType.VISIT, v.value()));
      if (item.rejected() || e.amendment().isEmpty()) {
        index.decide(item);
      } else {
        pending.add(item);
      }
    }
    // Amendments: accept those whose amended entry is decided, until no progress.
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (Iterator<Item<?>> it = pending.iterator(); it.hasNext(); ) {
        Item<?> item = it.next();
        String amends = amends(item);
        if (index.isDecided(RecordType.LOGBOOK_ENTRY, amends) || !isPendingKey(pending, amends)) {
          if (checkDuplicates) {
            duplicates(item, index);
          }
          if (!item.rejected() && !item.duplicate) {
            index.reference(item, RecordType.LOGBOOK_ENTRY, amends);
          }
          index.decide(item);
          it.remove();
          progress = true;
        }
      }
    }
    for (Item<?> item : pending) {
      // A cycle of amendments: none of them has a decided parent.
      item.reject(ImportReason.unknownReference(RecordType.LOGBOOK_ENTRY, amends(item)));
      index.decide(item);
    }
  }

  private static String amends(Item<?> entry) {
    return ((LogbookEntry) entry.value).amendment().orElseThrow().amends().value();
  }

  private static boolean isPendingKey(List<Item<?>> pending, String key) {
    for (Item<?> p : pending) {
      if (key.equals(p.key)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ rules

  private static final int RULE_ROUNDS = 3;

  /**
   * Validates the snapshot the import would produce and rejects the input records that rule
   * violations (errors) name, then their children; repeated while new records are rejected, at most
   * {@value #RULE_ROUNDS} times. A week without a visit (IKM-R305) names no input record and is
   * reported as a warning, as are the validator's warnings, violations that name only records of
   * the target, and references to records this import rejected (IKM-R002).
   *
   * @return the violations reported as warnings
   */
  private static List<Violation> applyRules(
      List<? extends Item<?>> items,
      ImportOptions options,
      Map<RecordType, Map<String, Object>> target,
      boolean sectionsInInput) {
    List<Violation> ruleWarnings = new ArrayList<>();
    for (int round = 0; round < RULE_ROUNDS; round++) {
      ruleWarnings.clear();
      if (items.isEmpty()
          || items.stream().allMatch(Item::rejected)
          || (sectionsInInput && items.subList(0, 3).stream().anyMatch(Item::rejected))) {
        return List.of();
      }
      ProgrammeSnapshot candidate = merge(items, options, sectionsInInput);
      ValidationReport report = Validator.standard().validate(candidate);
      Map<Subject, List<Item<?>>> bySubject = new HashMap<>();
      Set<Subject> rejectedRecords = new HashSet<>();
      for (Item<?> item : items) {
        if (item.rejected()) {
          subject(item).ifPresent(rejectedRecords::add);
        } else if (!item.duplicate) {
          subject(item)
              .ifPresent(s -> bySubject.computeIfAbsent(s, k -> new ArrayList<>()).add(item));
        }
      }
      boolean rejectedAny = false;
      for (Violation v : report.violations()) {
        List<Item<?>> blamed = blamed(v, bySubject);
        boolean error =
            v.severity() == Severity.ERROR
                && v.rule() != Rule.WEEK_NOT_VISITED
                && !refersToRejected(v, rejectedRecords);
        if (!error || blamed.isEmpty()) {
          ruleWarnings.add(v);
          continue;
        }
        for (Item<?> item : blamed) {
          item.reject(ImportReason.ruleViolation(v));
          rejectedAny = true;
        }
      }
      if (!rejectedAny) {
        break;
      }
      redecide(items, target);
    }
    return ruleWarnings;
  }

  /**
   * Whether a violation is a reference (IKM-R002) to a record this import rejected: the consequence
   * of that rejection, not a fault of the referring record (for example the programme's
   * participants).
   */
  private static boolean refersToRejected(Violation v, Set<Subject> rejectedRecords) {
    return v.missingReference().map(rejectedRecords::contains).orElse(false);
  }

  private static final Subject.Kind[] SPECIFICITY = {
    Subject.Kind.LOGBOOK_ENTRY, Subject.Kind.VISIT, Subject.Kind.IKM, Subject.Kind.MENTOR,
    Subject.Kind.SENTRA, Subject.Kind.COMMODITY, Subject.Kind.AGENCY, Subject.Kind.PROGRAMME
  };

  /** The input records a violation names, of the most specific kind that names any. */
  private static List<Item<?>> blamed(Violation v, Map<Subject, List<Item<?>>> bySubject) {
    for (Subject.Kind kind : SPECIFICITY) {
      List<Item<?>> out = new ArrayList<>();
      for (Subject subject : v.subjects()) {
        if (subject.kind() == kind) {
          out.addAll(bySubject.getOrDefault(subject, List.of()));
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  /** The subject a record is named by in violations, if its type has one and its key can be. */
  private static Optional<Subject> subject(Item<?> item) {
    return subjectKind(item.type).flatMap(kind -> subject(kind, item.key));
  }

  /** The subject of a kind and key; empty for a missing or blank key, which no violation names. */
  private static Optional<Subject> subject(Subject.Kind kind, @Nullable String key) {
    return key == null || key.isBlank() ? Optional.empty() : Optional.of(Subject.of(kind, key));
  }

  private static Optional<Subject.Kind> subjectKind(RecordType type) {
    return Optional.ofNullable(
        switch (type) {
          case PROGRAMME -> Subject.Kind.PROGRAMME;
          case AGENCY -> Subject.Kind.AGENCY;
          case COMMODITY -> Subject.Kind.COMMODITY;
          case SENTRA -> Subject.Kind.SENTRA;
          case MENTOR -> Subject.Kind.MENTOR;
          case IKM -> Subject.Kind.IKM;
          case VISIT -> Subject.Kind.VISIT;
          case LOGBOOK_ENTRY -> Subject.Kind.LOGBOOK_ENTRY;
          case CALENDAR, ASSIGNMENT, LEAVE -> null;
        });
  }

  // ------------------------------------------------------------------ outcome

  private static <O> ImportOutcome<O> outcome(
      List<Item<O>> items,
      ImportOptions options,
      List<Violation> warnings,
      Map<RecordType, Map<String, Object>> target,
      boolean sectionsInInput,
      boolean documentRejected) {
    boolean anyRejected = items.stream().anyMatch(Item::rejected);
    boolean apply =
        !documentRejected && !(anyRejected && options.mode() == ImportMode.ALL_OR_NOTHING);
    Map<RecordType, long[]> counts = new EnumMap<>(RecordType.class);
    for (RecordType t : RecordType.values()) {
      counts.put(t, new long[Decision.values().length]);
    }
    ImmutableList.Builder<RecordOutcome<O>> outcomes =
        ImmutableList.builderWithExpectedSize(items.size());
    for (Item<O> item : items) {
      Decision decision;
      if (item.rejected()) {
        decision = Decision.REJECTED;
      } else if (item.duplicate || !apply) {
        decision = Decision.IGNORED;
      } else {
        Object existing = target.get(item.type).get(item.key);
        decision =
            existing == null
                ? Decision.CREATED
                : existing.equals(item.value) ? Decision.IGNORED : Decision.UPDATED;
      }
      counts.get(item.type)[decision.ordinal()]++;
      outcomes.add(
          new RecordOutcome<>(
              item.record,
              decision,
              item.reasons,
              item.rejected() ? List.of() : List.copyOf(item.leftOut.values())));
    }
    Map<RecordType, RecordCounts> recordCounts = new EnumMap<>(RecordType.class);
    counts.forEach((t, c) -> recordCounts.put(t, RecordCounts.of(c[0], c[1], c[2], c[3])));
    RecordCounts totals =
        recordCounts.values().stream().reduce(RecordCounts.zero(), RecordCounts::plus);
    boolean nothingAccepted = totals.accepted() == 0 && totals.rejected() > 0;
    ProgrammeSnapshot snapshot =
        !apply || options.dryRun() || nothingAccepted
            ? null
            : merge(items, options, sectionsInInput);
    return new ImportOutcome<>(outcomes.build(), recordCounts, warnings, snapshot);
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> merged(
      List<T> base, Function<T, String> key, List<? extends Item<?>> items, RecordType type) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T t : base) {
      map.putIfAbsent(key.apply(t), t);
    }
    for (Item<?> item : items) {
      if (item.type == type && !item.rejected() && !item.duplicate) {
        map.put(item.key, (T) item.value);
      }
    }
    return new ArrayList<>(map.values());
  }

  /**
   * The target with the accepted records merged in: the sections from the input if it has them,
   * else from the target; each list the target's, with the records of the same key replaced and the
   * new ones appended in input order.
   */
  private static ProgrammeSnapshot merge(
      List<? extends Item<?>> items, ImportOptions options, boolean sectionsInInput) {
    ProgrammeSnapshot.Builder b = ProgrammeSnapshot.builder();
    if (sectionsInInput) {
      b.programme((Programme) items.get(0).value);
      b.agency((Agency) items.get(1).value);
      b.calendar((WorkCalendar) items.get(2).value);
    } else {
      ProgrammeSnapshot t = options.target().orElseThrow();
      b.programme(t.programme());
      b.agency(t.agency());
      b.calendar(t.calendar());
    }
    Optional<ProgrammeSnapshot> t = options.target();
    b.commodities(
        merged(
            t.map(ProgrammeSnapshot::commodities).orElse(List.of()),
            x -> x.id().value(),
            items,
            RecordType.COMMODITY));
    b.sentra(
        merged(
            t.map(ProgrammeSnapshot::sentra).orElse(List.of()),
            x -> x.id().value(),
            items,
            RecordType.SENTRA));
    b.mentors(
        merged(
            t.map(ProgrammeSnapshot::mentors).orElse(List.of()),
            x -> x.id().value(),
            items,
            RecordType.MENTOR));
    b.ikms(
        merged(
            t.map(ProgrammeSnapshot::ikms).orElse(List.of()),
            x -> x.id().value(),
            items,
            RecordType.IKM));
    b.assignments(
        merged(
            t.map(ProgrammeSnapshot::assignments).orElse(List.of()),
            x -> x.mentor().value(),
            items,
            RecordType.ASSIGNMENT));
    b.leaves(
        merged(
            t.map(ProgrammeSnapshot::leaves).orElse(List.of()),
            ImportRecord::leaveKey,
            items,
            RecordType.LEAVE));
    b.visits(
        merged(
            t.map(ProgrammeSnapshot::visits).orElse(List.of()),
            x -> x.id().value(),
            items,
            RecordType.VISIT));
    b.logbookEntries(
        merged(
            t.map(ProgrammeSnapshot::logbookEntries).orElse(List.of()),
            x -> x.id().value(),
            items,
            RecordType.LOGBOOK_ENTRY));
    return b.build();
  }
}
