package io.github.ikmsdk.json.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the message templates of the problem codes: {@link String#format} with {@code %s}
 * placeholders, formatted in {@link Locale#ROOT}, and a word that depends on a count written as
 * {@code {N:one|other}}, {@code N} the 1-based position of the count among the arguments: {@code
 * "and %s more {1:problem|problems}"} reads "and 1 more problem" and "and 2 more problems". The
 * first form is chosen when the count is the number one, the second otherwise, in every locale
 * (Bahasa Indonesia, which does not inflect for number, does not use it).
 *
 * <p>This class is part of the module's implementation, not of its API.
 */
public final class Templates {

  private static final Pattern PLURAL = Pattern.compile("\\{([1-9][0-9]*):([^{}|]*)\\|([^{}|]*)}");

  private Templates() {}

  /**
   * Returns a template with its arguments filled in.
   *
   * @param template the template, not null
   * @param args the arguments, in the order of the placeholders
   * @return the message
   * @throws IllegalArgumentException if a plural form names an argument that is not there
   */
  public static String format(String template, Object... args) {
    Matcher m = PLURAL.matcher(template);
    StringBuilder chosen = new StringBuilder(template.length());
    while (m.find()) {
      int position = Integer.parseInt(m.group(1));
      checkArgument(
          position <= args.length, "template '%s' has no argument %s", template, position);
      String form = isOne(args[position - 1]) ? m.group(2) : m.group(3);
      m.appendReplacement(chosen, Matcher.quoteReplacement(form.replace("%", "%%")));
    }
    m.appendTail(chosen);
    return String.format(Locale.ROOT, chosen.toString(), args);
  }

  private static boolean isOne(Object count) {
    if (count instanceof Number) {
      return ((Number) count).doubleValue() == 1;
    }
    try {
      return new BigDecimal(String.valueOf(count).trim()).compareTo(BigDecimal.ONE) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
