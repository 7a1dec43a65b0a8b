package io.github.ikmsdk.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.NullPointerTester;
import io.github.ikmsdk.core.internal.LocalizedText;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(?:=[^:}]*:[^}]*)?\\}");

  /** The published codes; a code may be added here, never changed or removed. */
  private static final Map<String, String> PUBLISHED = new LinkedHashMap<>();

  static {
    String[] codes = {
      "IKM-R001 DUPLICATE_ID",
      "IKM-R002 UNKNOWN_REFERENCE",
      "IKM-R003 NOT_A_PARTICIPANT",
      "IKM-R004 SENTRA_NOT_IN_PROGRAMME",
      "IKM-R005 CALENDAR_WITHOUT_HOLIDAYS",
      "IKM-R101 IKM_WITHOUT_MENTOR",
      "IKM-R102 IKM_WITH_SEVERAL_MENTORS",
      "IKM-R103 CASELOAD_EXCEEDED",
      "IKM-R104 MENTOR_IN_SEVERAL_SENTRA",
      "IKM-R105 MENTOR_WITH_SEVERAL_COMMODITIES",
      "IKM-R106 IKM_COMMODITY_NOT_SENTRA_COMMODITY",
      "IKM-R201 DURATION_OUTSIDE_POLICY",
      "IKM-R202 DURATION_OUTSIDE_COMMODITY",
      "IKM-R301 VISIT_OUTSIDE_PERIOD",
      "IKM-R302 VISIT_ON_NON_WORKING_DAY",
      "IKM-R303 VISIT_OUTSIDE_WORKING_HOURS",
      "IKM-R304 VISIT_TOO_SHORT",
      "IKM-R305 WEEK_NOT_VISITED",
      "IKM-R306 VISIT_AWAY_FROM_SITE",
      "IKM-R307 VISITS_OVERLAP",
      "IKM-R308 INSUFFICIENT_TRAVEL_TIME",
      "IKM-R309 MENTOR_ON_LEAVE",
      "IKM-R310 VISIT_BY_UNASSIGNED_MENTOR",
      "IKM-R311 PLANNED_VISIT_TOO_SHORT",
      "IKM-R312 WEEK_NOT_PLANNED",
      "IKM-R313 VISIT_OUTSIDE_OPENING_HOURS",
      "IKM-R401 STAGE_SKIPPED",
      "IKM-R402 EVALUATION_BEFORE_MENTORING",
      "IKM-R403 STAGE_REPEATED",
      "IKM-R404 ENTRY_OUTSIDE_PERIOD",
      "IKM-R405 ENTRY_VISIT_MISMATCH",
      "IKM-R406 LOGBOOK_LOCKED",
      "IKM-R407 AMENDMENT_TARGET_NOT_IN_LOGBOOK",
      "IKM-R408 AMENDMENT_BEFORE_ORIGINAL",
      "IKM-R410 BACKDATED_ENTRY",
      "IKM-R411 ENTRY_HASH_MISMATCH",
      "IKM-R412 CHAIN_ENTRY_REMOVED",
      "IKM-R413 CHAIN_OUT_OF_ORDER",
      "IKM-R414 CHAIN_CUT_SHORT",
      "IKM-R415 ENTRY_NOT_IN_CHAIN"
    };
    for (String c : codes) {
      String[] parts = c.split(" ");
      PUBLISHED.put(parts[0], parts[1]);
    }
  }

  @Test
  void codesAreUniqueAndWellFormed() {
    Set<String> codes = new HashSet<>();
    for (Rule rule : Rule.values()) {
      assertTrue(rule.code().matches("IKM-R[0-4][0-9]{2}"), rule.code());
      assertTrue(codes.add(rule.code()), "duplicate code " + rule.code());
      assertEquals(rule, Rule.ofCode(rule.code()));
      assertTrue(!rule.argumentNames().isEmpty());
      assertEquals(rule.argumentNames().size(), new HashSet<>(rule.argumentNames()).size());
    }
    assertThrows(IllegalArgumentException.class, () -> Rule.ofCode("IKM-R999"));
  }

  @Test
  void nullsAreRejectedWithNullPointerException() {
    new NullPointerTester().testAllPublicStaticMethods(Rule.class);
    new NullPointerTester().testAllPublicStaticMethods(Violation.class);
  }

  @Test
  void publishedCodesKeepTheirMeaning() {
    PUBLISHED.forEach((code, name) -> assertEquals(name, Rule.ofCode(code).name(), code));
    for (Rule rule : Rule.values()) {
      assertTrue(PUBLISHED.containsKey(rule.code()), "add " + rule.code() + " to PUBLISHED");
    }
  }

  @Test
  void codeGroupsFollowTheCatalogueOrder() {
    String previous = "";
    for (Rule rule : Rule.values()) {
      assertTrue(rule.code().compareTo(previous) > 0, rule.code());
      previous = rule.code();
    }
  }

  @Test
  void bothBundlesHaveEveryRuleWithTheSamePlaceholders() {
    LocalizedText messages = LocalizedText.load(Rule.class, "messages");
    ImmutableMap<String, String> english = messages.templates(Locale.ENGLISH);
    ImmutableMap<String, String> indonesian = messages.templates(Locale.forLanguageTag("id"));
    Set<String> keys = new TreeSet<>();
    for (Rule rule : Rule.values()) {
      keys.add(rule.messageKey());
      Set<String> wanted = new TreeSet<>(rule.argumentNames());
      assertEquals(wanted, placeholders(english.get(rule.messageKey())), "en " + rule.code());
      assertEquals(wanted, placeholders(indonesian.get(rule.messageKey())), "id " + rule.code());
      assertTrue(!english.get(rule.messageKey()).equals(indonesian.get(rule.messageKey())));
    }
    assertEquals(keys, english.keySet(), "no stray English keys");
    assertEquals(keys, indonesian.keySet(), "no stray Indonesian keys");
  }

  private static Set<String> placeholders(String template) {
    assertTrue(template != null && !template.isBlank());
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
