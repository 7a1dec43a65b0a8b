package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files pin the wire format. Run with {@code -Dgolden.update=true} to rewrite them after an
 * intended change; the diff is then visible in review.
 */
final class Golden {

  private static final Path DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  static void check(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(DIR);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertEquals(expected, actual, "golden file " + name + " differs");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(String name) {
    try {
      return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
