package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.testing.IkmArbitraries;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import io.github.ikmsdk.json.document.VisitLogDocument;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.json.JsonMapper;

class RoundTripProperties {

  private static final IkmJson PERSONAL = IkmJson.builder().includePersonalData(true).build();
  private static final IkmJson COMPACT = IkmJson.builder().indent(false).build();
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(IkmJsonModule.create().withPersonalData()).build();

  @Provide
  Arbitrary<ProgrammeSnapshot> snapshots() {
    return IkmArbitraries.validSnapshots(2, 2);
  }

  @Property(tries = 60)
  void snapshotDocumentsRoundTripLosslesslyAndValidate(@ForAll("snapshots") ProgrammeSnapshot s) {
    ProgrammeDocument doc = ProgrammeDocument.of(s);
    String json = PERSONAL.write(doc);
    assertEquals(doc, PERSONAL.read(json, ProgrammeDocument.class).document());
    assertEquals(List.of(), Schemas.validate(DocumentKind.PROGRAMME_SNAPSHOT, json));
    String omitted = COMPACT.write(doc);
    assertEquals(
        doc.withoutPersonalData(), COMPACT.read(omitted, ProgrammeDocument.class).document());
    assertEquals(List.of(), Schemas.validate(DocumentKind.PROGRAMME_SNAPSHOT, omitted));
    Statistics.label("has NIK").collect(s.ikms().stream().anyMatch(i -> i.ownerNik().isPresent()));
  }

  @Property(tries = 30)
  void snapshotDocumentsRoundTripThroughAUsersMapper(@ForAll("snapshots") ProgrammeSnapshot s) {
    ProgrammeDocument doc = ProgrammeDocument.of(s);
    String json = MAPPER.writeValueAsString(doc);
    assertEquals(doc, MAPPER.readValue(json, ProgrammeDocument.class));
    assertEquals(PERSONAL.write(doc).replaceAll("\\s", ""), json.replaceAll("\\s", ""));
  }

  /** Visits with awkward text, times with seconds and fractions, and optional locations. */
  @Provide
  Arbitrary<Visit> visits() {
    Arbitrary<String> ids =
        Arbitraries.strings().withChars("ABCxyz0189._:/-").ofMaxLength(20).map(s -> "V" + s);
    Arbitrary<String> notes = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<LocalTime> starts =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 24 * 60 - 2).map(m -> LocalTime.of(m / 60, m % 60)),
            Arbitraries.longs().between(0, 86_399_999_999_998L).map(LocalTime::ofNanoOfDay));
    return Combinators.combine(
            ids,
            Arbitraries.longs()
                .between(
                    LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay),
            starts,
            Arbitraries.integers().between(1, 600),
            IkmArbitraries.geoPoints().optional(),
            Arbitraries.of(VisitStatus.class),
            notes)
        .as(
            (id, date, start, minutes, location, status, note) -> {
              LocalTime end = start.plusMinutes(minutes);
              if (!end.isAfter(start)) {
                end = LocalTime.MAX;
              }
              return Visit.builder()
                  .id(VisitId.of(id))
                  .mentor(MentorId.of("M-1"))
                  .ikm(IkmId.of("I-1"))
                  .date(date)
                  .start(start)
                  .end(end)
                  .location(location)
                  .status(status)
                  .notes(note)
                  .build();
            });
  }

  @Property(tries = 200)
  void visitLogsRoundTripLosslesslyAndValidate(@ForAll("visitLists") List<Visit> visits) {
    VisitLogDocument doc = VisitLogDocument.of(ProgrammeId.of("P-1"), visits);
    String json = COMPACT.write(doc);
    assertEquals(doc, COMPACT.read(json, VisitLogDocument.class).document());
    assertEquals(List.of(), Schemas.validate(DocumentKind.VISIT_LOG, json));
    assertEquals(doc, MAPPER.readValue(MAPPER.writeValueAsString(doc), VisitLogDocument.class));
  }

  @Provide
  Arbitrary<List<Visit>> visitLists() {
    return visits().list().ofMaxSize(8);
  }

  @Property(tries = 200)
  void writingIsDeterministic(@ForAll("visitLists") List<Visit> visits) {
    VisitLogDocument doc = VisitLogDocument.of(ProgrammeId.of("P-1"), visits);
    String once = PERSONAL.write(doc);
    assertEquals(once, PERSONAL.write(COMPACT.read(once, VisitLogDocument.class).document()));
    assertFalse(once.contains("null"));
  }
}
