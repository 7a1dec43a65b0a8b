package io.github.ikmsdk.examples.bench;

import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import io.github.ikmsdk.json.IkmJson;
import io.github.ikmsdk.json.IkmJsonModule;
import io.github.ikmsdk.json.ReadLimits;
import io.github.ikmsdk.json.VisitLogReader;
import io.github.ikmsdk.json.VisitLogWriter;
import io.github.ikmsdk.json.document.VisitLogDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads a national-scale visit log (2.6 million visits: 100,000 IKMs visited weekly for
 * six months) with the streaming {@link VisitLogWriter} and {@link VisitLogReader}, and compares
 * the read with Jackson's own tree parse ({@code JsonMapper.readTree}) of the same file in the same
 * run, and with a user's {@code JsonMapper} holding {@link IkmJsonModule} (the whole document).
 *
 * <p>For 10%, 50% and 100% of the size it prints the file size, write time, streaming read time
 * (every visit fully validated and built), the read of the whole document with the facade and
 * through a user's mapper with the module (the same checks, every value held to the module's read
 * limits token by token; the visits kept in one document), tree parse time (JSON tokens only, no
 * domain objects), their ratio (target: at most 2), and the live heap after a garbage collection:
 * sampled ten times during the streaming read (target: flat as the file grows) and held by the
 * parsed tree.
 *
 * <p>Usage: {@code JsonBenchmark [visits]}, default 2,600,000. Run with enough heap for the tree
 * (about 4 GB at full size), for example {@code -Xmx6g}. A benchmark, not a test: numbers depend on
 * the machine.
 */
public final class JsonBenchmark {

  private static final ProgrammeId PROGRAMME = ProgrammeId.of("NASIONAL-2023");
  private static final LocalDate MONDAY = LocalDate.of(2023, 8, 14);
  private static final IkmJson JSON =
      IkmJson.builder()
          .indent(false)
          .limits(ReadLimits.defaults().withMaxDocumentLength(Long.MAX_VALUE))
          .build();

  private JsonBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional number of visits at full size
   * @throws IOException if the temporary files cannot be written
   */
  public static void main(String[] args) throws IOException {
    long full = args.length > 0 ? Long.parseLong(args[0]) : 2_600_000L;
    Path dir = Files.createTempDirectory("ikm-json-bench");
    try {
      // Warm-up on a small log.
      Path warm = dir.resolve("warm.json");
      write(warm, 200_000);
      for (int i = 0; i < 3; i++) {
        readStreaming(warm, 0);
        readDocument(warm);
        readWithModule(warm);
        readTree(warm);
      }
      Files.delete(warm);

      Table table =
          Table.plain(System.out)
              .right("visits", 10)
              .right("file MB", 9)
              .right("write s", 9)
              .right("stream s", 11)
              .right("document s", 11)
              .right("module s", 9)
              .right("tree s", 9)
              .right("ratio", 7)
              .right("stream heap MB", 13)
              .right("tree heap MB", 10);
      table.printHeader();
      for (long n : new long[] {full / 10, full / 2, full}) {
        Path file = dir.resolve("visits-" + n + ".json");
        long writeNanos = Measure.once(() -> write(file, n)).bestNanos();
        long streamNanos = Measure.once(() -> readStreaming(file, 0)).bestNanos();
        long documentNanos = Measure.once(() -> readDocument(file)).bestNanos();
        long moduleNanos = Measure.once(() -> readWithModule(file)).bestNanos();
        long treeNanos = Measure.once(() -> readTree(file)).bestNanos();
        double streamHeap = readStreaming(file, n / 10) / 1e6;
        double treeHeap = treeHeap(file) / 1e6;
        table.printRow(
            Table.count(n),
            String.format(Locale.ROOT, "%.1f", Files.size(file) / 1e6),
            Table.seconds(writeNanos),
            Table.seconds(streamNanos),
            Table.seconds(documentNanos),
            Table.seconds(moduleNanos),
            Table.seconds(treeNanos),
            String.format(Locale.ROOT, "%.2f", (double) streamNanos / treeNanos),
            String.format(Locale.ROOT, "%.1f", streamHeap),
            String.format(Locale.ROOT, "%.1f", treeHeap));
        Files.delete(file);
      }
    } finally {
      try (var files = Files.list(dir)) {
        files.forEach(JsonBenchmark::deleteQuietly);
      }
      Files.deleteIfExists(dir);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Visit {@code i} of the national log: 100,000 IKMs, 20,000 mentors, weekly visits. */
  static Visit visit(long i) {
    long ikm = i % 100_000;
    long week = i / 100_000;
    return Visit.builder()
        .id(VisitId.of("V-" + i))
        .mentor(MentorId.of("M-" + (ikm / 5)))
        .ikm(IkmId.of("IKM-" + ikm))
        .date(MONDAY.plusWeeks(week).plusDays(ikm % 5))
        .start(LocalTime.of(7, 30))
        .end(LocalTime.of(12, 0))
        .status(VisitStatus.COMPLETED)
        .notes("kunjungan rutin")
        .build();
  }

  /** Writes the first {@code n} visits of the national log; returns the count written. */
  private static long write(Path file, long n) {
    try (VisitLogWriter w = JSON.visitLogWriter(file, PROGRAMME)) {
      for (long i = 0; i < n; i++) {
        w.write(visit(i));
      }
      return w.count();
    }
  }

  /** Reads the log; samples the live heap every {@code sampleEvery} visits; returns its max. */
  private static long readStreaming(Path file, long sampleEvery) {
    long max = 0;
    long count = 0;
    long hash = 0;
    try (VisitLogReader r = JSON.visitLogReader(file)) {
      while (r.hasNext()) {
        hash += r.next().date().getDayOfMonth();
        count++;
        if (sampleEvery > 0 && count % sampleEvery == 0) {
          max = Math.max(max, Measure.usedHeapAfterGc());
        }
      }
    }
    if (hash == 42) {
      System.out.print("");
    }
    return max;
  }

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final JsonMapper MODULE_MAPPER =
      JsonMapper.builder()
          .addModule(
              IkmJsonModule.create()
                  .withReadLimits(ReadLimits.defaults().withMaxDocumentLength(Long.MAX_VALUE)))
          .build();

  /** Reads the log whole with the facade; returns the visit count. */
  private static int readDocument(Path file) {
    return JSON.read(file, VisitLogDocument.class).document().visits().size();
  }

  /** Reads the log whole through a user's mapper with the module; returns the visit count. */
  private static int readWithModule(Path file) {
    return MODULE_MAPPER.readValue(file.toFile(), VisitLogDocument.class).visits().size();
  }

  private static JsonNode readTree(Path file) {
    return MAPPER.readTree(file);
  }

  private static long treeHeap(Path file) {
    long before = Measure.usedHeapAfterGc();
    JsonNode tree = readTree(file);
    long after = Measure.usedHeapAfterGc();
    return tree.size() >= 0 ? after - before : 0;
  }
}
