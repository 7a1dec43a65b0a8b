package io.github.ikmsdk.json.internal;

import com.google.common.collect.Lists;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.rules.Rule;
import io.github.ikmsdk.core.rules.Subject;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Validator;
import io.github.ikmsdk.core.rules.Violation;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.json.JsonProblem;
import io.github.ikmsdk.json.JsonProblem.Severity;
import io.github.ikmsdk.json.imports.ImportMode;
import io.github.ikmsdk.json.imports.ImportOptions;
import io.github.ikmsdk.json.imports.ImportProblemCode;
import io.github.ikmsdk.json.imports.ImportReport;
import io.github.ikmsdk.json.imports.ImportResult;
import io.github.ikmsdk.json.imports.RecordCounts;
import io.github.ikmsdk.json.imports.RecordType;
import io.github.ikmsdk.json.imports.RejectedRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Imports of snapshots and visit logs: per-record outcomes, cascades from rejected parents,
 * references to unknown records, duplicates and the accounting of every input record.
 */
public final class Importer {

  private Importer() {}

  private enum Outcome {
    CREATED,
    UPDATED,
    IGNORED,
    REJECTED
  }

  /** One input record during an import. */
  private static final class Item {
    final RecordType type;
    final String key;

    /** The record as read, which duplicates are compared by. */
    final Object original;

    /** The record as it will be kept: the original less any elements left out. */
    Object value;

    final String pointer;
    final long line;
    final long column;
    final List<JsonProblem> reasons;

    /** Warnings (IMPORT-006) for elements of the record left out, by element key. */
    final Map<String, JsonProblem> leftOut = new LinkedHashMap<>();

    boolean duplicate;
    Outcome outcome;

    Item(
        RecordType type,
        String key,
        Object value,
        String pointer,
        long line,
        long column,
        List<JsonProblem> reasons) {
      this.type = type;
      this.key = key;
      this.original = value;
      this.value = value;
      this.pointer = pointer;
      this.line = line;
      this.column = column;
      this.reasons = new ArrayList<>(reasons);
    }

    boolean rejected() {
      return !reasons.isEmpty();
    }

    void rejectForParent(Item parent) {
      reject(
          ImportProblemCode.PARENT_REJECTED,
          label(parent.type),
          parent.key == null ? "?" : parent.key);
    }

    void reject(ImportProblemCode code, Object... args) {
      reasons.add(
          JsonProblem.of(
              code.code(),
              Severity.ERROR,
              pointer,
              line,
              column,
              code.englishMessage(args),
              code.indonesianMessage(args),
              strings(args)));
    }

    /**
     * Leaves an element of this record's list out, with a warning that says why and what is kept.
     *
     * @param because {@link ImportProblemCode#UNKNOWN_REFERENCE} or {@link
     *     ImportProblemCode#PARENT_REJECTED}
     */
    void leaveOut(
        RecordType elementType,
        String elementKey,
        String elementPointer,
        ImportProblemCode because,
        List<String> kept) {
      boolean unknown = because == ImportProblemCode.UNKNOWN_REFERENCE;
      String keptText = kept.isEmpty() ? "-" : String.join(", ", kept);
      ImportProblemCode code = ImportProblemCode.ELEMENT_LEFT_OUT;
      Object[] common = {label(type), key, label(elementType), elementKey};
      String english =
          code.englishMessage(
              common[0],
              common[1],
              common[2],
              common[3],
              unknown ? "unknown: neither in the input nor in the target" : "rejected",
              keptText);
      String indonesian =
          code.indonesianMessage(
              common[0],
              common[1],
              common[2],
              common[3],
              unknown ? "tidak dikenal: tidak ada dalam masukan maupun data tujuan" : "ditolak",
              keptText);
      leftOut.put(
          elementKey,
          JsonProblem.of(
              code.code(),
              Severity.WARNING,
              elementPointer,
              line,
              column,
              english,
              indonesian,
              List.of(label(type), key, label(elementType), elementKey, because.code(), keptText)));
    }
  }

