package io.github.ikmsdk.core.logbook;

/**
 * Certifications and permits (sertifikasi dan izin) an IKM may hold, tracked as an indicator of
 * mentoring results.
 *
 * @since 0.1.0
 */
public enum Certification {
  /** Halal certificate (sertifikat halal). */
  HALAL("sertifikat halal"),
  /** Home-industry food permit (P-IRT, Pangan Industri Rumah Tangga). */
  PIRT("P-IRT"),
  /** Indonesian National Standard (SNI, Standar Nasional Indonesia). */
  SNI("SNI"),
  /** Registered trademark (merek terdaftar). */
  TRADEMARK("merek terdaftar"),
  /** BPOM distribution permit (izin edar BPOM). */
  BPOM("izin edar BPOM");

  private final String indonesianName;

  Certification(String indonesianName) {
    this.indonesianName = indonesianName;
  }

  /**
   * Returns the Indonesian name.
   *
   * @return the name, for example {@code "sertifikat halal"}
   */
  public String indonesianName() {
    return indonesianName;
  }
}
