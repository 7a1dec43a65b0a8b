package io.github.ikmsdk.core.imports;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.rules.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why an import rejected a record (alasan penolakan), beyond its not being readable: a rejected
 * parent, an unknown reference, a conflicting duplicate, an unreadable source, another programme,
 * or a rule violation that names the record.
 *
 * <p>Each {@link Kind} has its own factory and its own fields: {@link #recordType()} and {@link
 * #key()} for the record a reason is about, {@link #count()} for the problems of an unreadable
 * source, {@link #programmes()} for a mismatch, {@link #violation()} for a rule.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ImportReason {

  /** The kinds of reason. */
  public enum Kind {
    /** A parent record was rejected: {@link #recordType()} and {@link #key()} name the parent. */
    PARENT_REJECTED,
    /**
     * A referenced record is neither in the input nor in the target: {@link #recordType()} and
     * {@link #key()} name it.
     */
    UNKNOWN_REFERENCE,
    /**
     * An earlier record of the input has the same key and other content: {@link #recordType()} and
     * {@link #key()} name the record.
     */
    CONFLICTING_DUPLICATE,
    /** The source as a whole could not be read: {@link #count()} is its number of problems. */
    DOCUMENT_REJECTED,
    /** The input's programme is not the target's: {@link #programmes()}, input then target. */
    PROGRAMME_MISMATCH,
    /** A rule violation (an error) names the record: {@link #violation()}. */
    RULE_VIOLATION
  }

  private final Kind kind;
  private final @Nullable RecordType recordType;
  private final @Nullable String key;
  private final long count;
  private final @Nullable ProgrammeId input;
  private final @Nullable ProgrammeId target;
  private final @Nullable Violation violation;

  private ImportReason(
      Kind kind,
      @Nullable RecordType recordType,
      @Nullable String key,
      long count,
      @Nullable ProgrammeId input,
      @Nullable ProgrammeId target,
      @Nullable Violation violation) {
    this.kind = kind;
    this.recordType = recordType;
    this.key = key;
    this.count = count;
    this.input = input;
    this.target = target;
    this.violation = violation;
  }

  private static ImportReason about(Kind kind, RecordType type, @Nullable String key) {
    return new ImportReason(kind, checkNotNull(type, "type"), key, 0, null, null, null);
  }

  /**
   * Returns the reason for a record whose parent was rejected.
   *
   * @param parentType the parent's type, not null
   * @param parentKey the parent's key, or empty if it could not be read
   * @return the reason, not null
   */
  public static ImportReason parentRejected(RecordType parentType, Optional<String> parentKey) {
    return about(Kind.PARENT_REJECTED, parentType, parentKey.orElse(null));
  }

  /**
   * Returns the reason for a record that refers to a record neither in the input nor the target.
   *
   * @param type the referenced record's type, not null
   * @param key the referenced key, not null
   * @return the reason, not null
   */
  public static ImportReason unknownReference(RecordType type, String key) {
    return about(Kind.UNKNOWN_REFERENCE, type, checkNotNull(key, "key"));
  }

  /**
   * Returns the reason for a record whose key appears earlier in the input with other content.
   *
   * @param type the record's type, not null
   * @param key the record's key, not null
   * @return the reason, not null
   */
  public static ImportReason conflictingDuplicate(RecordType type, String key) {
    return about(Kind.CONFLICTING_DUPLICATE, type, checkNotNull(key, "key"));
  }

  /**
   * Returns the reason for every record of a source that could not be read as a whole.
   *
   * @param problems the number of problems of the source as a whole, positive
   * @return the reason, not null
   */
  public static ImportReason documentRejected(long problems) {
    checkArgument(problems > 0, "problems must be positive, was %s", problems);
    return new ImportReason(Kind.DOCUMENT_REJECTED, null, null, problems, null, null, null);
  }

  /**
   * Returns the reason for a programme that is not the target's.
   *
   * @param input the input's programme, not null
   * @param target the target's programme, not null
   * @return the reason, not null
   */
  public static ImportReason programmeMismatch(ProgrammeId input, ProgrammeId target) {
    return new ImportReason(
        Kind.PROGRAMME_MISMATCH,
        null,
        null,
        0,
        checkNotNull(input, "input"),
        checkNotNull(target, "target"),
        null);
  }

  /**
   * Returns the reason for a record that a rule violation names.
   *
   * @param violation the violation, not null
   * @return the reason, not null
   */
  public static ImportReason ruleViolation(Violation violation) {
    return new ImportReason(
        Kind.RULE_VIOLATION, null, null, 0, null, null, checkNotNull(violation, "violation"));
  }

  /**
   * Returns the kind.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the type of the record the reason is about: the parent, the referenced record or the
   * duplicate.
   *
   * @return the type, or empty for the other kinds
   */
  public Optional<RecordType> recordType() {
    return Optional.ofNullable(recordType);
  }

  /**
   * Returns the key of the record the reason is about.
   *
   * @return the key, or empty for the other kinds and for a parent whose key could not be read
   */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  /**
   * Returns the number of problems of an unreadable source.
   *
   * @return the count, 0 for the other kinds
   */
  public long count() {
    return count;
  }

  /**
   * Returns the programmes of a mismatch: the input's, then the target's.
   *
   * @return the two ids, or an empty list for the other kinds
   */
  public List<ProgrammeId> programmes() {
    return input == null || target == null ? List.of() : List.of(input, target);
  }

  /**
   * Returns the rule violation.
   *
   * @return the violation, or empty for the other kinds
   */
  public Optional<Violation> violation() {
    return Optional.ofNullable(violation);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof ImportReason)) {
      return false;
    }
    ImportReason o = (ImportReason) obj;
    return kind == o.kind
        && recordType == o.recordType
        && Objects.equals(key, o.key)
        && count == o.count
        && Objects.equals(input, o.input)
        && Objects.equals(target, o.target)
        && Objects.equals(violation, o.violation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, recordType, key, count, input, target, violation);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case DOCUMENT_REJECTED -> kind + " (" + count + ")";
      case PROGRAMME_MISMATCH -> kind + " " + input + " vs " + target;
      case RULE_VIOLATION -> kind + " " + violation;
      default -> kind + " " + recordType + " " + (key == null ? "?" : key);
    };
  }
}
