package io.github.ikmsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The 2027 planning example's output is deterministic and pinned by a golden file. To accept a
 * change, run with {@code -Dgolden.update=true} and review the diff of the golden file.
 */
class ManggaraiBarat2027Test {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/manggarai-barat-2027.txt");

  @Test
  void outputMatchesTheGoldenFile() throws IOException {
    String first = run();
    assertEquals(first, run(), "two runs print the same");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, first, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), first);
    assertFalse(first.contains("DIFFERENT"), "documents read back equal");
    assertFalse(first.contains(" errors: "), "documents keep their schemas");
    assertTrue(first.contains("Lebaran"));
  }

  private static String run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      ManggaraiBarat2027.run(out, Path.of("target/manggarai-barat-2027-test"));
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
