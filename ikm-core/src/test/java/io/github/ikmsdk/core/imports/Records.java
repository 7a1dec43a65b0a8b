package io.github.ikmsdk.core.imports;

import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A snapshot split into import records, each with its place in the snapshot ({@code ikms/3}) as its
 * origin, in the order a snapshot import expects: the three sections, then the lists.
 */
final class Records {

  private Records() {}

  static List<ImportRecord<String>> of(ProgrammeSnapshot s) {
    List<ImportRecord<String>> out = new ArrayList<>();
    out.add(ImportRecord.of(s.programme(), "programme"));
    out.add(ImportRecord.of(s.agency(), "agency"));
    out.add(ImportRecord.of(s.calendar(), "calendar"));
    addAll(out, "commodities", s.commodities(), ImportRecord::of);
    addAll(out, "sentra", s.sentra(), ImportRecord::of);
    addAll(out, "mentors", s.mentors(), ImportRecord::of);
    addAll(out, "ikms", s.ikms(), ImportRecord::of);
    addAll(out, "assignments", s.assignments(), ImportRecord::of);
    addAll(out, "leaves", s.leaves(), ImportRecord::of);
    addAll(out, "visits", s.visits(), ImportRecord::of);
    addAll(out, "logbookEntries", s.logbookEntries(), ImportRecord::of);
    return out;
  }

  private static <T> void addAll(
      List<ImportRecord<String>> out,
      String list,
      List<T> values,
      BiFunction<T, String, ImportRecord<String>> record) {
    for (int i = 0; i < values.size(); i++) {
      out.add(record.apply(values.get(i), String.format(Locale.ROOT, "%s/%d", list, i)));
    }
  }

  /** Returns the record of a type and key. */
  static ImportRecord<String> find(
      List<ImportRecord<String>> records, RecordType type, String key) {
    return records.stream()
        .filter(r -> r.type() == type && r.key().orElse("").equals(key))
        .findFirst()
        .orElseThrow();
  }

  /** Returns the records with one record replaced by another. */
  static List<ImportRecord<String>> replace(
      List<ImportRecord<String>> records, ImportRecord<String> old, ImportRecord<String> by) {
    List<ImportRecord<String>> out = new ArrayList<>(records);
    out.set(out.indexOf(old), by);
    return out;
  }

  /** Returns the records with the record of a type and key unreadable, its key read or not. */
  static List<ImportRecord<String>> unreadable(
      List<ImportRecord<String>> records, RecordType type, String key, boolean keyRead) {
    ImportRecord<String> old = find(records, type, key);
    return replace(
        records,
        old,
        ImportRecord.unreadable(type, keyRead ? Optional.of(key) : Optional.empty(), old.origin()));
  }

  /** Returns the outcome of the record of a type and key (the first, if repeated). */
  static RecordOutcome<String> outcome(ImportOutcome<String> o, RecordType type, String key) {
    return o.records().stream()
        .filter(r -> r.record().type() == type && r.record().key().orElse("").equals(key))
        .findFirst()
        .orElseThrow();
  }
}
