package io.github.ikmsdk.core.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Ordering;
import io.github.ikmsdk.core.identifier.Nik;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One breach of a rule (pelanggaran aturan): the {@link Rule}, the subjects it concerns and its raw
 * arguments, from which a message renders in a chosen locale.
 *
 * <p>The arguments are kept as text beside the message (for example {@code minutes=180}), so that
 * programs can act on them and front ends can write their own messages. Violations order totally
 * and deterministically: by subjects (element by element), then by rule, then by arguments; sorting
 * therefore gives the same list for the same content in any input order.
 *
 * <p>What a program needs to act on is also typed: {@link #missingReference()} gives the element an
 * {@code IKM-R002} violation refers to but cannot find, as a {@link Subject}, without reading it
 * back out of the arguments.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Violation implements Comparable<Violation> {

  private static final Comparator<Iterable<Subject>> SUBJECTS =
      Ordering.<Subject>natural().lexicographical();
  private static final Comparator<Iterable<String>> VALUES =
      Ordering.<String>natural().lexicographical();

  private final Rule rule;
  private final ImmutableList<Subject> subjects;
  private final ImmutableMap<String, String> arguments;
  private final @Nullable Subject missingReference;

  private Violation(
      Rule rule,
      ImmutableList<Subject> subjects,
      ImmutableMap<String, String> arguments,
      @Nullable Subject missingReference) {
    this.rule = rule;
    this.subjects = subjects;
    this.arguments = arguments;
    this.missingReference = missingReference;
  }

  /**
   * Returns a violation.
   *
   * @param rule the rule broken, not null
   * @param subjects what the violation concerns, most specific first, not empty
   * @param arguments the raw arguments, exactly the rule's {@link Rule#argumentNames()}; kept in
   *     the rule's order; each number in them that could be a NIK is masked ({@link Nik#redact}),
   *     so that neither the arguments nor the messages echo one
   * @return the violation; for {@link Rule#UNKNOWN_REFERENCE} its {@link #missingReference()} is
   *     read from the arguments {@code field} and {@code target}
   * @throws IllegalArgumentException if there are no subjects or the argument names differ from the
   *     rule's
   */
  public static Violation of(Rule rule, List<Subject> subjects, Map<String, String> arguments) {
    checkNotNull(rule, "rule");
    checkNotNull(arguments, "arguments");
    Subject missing =
        rule == Rule.UNKNOWN_REFERENCE && arguments.containsKey("field")
            ? Reference.missing(arguments.get("field"), arguments.getOrDefault("target", ""))
                .orElse(null)
            : null;
    return of(rule, subjects, arguments, missing);
  }

  /** A violation whose missing reference the rule that found it names, typed. */
  static Violation of(
      Rule rule,
      List<Subject> subjects,
      Map<String, String> arguments,
      @Nullable Subject missingReference) {
    checkNotNull(rule, "rule");
    checkNotNull(subjects, "subjects");
    checkNotNull(arguments, "arguments");
    ImmutableList<Subject> subjectList = ImmutableList.copyOf(subjects);
    checkArgument(!subjectList.isEmpty(), "violation of %s needs a subject", rule.code());
    checkArgument(
        arguments.size() == rule.argumentNames().size()
            && arguments.keySet().containsAll(rule.argumentNames()),
        "violation of %s needs arguments %s, was %s",
        rule.code(),
        rule.argumentNames(),
        arguments.keySet());
    ImmutableMap.Builder<String, String> ordered = ImmutableMap.builder();
    for (String name : rule.argumentNames()) {
      ordered.put(name, Nik.redact(checkNotNull(arguments.get(name), "argument %s", name)));
    }
    return new Violation(rule, subjectList, ordered.build(), missingReference);
  }

  /**
   * Returns the rule broken.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }

  /**
   * Returns the stable code of the rule, for example {@code IKM-R305}.
   *
   * @return the code
   */
  public String code() {
    return rule.code();
  }

  /**
   * Returns the severity, the rule's.
   *
   * @return the severity
   */
  public Severity severity() {
    return rule.severity();
  }

  /**
   * Returns what the violation concerns, most specific first.
   *
   * @return the subjects, not empty
   */
  public List<Subject> subjects() {
    return subjects;
  }

  /**
   * Returns the raw arguments as text, in the order of the rule's {@link Rule#argumentNames()}.
   *
   * @return the arguments
   */
  public ImmutableMap<String, String> arguments() {
    return arguments;
  }

  /**
   * Returns the element an {@link Rule#UNKNOWN_REFERENCE} (IKM-R002) violation refers to and that
   * is not in the snapshot, for example {@code MENTOR:M-09} for a visit naming an unknown mentor:
   * its kind follows from the field that names it ({@code author} names a mentor), its id is the
   * {@code target} argument, unmasked. An importer can match it against the records it rejected
   * without parsing the arguments.
   *
   * <p>It is derived data and not part of {@link #equals(Object)}: a violation read back from a
   * report ({@link #of(Rule, List, Map)}) has it from the arguments as written.
   *
   * @return the missing element; empty for every other rule, and for a field or target a report
   *     from elsewhere gives that names no element
   * @since 0.2.0
   */
  public Optional<Subject> missingReference() {
    return Optional.ofNullable(missingReference);
  }

  /**
   * Returns the message in a locale: Bahasa Indonesia for language {@code id}, English otherwise.
   * The JVM default locale is never consulted.
   *
   * @param locale the locale, not null
   * @return the message
   */
  public String message(Locale locale) {
    return rule.message(locale, arguments);
  }

  @Override
  public int compareTo(Violation other) {
    int c = SUBJECTS.compare(subjects, other.subjects);
    if (c != 0) {
      return c;
    }
    c = rule.compareTo(other.rule);
    if (c != 0) {
      return c;
    }
    return VALUES.compare(arguments.values(), other.arguments.values());
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof Violation other
            && other.rule == rule
            && other.subjects.equals(subjects)
            && other.arguments.equals(arguments));
  }

  @Override
  public int hashCode() {
    return (rule.hashCode() * 31 + subjects.hashCode()) * 31 + arguments.hashCode();
  }

  /**
   * Returns the code, subjects and English message, for logs.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return rule.code() + " " + subjects + ": " + message(Locale.ENGLISH);
  }
}
