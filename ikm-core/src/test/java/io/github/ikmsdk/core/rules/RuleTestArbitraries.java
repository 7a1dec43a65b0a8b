package io.github.ikmsdk.core.rules;

import io.github.ikmsdk.core.calendar.HolidayKind;
import io.github.ikmsdk.core.calendar.Holidays;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.geo.Address;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.AgencyId;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.identifier.Kbli;
import io.github.ikmsdk.core.identifier.RegionCode;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A compact generator of small snapshots that keep every rule by construction: 1-3 mentors, each
 * with 1-5 IKMs of one sentra and commodity, 5-7 programme weeks without holidays on working days,
 * one completed 07:30-11:30 visit per IKM and week on the IKM's own weekday, and a logbook in stage
 * order (evaluation only when there are at least four weeks).
 */
final class RuleTestArbitraries {

  static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  static final WorkCalendar CALENDAR =
      WorkCalendar.civilServant(WITA).toBuilder()
          .clearHolidays()
          // Only the 2023-2024 public holidays that fall on a weekend: the calendar knows each
          // year's holidays (rule IKM-R005) and every weekday stays a working day.
          .addHolidays(
              Holidays.indonesia().stream()
                  .filter(h -> h.kind() == HolidayKind.PUBLIC_HOLIDAY)
                  .filter(h -> h.date().getDayOfWeek().getValue() >= 6)
                  .collect(Collectors.toList()))
          .build();

  private RuleTestArbitraries() {}

  static Arbitrary<ProgrammeSnapshot> validSnapshots() {
    Arbitrary<List<Integer>> caseloads =
        Arbitraries.integers().between(1, 5).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<Integer> weeks = Arbitraries.integers().between(5, 7);
    Arbitrary<Integer> startWeek = Arbitraries.integers().between(0, 90);
    Arbitrary<Boolean> locations = Arbitraries.of(true, false);
    Arbitrary<Long> seed = Arbitraries.longs();
    return Combinators.combine(caseloads, weeks, startWeek, locations, seed)
        .as(RuleTestArbitraries::snapshot);
  }

  static ProgrammeSnapshot snapshot(
      List<Integer> caseloads, int weekCount, int startWeek, boolean locations, long seed) {
    Random random = new Random(seed);
    LocalDate start = IsoWeek.of(2023, 1).plusWeeks(startWeek).monday();
    LocalDate end = start.plusWeeks(weekCount - 1).plusDays(4);
    RegionCode regency = RegionCode.parse("53.15");
    List<Commodity> commodities = new ArrayList<>();
    List<Sentra> sentra = new ArrayList<>();
    List<Mentor> mentors = new ArrayList<>();
    List<Ikm> ikms = new ArrayList<>();
    List<Assignment> assignments = new ArrayList<>();
    List<Visit> visits = new ArrayList<>();
    List<LogbookEntry> entries = new ArrayList<>();
    int n = 0;
    for (int m = 0; m < caseloads.size(); m++) {
      CommodityId commodityId = CommodityId.of("C-" + m);
      SentraId sentraId = SentraId.of("S-" + m);
      MentorId mentorId = MentorId.of("M-" + m);
      GeoPoint centre = GeoPoint.of(-8.48 - 0.01 * m, 119.88 + 0.01 * random.nextInt(5));
      commodities.add(
          Commodity.builder()
              .id(commodityId)
              .name("Komoditi " + m)
              .minDurationMonths(1)
              .maxDurationMonths(6)
              .build());
      sentra.add(
          Sentra.builder()
              .id(sentraId)
              .name("Sentra " + m)
              .commodity(commodityId)
              .region(RegionCode.parse("53.15.05.2019"))
              .location(centre)
              .build());
      mentors.add(
          Mentor.builder()
              .id(mentorId)
              .name("Pendamping " + m)
              .base(GeoPoint.of(-8.5, 119.883))
              .build());
      List<IkmId> own = new ArrayList<>();
      for (int k = 0; k < caseloads.get(m); k++) {
        IkmId ikmId = IkmId.of("IKM-" + (++n));
        own.add(ikmId);
        GeoPoint site =
            GeoPoint.of(
                centre.latitude() + 0.0005 * random.nextInt(10),
                centre.longitude() + 0.0005 * random.nextInt(10));
        ikms.add(
            Ikm.builder()
                .id(ikmId)
                .name("Usaha " + n)
                .ownerName("Pemilik " + n)
                .kbli(Kbli.parse("13122"))
                .sentra(sentraId)
                .commodity(commodityId)
                .productionSite(site)
                .address(Address.of("Jalan " + n, regency))
                .build());
        List<Visit> ownVisits = new ArrayList<>();
        for (int w = 0; w < weekCount; w++) {
          LocalDate date = start.plusWeeks(w).with(DayOfWeek.of(k + 1));
          Visit.Builder visit =
              Visit.builder()
                  .id(VisitId.of("V-" + n + "-" + w))
                  .mentor(mentorId)
                  .ikm(ikmId)
                  .date(date)
                  .start(LocalTime.of(7, 30))
                  .end(LocalTime.of(11, 30))
                  .status(VisitStatus.COMPLETED);
          if (locations && random.nextBoolean()) {
            visit.location(site);
          }
          ownVisits.add(visit.build());
        }
        visits.addAll(ownVisits);
        Stage[] stages = {
          Stage.DIAGNOSIS,
          Stage.PLAN,
          Stage.MENTORING,
          Stage.MENTORING,
          Stage.MENTORING,
          Stage.MENTORING
        };
        int logged = random.nextInt(weekCount + 1);
        for (int e = 0; e < logged && e < weekCount - 1; e++) {
          entries.add(entry("L-" + n + "-" + e, ownVisits.get(e), stages[e]));
        }
        if (weekCount >= 4 && logged >= 3 && random.nextBoolean()) {
          entries.add(entry("L-" + n + "-E", ownVisits.get(weekCount - 1), Stage.EVALUATION));
        }
      }
      assignments.add(Assignment.of(mentorId, own));
    }
    Programme programme =
        Programme.builder()
            .id(ProgrammeId.of("P-1"))
            .agency(AgencyId.of("A-1"))
            .name("Program")
            .startDate(start)
            .endDate(end)
            .zone(WITA)
            .policy(ProgrammePolicy.builder().minDurationMonths(1).build())
            .sentra(sentra.stream().map(Sentra::id).collect(Collectors.toList()))
            .participants(ikms.stream().map(Ikm::id).collect(Collectors.toList()))
            .build();
    return ProgrammeSnapshot.builder()
        .programme(programme)
        .agency(Agency.builder().id(AgencyId.of("A-1")).name("Disdagrin").region(regency).build())
        .calendar(CALENDAR)
        .commodities(commodities)
        .sentra(sentra)
        .mentors(mentors)
        .ikms(ikms)
        .assignments(assignments)
        .visits(visits)
        .logbookEntries(entries)
        .build();
  }

  static LogbookEntry entry(String id, Visit visit, Stage stage) {
    return LogbookEntry.builder()
        .id(LogbookEntryId.of(id))
        .ikm(visit.ikm())
        .stage(stage)
        .date(visit.date())
        .author(visit.mentor())
        .visit(visit.id())
        .build();
  }
}
