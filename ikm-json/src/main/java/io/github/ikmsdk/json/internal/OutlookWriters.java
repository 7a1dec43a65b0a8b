package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.json.document.ProgrammeOutlookDocument;
import tools.jackson.core.JsonGenerator;

/**
 * Writes programme outlook documents: start-date rankings and mentor capacity; {@link
 * ReportReaders#programmeOutlook} reads them back.
 */
public final class OutlookWriters {

  private OutlookWriters() {}

  /** Writes a programme outlook document. */
  public static void programmeOutlookDocument(JsonGenerator g, ProgrammeOutlookDocument doc) {
    OutlookCodecs.PROGRAMME_OUTLOOK.write(g, doc);
  }
}
