package io.github.ikmsdk.core.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Loads the message templates from this package's UTF-8 properties files, without consulting
 * the JVM default locale, and renders them with named arguments.
 */
final class Messages {

  static final String ENGLISH_RESOURCE = "messages.properties";
  static final String INDONESIAN_RESOURCE = "messages_id.properties";

  private static final ImmutableMap<String, String> ENGLISH = load(ENGLISH_RESOURCE);
  private static final ImmutableMap<String, String> INDONESIAN = load(INDONESIAN_RESOURCE);

  private Messages() {}

  static boolean isIndonesian(Locale locale) {
    String language = checkNotNull(locale, "locale").getLanguage();
    return language.equals("id") || language.equals("in");
  }

  static String template(Rule rule, Locale locale) {
    Map<String, String> templates = isIndonesian(locale) ? INDONESIAN : ENGLISH;
    String template = templates.get(rule.messageKey());
    if (template == null) {
      template = ENGLISH.get(rule.messageKey());
    }
    if (template == null) {
      throw new IllegalStateException("no message template for rule " + rule.code());
    }
    return template;
  }

  static String render(String template, Map<String, String> arguments) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (close > i) {
        String name = template.substring(i + 1, close);
        String value = arguments.get(name);
        if (value != null) {
          out.append(value);
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  static ImmutableMap<String, String> load(String resource) {
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
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
      throw new UncheckedIOException(e);
    }
  }
}
