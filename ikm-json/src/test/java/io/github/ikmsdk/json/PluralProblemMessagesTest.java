package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import io.github.ikmsdk.json.imports.ImportProblemCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The English messages of this module's own problem codes use the right number ("1 problem", "2
 * problems"). Every code is listed with the positions of its arguments that count something, so a
 * new code has to say whether it counts, and each such argument must change the English text beyond
 * its digits between 1 and 2.
 */
class PluralProblemMessagesTest {

  /** The 1-based positions of counting arguments, by code; every code of the module is here. */
  private static final Map<String, Set<Integer>> COUNTS =
      ImmutableMap.<String, Set<Integer>>builder()
          .put("JSON-001", Set.of())
          .put("JSON-002", Set.of())
          .put("JSON-003", Set.of())
          .put("JSON-004", Set.of())
          .put("JSON-005", Set.of())
          .put("JSON-006", Set.of())
          .put("JSON-007", Set.of())
          .put("JSON-008", Set.of())
          .put("JSON-009", Set.of())
          // "input exceeds the depth limit of 64": a limit, not a count of something named.
          .put("JSON-010", Set.of())
          .put("JSON-011", Set.of())
          .put("JSON-012", Set.of())
          .put("JSON-013", Set.of())
          .put("JSON-014", Set.of())
          .put("JSON-015", Set.of(1))
          .put("IMPORT-001", Set.of())
          .put("IMPORT-002", Set.of())
          .put("IMPORT-003", Set.of())
          .put("IMPORT-004", Set.of(1))
          .put("IMPORT-005", Set.of())
          .put("IMPORT-006", Set.of())
          .buildOrThrow();

  /** More arguments than any template takes; {@link String#format} ignores the rest. */
  private static final int ARGUMENTS = 5;

  private static void check(
      String code, BiFunction<Integer, Integer, String> render, List<String> notPluralAware) {
    for (int position : COUNTS.get(code)) {
      String one = render.apply(position, 1);
      String two = render.apply(position, 2);
      if (one.replaceAll("[0-9]", "").equals(two.replaceAll("[0-9]", ""))) {
        notPluralAware.add(code + " argument " + position + ": " + one);
      }
    }
  }

  private static Object[] args(int position, int count) {
    Object[] args = new Object[ARGUMENTS];
    Arrays.fill(args, "x");
    args[position - 1] = count;
    return args;
  }

  @Test
  void everyCodeIsListedAndEveryEnglishCountReadsDifferentlyForOneAndTwo() {
    Set<String> codes = new TreeSet<>();
    List<String> notPluralAware = new ArrayList<>();
    for (JsonProblemCode code : JsonProblemCode.values()) {
      codes.add(code.code());
      check(code.code(), (position, n) -> code.english(args(position, n)), notPluralAware);
    }
    for (ImportProblemCode code : ImportProblemCode.values()) {
      codes.add(code.code());
      check(code.code(), (position, n) -> code.englishMessage(args(position, n)), notPluralAware);
    }
    assertEquals(new TreeSet<>(COUNTS.keySet()), codes, "list each new code's counting arguments");
    assertEquals(
        List.of(), notPluralAware, "use {N:one|other} for the words that depend on a count");
  }

  @Test
  void oneProblemAndTwoProblemsInEnglishTheSameWordInIndonesian() {
    assertEquals(
        "and 1 more problem, not listed (the limit is 1000)",
        JsonProblemCode.TOO_MANY_PROBLEMS.english(1L, 1000));
    assertEquals(
        "and 2 more problems, not listed (the limit is 1000)",
        JsonProblemCode.TOO_MANY_PROBLEMS.english(2L, 1000));
    assertEquals(
        "dan 1 masalah lain, tidak dicantumkan (batasnya 1000)",
        JsonProblemCode.TOO_MANY_PROBLEMS.indonesian(1L, 1000));
    assertEquals(
        "rejected because the document could not be read (1 problem)",
        ImportProblemCode.DOCUMENT_REJECTED.englishMessage(1));
    assertEquals(
        "rejected because the document could not be read (3 problems)",
        ImportProblemCode.DOCUMENT_REJECTED.englishMessage(3));
  }
}
