package io.github.ikmsdk.json.imports;

import io.github.ikmsdk.json.JsonProblemCode;
import io.github.ikmsdk.json.internal.Templates;

/**
 * The reasons an import rejects a record beyond the problems of its own JSON (kode masalah impor),
 * each with a stable code and English and Bahasa Indonesia templates. Rule violations found by the
 * validator keep the validator's own rule codes.
 *
 * @since 0.1.0
 */
public enum ImportProblemCode {
  /** IMPORT-001: a parent record was rejected; arguments: parent type, parent key. */
  PARENT_REJECTED(
      "IMPORT-001",
      "rejected because its parent %s '%s' was rejected",
      "ditolak karena induknya %s '%s' ditolak"),
  /** IMPORT-002: a referenced record exists neither in the input nor in the target. */
  UNKNOWN_REFERENCE(
      "IMPORT-002",
      "refers to %s '%s', which is neither in the input nor in the target",
      "merujuk ke %s '%s' yang tidak ada dalam masukan maupun data tujuan"),
  /** IMPORT-003: an earlier record of the input has the same key and other content. */
  CONFLICTING_DUPLICATE(
      "IMPORT-003",
      "%s '%s' appears earlier in the input with different content",
      "%s '%s' sudah muncul sebelumnya dalam masukan dengan isi berbeda"),
  /** IMPORT-004: the document as a whole could not be read; see the document problems. */
  DOCUMENT_REJECTED(
      "IMPORT-004",
      "rejected because the document could not be read (%s {1:problem|problems})",
      "ditolak karena dokumen tidak dapat dibaca (%s masalah)"),
  /** IMPORT-005: the input's programme is not the target's; arguments: input, target. */
  PROGRAMME_MISMATCH(
      "IMPORT-005",
      "programme '%s' does not match the target programme '%s'",
      "program '%s' tidak sesuai dengan program tujuan '%s'"),
  /**
   * IMPORT-006 (a warning): a record is kept without one element of its list, the smallest unit
   * that is wrong, for example an assignment without an IKM that is unknown or was rejected, so
   * that one bad IKM does not take the mentor's other IKMs with it; arguments: record type, record
   * key, element type, element key, why (the code IMPORT-002 for unknown, IMPORT-001 for rejected),
   * and the elements kept.
   */
  ELEMENT_LEFT_OUT(
      "IMPORT-006",
      "%s '%s' is kept without %s '%s' (%s); kept: %s",
      "%s '%s' tetap diterima tanpa %s '%s' (%s); yang dipertahankan: %s");

  private final String code;
  private final String englishTemplate;
  private final String indonesianTemplate;
  private final Templates english;
  private final Templates indonesian;

  ImportProblemCode(String code, String englishTemplate, String indonesianTemplate) {
    this.code = code;
    this.englishTemplate = englishTemplate;
    this.indonesianTemplate = indonesianTemplate;
    this.english = Templates.compile(englishTemplate);
    this.indonesian = Templates.compile(indonesianTemplate);
  }

  /**
   * Returns the stable code, for example {@code IMPORT-001}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the English message template: {@code %s} placeholders, as {@link
   * JsonProblemCode#englishTemplate()} describes.
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

  /**
   * Returns the English message for the arguments.
   *
   * @param args the arguments, not null
   * @return the message, not null
   */
  public String englishMessage(Object... args) {
    return english.format(args);
  }

  /**
   * Returns the Bahasa Indonesia message for the arguments.
   *
   * @param args the arguments, not null
   * @return the message, not null
   */
  public String indonesianMessage(Object... args) {
    return indonesian.format(args);
  }
}
