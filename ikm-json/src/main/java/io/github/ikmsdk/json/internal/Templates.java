package io.github.ikmsdk.json.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The message templates of the problem codes, compiled once: {@code %s} placeholders filled with
 * the arguments in order ({@link String#valueOf(Object)}, so the same text in every locale), {@code
 * %%} a percent sign, and a word that depends on a count written as {@code {N:one|other}}, {@code
 * N} the 1-based position of the count among the arguments: {@code "and %s more
 * {1:problem|problems}"} reads "and 1 more problem" and "and 2 more problems". The first form is
 * chosen when the count is the number one, the second otherwise, in every locale (Bahasa Indonesia,
 * which does not inflect for number, does not use it).
 *
 * <p>A template is parsed when its code is loaded, so that filling it in, once per problem and
 * possibly a million times per input, only appends its parts.
 *
 * <p>This class is part of the module's implementation, not of its API. It is immutable and
 * thread-safe.
 */
public final class Templates {

  /** One part of a template: a literal, an argument or a plural choice. */
  private interface Part {
    void append(StringBuilder out, Object[] args, String template);
  }

  private final String template;
  private final ImmutableList<Part> parts;
  private final int length;

  private Templates(String template, ImmutableList<Part> parts) {
    this.template = template;
    this.parts = parts;
    this.length = template.length();
  }

  /**
   * Compiles a template.
   *
   * @param template the template, not null
   * @return the compiled template
   * @throws IllegalArgumentException if a {@code %} is followed by neither {@code s} nor {@code %},
   *     or a brace does not form {@code {N:one|other}}
   */
  public static Templates compile(String template) {
    checkNotNull(template, "template");
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int next = 0;
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '%') {
        checkArgument(
            i + 1 < template.length() && "s%".indexOf(template.charAt(i + 1)) >= 0,
            "template '%s' has a '%%' at %s that is neither %%s nor %%%%",
            template,
            i);
        if (template.charAt(i + 1) == '%') {
          literal.append('%');
        } else {
          flush(literal, parts);
          parts.add(argument(next++));
        }
        i += 2;
      } else if (c == '{') {
        int close = template.indexOf('}', i);
        checkArgument(close > i, "template '%s' has an unclosed '{' at %s", template, i);
        flush(literal, parts);
        parts.add(plural(template, template.substring(i + 1, close)));
        i = close + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    flush(literal, parts);
    return new Templates(template, ImmutableList.copyOf(parts));
  }

  private static void flush(StringBuilder literal, List<Part> parts) {
    if (literal.length() > 0) {
      String text = literal.toString();
      parts.add((out, args, template) -> out.append(text));
      literal.setLength(0);
    }
  }

  private static Part argument(int index) {
    return (out, args, template) -> {
      checkArgument(index < args.length, "template '%s' has no argument %s", template, index + 1);
      out.append(args[index]);
    };
  }

  /** The part of {@code N:one|other}. */
  private static Part plural(String template, String body) {
    int colon = body.indexOf(':');
    int bar = body.indexOf('|');
    checkArgument(
        colon > 0 && bar > colon && body.indexOf('|', bar + 1) < 0 && body.indexOf('{') < 0,
        "template '%s' has '{%s}', not {N:one|other}",
        template,
        body);
    int position = Integer.parseInt(body.substring(0, colon));
    checkArgument(position >= 1, "template '%s' counts arguments from 1", template);
    String one = body.substring(colon + 1, bar);
    String other = body.substring(bar + 1);
    return (out, args, t) -> {
      checkArgument(position <= args.length, "template '%s' has no argument %s", t, position);
      out.append(isOne(args[position - 1]) ? one : other);
    };
  }

  /**
   * Returns the template with its arguments filled in.
   *
   * @param args the arguments, in the order of the placeholders; extra ones are ignored
   * @return the message
   * @throws IllegalArgumentException if a placeholder or plural form names an argument that is not
   *     there
   */
  public String format(Object... args) {
    StringBuilder out = new StringBuilder(length + 32);
    for (Part part : parts) {
      part.append(out, args, template);
    }
    return out.toString();
  }

  /**
   * Returns the template as written.
   *
   * @return the template
   */
  @Override
  public String toString() {
    return template;
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
