package io.github.ikmsdk.json;

import io.github.ikmsdk.json.internal.Templates;

/**
 * The catalogue of problems a reader reports (kode masalah JSON), each with a stable code, an
 * English and a Bahasa Indonesia message template. Front ends match on {@link #code()} and may
 * localise from the {@linkplain JsonProblem#arguments() raw arguments}.
 *
 * <table>
 *   <caption>Codes</caption>
 *   <tr><th>code</th><th>constant</th><th>meaning</th></tr>
 *   <tr><td>JSON-001</td><td>{@link #UNKNOWN_FIELD}</td><td>a field the schema does not know</td></tr>
 *   <tr><td>JSON-002</td><td>{@link #MISSING_FIELD}</td><td>a required field is absent</td></tr>
 *   <tr><td>JSON-003</td><td>{@link #WRONG_TYPE}</td><td>e.g. a number where a string belongs</td></tr>
 *   <tr><td>JSON-004</td><td>{@link #INVALID_VALUE}</td><td>right type, wrong value</td></tr>
 *   <tr><td>JSON-005</td><td>{@link #NULL_VALUE}</td><td>{@code null} (absent values are left out)</td></tr>
 *   <tr><td>JSON-006</td><td>{@link #DUPLICATE_FIELD}</td><td>a field given twice in one object</td></tr>
 *   <tr><td>JSON-007</td><td>{@link #UNSUPPORTED_VERSION}</td><td>unknown {@code schemaVersion}</td></tr>
 *   <tr><td>JSON-008</td><td>{@link #WRONG_KIND}</td><td>another document {@code kind}</td></tr>
 *   <tr><td>JSON-009</td><td>{@link #MALFORMED_JSON}</td><td>not JSON at all</td></tr>
 *   <tr><td>JSON-010</td><td>{@link #LIMIT_EXCEEDED}</td><td>a {@link ReadLimits} limit was hit</td></tr>
 *   <tr><td>JSON-011</td><td>{@link #PERSONAL_DATA_PRESENT}</td><td>NIK in a document without personal data</td></tr>
 *   <tr><td>JSON-012</td><td>{@link #HEADER_ORDER}</td><td>visit-log header after the visits</td></tr>
 *   <tr><td>JSON-013</td><td>{@link #TRAILING_CONTENT}</td><td>content after the document</td></tr>
 *   <tr><td>JSON-014</td><td>{@link #IO_ERROR}</td><td>the input could not be read</td></tr>
 *   <tr><td>JSON-015</td><td>{@link #TOO_MANY_PROBLEMS}</td><td>problems left out beyond
 *       {@link ReadLimits#maxProblems()}</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public enum JsonProblemCode {
  /** JSON-001: a field that the document type does not define (an error unless lenient). */
  UNKNOWN_FIELD("JSON-001", "unknown field '%s'", "kolom '%s' tidak dikenal"),
  /** JSON-002: a required field is missing; argument: the field name. */
  MISSING_FIELD("JSON-002", "required field '%s' is missing", "kolom wajib '%s' tidak ada"),
  /**
   * JSON-003: a value of the wrong JSON type; arguments: expected and found JSON type names ({@code
   * string}, {@code number}, {@code integer}, {@code boolean}, {@code object}, {@code array},
   * {@code null}).
   */
  WRONG_TYPE("JSON-003", "expected %s but found %s", "seharusnya %s tetapi ditemukan %s"),
  /** JSON-004: a value of the right type that is not valid; arguments: what, detail. */
  INVALID_VALUE("JSON-004", "invalid %s: %s", "nilai %s tidak valid: %s"),
  /** JSON-005: {@code null} where a value is expected; argument: the field name. */
  NULL_VALUE(
      "JSON-005",
      "null is not allowed for '%s'; leave an absent value out",
      "null tidak diperbolehkan untuk '%s'; hilangkan kolom yang tidak berisi"),
  /** JSON-006: a field given more than once in one object; argument: the field name. */
  DUPLICATE_FIELD(
      "JSON-006", "field '%s' appears more than once", "kolom '%s' muncul lebih dari sekali"),
  /** JSON-007: an unsupported schema version; arguments: found, supported. */
  UNSUPPORTED_VERSION(
      "JSON-007",
      "unsupported schemaVersion %s; this reader supports %s",
      "schemaVersion %s tidak didukung; pembaca ini mendukung %s"),
  /** JSON-008: a document of another kind; arguments: found, expected. */
  WRONG_KIND(
      "JSON-008",
      "document kind is '%s' but '%s' was expected",
      "jenis dokumen adalah '%s' padahal yang diharapkan '%s'"),
  /** JSON-009: the input is not well-formed JSON; argument: the parser's detail. */
  MALFORMED_JSON("JSON-009", "malformed JSON: %s", "JSON tidak sah: %s"),
  /** JSON-010: the input exceeds a {@link ReadLimits} limit; arguments: limit, maximum. */
  LIMIT_EXCEEDED(
      "JSON-010", "input exceeds the %s limit of %s", "masukan melampaui batas %s sebesar %s"),
  /** JSON-011: personal data in a document that declares it omitted; argument: field. */
  PERSONAL_DATA_PRESENT(
      "JSON-011",
      "field '%s' holds personal data but the document declares personalData 'omitted'",
      "kolom '%s' berisi data pribadi padahal dokumen menyatakan personalData 'omitted'"),
  /** JSON-012: a visit-log header field after the visits; argument: the field name. */
  HEADER_ORDER(
      "JSON-012",
      "field '%s' must come before 'visits' in a visit log",
      "kolom '%s' harus mendahului 'visits' dalam log kunjungan"),
  /** JSON-013: content after the end of the document. */
  TRAILING_CONTENT(
      "JSON-013",
      "unexpected content after the end of the document",
      "ada isi tambahan setelah akhir dokumen"),
  /** JSON-014: the input could not be read; argument: the detail. */
  IO_ERROR("JSON-014", "input could not be read: %s", "masukan tidak dapat dibaca: %s"),
  /**
   * JSON-015: more problems were found than {@link ReadLimits#maxProblems()} lets a read list;
   * arguments: how many were left out, the limit. Its severity is that of the problems left out.
   */
  TOO_MANY_PROBLEMS(
      "JSON-015",
      "and %s more {1:problem|problems}, not listed (the limit is %s)",
      "dan %s masalah lain, tidak dicantumkan (batasnya %s)");

  private final String code;
  private final String englishTemplate;
  private final String indonesianTemplate;
  private final Templates english;
  private final Templates indonesian;

  JsonProblemCode(String code, String englishTemplate, String indonesianTemplate) {
    this.code = code;
    this.englishTemplate = englishTemplate;
    this.indonesianTemplate = indonesianTemplate;
    this.english = Templates.compile(englishTemplate);
    this.indonesian = Templates.compile(indonesianTemplate);
  }

  /**
   * Returns the stable code, for example {@code JSON-001}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the English message template: {@link String#format} style, {@code %s} only, and {@code
   * {N:one|other}} for a word that depends on the count given as argument {@code N} ({@code
   * {1:problem|problems}}).
   *
   * @return the template, not null
   */
  public String englishTemplate() {
    return englishTemplate;
  }

  /**
   * Returns the Bahasa Indonesia message template ({@code %s} placeholders only).
   *
   * @return the template, not null
   */
  public String indonesianTemplate() {
    return indonesianTemplate;
  }

  String english(Object... args) {
    return english.format(args);
  }

  String indonesian(Object... args) {
    return indonesian.format(args);
  }
}
