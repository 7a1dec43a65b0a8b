package io.github.ikmsdk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.ikmsdk.core.planning.assignment.MentorAssigner;
import io.github.ikmsdk.core.planning.visit.VisitPlanner;
import io.github.ikmsdk.core.rules.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * English messages say "1 visit" and "2 visits" in every bundle: every argument that counts
 * something is named here, and an English template that reads the same for 1 and 2 of such an
 * argument (but for the digit) fails, as does a placeholder that is not named here at all, so a new
 * argument cannot slip in unchecked. Bahasa Indonesia has no plural inflection ("1 kunjungan", "2
 * kunjungan"); its templates must carry the same counts.
 */
class PluralMessagesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)(:[^{}]*)?}");
  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  /**
   * A bundle with its counting arguments, its other arguments and the exempt key/argument pairs.
   */
  private record Bundle(
      String name,
      LocalizedText text,
      Set<String> counts,
      Set<String> others,
      Set<String> exempt) {}

  private static final LocalizedText RULES = LocalizedText.load(Rule.class, "messages");

  private static final List<Bundle> BUNDLES =
      List.of(
          new Bundle(
              "rules",
              RULES,
              ImmutableSet.of(
                  "count",
                  "ikms",
                  "maximum",
                  "minimum",
                  "months",
                  "minutes",
                  "required",
                  "visits",
                  "gap",
                  "travel"),
              ImmutableSet.of(
                  "kind",
                  "id",
                  "field",
                  "target",
                  "ikm",
                  "sentra",
                  "programme",
                  "year",
                  "mentors",
                  "mentor",
                  "commodities",
                  "commodity",
                  "sentraCommodity",
                  "start",
                  "end",
                  "visit",
                  "date",
                  "first",
                  "last",
                  "workStart",
                  "workEnd",
                  "opening",
                  "week",
                  "distance",
                  "tolerance",
                  "other",
                  "assigned",
                  "entry",
                  "stage",
                  "missing",
                  "evaluation",
                  "lockedSince",
                  "amends",
                  "originalDate",
                  "expected",
                  "actual",
                  "recordedAt",
                  "otherDate",
                  "otherRecordedAt",
                  "stored",
                  "computed",
                  "previous",
                  "chainAfter",
                  "listedAfter",
                  "kept",
                  "head",
                  "after"),
              // "{minimum} to {maximum} months": the range's noun follows its upper bound.
              // "requires at least {required}." names no noun.
              ImmutableSet.of("IKM-R201/minimum", "IKM-R202/minimum", "IKM-R305/required")),
          new Bundle(
              "planning/visit",
              LocalizedText.load(VisitPlanner.class, "messages"),
              ImmutableSet.of(
                  "ikmsToVisit",
                  "minVisitWorkingMinutes",
                  "neededWorkingMinutes",
                  "workingDays",
                  "availableWorkingMinutes",
                  "plannedVisits",
                  "leaveDays",
                  "workingDaysInPeriod",
                  "ikmClosedDays",
                  "requiredVisits",
                  "visitOrdinal",
                  "completedVisits",
                  "ikmPlannedVisits",
                  "travelToBaseMinutes",
                  "plannedWithoutWayHome"),
              ImmutableSet.of("week", "ikm", "mentor", "date", "hours", "end", "message"),
              // "{leaveDays} of the {workingDaysInPeriod} working days": one noun for both;
              // "({plannedVisits} planned)" and "needs {missingVisits} more" name no noun.
              ImmutableSet.of(
                  "shortfall.MENTOR_ON_LEAVE/leaveDays",
                  "shortfall.IKM_UNAVAILABLE/ikmClosedDays",
                  // "Visit {visitOrdinal} of the {requiredVisits} the week needs; {completedVisits}
                  // completed, {ikmPlannedVisits} planned": the noun comes first.
                  "shortfall.visitOrdinal/visitOrdinal",
                  "shortfall.visitOrdinal/requiredVisits",
                  "shortfall.visitOrdinal/completedVisits",
                  "shortfall.visitOrdinal/ikmPlannedVisits",
                  // "only {plannedVisits} of the {ikmsToVisit} visits" and "would fit
                  // {plannedWithoutWayHome}": the noun follows the whole, or is not repeated.
                  "shortfall.NO_TIME_TO_RETURN/plannedVisits",
                  "shortfall.NO_TIME_TO_RETURN/plannedWithoutWayHome")),
          new Bundle(
              "planning/assignment",
              LocalizedText.load(MentorAssigner.class, "messages"),
              ImmutableSet.of("mentors"),
              ImmutableSet.of("sentra"),
              ImmutableSet.of()));

  private static Set<String> placeholders(String template) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static String render(Bundle bundle, Locale locale, String key, String count, int n) {
    Map<String, Object> args = new LinkedHashMap<>();
    for (String name : placeholders(bundle.text().template(locale, key))) {
      args.put(name, name);
    }
    args.put(count, n);
    return bundle.text().format(locale, key, args);
  }

  @Test
  void everyPlaceholderOfEveryBundleIsACountOrNamedAsNone() {
    List<String> unclassified = new ArrayList<>();
    for (Bundle bundle : BUNDLES) {
      for (Locale locale : List.of(Locale.ENGLISH, INDONESIAN)) {
        bundle
            .text()
            .templates(locale)
            .forEach(
                (key, template) -> {
                  for (String name : placeholders(template)) {
                    if (!bundle.counts().contains(name) && !bundle.others().contains(name)) {
                      unclassified.add(bundle.name() + " " + key + ": {" + name + "}");
                    }
                  }
                });
      }
    }
    assertEquals(List.of(), unclassified, "name each new argument as a count or not, above");
  }

  @Test
  void everyEnglishCountMessageReadsDifferentlyForOneAndTwo() {
    List<String> notPluralAware = new ArrayList<>();
    for (Bundle bundle : BUNDLES) {
      bundle
          .text()
          .templates(Locale.ENGLISH)
          .forEach(
              (key, template) -> {
                for (String count : placeholders(template)) {
                  if (bundle.counts().contains(count)
                      && !bundle.exempt().contains(key + "/" + count)) {
                    String one = render(bundle, Locale.ENGLISH, key, count, 1);
                    String two = render(bundle, Locale.ENGLISH, key, count, 2);
                    if (one.replaceAll("[0-9]", "").equals(two.replaceAll("[0-9]", ""))) {
                      notPluralAware.add(bundle.name() + " " + key + " {" + count + "}: " + one);
                    }
                  }
                }
              });
    }
    assertEquals(
        List.of(), notPluralAware, "use {count:one|other} for the words that depend on a count");
  }

  @Test
  void exemptionsNameCountsThatAreStillThere() {
    for (Bundle bundle : BUNDLES) {
      for (String exempt : bundle.exempt()) {
        String key = exempt.substring(0, exempt.indexOf('/'));
        String count = exempt.substring(exempt.indexOf('/') + 1);
        assertTrue(
            placeholders(bundle.text().templates(Locale.ENGLISH).get(key)).contains(count), exempt);
      }
    }
  }

  @Test
  void indonesianTemplatesCarryTheSameCountsAndNeedNoPluralForms() {
    List<String> differences = new ArrayList<>();
    for (Bundle bundle : BUNDLES) {
      bundle
          .text()
          .templates(Locale.ENGLISH)
          .forEach(
              (key, english) -> {
                String indonesian = bundle.text().templates(INDONESIAN).get(key);
                Set<String> counts = new TreeSet<>(placeholders(english));
                counts.retainAll(bundle.counts());
                Set<String> indonesianCounts = new TreeSet<>(placeholders(indonesian));
                indonesianCounts.retainAll(bundle.counts());
                if (!counts.equals(indonesianCounts)) {
                  differences.add(
                      bundle.name() + " " + key + ": " + counts + " / " + indonesianCounts);
                }
              });
    }
    assertEquals(List.of(), differences);
  }

  @Test
  void theRuleCatalogueSaysOneVisitAndTwoVisits() {
    Map<String, String> args =
        new LinkedHashMap<>(ImmutableMap.of("ikm", "IKM-01", "week", "2023-W33", "required", "1"));
    args.put("visits", "1");
    assertEquals(
        "IKM IKM-01 has 1 qualifying visit in week 2023-W33; the policy requires at least 1.",
        RULES.format(Locale.ENGLISH, "IKM-R305", args));
    args.put("visits", "0");
    assertEquals(
        "IKM IKM-01 mendapat 0 kunjungan yang memenuhi syarat pada minggu 2023-W33; paling"
            + " sedikit 1 diperlukan.",
        RULES.format(INDONESIAN, "IKM-R305", args));
    assertEquals(
        "IKM IKM-01 has 0 qualifying visits in week 2023-W33; the policy requires at least 1.",
        RULES.format(new Locale("tr", "TR"), "IKM-R305", args));
  }

  @Test
  void theFormIsChosenByTheCountAloneInEveryLocale() {
    assertEquals("visit", LocalizedText.pluralForm("visit|visits", 1));
    assertEquals("visit", LocalizedText.pluralForm("visit|visits", 1L));
    assertEquals("visit", LocalizedText.pluralForm("visit|visits", "1"));
    assertEquals("visit", LocalizedText.pluralForm("visit|visits", new BigDecimal("1.00")));
    assertEquals("visits", LocalizedText.pluralForm("visit|visits", 0));
    assertEquals("visits", LocalizedText.pluralForm("visit|visits", 2));
    assertEquals("visits", LocalizedText.pluralForm("visit|visits", -1));
    assertEquals("visits", LocalizedText.pluralForm("visit|visits", "11"));
    assertEquals("visits", LocalizedText.pluralForm("visit|visits", "one"));
    assertEquals("", LocalizedText.pluralForm("|s", 1));
    assertEquals("s", LocalizedText.pluralForm("|s", 5));
    assertThrows(IllegalArgumentException.class, () -> LocalizedText.pluralForm("visit", 1));
    assertThrows(IllegalArgumentException.class, () -> LocalizedText.pluralForm("a|b|c", 1));
    LocalizedText sample = LocalizedText.load(LocalizedTextTest.class, "sample");
    for (Locale locale : List.of(Locale.ENGLISH, new Locale("tr", "TR"), Locale.ROOT)) {
      assertEquals(
          "Hello Ani, you have 1 visit.",
          sample.format(locale, "greeting", ImmutableMap.of("name", "Ani", "count", 1)));
      assertEquals(
          "Hello Ani, you have 2 visits.",
          sample.format(locale, "greeting", ImmutableMap.of("name", "Ani", "count", 2)));
    }
    assertEquals(
        "Hello Ani, you have {count} {count:visit|visits}.",
        sample.format(Locale.ENGLISH, "greeting", ImmutableMap.of("name", "Ani")));
  }
}
