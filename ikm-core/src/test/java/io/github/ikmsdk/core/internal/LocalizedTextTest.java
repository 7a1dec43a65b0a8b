package io.github.ikmsdk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  private static final LocalizedText SAMPLE = LocalizedText.load(LocalizedTextTest.class, "sample");
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  @Test
  void indonesianForIdAndInOnlyNeverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(INDONESIAN);
      assertTrue(LocalizedText.isIndonesian(INDONESIAN));
      assertTrue(LocalizedText.isIndonesian(new Locale("in", "ID")));
      assertFalse(LocalizedText.isIndonesian(Locale.ENGLISH));
      assertFalse(LocalizedText.isIndonesian(Locale.ROOT));
      Map<String, Object> args = ImmutableMap.of("name", "Ani", "count", 3);
      assertEquals("Hello Ani, you have 3 visits.", SAMPLE.format(Locale.FRENCH, "greeting", args));
      assertEquals(
          "Halo Ani, Anda memiliki 3 kunjungan – ya.",
          SAMPLE.format(new Locale("in"), "greeting", args));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void numbersAreWholeAndGroupedPerLanguage() {
    Map<String, Object> args = ImmutableMap.of("name", "Ani", "count", 1_234_567L);
    assertEquals(
        "Hello Ani, you have 1,234,567 visits.", SAMPLE.format(Locale.ENGLISH, "greeting", args));
    assertEquals(
        "Halo Ani, Anda memiliki 1.234.567 kunjungan – ya.",
        SAMPLE.format(INDONESIAN, "greeting", args));
    assertEquals(
        "Hello Ani, you have 12 visits.",
        SAMPLE.format(Locale.ENGLISH, "greeting", ImmutableMap.of("name", "Ani", "count", 12.9)));
  }

  @Test
  void missingIndonesianTemplateFallsBackToEnglish() {
    assertEquals(
        "Only in English: Ani.",
        SAMPLE.format(INDONESIAN, "english.only", ImmutableMap.of("name", "Ani")));
    assertFalse(SAMPLE.templates(INDONESIAN).containsKey("english.only"));
    assertEquals("Only in English: {name}.", SAMPLE.template(INDONESIAN, "english.only"));
  }

  @Test
  void placeholdersWithoutArgumentStayAsTheyAre() {
    assertEquals(
        "{missing} stays, {name} is filled.",
        SAMPLE.format(Locale.ENGLISH, "unknown", ImmutableMap.of()));
    assertEquals(
        "{missing} tetap, {x} diisi.",
        SAMPLE.format(INDONESIAN, "unknown", ImmutableMap.of("name", "{x}")));
  }

  @Test
  void aValueThatStandsForAWordReadsAsTheWord() {
    assertEquals(
        "jam buka: tutup",
        SAMPLE.format(INDONESIAN, "opening", ImmutableMap.of("opening", "closed")));
    assertEquals(
        "jam buka: 08:00-16:00",
        SAMPLE.format(INDONESIAN, "opening", ImmutableMap.of("opening", "08:00-16:00")));
    assertEquals(
        "opening hours: closed",
        SAMPLE.format(Locale.ENGLISH, "opening", ImmutableMap.of("opening", "closed")));
    // Without the argument the placeholder stays as it is written.
    assertEquals(
        "jam buka: {opening=closed:tutup}", SAMPLE.format(INDONESIAN, "opening", Map.of()));
  }

  @Test
  void unknownKeyAndMissingFileFail() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> SAMPLE.template(Locale.ENGLISH, "nope"));
    assertEquals("no message nope in io.github.ikmsdk.core.internal.sample", e.getMessage());
    assertThrows(
        IllegalStateException.class, () -> LocalizedText.load(LocalizedTextTest.class, "none"));
    assertThrows(NullPointerException.class, () -> SAMPLE.template(null, "greeting"));
  }
}
