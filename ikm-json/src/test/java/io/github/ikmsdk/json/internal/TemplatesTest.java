package io.github.ikmsdk.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ikmsdk.json.JsonProblemCode;
import io.github.ikmsdk.json.imports.ImportProblemCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TemplatesTest {

  /** Every template of both catalogues, English and Indonesian. */
  private static List<String> catalogue() {
    List<String> all = new ArrayList<>();
    for (JsonProblemCode c : JsonProblemCode.values()) {
      all.add(c.englishTemplate());
      all.add(c.indonesianTemplate());
    }
    for (ImportProblemCode c : ImportProblemCode.values()) {
      all.add(c.englishTemplate());
      all.add(c.indonesianTemplate());
    }
    return all;
  }

  @Test
  void fillsPlaceholdersPercentSignsAndPluralForms() {
    Templates t = Templates.compile("%s of %s at 100%% ({2:visit|visits})");
    assertEquals("3 of 1 at 100% (visit)", t.format(3, 1));
    assertEquals("3 of 2 at 100% (visits)", t.format(3, "2"));
    assertEquals("a of 1.0 at 100% (visit)", t.format("a", new BigDecimal("1.0")));
    assertEquals("null of x at 100% (visits)", t.format(null, "x"));
    assertEquals("no placeholders", Templates.compile("no placeholders").format());
  }

  @Test
  void malformedTemplatesAndMissingArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Templates.compile("%d visits"));
    assertThrows(IllegalArgumentException.class, () -> Templates.compile("100%"));
    assertThrows(IllegalArgumentException.class, () -> Templates.compile("{1:one}"));
    assertThrows(IllegalArgumentException.class, () -> Templates.compile("{x:one|other}"));
    assertThrows(IllegalArgumentException.class, () -> Templates.compile("open {1:a|b"));
    assertThrows(IllegalArgumentException.class, () -> Templates.compile("%s %s").format("a"));
    assertThrows(IllegalArgumentException.class, () -> Templates.compile("{2:a|b}").format(1));
  }

  /** The compiled form writes what String.format wrote before templates were compiled. */
  @Property(tries = 300)
  void everyCatalogueTemplateReadsAsStringFormatReadIt(
      @ForAll("templates") String template, @ForAll("arguments") List<Object> args) {
    Object[] a = args.toArray();
    assertEquals(reference(template, a), Templates.compile(template).format(a));
  }

  @Provide
  Arbitrary<String> templates() {
    return Arbitraries.of(catalogue());
  }

  @Provide
  Arbitrary<List<Object>> arguments() {
    Arbitrary<Object> one =
        Arbitraries.oneOf(
            Arbitraries.longs().between(-3, 2_000_000).map(n -> (Object) n),
            Arbitraries.of(
                    "1", "2", " 1 ", "1.0", "+01", "1.00", "10", "IKM-07", "%s", "50%", "{1:a|b}",
                    "")
                .map(s -> (Object) s),
            Arbitraries.strings().alpha().ofMaxLength(12).map(s -> (Object) s));
    return one.list().ofSize(8);
  }

  private static final Pattern PLURAL = Pattern.compile("\\{([1-9][0-9]*):([^{}|]*)\\|([^{}|]*)}");

  /** The implementation before templates were compiled: a regular expression, then format. */
  private static String reference(String template, Object... args) {
    Matcher m = PLURAL.matcher(template);
    StringBuilder chosen = new StringBuilder();
    while (m.find()) {
      Object count = args[Integer.parseInt(m.group(1)) - 1];
      String form = isOne(count) ? m.group(2) : m.group(3);
      m.appendReplacement(chosen, Matcher.quoteReplacement(form.replace("%", "%%")));
    }
    m.appendTail(chosen);
    return String.format(Locale.ROOT, chosen.toString(), args);
  }

  /**
   * The number one as the generated texts write it ({@code 1}, {@code +01}, {@code 1.00}), a second
   * reading of what {@code new BigDecimal(text.trim())} takes for one.
   */
  private static final Pattern ONE = Pattern.compile("\\+?0*1(\\.0*)?");

  private static boolean isOne(Object count) {
    return count instanceof Number n
        ? n.doubleValue() == 1
        : ONE.matcher(String.valueOf(count).trim()).matches();
  }
}
