package io.github.ikmsdk.core.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Locale;

/**
 * Thrown by {@link ValidationReport#throwIfInvalid()} when a report holds errors, for callers who
 * prefer an exception to inspecting the report (pengecualian validasi).
 *
 * <p>The message names the number of errors and warnings and lists the first {@value
 * #LISTED_VIOLATIONS} violations in English; {@link #report()} gives all of them. Validation itself
 * never throws this exception.
 *
 * @since 0.1.0
 */
public final class ValidationException extends RuntimeException {

  /** How many violations the message lists. */
  public static final int LISTED_VIOLATIONS = 5;

  private static final long serialVersionUID = 1L;

  /** The report; transient because reports are not serializable. */
  private final transient ValidationReport report;

  /**
   * Creates an exception for a report.
   *
   * @param report the report, not null
   */
  public ValidationException(ValidationReport report) {
    super(describe(checkNotNull(report, "report")));
    this.report = report;
  }

  /**
   * Returns the report that caused the exception.
   *
   * @return the report
   */
  public ValidationReport report() {
    return report;
  }

  private static String describe(ValidationReport report) {
    List<Violation> violations = report.violations();
    StringBuilder text =
        new StringBuilder()
            .append(report.errors().size())
            .append(" error(s), ")
            .append(report.warnings().size())
            .append(" warning(s)");
    int shown = Math.min(LISTED_VIOLATIONS, violations.size());
    for (int i = 0; i < shown; i++) {
      Violation v = violations.get(i);
      text.append("\n  ").append(v.code()).append(' ').append(v.message(Locale.ENGLISH));
    }
    if (violations.size() > shown) {
      text.append("\n  ... and ").append(violations.size() - shown).append(" more");
    }
    return text.toString();
  }
}
