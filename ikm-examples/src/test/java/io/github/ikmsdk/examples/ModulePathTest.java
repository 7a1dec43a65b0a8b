package io.github.ikmsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The library modules work as JPMS modules: the quick start runs with {@code ikm-core}, {@code
 * ikm-json}, Guava and Jackson on the module path (resources such as message bundles, holidays and
 * schemas are read from inside the named modules) and prints what it prints on the class path.
 */
class ModulePathTest {

  /** Artifacts that go on the module path; everything else stays on the class path. */
  private static final Pattern MODULES =
      Pattern.compile(
          ".*[/\\\\](ikm-core|ikm-json|guava|failureaccess|jackson-core|jackson-databind"
              + "|jackson-annotations)([/\\\\-].*)?");

  @Test
  void quickStartRunsOnTheModulePath() throws IOException, InterruptedException {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> modulePath = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (String entry : classPath.split(Pattern.quote(File.pathSeparator))) {
      if (entry.isEmpty() || entry.contains("test-classes") || entry.contains("-tests.jar")) {
        continue;
      }
      (MODULES.matcher(entry).matches() ? modulePath : rest).add(entry);
    }
    assertTrue(modulePath.stream().anyMatch(e -> e.contains("ikm-core")), modulePath::toString);
    assertTrue(modulePath.stream().anyMatch(e -> e.contains("ikm-json")), modulePath::toString);
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                String.join(File.pathSeparator, modulePath),
                "--add-modules",
                "io.github.ikmsdk.json",
                "-cp",
                String.join(File.pathSeparator, rest),
                QuickStart.class.getName())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the quick start did not finish");
    assertEquals(0, process.exitValue(), output);
    assertEquals(inProcess(), output);
  }

  private static String inProcess() throws IOException {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
