package io.github.ikmsdk.core.planning;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The English and Indonesian texts of mentor assignment, from {@code
 * assignment_messages.properties} (English, the fallback) and {@code
 * assignment_messages_id.properties}.
 *
 * <p>The bundles are read directly from this package rather than with {@link
 * ResourceBundle#getBundle(String, Locale)}: that lookup falls back to the JVM's default locale,
 * and its {@link ResourceBundle.Control} variant is not supported in named modules. Here the
 * language {@code id} (and the legacy {@code in}) selects Indonesian and every other locale
 * English, whatever the default locale.
 */
final class AssignmentMessages {

  private static final ResourceBundle ENGLISH = load("assignment_messages.properties");
  private static final ResourceBundle INDONESIAN = load("assignment_messages_id.properties");

  private AssignmentMessages() {}

  static String format(Locale locale, String key, Object... arguments) {
    checkNotNull(locale, "locale");
    boolean indonesian = "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage());
    ResourceBundle bundle = indonesian ? INDONESIAN : ENGLISH;
    Locale formatLocale = indonesian ? Locale.forLanguageTag("id") : Locale.ENGLISH;
    return new MessageFormat(bundle.getString(key), formatLocale).format(arguments);
  }

  private static ResourceBundle load(String name) {
    try (InputStream in = AssignmentMessages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new PropertyResourceBundle(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
