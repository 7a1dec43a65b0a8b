package io.github.ikmsdk.examples.bench;

import io.github.ikmsdk.core.imports.ImportMode;
import io.github.ikmsdk.core.imports.ImportOptions;
import io.github.ikmsdk.json.IkmJson;
import io.github.ikmsdk.json.JsonReadException;
import io.github.ikmsdk.json.ReadLimits;
import io.github.ikmsdk.json.UnknownFields;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import io.github.ikmsdk.json.imports.ImportReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Reads and imports the worst inputs this benchmark can build within a document-length budget, to
 * show that time and memory stay bounded by the input's length and {@link
 * ReadLimits#maxProblems()}, whatever the input: the quick start's snapshot with one IKM given a
 * million unknown fields (strict and lenient reads, and a per-record import), and the snapshot with
 * a million visits that are each an empty object (a million rejected records, each with its own
 * reasons, which an import must keep).
 *
 * <p>For each input it prints its size, the best and median time of three runs after a warm-up, the
 * number of problems listed, and the peak heap ({@link Measure}).
 *
 * <p>Usage: {@code HostileInputBenchmark [count]}, default 1,000,000. A benchmark, not a test:
 * numbers depend on the machine.
 */
public final class HostileInputBenchmark {

  private HostileInputBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional number of unknown fields and of empty visits
   */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    IkmJson strict =
        IkmJson.builder()
            .limits(ReadLimits.defaults().withMaxDocumentLength(Long.MAX_VALUE))
            .build();
    IkmJson lenient =
        IkmJson.builder()
            .unknownFields(UnknownFields.LENIENT)
            .limits(ReadLimits.defaults().withMaxDocumentLength(Long.MAX_VALUE))
            .build();
    String good = quickStartSnapshot();
    String unknown = unknownFields(good, count);
    String emptyVisits = emptyVisits(good, count);
    ImportOptions perRecord = ImportOptions.defaults().withMode(ImportMode.PER_RECORD);

    Table table =
        Table.plain(System.out)
            .left("input", 34)
            .left("operation", 18)
            .right("size MB", 8)
            .right("best ms", 8)
            .right("median ms", 9)
            .right("problems", 9)
            .right("peak MB", 8);
    table.printHeader();
    row(
        table,
        "1 IKM, " + Table.count(count) + " unknown fields",
        "strict read",
        unknown,
        () -> problems(strict, unknown));
    row(
        table,
        "1 IKM, " + Table.count(count) + " unknown fields",
        "lenient read",
        unknown,
        () -> (long) lenient.read(unknown, ProgrammeDocument.class).warnings().size());
    row(
        table,
        "1 IKM, " + Table.count(count) + " unknown fields",
        "per-record import",
        unknown,
        () -> listed(strict.importSnapshot(unknown, perRecord).report()));
    row(
        table,
        Table.count(count) + " empty visits",
        "strict read",
        emptyVisits,
        () -> problems(strict, emptyVisits));
    row(
        table,
        Table.count(count) + " empty visits",
        "per-record import",
        emptyVisits,
        () -> listed(strict.importSnapshot(emptyVisits, perRecord).report()));
  }

  private static void row(
      Table table, String input, String operation, String json, Supplier<Long> task) {
    Measure.Result<Long> r = Measure.run(1, 3, task);
    table.printRow(
        input,
        operation,
        Table.megabytes(json.length()),
        Table.millis(r.bestNanos()),
        Table.millis(r.medianNanos()),
        Table.count(r.value()),
        Table.megabytes(r.peakHeapBytes()));
  }

  private static long problems(IkmJson json, String text) {
    try {
      json.read(text, ProgrammeDocument.class);
      return 0;
    } catch (JsonReadException e) {
      return e.problems().size();
    }
  }

  private static long listed(ImportReport report) {
    long n = report.documentProblems().size() + report.warnings().size();
    for (var rejected : report.rejected()) {
      n += rejected.reasons().size();
    }
    return n;
  }

  private static String quickStartSnapshot() {
    try (InputStream in =
        HostileInputBenchmark.class.getResourceAsStream("/quickstart/programme.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document with {@code count} unknown fields in its first IKM. */
  static String unknownFields(String good, int count) {
    int at = good.indexOf("\"nib\"");
    StringBuilder b = new StringBuilder(good.length() + count * 16);
    b.append(good, 0, at);
    for (int i = 0; i < count; i++) {
      b.append("\"u").append(i).append("\": 0, ");
    }
    return b.append(good, at, good.length()).toString();
  }

  /** The document with {@code count} empty objects at the start of its visits. */
  static String emptyVisits(String good, int count) {
    String marker = "\"visits\": [";
    int at = good.indexOf(marker) + marker.length();
    StringBuilder b = new StringBuilder(good.length() + count * 4);
    b.append(good, 0, at);
    for (int i = 0; i < count; i++) {
      b.append("{}, ");
    }
    return b.append(good, at, good.length()).toString();
  }
}
