package io.github.ikmsdk.core.planning;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The planner's message templates in English ({@code planner_messages.properties}) and Bahasa
 * Indonesia ({@code planner_messages_id.properties}), read as UTF-8 from this package.
 *
 * <p>The language is chosen from the given locale only, never from the JVM default: {@code id}
 * (or the legacy {@code in}) gives Bahasa Indonesia, anything else English. Templates name their
 * arguments, as in {@code {ikm}}; whole numbers are formatted with the locale's grouping
 * ({@code 1,800} in English, {@code 1.800} in Indonesian). A resource bundle lookup is not used
 * because {@code ResourceBundle.Control} is unsupported in named modules.
 */
final class PlannerMessages {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final Properties ENGLISH = load("planner_messages.properties");
  private static final Properties BAHASA = load("planner_messages_id.properties");

  private PlannerMessages() {}

  static boolean isIndonesian(Locale locale) {
    String language = locale.getLanguage();
    return language.equals("id") || language.equals("in");
  }

  static String format(String key, Locale locale, Map<String, ?> args) {
    checkNotNull(locale, "locale");
    boolean bahasa = isIndonesian(locale);
    String template = (bahasa ? BAHASA : ENGLISH).getProperty(key);
    if (template == null) {
      template = ENGLISH.getProperty(key);
    }
    checkNotNull(template, "no message for key %s", key);
    NumberFormat numbers = NumberFormat.getIntegerInstance(bahasa ? INDONESIAN : Locale.ENGLISH);
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      char ch = template.charAt(i);
      int close = ch == '{' ? template.indexOf('}', i) : -1;
      if (close > i) {
        String name = template.substring(i + 1, close);
        Object value = args.get(name);
        if (value instanceof Number) {
          out.append(numbers.format(((Number) value).longValue()));
        } else {
          out.append(value == null ? "{" + name + "}" : value.toString());
        }
        i = close + 1;
      } else {
        out.append(ch);
        i++;
      }
    }
    return out.toString();
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = PlannerMessages.class.getResourceAsStream(name)) {
      checkNotNull(in, "missing resource %s", name);
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return properties;
  }
}