  private static List<String> strings(Object[] args) {
    List<String> out = new ArrayList<>();
    for (Object a : args) {
      out.add(String.valueOf(a));
    }
    return out;
  }

  private static String label(RecordType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The accepted and rejected keys of each type, as records are decided. */
  private static final class Index {
    final Map<RecordType, Map<String, Item>> accepted = new EnumMap<>(RecordType.class);
    final Map<RecordType, Map<String, Item>> rejected = new EnumMap<>(RecordType.class);
    final Map<RecordType, Map<String, Object>> target;

    Index(Map<RecordType, Map<String, Object>> target) {
      this.target = target;
      for (RecordType t : RecordType.values()) {
        accepted.put(t, new HashMap<>());
        rejected.put(t, new HashMap<>());
      }
    }

    void decide(Item item) {
      if (item.key == null) {
        return;
      }
      if (item.rejected()) {
        rejected.get(item.type).putIfAbsent(item.key, item);
      } else {
        accepted.get(item.type).putIfAbsent(item.key, item);
      }
    }

    /** Checks a reference of {@code child}; returns false if the child was rejected for it. */
    boolean reference(Item child, RecordType parentType, String parentKey) {
      Optional<ImportProblemCode> problem = problem(parentType, parentKey);
      problem.ifPresent(p -> child.reject(p, label(parentType), parentKey));
      return problem.isEmpty();
    }

    /** What is wrong with a reference: its record was rejected, or is nowhere; empty if fine. */
    Optional<ImportProblemCode> problem(RecordType parentType, String parentKey) {
      if (accepted.get(parentType).containsKey(parentKey)) {
        return Optional.empty();
      }
      if (rejected.get(parentType).containsKey(parentKey)) {
        return Optional.of(ImportProblemCode.PARENT_REJECTED);
      }
      if (target.get(parentType).containsKey(parentKey)) {
        return Optional.empty();
      }
      return Optional.of(ImportProblemCode.UNKNOWN_REFERENCE);
    }
  }

  // ------------------------------------------------------------------ snapshot

  private static String leaveKey(MentorLeave l) {
    return l.mentor().value() + "/" + l.firstDay();
  }

  private static <T> void add(
      List<Item> items, RecordType type, Rec<T> rec, Function<T, String> key) {
    if (rec == null) {
      return;
    }
    String k = rec.value != null ? key.apply(rec.value) : rec.key;
    items.add(new Item(type, k, rec.value, rec.pointer, rec.line, rec.column, rec.problems));
  }

  private static <T> void addAll(
      List<Item> items, RecordType type, List<Rec<T>> recs, Function<T, String> key) {
    for (Rec<T> rec : recs) {
      add(items, type, rec, key);
    }
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
    s.leaves().forEach(x -> index.get(RecordType.LEAVE).putIfAbsent(leaveKey(x), x));
    s.visits().forEach(x -> index.get(RecordType.VISIT).putIfAbsent(x.id().value(), x));
    s.logbookEntries()
        .forEach(x -> index.get(RecordType.LOGBOOK_ENTRY).putIfAbsent(x.id().value(), x));
    return index;
  }

  /** Imports a snapshot read record by record. */
  public static ImportResult importSnapshot(SnapshotRead s, ImportOptions options) {
    List<Item> items = new ArrayList<>();
    add(items, RecordType.PROGRAMME, s.programme, p -> p.id().value());
    add(items, RecordType.AGENCY, s.agency, a -> a.id().value());
    add(items, RecordType.CALENDAR, s.calendar, c -> "calendar");
    addAll(items, RecordType.COMMODITY, s.commodities, x -> x.id().value());
    addAll(items, RecordType.SENTRA, s.sentra, x -> x.id().value());
    addAll(items, RecordType.MENTOR, s.mentors, x -> x.id().value());
    addAll(items, RecordType.IKM, s.ikms, x -> x.id().value());
    addAll(items, RecordType.ASSIGNMENT, s.assignments, x -> x.mentor().value());
    addAll(items, RecordType.LEAVE, s.leaves, Importer::leaveKey);
    addAll(items, RecordType.VISIT, s.visits, x -> x.id().value());
    addAll(items, RecordType.LOGBOOK_ENTRY, s.logbookEntries, x -> x.id().value());

    Map<RecordType, Map<String, Object>> target = targetIndex(options.target());
    List<JsonProblem> documentProblems = new ArrayList<>(s.documentErrors);
    if (!documentProblems.isEmpty()) {
      for (Item item : items) {
        item.reject(ImportProblemCode.DOCUMENT_REJECTED, documentProblems.size());
      }
      return finish(items, options, documentProblems, s.warnings, target, null);
    }

    Index index = new Index(target);
    // The three sections are the parents of everything.
    Item programme = items.get(0);
    Item agency = items.get(1);
    if (!programme.rejected() && !agency.rejected()) {
      Programme p = (Programme) programme.value;
      if (!p.agency().equals(((Agency) agency.value).id())) {
        programme.reject(ImportProblemCode.UNKNOWN_REFERENCE, "agency", p.agency().value());
      }
      if (options.target().isPresent() && !options.target().get().programme().id().equals(p.id())) {
        programme.reject(
            ImportProblemCode.PROGRAMME_MISMATCH,
            p.id().value(),
            options.target().get().programme().id().value());
      }
    }
    Item rootRejected = null;
    for (Item item : items.subList(0, 3)) {
      if (item.rejected() && rootRejected == null) {
        rootRejected = item;
      }
    }
    if (rootRejected != null) {
      for (Item item : items.subList(3, items.size())) {
        item.rejectForParent(rootRejected);
      }
      for (Item item : items.subList(0, 3)) {
        if (!item.rejected()) {
          item.rejectForParent(rootRejected);
        }
      }
    }
    decideInOrder(items, index, true);
    List<JsonProblem> warnings = new ArrayList<>(s.warnings);
    applyRules(items, options, target, s, warnings);
    return finish(items, options, documentProblems, warnings, target, s);
  }

  /** Re-decides every record after new rejections, so that their children cascade. */
  private static void redecide(List<Item> items, Map<RecordType, Map<String, Object>> target) {
    Item root = null;
    for (Item item : items) {
      boolean section =
          item.type == RecordType.PROGRAMME
              || item.type == RecordType.AGENCY
              || item.type == RecordType.CALENDAR;
      if (section && item.rejected() && root == null) {
        root = item;
      }
    }
    if (root != null) {
      for (Item item : items) {
        if (item != root && !item.rejected()) {
          item.rejectForParent(root);
        }
      }
      return;
    }
    Index index = new Index(target);
    for (Item item : items.subList(0, Math.min(3, items.size()))) {
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
  private static void decideInOrder(List<Item> items, Index index, boolean checkDuplicates) {
    for (RecordType type : DEPENDENCY_ORDER) {
      for (Item item : items) {
        if (item.type == type) {
          decide(item, index, checkDuplicates);
        }
      }
    }
    List<Item> entries = new ArrayList<>();
    for (Item item : items) {
      if (item.type == RecordType.LOGBOOK_ENTRY) {
        entries.add(item);
      }
    }
    decideEntries(entries, index, checkDuplicates);
  }

  private static void decide(Item item, Index index, boolean checkDuplicates) {
    if (checkDuplicates) {
      duplicates(item, index);
    }
    if (!item.rejected() && !item.duplicate) {
      references(item, index);
    }
    index.decide(item);
  }

  private static final int RULE_ROUNDS = 3;

  /**
   * Validates the snapshot the import would produce and rejects the input records that rule
   * violations (errors) name, then their children; repeated while new records are rejected, at most
   * {@value #RULE_ROUNDS} times. A week without a visit (IKM-R305) names no input record and is
   * reported as a warning, as are the validator's warnings, violations that name only records of
   * the target, and references to records this import rejected (IKM-R002).
   */
  private static void applyRules(
      List<Item> items,
      ImportOptions options,
      Map<RecordType, Map<String, Object>> target,
      SnapshotRead read,
      List<JsonProblem> warnings) {
    List<JsonProblem> ruleWarnings = new ArrayList<>();
    for (int round = 0; round < RULE_ROUNDS; round++) {
      ruleWarnings.clear();
      if (items.isEmpty()
          || items.stream().allMatch(Item::rejected)
          || (read != null && items.subList(0, 3).stream().anyMatch(Item::rejected))) {
        return;
      }
      ProgrammeSnapshot candidate = merge(items, options, read);
      ValidationReport report = Validator.standard().validate(candidate);
      Map<Subject, List<Item>> bySubject = new HashMap<>();
      for (Item item : items) {
        if (!item.rejected() && !item.duplicate) {
          subject(item)
              .ifPresent(s -> bySubject.computeIfAbsent(s, k -> new ArrayList<>()).add(item));
        }
      }
      Set<Subject> rejectedRecords = new HashSet<>();
      for (Item item : items) {
        if (item.rejected()) {
          subject(item).ifPresent(rejectedRecords::add);
        }
      }
      boolean rejectedAny = false;
      for (Violation v : report.violations()) {
        List<Item> blamed = blamed(v, bySubject);
        // A reference to a record this import rejected is the consequence of that rejection,
        // not a fault of the referring record (for example the programme's participants).
        boolean danglingToRejected =
            v.missingReference().map(rejectedRecords::contains).orElse(false);
        boolean error =
            v.severity() == io.github.ikmsdk.core.rules.Severity.ERROR
                && v.rule() != Rule.WEEK_NOT_VISITED
                && !danglingToRejected;
        if (!error || blamed.isEmpty()) {
          ruleWarnings.add(ruleProblem(v, Severity.WARNING, "", 0, 0));
          continue;
        }
        for (Item item : blamed) {
          item.reasons.add(ruleProblem(v, Severity.ERROR, item.pointer, item.line, item.column));
          rejectedAny = true;
        }
      }
      if (!rejectedAny) {
        break;
      }
      redecide(items, target);
    }
    warnings.addAll(ruleWarnings);
  }

  private static final Subject.Kind[] SPECIFICITY = {
    Subject.Kind.LOGBOOK_ENTRY, Subject.Kind.VISIT, Subject.Kind.IKM, Subject.Kind.MENTOR,
    Subject.Kind.SENTRA, Subject.Kind.COMMODITY, Subject.Kind.AGENCY, Subject.Kind.PROGRAMME
  };

  /** The input records a violation names, of the most specific kind that names any. */
  private static List<Item> blamed(Violation v, Map<Subject, List<Item>> bySubject) {
    for (Subject.Kind kind : SPECIFICITY) {
      List<Item> out = new ArrayList<>();
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
  private static Optional<Subject> subject(Item item) {
    Subject.Kind kind = subjectKind(item.type);
    return kind == null ? Optional.empty() : subject(kind, item.key);
  }

  /** The subject of a kind and key; empty for a missing or blank key, which no violation names. */
  private static Optional<Subject> subject(Subject.Kind kind, String key) {
    return key == null || key.isBlank() ? Optional.empty() : Optional.of(Subject.of(kind, key));
  }

  private static Subject.Kind subjectKind(RecordType type) {
    switch (type) {
      case PROGRAMME:
        return Subject.Kind.PROGRAMME;
      case AGENCY:
        return Subject.Kind.AGENCY;
      case COMMODITY:
        return Subject.Kind.COMMODITY;
      case SENTRA:
        return Subject.Kind.SENTRA;
      case MENTOR:
        return Subject.Kind.MENTOR;
      case IKM:
        return Subject.Kind.IKM;
      case VISIT:
        return Subject.Kind.VISIT;
      case LOGBOOK_ENTRY:
        return Subject.Kind.LOGBOOK_ENTRY;
      default:
        return null;
    }
  }

  private static JsonProblem ruleProblem(
      Violation v, Severity severity, String pointer, long line, long column) {
    return JsonProblem.of(
        v.code(),
        severity,
        pointer,
        line,
        column,
        v.message(Locale.ENGLISH),
        v.message(Locale.forLanguageTag("id")),
        new ArrayList<>(v.arguments().values()));
  }

  private static void duplicates(Item item, Index index) {
    if (item.rejected() || item.key == null) {
      return;
    }
    Item first = index.accepted.get(item.type).get(item.key);
    if (first != null) {
      duplicateOf(first, item);
    }
  }

  /**
   * Decides a record with the id of an earlier one: ignored if identical, rejected if changed (the
   * first is kept either way).
   */
  private static void duplicateOf(Item first, Item item) {
    if (first.original.equals(item.original)) {
      item.duplicate = true;
    } else {
      item.reject(ImportProblemCode.CONFLICTING_DUPLICATE, label(item.type), item.key);
    }
  }

  private static void references(Item item, Index index) {
    switch (item.type) {
      case SENTRA:
        index.reference(item, RecordType.COMMODITY, ((Sentra) item.value).commodity().value());
        break;
      case IKM:
        Ikm ikm = (Ikm) item.value;
        index.reference(item, RecordType.SENTRA, ikm.sentra().value());
        index.reference(item, RecordType.COMMODITY, ikm.commodity().value());
        break;
      case ASSIGNMENT:
        if (index.reference(item, RecordType.MENTOR, ((Assignment) item.value).mentor().value())) {
          assignmentIkms(item, index);
        }
        break;
      case LEAVE:
        index.reference(item, RecordType.MENTOR, ((MentorLeave) item.value).mentor().value());
        break;
      case VISIT:
        Visit v = (Visit) item.value;
        index.reference(item, RecordType.MENTOR, v.mentor().value());
        index.reference(item, RecordType.IKM, v.ikm().value());
        break;
      default:
        break;
    }
  }

  /**
   * Keeps an assignment without the IKMs that are unknown or were rejected, each reported as
   * IMPORT-006 with the IKMs kept: the smallest unit that is wrong is the list element, not the
   * mentor's whole assignment.
   */
  private static void assignmentIkms(Item item, Index index) {
    // Judged from the record as read, so that later rounds report every element left out.
    Assignment original = (Assignment) item.original;
    List<IkmId> kept = new ArrayList<>();
    Map<IkmId, ImportProblemCode> dropped = new LinkedHashMap<>();
    for (IkmId ikm : original.ikms()) {
      Optional<ImportProblemCode> problem = index.problem(RecordType.IKM, ikm.value());
      if (problem.isPresent()) {
        dropped.put(ikm, problem.get());
      } else {
        kept.add(ikm);
      }
    }
    item.leftOut.clear();
    if (dropped.isEmpty()) {
      item.value = original;
      return;
    }
    List<String> keptKeys = Lists.transform(kept, IkmId::value);
    for (Map.Entry<IkmId, ImportProblemCode> d : dropped.entrySet()) {
      String pointer = item.pointer + "/ikms/" + original.ikms().indexOf(d.getKey());
      item.leaveOut(RecordType.IKM, d.getKey().value(), pointer, d.getValue(), keptKeys);
    }
    item.value = Assignment.of(original.mentor(), kept);
  }

  /**
   * Decides the logbook entries: an amendment after the entry it amends, and each entry, as any
   * other record, checked for a duplicate against the entries accepted before it.
   */
  private static void decideEntries(List<Item> entries, Index index, boolean checkDuplicates) {
    List<Item> pending = new ArrayList<>();
    for (Item item : entries) {
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
      for (Iterator<Item> it = pending.iterator(); it.hasNext(); ) {
        Item item = it.next();
        String amends = ((LogbookEntry) item.value).amendment().get().amends().value();
        boolean decided =
            index.accepted.get(RecordType.LOGBOOK_ENTRY).containsKey(amends)
                || index.rejected.get(RecordType.LOGBOOK_ENTRY).containsKey(amends)
                || index.target.get(RecordType.LOGBOOK_ENTRY).containsKey(amends)
                || !isPendingKey(pending, amends);
        if (decided) {
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
    for (Item item : pending) {
      // A cycle of amendments: none of them has a decided parent.
      item.reject(
          ImportProblemCode.UNKNOWN_REFERENCE,
          "logbook entry",
          ((LogbookEntry) item.value).amendment().get().amends().value());
      index.decide(item);
    }
  }

  private static boolean isPendingKey(List<Item> pending, String key) {
    for (Item p : pending) {
      if (key.equals(p.key)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ visit log

  /** Imports a visit log into the options' target. */
  public static ImportResult importVisitLog(JsonIn in, ImportOptions options) {
    ProgrammeSnapshot target = options.target().orElseThrow();
    Map<RecordType, Map<String, Object>> targetIndex = targetIndex(options.target());
    VisitLogStream stream = new VisitLogStream(in, true);
    Index index = new Index(targetIndex);
    List<Item> items = new ArrayList<>();
    boolean mismatchReported = false;
    while (true) {
      Visit v = stream.next();
      if (v == null && stream.lastProblems().isEmpty()) {
        break;
      }
      if (!mismatchReported
          && stream.programme() != null
          && !stream.programme().equals(target.programme().id())) {
        mismatchReported = true;
        ImportProblemCode c = ImportProblemCode.PROGRAMME_MISMATCH;
        Object[] args = {stream.programme().value(), target.programme().id().value()};
        in.addError(
            JsonProblem.of(
                c.code(),
                Severity.ERROR,
                "/programme",
                0,
                0,
                c.englishMessage(args),
                c.indonesianMessage(args),
                strings(args)));
      }
      String key = v != null ? v.id().value() : stream.lastKey();
      Item item =
          new Item(
              RecordType.VISIT,
              key,
              v,
              stream.lastPointer(),
              stream.lastLine(),
              stream.lastColumn(),
              stream.lastProblems());
      decide(item, index, true);
      items.add(item);
    }
    List<JsonProblem> documentProblems = new ArrayList<>(in.errors());
    List<JsonProblem> warnings = new ArrayList<>(in.warnings());
    if (!documentProblems.isEmpty()) {
      for (Item item : items) {
        item.reject(ImportProblemCode.DOCUMENT_REJECTED, documentProblems.size());
      }
    } else {
      applyRules(items, options, targetIndex, null, warnings);
    }
    return finish(items, options, documentProblems, warnings, targetIndex, null);
  }

  /** The result of an input that could not even be opened. */
  public static ImportResult unreadable(ImportOptions options, List<JsonProblem> problems) {
    return ImportResult.of(
        ImportReport.of(options.mode(), options.dryRun(), Map.of(), List.of(), problems, List.of()),
        Optional.empty());
  }

  // ------------------------------------------------------------------ outcome

  private static ImportResult finish(
      List<Item> items,
      ImportOptions options,
      List<JsonProblem> documentProblems,
      List<JsonProblem> warnings,
      Map<RecordType, Map<String, Object>> target,
      SnapshotRead snapshot) {
    boolean anyRejected = items.stream().anyMatch(Item::rejected);
    boolean apply =
        documentProblems.isEmpty() && !(anyRejected && options.mode() == ImportMode.ALL_OR_NOTHING);
    Map<RecordType, long[]> counts = new EnumMap<>(RecordType.class);
    List<RejectedRecord> rejected = new ArrayList<>();
    for (Item item : items) {
      if (item.rejected()) {
        item.outcome = Outcome.REJECTED;
        rejected.add(
            RejectedRecord.of(
                item.type,
                Optional.ofNullable(item.key),
                item.pointer,
                item.line,
                item.column,
                item.reasons));
      } else if (item.duplicate || !apply) {
        item.outcome = Outcome.IGNORED;
      } else {
        Object existing = target.get(item.type).get(item.key);
        item.outcome =
            existing == null
                ? Outcome.CREATED
                : existing.equals(item.value) ? Outcome.IGNORED : Outcome.UPDATED;
      }
      counts.computeIfAbsent(item.type, t -> new long[4])[item.outcome.ordinal()]++;
    }
    Map<RecordType, RecordCounts> recordCounts = new EnumMap<>(RecordType.class);
    counts.forEach((t, c) -> recordCounts.put(t, RecordCounts.of(c[0], c[1], c[2], c[3])));
    // What a kept record was kept without: the elements left out, each with the elements kept.
    List<JsonProblem> allWarnings = new ArrayList<>();
    for (Item item : items) {
      if (!item.rejected()) {
        allWarnings.addAll(item.leftOut.values());
      }
    }
    allWarnings.addAll(warnings);
    ImportReport report =
        ImportReport.of(
            options.mode(),
            options.dryRun(),
            recordCounts,
            rejected,
            documentProblems,
            allWarnings);
    boolean nothingAccepted = report.totals().accepted() == 0 && report.totals().rejected() > 0;
    if (!apply || options.dryRun() || nothingAccepted) {
      return ImportResult.of(report, Optional.empty());
    }
    return ImportResult.of(report, Optional.of(merge(items, options, snapshot)));
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> merged(
      List<T> base, Function<T, String> key, List<Item> items, RecordType type) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T t : base) {
      map.putIfAbsent(key.apply(t), t);
    }
    for (Item item : items) {
      if (item.type != type || item.rejected() || item.duplicate) {
        continue;
      }
      T value = (T) item.value;
      map.put(item.key, value);
    }
    return new ArrayList<>(map.values());
  }

  private static ProgrammeSnapshot merge(
      List<Item> items, ImportOptions options, SnapshotRead read) {
    Optional<ProgrammeSnapshot> target = options.target();
    ProgrammeSnapshot.Builder b = ProgrammeSnapshot.builder();
    if (read != null) {
      b.programme(read.programme.value);
      b.agency(read.agency.value);
      b.calendar(read.calendar.value);
    } else {
      ProgrammeSnapshot t = target.orElseThrow();
      b.programme(t.programme());
      b.agency(t.agency());
      b.calendar(t.calendar());
    }
    ProgrammeSnapshot t = target.orElse(null);
    b.commodities(
        merged(
            t == null ? List.<Commodity>of() : t.commodities(),
            x -> x.id().value(),
            items,
            RecordType.COMMODITY));
    b.sentra(
        merged(
            t == null ? List.<Sentra>of() : t.sentra(),
            x -> x.id().value(),
            items,
            RecordType.SENTRA));
    b.mentors(
        merged(
            t == null ? List.<Mentor>of() : t.mentors(),
            x -> x.id().value(),
            items,
            RecordType.MENTOR));
    b.ikms(
        merged(t == null ? List.<Ikm>of() : t.ikms(), x -> x.id().value(), items, RecordType.IKM));
    b.assignments(
        merged(
            t == null ? List.<Assignment>of() : t.assignments(),
            x -> x.mentor().value(),
            items,
            RecordType.ASSIGNMENT));
    b.leaves(
        merged(
            t == null ? List.<MentorLeave>of() : t.leaves(),
            Importer::leaveKey,
            items,
            RecordType.LEAVE));
    b.visits(
        merged(
            t == null ? List.<Visit>of() : t.visits(),
            x -> x.id().value(),
            items,
            RecordType.VISIT));
    b.logbookEntries(
        merged(
            t == null ? List.<LogbookEntry>of() : t.logbookEntries(),
            x -> x.id().value(),
            items,
            RecordType.LOGBOOK_ENTRY));
    return b.build();
  }
}
