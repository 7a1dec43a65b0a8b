package io.github.ikmsdk.core.imports;

/**
 * The kinds of record an import counts (jenis rekaman), one per section of a programme snapshot.
 *
 * @since 0.1.0
 */
public enum RecordType {
  /** The programme section (program pendampingan). */
  PROGRAMME,
  /** The agency section (Dinas). */
  AGENCY,
  /** The work calendar section (hari dan jam kerja). */
  CALENDAR,
  /** A commodity (komoditi). */
  COMMODITY,
  /** A sentra (sentra IKM). */
  SENTRA,
  /** A mentor (pendamping IKM). */
  MENTOR,
  /** An IKM (pelaku IKM). */
  IKM,
  /** An assignment (penugasan), keyed by its mentor. */
  ASSIGNMENT,
  /** A mentor's leave (cuti), keyed by mentor and first day. */
  LEAVE,
  /** A visit (kunjungan). */
  VISIT,
  /** A logbook entry (catatan logbook). */
  LOGBOOK_ENTRY
}
