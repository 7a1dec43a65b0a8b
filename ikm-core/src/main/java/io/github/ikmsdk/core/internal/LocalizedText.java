package io.github.ikmsdk.core.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The message templates of one package in English and Bahasa Indonesia, read from two UTF-8
 * properties files next to an anchor class: {@code baseName.properties} (English, the fallback) and
 * {@code baseName_id.properties}.
 *
 * <p>The language is chosen from the given locale only, never from the JVM default: {@code id} (or
 * the legacy {@code in}) selects Bahasa Indonesia, every other locale English. A key missing from
 * the Indonesian file falls back to English. The files are read with {@link
 * Class#getResourceAsStream(String)} rather than a {@link java.util.ResourceBundle}, whose default
 * lookup consults the JVM default locale and whose {@code ResourceBundle.Control} is not supported
 * in named modules.
 *
 * <p>Templates name their arguments in braces, as in {@code "IKM {ikm} has no mentor"}. A
 * placeholder without an argument of that name is left as it stands. Arguments that are {@link
 * Number}s are written as whole numbers with the language's grouping ({@code 1,800} in English,
 * {@code 1.800} in Bahasa Indonesia); all others with {@link Object#toString()}.
 *
 * <p>A word that depends on a count names the count and its two forms, {@code {name:one|other}}:
 * {@code "{visits} {visits:visit|visits}"} reads "1 visit" and "2 visits". The first form is chosen
 * when the argument is the number one (a {@link Number} or a text such as {@code "1"}), the second
 * for every other value; the choice is the same in every locale, so a language without plural
 * inflection (Bahasa Indonesia: "1 kunjungan", "2 kunjungan") simply does not use it. Forms may not
 * contain braces or a second {@code |}.
 *
 * <p>A value that stands for a word names the value and the word, {@code {name=value:word}}: the
 * word is written when the argument's text is the value, the argument otherwise. {@code
 * "{opening}"} reads "closed" and {@code "{opening=closed:tutup}"} reads "tutup" for the argument
 * {@code closed}, and "08:00-16:00" for that argument, so that a machine token among the arguments
 * reads in the message's language. The value may not contain {@code :}; the word may not contain
 * braces.
 *
 * <p>This class is part of the module's implementation, not of its API. It is immutable and
 * thread-safe.
 */
public final class LocalizedText {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  private final String resourceName;
  private final ImmutableMap<String, String> english;
  private final ImmutableMap<String, String> indonesian;

  private LocalizedText(
      String resourceName,
      ImmutableMap<String, String> english,
      ImmutableMap<String, String> indonesian) {
    this.resourceName = resourceName;
    this.english = english;
    this.indonesian = indonesian;
  }

  /**
   * Reads the templates {@code baseName.properties} and {@code baseName_id.properties} from the
   * package of {@code anchor}.
   *
   * @param anchor a class of the package that holds the files, not null
   * @param baseName the file name without language suffix and extension, for example {@code
   *     "messages"}, not null
   * @return the templates of both languages
   * @throws IllegalStateException if either file is missing
   * @throws UncheckedIOException if a file cannot be read
   */
  public static LocalizedText load(Class<?> anchor, String baseName) {
    checkNotNull(anchor, "anchor");
    checkNotNull(baseName, "baseName");
    return new LocalizedText(
        anchor.getPackageName() + "." + baseName,
        read(anchor, baseName + ".properties"),
        read(anchor, baseName + "_id.properties"));
  }

  /**
   * Returns whether a locale selects Bahasa Indonesia: its language is {@code id} or the legacy
   * {@code in}.
   *
   * @param locale the locale, not null
   * @return whether the Indonesian templates apply
   */
  public static boolean isIndonesian(Locale locale) {
    String language = checkNotNull(locale, "locale").getLanguage();
    return language.equals("id") || language.equals("in");
  }

  /**
   * Returns the templates of one language as they stand in its file, without the English fallback.
   *
   * @param locale the locale that selects the language, not null
   * @return the templates by key, sorted by key
   */
  public ImmutableMap<String, String> templates(Locale locale) {
    return isIndonesian(locale) ? indonesian : english;
  }

  /**
   * Returns the template of a key in a locale, falling back to English.
   *
   * @param locale the locale that selects the language, not null
   * @param key the key, not null
   * @return the template with its {@code {name}} placeholders
   * @throws IllegalStateException if neither language has the key
   */
  public String template(Locale locale, String key) {
    checkNotNull(key, "key");
    String template = templates(locale).get(key);
    if (template == null) {
      template = english.get(key);
    }
    if (template == null) {
      throw new IllegalStateException("no message " + key + " in " + resourceName);
    }
    return template;
  }

  /**
   * Returns the message of a key in a locale with its placeholders filled in.
   *
   * @param locale the locale that selects the language and the number format, not null
   * @param key the key, not null
   * @param arguments the arguments by placeholder name, not null
   * @return the message
   * @throws IllegalStateException if neither language has the key
   */
  public String format(Locale locale, String key, Map<String, ?> arguments) {
    checkNotNull(arguments, "arguments");
    String template = template(locale, key);
    NumberFormat numbers =
        NumberFormat.getIntegerInstance(isIndonesian(locale) ? INDONESIAN : Locale.ENGLISH);
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      String name = close > i ? template.substring(i + 1, close) : "";
      int colon = name.indexOf(':');
      int equals = colon < 0 ? -1 : name.lastIndexOf('=', colon);
      int end = equals >= 0 ? equals : colon >= 0 ? colon : name.length();
      Object value = close > i ? arguments.get(name.substring(0, end)) : null;
      if (value == null) {
        out.append(c);
        i++;
        continue;
      }
      if (equals >= 0) {
        boolean chosen = value.toString().equals(name.substring(equals + 1, colon));
        out.append(chosen ? name.substring(colon + 1) : value);
      } else if (colon >= 0) {
        out.append(pluralForm(name.substring(colon + 1), value));
      } else if (value instanceof Number) {
        out.append(numbers.format(((Number) value).longValue()));
      } else {
        out.append(value);
      }
      i = close + 1;
    }
    return out.toString();
  }

  /**
   * Returns the form of {@code "one|other"} that fits a count: {@code one} when the count is the
   * number one, {@code other} otherwise.
   *
   * @param forms the two forms separated by {@code |}, not null
   * @param count the count: a {@link Number}, or any object whose text is a number
   * @return the chosen form
   * @throws IllegalArgumentException if {@code forms} is not two forms separated by one {@code |}
   */
  public static String pluralForm(String forms, Object count) {
    int bar = forms.indexOf('|');
    checkArgument(
        bar >= 0 && forms.indexOf('|', bar + 1) < 0,
        "plural forms must be 'one|other', was '%s'",
        forms);
    return isOne(count) ? forms.substring(0, bar) : forms.substring(bar + 1);
  }

  private static boolean isOne(Object count) {
    if (count instanceof Number) {
      return ((Number) count).doubleValue() == 1;
    }
    String text = count.toString().trim();
    try {
      return new BigDecimal(text).compareTo(BigDecimal.ONE) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static ImmutableMap<String, String> read(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " of " + anchor.getName());
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      ImmutableMap.Builder<String, String> map = ImmutableMap.builder();
      properties.stringPropertyNames().stream()
          .sorted()
          .forEach(key -> map.put(key, properties.getProperty(key)));
      return map.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
