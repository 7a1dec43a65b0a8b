package io.github.ikmsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ikmsdk.core.planning.assignment.AssignmentRequest;
import io.github.ikmsdk.core.planning.assignment.MentorAssigner;
import io.github.ikmsdk.core.planning.duration.ProgrammeDuration;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.json.IkmJson;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
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

  private static final Path PROGRAMME = Path.of("src/main/resources/quickstart/programme.json");

  @Test
  void readmeShowsTheCompiledQuickStart() throws IOException {
    ReadmeSnippets.assertReadmeShows("QuickStart", "quick-start");
  }

  @Test
  void bundledProgrammeIsTheExampleScenario() throws IOException {
    ProgrammeSnapshot unassigned =
        ManggaraiBaratScenario.snapshot(
            ProgrammeDuration.of(ManggaraiBaratScenario.START, 4), ProgrammePolicy.defaults());
    ProgrammeSnapshot snapshot =
        MentorAssigner.standard().assign(AssignmentRequest.of(unassigned)).applyTo(unassigned);
    String json = IkmJson.builder().indent(true).build().write(ProgrammeDocument.of(snapshot));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(PROGRAMME, json, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(PROGRAMME, StandardCharsets.UTF_8), json);
  }

  @Test
  void quickStartPrintsWhatTheReadmeSays() throws IOException {
    List<String> lines =
        ReadmeSnippets.assertReadmeShowsOutput(
            () -> {
              try {
                QuickStart.main(new String[0]);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    assertEquals("4", lines.get(0));
    assertEquals("240", lines.get(1));
  }
}
