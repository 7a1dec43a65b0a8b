package io.github.ikmsdk.core.rules;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Iterables;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The result of a validation (laporan validasi): every violation, in a deterministic order, with a
 * status computed from its content and counts of rules and distinct subjects.
 *
 * <p>The status is never stored: {@link Status#VALID} without violations, {@link Status#WARNINGS}
 * with warnings only, {@link Status#INVALID} with at least one error. Counts of subjects count
 * distinct subjects, never violations. A caller who prefers an exception calls {@link
 * #throwIfInvalid()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ValidationReport {

  /** The status of a report, computed from its violations. */
  public enum Status {
    /** No violation at all (sah). */
    VALID,
    /** Only warnings (sah dengan peringatan). */
    WARNINGS,
    /** At least one error (tidak sah). */
    INVALID
  }

  private static final ValidationReport EMPTY = new ValidationReport(ImmutableList.of());

  private final ImmutableList<Violation> violations;

  private ValidationReport(ImmutableList<Violation> violations) {
    this.violations = violations;
  }

  /**
   * Returns a report without violations.
   *
   * @return the empty, valid report
   */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * Returns a report of violations, sorted into their {@linkplain Violation#compareTo natural
   * order}; duplicates are kept.
   *
   * @param violations the violations, in any order, not null
   * @return the report
   */
  public static ValidationReport of(Iterable<Violation> violations) {
    ImmutableList<Violation> sorted =
        ImmutableList.sortedCopyOf(checkNotNull(violations, "violations"));
    return sorted.isEmpty() ? EMPTY : new ValidationReport(sorted);
  }

  /**
   * Returns every violation, sorted.
   *
   * @return the violations
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns the violations of severity {@link Severity#ERROR}, sorted.
   *
   * @return the errors
   */
  public List<Violation> errors() {
    return bySeverity(Severity.ERROR);
  }

  /**
   * Returns the violations of severity {@link Severity#WARNING}, sorted.
   *
   * @return the warnings
   */
  public List<Violation> warnings() {
    return bySeverity(Severity.WARNING);
  }

  private List<Violation> bySeverity(Severity severity) {
    return violations.stream().filter(v -> v.severity() == severity).collect(toImmutableList());
  }

  /**
   * Returns the violations of one rule, sorted.
   *
   * @param rule the rule, not null
   * @return the violations of the rule
   */
  public List<Violation> violations(Rule rule) {
    checkNotNull(rule, "rule");
    return violations.stream().filter(v -> v.rule() == rule).collect(toImmutableList());
  }

  /**
   * Returns the violations that concern a subject, sorted.
   *
   * @param subject the subject, not null
   * @return the violations naming the subject
   */
  public List<Violation> violations(Subject subject) {
    checkNotNull(subject, "subject");
    return violations.stream()
        .filter(v -> v.subjects().contains(subject))
        .collect(toImmutableList());
  }

  /**
   * Returns the status, computed from the violations.
   *
   * @return {@code VALID}, {@code WARNINGS} or {@code INVALID}
   */
  public Status status() {
    if (violations.isEmpty()) {
      return Status.VALID;
    }
    return Iterables.any(violations, v -> v.severity() == Severity.ERROR)
        ? Status.INVALID
        : Status.WARNINGS;
  }

  /**
   * Returns whether the report has no error (warnings allowed).
   *
   * @return whether the status is not {@code INVALID}
   */
  public boolean isValid() {
    return status() != Status.INVALID;
  }

  /**
   * Returns the number of violations per rule, in catalogue order; rules without violations are
   * left out.
   *
   * @return the counts
   */
  public Map<Rule, Integer> countsByRule() {
    EnumMap<Rule, Integer> counts = new EnumMap<>(Rule.class);
    for (Violation v : violations) {
      counts.merge(v.rule(), 1, Integer::sum);
    }
    return Maps.immutableEnumMap(counts);
  }

  /**
   * Returns the distinct subjects named by any violation, sorted.
   *
   * @return the subjects
   */
  public Set<Subject> distinctSubjects() {
    ImmutableSortedSet.Builder<Subject> subjects = ImmutableSortedSet.naturalOrder();
    for (Violation v : violations) {
      subjects.addAll(v.subjects());
    }
    return subjects.build();
  }

  /**
   * Returns the number of distinct subjects of each kind named by any violation, in kind order;
   * kinds without subjects are left out. An IKM with three violations counts once.
   *
   * @return the counts
   */
  public Map<Subject.Kind, Integer> countsBySubjectKind() {
    EnumMap<Subject.Kind, Integer> counts = new EnumMap<>(Subject.Kind.class);
    for (Subject s : distinctSubjects()) {
      counts.merge(s.kind(), 1, Integer::sum);
    }
    return Maps.immutableEnumMap(counts);
  }

  /**
   * Returns a report holding the violations of this report and another.
   *
   * @param other the other report, not null
   * @return the merged report
   */
  public ValidationReport merge(ValidationReport other) {
    checkNotNull(other, "other");
    if (other.violations.isEmpty()) {
      return this;
    }
    if (violations.isEmpty()) {
      return other;
    }
    return of(Iterables.concat(violations, other.violations));
  }

  /**
   * Returns this report if it has no error, otherwise throws.
   *
   * @return this report, with status {@code VALID} or {@code WARNINGS}
   * @throws ValidationException if the status is {@code INVALID}
   */
  public ValidationReport throwIfInvalid() {
    if (status() == Status.INVALID) {
      throw new ValidationException(this);
    }
    return this;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof ValidationReport other && other.violations.equals(violations));
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  /**
   * Returns the status and the counts per rule code, for logs.
   *
   * @return the text
   */
  @Override
  public String toString() {
    ImmutableMap.Builder<String, Integer> codes = ImmutableMap.builder();
    countsByRule().forEach((rule, count) -> codes.put(rule.code(), count));
    return "ValidationReport{" + status() + ", " + codes.build() + "}";
  }
}
