package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import io.github.ikmsdk.json.document.VisitLogDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisitLogStreamingTest {

  private static final IkmJson JSON = IkmJson.defaults();

  @Test
  void streamingWriterAndReaderRoundTrip(@TempDir Path dir) {
    Path file = dir.resolve("visits.json");
    try (VisitLogWriter w = JSON.visitLogWriter(file, Seed.PROGRAMME)) {
      Seed.visits().forEach(w::write);
      assertEquals(15, w.count());
    }
    List<Visit> back = new ArrayList<>();
    try (VisitLogReader r = JSON.visitLogReader(file)) {
      assertEquals(Seed.PROGRAMME, r.programme());
      r.forEachRemaining(back::add);
      assertEquals(15, r.count());
    }
    assertEquals(Seed.visits(), back);
    assertEquals(
        VisitLogDocument.of(Seed.PROGRAMME, Seed.visits()),
        JSON.read(file, VisitLogDocument.class).document());
  }

  @Test
  void streamingOutputEqualsTheDocumentWriter() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (VisitLogWriter w = JSON.visitLogWriter(out, Seed.PROGRAMME)) {
      Seed.visits().forEach(w::write);
    }
    assertEquals(
        JSON.write(VisitLogDocument.of(Seed.PROGRAMME, Seed.visits())),
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void readerStopsAtTheFirstInvalidVisitWithItsProblems() {
    String json =
        JSON.write(VisitLogDocument.of(Seed.PROGRAMME, Seed.visits()))
            .replaceFirst("\"V-0003\"", "3");
    try (VisitLogReader r =
        JSON.visitLogReader(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      assertEquals("V-0001", r.next().id().value());
      assertEquals("V-0002", r.next().id().value());
      JsonReadException e = assertThrows(JsonReadException.class, r::hasNext);
      assertEquals("/visits/2/id", e.problems().get(0).pointer());
    }
  }

  @Test
  void headerProblemsAreThrownWhenOpening() {
    String json =
        "{\"visits\": [], \"schemaVersion\": 1, \"kind\": \"visit-log\","
            + " \"programme\": \"P\"}";
    JsonReadException e =
        assertThrows(
            JsonReadException.class, () -> JSON.visitLogReader(new java.io.StringReader(json)));
    assertEquals(3, e.problems().size());
    assertTrue(e.problems().stream().allMatch(p -> p.code().equals("JSON-012")));
  }

  /** A visit log of {@code count} visits generated on the fly, never held in memory. */
  static InputStream generatedLog(long count) {
    return new InputStream() {
      private byte[] chunk =
          ("{\"schemaVersion\":1,\"kind\":\"visit-log\",\"programme\":\"P-1\"," + "\"visits\":[")
              .getBytes(StandardCharsets.US_ASCII);
      private int pos;
      private long next;
      private boolean ended;

      private boolean fill() {
        if (pos < chunk.length) {
          return true;
        }
        if (ended) {
          return false;
        }
        StringBuilder sb = new StringBuilder(16_384);
        while (sb.length() < 16_000 && next < count) {
          if (next > 0) {
            sb.append(',');
          }
          long i = next++;
          sb.append("{\"id\":\"V-")
              .append(i)
              .append("\",\"mentor\":\"M-")
              .append(i % 97)
              .append("\",\"ikm\":\"I-")
              .append(i % 4999)
              .append("\",\"date\":\"2023-08-")
              .append(14 + i % 5)
              .append(
                  "\",\"start\":\"07:30\",\"end\":\"12:00\","
                      + "\"status\":\"COMPLETED\",\"notes\":\"catatan kunjungan rutin\"}");
        }
        if (next >= count) {
          sb.append("]}");
          ended = true;
        }
        chunk = sb.toString().getBytes(StandardCharsets.US_ASCII);
        pos = 0;
        return true;
      }

      @Override
      public int read() {
        return fill() ? chunk[pos++] & 0xff : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (!fill()) {
          return -1;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
      }
    };
  }

  private static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  @Test
  void readsAHugeLogInBoundedMemory() {
    long count = 1_000_000; // about 170 MB of JSON, never materialised
    long checkpoint = count / 10;
    long[] used = new long[2];
    long read = 0;
    Visit last = null;
    try (VisitLogReader r = JSON.visitLogReader(generatedLog(count))) {
      while (r.hasNext()) {
        last = r.next();
        read++;
        if (read == checkpoint) {
          used[0] = usedHeapAfterGc();
        }
      }
      used[1] = usedHeapAfterGc();
    }
    assertEquals(count, read);
    assertEquals(
        Visit.builder()
            .id(VisitId.of("V-" + (count - 1)))
            .mentor(MentorId.of("M-" + ((count - 1) % 97)))
            .ikm(IkmId.of("I-" + ((count - 1) % 4999)))
            .date(LocalDate.of(2023, 8, 14 + (int) ((count - 1) % 5)))
            .start(LocalTime.of(7, 30))
            .end(LocalTime.of(12, 0))
            .status(VisitStatus.COMPLETED)
            .notes("catatan kunjungan rutin")
            .build(),
        last);
    // 900,000 more visits read must not have grown the heap: a materialising reader would
    // hold well over 100 MB more by now.
    assertTrue(
        used[1] - used[0] < 24L << 20, "heap grew from " + used[0] + " to " + used[1] + " bytes");
  }

  @Test
  void writerIsClosedOnce() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VisitLogWriter w = JSON.visitLogWriter(out, Seed.PROGRAMME);
    w.close();
    w.close();
    assertThrows(IllegalStateException.class, () -> w.write(Seed.visits().get(0)));
    assertFalse(
        JSON.read(out.toString(StandardCharsets.UTF_8), VisitLogDocument.class)
            .document()
            .visits()
            .iterator()
            .hasNext());
  }
}
