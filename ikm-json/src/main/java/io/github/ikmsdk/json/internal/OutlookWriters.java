package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.core.planning.programme.SentraAllocation;
import io.github.ikmsdk.core.planning.programme.StartDateRanking;
import io.github.ikmsdk.json.document.DocumentKind;
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
    g.writeStartObject();
    Writers.header(g, DocumentKind.PROGRAMME_OUTLOOK);
    g.writeArrayPropertyStart("startDates");
    for (StartDateRanking r : doc.rankings()) {
      OutlookCodecs.RANKING.write(g, r);
    }
    g.writeEndArray();
    if (doc.capacity().isPresent()) {
      g.writeName("capacity");
      OutlookCodecs.CAPACITY.write(g, doc.capacity().get());
    }
    if (doc.mentorsAvailable().isPresent()) {
      int mentors = doc.mentorsAvailable().getAsInt();
      g.writeObjectPropertyStart("allocation");
      g.writeNumberProperty("mentors", mentors);
      g.writeArrayPropertyStart("sentra");
      for (SentraAllocation a : doc.capacity().orElseThrow().allocate(mentors)) {
        OutlookCodecs.SENTRA_ALLOCATION.write(g, a);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
