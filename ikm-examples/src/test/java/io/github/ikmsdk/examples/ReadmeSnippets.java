package io.github.ikmsdk.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Keeps the README's code honest: its snippets are compiled programs, and so is their output. */
final class ReadmeSnippets {

  static final Path README = Path.of("../README.md");

  private ReadmeSnippets() {}

  /**
   * Asserts that the README shows, as a {@code java} block, the code of a program of this module
   * between its {@code // <marker>:begin} and {@code // <marker>:end} lines, unindented.
   */
  static void assertReadmeShows(String program, String marker) throws IOException {
    Path source = Path.of("src/main/java/io/github/ikmsdk/examples", program + ".java");
    String text = Files.readString(source, StandardCharsets.UTF_8);
    String code =
        text.substring(
            text.indexOf('\n', text.indexOf("// " + marker + ":begin")) + 1,
            text.indexOf("    // " + marker + ":end"));
    StringBuilder unindented = new StringBuilder();
    for (String line : code.split("\n", -1)) {
      unindented.append(line.startsWith("    ") ? line.substring(4) : line).append('\n');
    }
    assertTrue(
        readme().contains("```java\n" + unindented.toString().stripTrailing() + "\n```"),
        "README.md must show the code of "
            + source
            + " between its "
            + marker
            + " markers:\n"
            + unindented);
  }

  /** Asserts that the README shows every line a program printed; returns the lines. */
  static List<String> assertReadmeShowsOutput(Runnable program) throws IOException {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      program.run();
    } finally {
      System.setOut(saved);
    }
    List<String> lines = List.of(bytes.toString(StandardCharsets.UTF_8).split("\n"));
    String readme = readme();
    for (String line : lines) {
      assertTrue(readme.contains(line), "README.md must show the output line: " + line);
    }
    return lines;
  }

  static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8);
  }
}
