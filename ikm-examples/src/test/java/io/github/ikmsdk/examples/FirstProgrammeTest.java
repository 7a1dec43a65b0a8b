package io.github.ikmsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's "Your first programme" honest: its code is the code of {@link FirstProgramme},
 * it runs, and it prints what the README says.
 */
class FirstProgrammeTest {

  @Test
  void readmeShowsTheCompiledProgramme() throws IOException {
    ReadmeSnippets.assertReadmeShows("FirstProgramme", "first-programme");
  }

  @Test
  void programmePrintsWhatTheReadmeSays() throws IOException {
    List<String> lines =
        ReadmeSnippets.assertReadmeShowsOutput(() -> FirstProgramme.main(new String[0]));
    assertEquals("PDP-01", lines.get(0));
  }
}
