package io.github.ikmsdk.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import io.github.ikmsdk.core.id.IkmId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ViolationMessagesTest {

  private Locale saved;

  @BeforeEach
  void oddDefaultLocale() {
    saved = Locale.getDefault();
    Locale.setDefault(Locale.JAPAN);
  }

  @AfterEach
  void restore() {
    Locale.setDefault(saved);
  }

  private static final Violation WEEK =
      Violation.of(
          Rule.WEEK_NOT_VISITED,
          List.of(Subject.of(IkmId.of("IKM-05"))),
          ImmutableMap.of("ikm", "IKM-05", "week", "2023-W33", "visits", "0", "required", "1"));

  @Test
  void english() {
    assertEquals(
        "IKM IKM-05 has 0 qualifying visits in week 2023-W33; the policy requires at least 1.",
        WEEK.message(Locale.ENGLISH));
    assertEquals(WEEK.message(Locale.ENGLISH), WEEK.message(Locale.US));
  }

  @Test
  void indonesian() {
    String expected =
        "IKM IKM-05 mendapat 0 kunjungan yang memenuhi syarat pada minggu 2023-W33; paling"
            + " sedikit 1 diperlukan.";
    assertEquals(expected, WEEK.message(Locale.forLanguageTag("id")));
    assertEquals(expected, WEEK.message(new Locale("id", "ID")));
    assertEquals(expected, WEEK.message(new Locale("in", "ID")));
  }

  @Test
  void unsupportedLocaleFallsBackToEnglishNotToTheDefault() {
    assertEquals(WEEK.message(Locale.ENGLISH), WEEK.message(Locale.JAPAN));
    assertEquals(WEEK.message(Locale.ENGLISH), WEEK.message(Locale.ROOT));
    assertEquals(WEEK.message(Locale.ENGLISH), WEEK.message(Locale.GERMANY));
  }

  @Test
  void indonesianUsesUtf8AndEveryRuleRenders() {
    for (Rule rule : Rule.values()) {
      ImmutableMap.Builder<String, String> args = ImmutableMap.builder();
      rule.argumentNames().forEach(n -> args.put(n, "<" + n + ">"));
      Violation v = Violation.of(rule, List.of(Subject.of(IkmId.of("X"))), args.build());
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
        String message = v.message(locale);
        for (String n : rule.argumentNames()) {
          assertEquals(true, message.contains("<" + n + ">"), rule + " " + locale);
        }
        assertEquals(false, message.contains("{"), message);
      }
    }
  }

  @Test
  void argumentsKeepTheRuleOrderAndRawValues() {
    Violation v =
        Violation.of(
            Rule.VISIT_TOO_SHORT,
            List.of(Subject.of(IkmId.of("X"))),
            ImmutableMap.of("required", "240", "minutes", "180", "visit", "V-1"));
    assertEquals(List.of("visit", "minutes", "required"), List.copyOf(v.arguments().keySet()));
    assertEquals("180", v.arguments().get("minutes"));
  }
}
