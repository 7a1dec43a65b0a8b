package io.github.ikmsdk.core.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.ikmsdk.core.internal.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue of rules (katalog aturan) that {@link Validator} enforces, each with a stable code,
 * a severity and message templates in Bahasa Indonesia and English.
 *
 * <p>Codes have the form {@code IKM-Rnnn} and are grouped by hundreds: {@code R0xx} data integrity,
 * {@code R1xx} assignment and caseload, {@code R2xx} programme duration, {@code R3xx} visits,
 * {@code R4xx} logbook. <b>A code, once published, keeps its meaning and is never reused</b>, even
 * if its rule is withdrawn; new rules get new codes. Front ends and scripts may match on {@link
 * #code()}. {@code IKM-R409} is reserved: it was dropped before the first release, when the logbook
 * rules came to report each fault once, on the entry at fault.
 *
 * <p>Each rule names the arguments its violations carry ({@link #argumentNames()}); the message
 * templates ({@code messages.properties} and {@code messages_id.properties} in this package) use
 * exactly those names as placeholders, for example {@code {ikm}}.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Rule {
  /** IKM-R001: an id is used by more than one element of the same kind. */
  DUPLICATE_ID("IKM-R001", Severity.ERROR, "kind", "id", "count"),
  /**
   * IKM-R002: an element refers to a programme, agency, sentra, IKM, ... that is not there; {@link
   * Violation#missingReference()} names the missing element as a {@link Subject}.
   */
  UNKNOWN_REFERENCE("IKM-R002", Severity.ERROR, "kind", "id", "field", "target"),
  /** IKM-R003: an assignment, visit or logbook entry concerns an IKM that is not a participant. */
  NOT_A_PARTICIPANT("IKM-R003", Severity.ERROR, "kind", "id", "ikm"),
  /** IKM-R004: a participating IKM belongs to a sentra that does not take part. */
  SENTRA_NOT_IN_PROGRAMME("IKM-R004", Severity.ERROR, "ikm", "sentra"),
  /**
   * IKM-R005 (warning): the working calendar holds no public holiday in a year the programme runs
   * in, so that year's holidays count as working days; the bundled holidays cover 2023-2027 and
   * later decrees must be added (the message says how).
   */
  CALENDAR_WITHOUT_HOLIDAYS("IKM-R005", Severity.WARNING, "programme", "year"),

  /** IKM-R101 (S7): a participating IKM has no mentor. */
  IKM_WITHOUT_MENTOR("IKM-R101", Severity.ERROR, "ikm"),
  /** IKM-R102 (S7): an IKM is assigned to more than one mentor. */
  IKM_WITH_SEVERAL_MENTORS("IKM-R102", Severity.ERROR, "ikm", "mentors"),
  /** IKM-R103 (S2): a mentor accompanies more IKMs than the policy's maximum caseload. */
  CASELOAD_EXCEEDED("IKM-R103", Severity.ERROR, "mentor", "ikms", "maximum"),
  /** IKM-R104 (S2): a mentor's IKMs are in more than one sentra. */
  MENTOR_IN_SEVERAL_SENTRA("IKM-R104", Severity.ERROR, "mentor", "sentra"),
  /** IKM-R105 (S2): a mentor's IKMs have more than one commodity. */
  MENTOR_WITH_SEVERAL_COMMODITIES("IKM-R105", Severity.ERROR, "mentor", "commodities"),
  /** IKM-R106 (S2): an IKM's commodity differs from the commodity of its sentra. */
  IKM_COMMODITY_NOT_SENTRA_COMMODITY(
      "IKM-R106", Severity.ERROR, "ikm", "commodity", "sentra", "sentraCommodity"),

  /** IKM-R201 (S6): the programme's duration lies outside the policy's range of months. */
  DURATION_OUTSIDE_POLICY(
      "IKM-R201", Severity.ERROR, "programme", "start", "end", "months", "minimum", "maximum"),
  /** IKM-R202 (S6): the duration lies outside the range of a participating sentra's commodity. */
  DURATION_OUTSIDE_COMMODITY(
      "IKM-R202", Severity.ERROR, "programme", "commodity", "months", "minimum", "maximum"),

  /** IKM-R301: a planned or completed visit lies outside the programme period. */
  VISIT_OUTSIDE_PERIOD("IKM-R301", Severity.ERROR, "visit", "date", "first", "last"),
  /** IKM-R302: a planned or completed visit falls on a non-working day. */
  VISIT_ON_NON_WORKING_DAY("IKM-R302", Severity.ERROR, "visit", "date"),
  /** IKM-R303: a visit starts before or ends after the day's working hours (a warning). */
  VISIT_OUTSIDE_WORKING_HOURS(
      "IKM-R303", Severity.WARNING, "visit", "date", "start", "end", "workStart", "workEnd"),
  /** IKM-R304 (S4): a completed visit has fewer working minutes than the policy's minimum. */
  VISIT_TOO_SHORT("IKM-R304", Severity.ERROR, "visit", "minutes", "required"),
  /**
   * IKM-R305 (S3 with S4): an IKM has too few qualifying visits in a programme week that needs one.
   * Without a date every such week is checked as a plan, completed and planned visits counting; as
   * of a date only weeks that are due are checked, and only completed visits count (see {@link
   * Validator}).
   */
  WEEK_NOT_VISITED("IKM-R305", Severity.ERROR, "ikm", "week", "visits", "required"),
  /** IKM-R306 (S5): a visit's recorded location is too far from the IKM's production site. */
  VISIT_AWAY_FROM_SITE("IKM-R306", Severity.ERROR, "visit", "ikm", "distance", "tolerance"),
  /** IKM-R307: two planned or completed visits of a mentor overlap in time. */
  VISITS_OVERLAP("IKM-R307", Severity.ERROR, "mentor", "visit", "other", "date"),
  /**
   * IKM-R308: a mentor's consecutive visits leave less time than the travel between sites, or, when
   * the policy asks the mentor to {@linkplain
   * io.github.ikmsdk.core.programme.ProgrammePolicy#returnToBase() return to the base}, the day's
   * last visit leaves less time than the travel back before the working day ends ({@code other} is
   * then the end of the working day).
   */
  INSUFFICIENT_TRAVEL_TIME("IKM-R308", Severity.ERROR, "mentor", "visit", "other", "gap", "travel"),
  /** IKM-R309: a planned or completed visit falls on a day the mentor is on leave. */
  MENTOR_ON_LEAVE("IKM-R309", Severity.ERROR, "mentor", "visit", "date"),
  /** IKM-R310 (S7): a visit is made by a mentor who is not assigned to the IKM (a warning). */
  VISIT_BY_UNASSIGNED_MENTOR("IKM-R310", Severity.WARNING, "visit", "ikm", "mentor", "assigned"),
  /** IKM-R311 (S4): a planned visit has fewer working minutes than the minimum (a warning). */
  PLANNED_VISIT_TOO_SHORT("IKM-R311", Severity.WARNING, "visit", "minutes", "required"),
  /**
   * IKM-R312 (S3 with S4, a warning): as of the validator's date, a programme week that needs a
   * visit and is not yet due holds too few completed and planned qualifying visits for an IKM: the
   * plan is incomplete (belum direncanakan).
   */
  WEEK_NOT_PLANNED("IKM-R312", Severity.WARNING, "ikm", "week", "visits", "required"),
  /**
   * IKM-R313 (a warning): a planned or completed visit lies outside the IKM's {@linkplain
   * io.github.ikmsdk.core.programme.Ikm#openingHours() opening hours} (jam buka) on its date, or
   * falls on a date the IKM is closed; {@code opening} is the IKM's window on that date, such as
   * {@code 08:00-11:30}, or {@code closed}. A warning: the mentor may agree another time with the
   * owner.
   */
  VISIT_OUTSIDE_OPENING_HOURS(
      "IKM-R313", Severity.WARNING, "visit", "ikm", "date", "start", "end", "opening"),

  /**
   * IKM-R401 (S1): a PLAN entry without an earlier DIAGNOSIS, or MENTORING without a PLAN, in the
   * logbook sequence ({@link io.github.ikmsdk.core.logbook.Logbook#sequence()}). The fault is
   * reported once, on this entry: the missing stage recorded later is not reported.
   */
  STAGE_SKIPPED("IKM-R401", Severity.ERROR, "entry", "ikm", "stage", "missing"),
  /** IKM-R402 (S1): an EVALUATION entry without an earlier MENTORING entry. */
  EVALUATION_BEFORE_MENTORING("IKM-R402", Severity.ERROR, "entry", "ikm"),
  /** IKM-R403 (S1): a second DIAGNOSIS, PLAN or EVALUATION entry (only MENTORING repeats). */
  STAGE_REPEATED("IKM-R403", Severity.ERROR, "entry", "ikm", "stage", "first"),
  /** IKM-R404 (S1): a logbook entry is dated outside the programme period. */
  ENTRY_OUTSIDE_PERIOD("IKM-R404", Severity.ERROR, "entry", "date", "first", "last"),
  /** IKM-R405 (S1): an entry cites a visit of another IKM, another mentor or another date. */
  ENTRY_VISIT_MISMATCH("IKM-R405", Severity.ERROR, "entry", "visit", "field", "expected", "actual"),
  /**
   * IKM-R406 (S1): an entry that is not an amendment comes after the first EVALUATION in the
   * logbook sequence, including one recorded later on the evaluation's own date and a second
   * EVALUATION (which is also {@link #STAGE_REPEATED}).
   */
  LOGBOOK_LOCKED("IKM-R406", Severity.ERROR, "entry", "ikm", "evaluation", "lockedSince"),
  /** IKM-R407 (S1): an amendment cites an entry that is not in the same IKM's logbook. */
  AMENDMENT_TARGET_NOT_IN_LOGBOOK("IKM-R407", Severity.ERROR, "entry", "ikm", "amends"),
  /** IKM-R408 (S1): an amendment is dated before the entry it corrects. */
  AMENDMENT_BEFORE_ORIGINAL("IKM-R408", Severity.ERROR, "entry", "amends", "date", "originalDate"),
  /**
   * IKM-R410 (warning): a backdated entry, dated before an entry of the same logbook that was
   * recorded earlier; both entries, dates and recording times are given, the times in the
   * programme's zone, so that an auditor can ask why.
   */
  BACKDATED_ENTRY(
      "IKM-R410",
      Severity.WARNING,
      "entry",
      "ikm",
      "date",
      "recordedAt",
      "other",
      "otherDate",
      "otherRecordedAt"),
  /**
   * IKM-R411: an entry's content no longer matches the hash of its chain link: it was changed after
   * it was recorded (see {@link LogbookAudit}).
   */
  ENTRY_HASH_MISMATCH("IKM-R411", Severity.ERROR, "entry", "ikm", "stored", "computed"),
  /**
   * IKM-R412: the entry an entry's chain link follows is not in the logbook: it was removed. The
   * violation names the entry after the gap.
   */
  CHAIN_ENTRY_REMOVED("IKM-R412", Severity.ERROR, "entry", "ikm", "previous"),
  /**
   * IKM-R413: an entry is listed elsewhere than its chain link puts it: entries were reordered.
   * Every entry out of place is named, for a swap both entries.
   */
  CHAIN_OUT_OF_ORDER("IKM-R413", Severity.ERROR, "entry", "ikm", "chainAfter", "listedAfter"),
  /**
   * IKM-R414: the chain no longer holds the hash the Dinas kept (for example printed on the monthly
   * report): entries were removed from its end or it was rewritten. Reported by {@link
   * LogbookAudit#verify(io.github.ikmsdk.core.logbook.Logbook, com.google.common.hash.HashCode)}
   * only, which is given that hash.
   */
  CHAIN_CUT_SHORT("IKM-R414", Severity.ERROR, "ikm", "kept", "head"),
  /**
   * IKM-R415: an entry without a chain link is listed after a linked one: it was added outside the
   * SDK's mutation path. Entries of version-1 documents, listed before the first linked entry, are
   * not reported.
   */
  ENTRY_NOT_IN_CHAIN("IKM-R415", Severity.ERROR, "entry", "ikm", "after");

  /** The templates of {@code messages.properties} and {@code messages_id.properties}. */
  private static final LocalizedText MESSAGES = LocalizedText.load(Rule.class, "messages");

  private final String code;
  private final Severity severity;
  private final ImmutableList<String> argumentNames;

  Rule(String code, Severity severity, String... argumentNames) {
    this.code = code;
    this.severity = severity;
    this.argumentNames = ImmutableList.copyOf(argumentNames);
  }

  /**
   * Returns the stable code, for example {@code IKM-R305}.
   *
   * @return the code, never reused for another rule
   */
  public String code() {
    return code;
  }

  /**
   * Returns the severity of the rule's violations.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the names of the arguments every violation of this rule carries, in order; they are the
   * placeholders of the message templates.
   *
   * @return the argument names, not empty
   */
  public List<String> argumentNames() {
    return argumentNames;
  }

  /**
   * Returns the key of the rule's message templates in the resource bundles: the code.
   *
   * @return the message key
   */
  public String messageKey() {
    return code;
  }

  /**
   * Returns the message template in a locale: Bahasa Indonesia for language {@code id} (or the
   * legacy {@code in}), English for every other locale. The JVM default locale is never used.
   *
   * @param locale the locale, not null
   * @return the template with {@code {name}} placeholders
   */
  public String template(Locale locale) {
    return MESSAGES.template(locale, messageKey());
  }

  /**
   * Returns a violation of this rule whose arguments are given in the order of {@link
   * #argumentNames()}: an id is written by its value, anything else by {@code toString()}.
   *
   * <p>This is the one untyped step behind the typed factories of the rule families ({@code
   * IntegrityRules.duplicateId}, {@code VisitRules.tooShort}, ...), which are what the rules call:
   * their parameters fix the type and number of each rule's arguments at compile time. The number
   * is checked here once more, at run time, against the names the message templates use.
   */
  Violation violation(List<Subject> subjects, Object... values) {
    return Violation.of(this, subjects, arguments(values), null);
  }

  /** The arguments of a violation, given in the order of {@link #argumentNames()}, as text. */
  ImmutableMap<String, String> arguments(Object... values) {
    checkArgument(
        values.length == argumentNames.size(),
        "violation of %s needs arguments %s, was %s values",
        code,
        argumentNames,
        values.length);
    ImmutableMap.Builder<String, String> arguments =
        ImmutableMap.builderWithExpectedSize(values.length);
    for (int i = 0; i < values.length; i++) {
      arguments.put(argumentNames.get(i), values[i].toString());
    }
    return arguments.buildOrThrow();
  }

  /** Returns the message in a locale with the named arguments filled in. */
  String message(Locale locale, Map<String, String> arguments) {
    return MESSAGES.format(locale, messageKey(), arguments);
  }

  /**
   * Returns the rule with a code.
   *
   * @param code the code, for example {@code "IKM-R305"}, not null
   * @return the rule
   * @throws IllegalArgumentException if no rule has the code
   */
  public static Rule ofCode(String code) {
    checkNotNull(code, "code");
    for (Rule rule : values()) {
      if (rule.code.equals(code)) {
        return rule;
      }
    }
    throw new IllegalArgumentException("unknown rule code '" + code + "'");
  }
}
