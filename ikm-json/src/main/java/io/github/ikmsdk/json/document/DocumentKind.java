package io.github.ikmsdk.json.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The kinds of JSON document (jenis dokumen) of the SDK, each with its wire name (the {@code kind}
 * field), current schema version and JSON Schema, and the versions its reader still reads.
 *
 * <table>
 *   <caption>Kinds</caption>
 *   <tr><th>kind</th><th>schema {@code $id}</th></tr>
 *   <tr><td>{@code programme-snapshot}</td>
 *       <td>{@code https://ikmsdk.github.io/schema/programme-snapshot/2.json} (reads 1 and 2)</td></tr>
 *   <tr><td>{@code visit-log}</td>
 *       <td>{@code https://ikmsdk.github.io/schema/visit-log/1.json}</td></tr>
 *   <tr><td>{@code validation-report}</td>
 *       <td>{@code https://ikmsdk.github.io/schema/validation-report/1.json}</td></tr>
 *   <tr><td>{@code compliance-report}</td>
 *       <td>{@code https://ikmsdk.github.io/schema/compliance-report/1.json}</td></tr>
 *   <tr><td>{@code visit-plan}</td>
 *       <td>{@code https://ikmsdk.github.io/schema/visit-plan/1.json}</td></tr>
 * </table>
 *
 * <p>Version 2 of {@code programme-snapshot} adds the logbook audit trail: each logbook entry's
 * {@code recordedAt}, {@code recordedBy} and hash chain ({@code previousHash}, {@code hash}). A
 * version-1 snapshot is still read; its entries carry none of these, and entries of one date keep
 * their listed order in the logbook sequence.
 *
 * <p>Shared definitions live in {@value #COMMON_SCHEMA_ID}. The schemas are resources of this
 * module; {@link #openSchema()} and {@link #openSchema(String)} read them.
 *
 * @since 0.1.0
 */
public enum DocumentKind {
  /** A programme snapshot: everything about one programme ({@link ProgrammeDocument}). */
  PROGRAMME_SNAPSHOT("programme-snapshot", 2, 1),
  /** A visit log: the visits of one programme, possibly millions ({@link VisitLogDocument}). */
  VISIT_LOG("visit-log", 1, 1),
  /**
   * A validation report: every rule violation of a snapshot, with derived status and counts and
   * bilingual messages ({@link ValidationReportDocument}).
   */
  VALIDATION_REPORT("validation-report", 1, 1),
  /**
   * A compliance report: per IKM and programme week, and totals per mentor and programme, as of a
   * date ({@link ComplianceReportDocument}).
   */
  COMPLIANCE_REPORT("compliance-report", 1, 1),
  /**
   * A visit plan: planned and kept visits and explained shortfalls with remedies ({@link
   * VisitPlanDocument}).
   */
  VISIT_PLAN("visit-plan", 1, 1),
  /**
   * A programme outlook: ranked start dates, the mentors each sentra needs, and how a given number
   * of mentors would be shared out ({@link ProgrammeOutlookDocument}).
   */
  PROGRAMME_OUTLOOK("programme-outlook", 1, 1);

  /**
   * The schema version of the kinds whose schema has not changed since 0.1.0; see {@link
   * #schemaVersion()} for each kind's current version.
   */
  public static final int SCHEMA_VERSION = 1;

  /** The {@code $id} of the schema of the definitions shared by all document schemas. */
  public static final String COMMON_SCHEMA_ID = "https://ikmsdk.github.io/schema/common/1.json";

  private static final String ID_PREFIX = "https://ikmsdk.github.io/schema/";
  private static final String RESOURCE_PREFIX = "/io/github/ikmsdk/json/schema/";

  private final String wireName;
  private final int version;
  private final int oldestReadable;

  DocumentKind(String wireName, int version, int oldestReadable) {
    this.wireName = wireName;
    this.version = version;
    this.oldestReadable = oldestReadable;
  }

  /**
   * Returns the value of the {@code kind} field, for example {@code programme-snapshot}.
   *
   * @return the wire name, not null
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Returns the current schema version, the value of the {@code schemaVersion} field.
   *
   * @return the version, at least 1; 2 for {@link #PROGRAMME_SNAPSHOT}
   */
  public int schemaVersion() {
    return version;
  }

  /**
   * Returns whether the reader of this kind reads documents of a schema version.
   *
   * @param version a {@code schemaVersion} value
   * @return whether it lies between the oldest version still read and {@link #schemaVersion()}
   */
  public boolean canRead(int version) {
    return version >= oldestReadable && version <= this.version;
  }

  /**
   * Returns the stable {@code $id} of the JSON Schema of the current version.
   *
   * @return the id, for example {@code https://ikmsdk.github.io/schema/visit-log/1.json}
   */
  public String schemaId() {
    return schemaId(version);
  }

  /**
   * Returns the stable {@code $id} of the JSON Schema of a version this reader reads.
   *
   * @param version the version, one {@link #canRead(int)} accepts
   * @return the id, for example {@code https://ikmsdk.github.io/schema/programme-snapshot/1.json}
   * @throws IllegalArgumentException if the version is not read
   */
  public String schemaId(int version) {
    checkArgument(canRead(version), "%s has no schema version %s", wireName, version);
    return ID_PREFIX + wireName + "/" + version + ".json";
  }

  /**
   * Returns the kind with a wire name.
   *
   * @param wireName the value of a {@code kind} field, not null
   * @return the kind, or empty if no kind has that name
   */
  public static Optional<DocumentKind> fromWireName(String wireName) {
    checkNotNull(wireName, "wireName");
    for (DocumentKind kind : values()) {
      if (kind.wireName.equals(wireName)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * Opens the JSON Schema (draft 2020-12) of this kind. The caller closes the stream.
   *
   * @return the schema text in UTF-8, not null
   * @throws UncheckedIOException if the resource is missing
   */
  public InputStream openSchema() {
    return openSchema(schemaId());
  }

  /**
   * Opens a JSON Schema of this module by its {@code $id}, for example {@link #COMMON_SCHEMA_ID}.
   * The caller closes the stream.
   *
   * @param schemaId the {@code $id}, not null
   * @return the schema text in UTF-8, not null
   * @throws IllegalArgumentException if the id is not one of this module's schemas
   * @throws UncheckedIOException if the resource is missing
   */
  public static InputStream openSchema(String schemaId) {
    checkNotNull(schemaId, "schemaId");
    if (!schemaId.startsWith(ID_PREFIX) || schemaId.contains("..")) {
      throw new IllegalArgumentException("not a schema id of this SDK: '" + schemaId + "'");
    }
    String resource = RESOURCE_PREFIX + schemaId.substring(ID_PREFIX.length());
    InputStream in = DocumentKind.class.getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException("schema resource " + resource + " not found for " + schemaId));
    }
    return in;
  }
}
