package io.github.ikmsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.planning.assignment.AssignmentRequest;
import io.github.ikmsdk.core.planning.assignment.MentorAssigner;
import io.github.ikmsdk.core.planning.duration.ProgrammeDuration;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.json.IkmJson;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's quick start honest: its code is the code of {@link QuickStart}, it runs, and
 * it prints what the README says. The programme it reads is the example scenario, checked here too
 * ({@code -Dgolden.update=true} rewrites it).
 */
class QuickStartTest {

  private static final Path README = Path.of("../README.md");
  private static final Path SOURCE =
      Path.of("src/main/java/io/github/ikmsdk/examples/QuickStart.java");
  private static final Path PROGRAMME = Path.of("src/main/resources/quickstart/programme.json");

  @Test
  void readmeShowsTheCompiledQuickStart() throws IOException {
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    String code =
        source.substring(
            source.indexOf('\n', source.indexOf("// quick-start:begin")) + 1,
            source.indexOf("    // quick-start:end"));
    StringBuilder unindented = new StringBuilder();
    for (String line : code.split("\n", -1)) {
      unindented.append(line.startsWith("    ") ? line.substring(4) : line).append('\n');
    }
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    assertTrue(
        readme.contains("```java\n" + unindented.toString().stripTrailing() + "\n```"),
        "README.md must show the code of QuickStart.java between its quick-start markers:\n"
            + unindented);
  }

  @Test
  void bundledProgrammeIsTheExampleScenario() throws IOException {
    ProgrammeSnapshot unassigned =
        ManggaraiBaratScenario.snapshot(
            ProgrammeDuration.of(ManggaraiBaratScenario.START, 4), ProgrammePolicy.defaults());
    ProgrammeSnapshot snapshot =
        unassigned.withAssignments(
            MentorAssigner.standard()
                .assign(AssignmentRequest.forSnapshot(unassigned).build())
                .assignments());
    String json = IkmJson.builder().indent(true).build().write(ProgrammeDocument.of(snapshot));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(PROGRAMME, json, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(PROGRAMME, StandardCharsets.UTF_8), json);
  }

  @Test
  void quickStartPrintsWhatTheReadmeSays() throws IOException {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    List<String> lines = List.of(bytes.toString(StandardCharsets.UTF_8).split("\n"));
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    for (String line : lines) {
      assertTrue(readme.contains(line), "README.md must show the output line: " + line);
    }
    assertEquals("4", lines.get(0));
    assertEquals("240", lines.get(1));
  }
}
