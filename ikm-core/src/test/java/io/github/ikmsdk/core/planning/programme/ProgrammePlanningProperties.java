package io.github.ikmsdk.core.planning.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.calendar.Holiday;
import io.github.ikmsdk.core.calendar.HolidayKind;
import io.github.ikmsdk.core.calendar.IndonesianTimeZone;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.geo.Address;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.AgencyId;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.identifier.Kbli;
import io.github.ikmsdk.core.identifier.RegionCode;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.planning.visit.VisitPlanner;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The start-date ranking equals brute force (one planner run per start) and the mentor capacity is
 * the minimum (every split among one mentor fewer leaves an IKM-week uncovered), on small
 * programmes with random holidays.
 */
class ProgrammePlanningProperties {

  private static final GeoPoint OFFICE = GeoPoint.of(-8.5, 119.883);
  private static final LocalDate FIRST = LocalDate.of(2027, 3, 1);
  private static final SentraId SENTRA = SentraId.of("S-1");
  private static final CommodityId COMMODITY = CommodityId.of("TENUN");

  /** A small programme: n IKMs of one sentra, its mentors with up to caseload IKMs each. */
  static ProgrammeSnapshot programme(
      int ikms, int caseload, Set<Integer> holidayOffsets, int lengthDays) {
    WorkCalendar.Builder calendar =
        WorkCalendar.civilServant(IndonesianTimeZone.WITA.zoneId()).toBuilder().clearHolidays();
    for (int d : holidayOffsets) {
      calendar.addHoliday(Holiday.of(FIRST.plusDays(d), HolidayKind.PUBLIC_HOLIDAY, "Libur " + d));
    }
    List<IkmId> ids = new ArrayList<>();
    List<Ikm> list = new ArrayList<>();
    RegionCode village = RegionCode.parse("53.15.05.2019");
    for (int i = 0; i < ikms; i++) {
      IkmId id = IkmId.of(String.format(Locale.ROOT, "IKM-%02d", i + 1));
      ids.add(id);
      list.add(
          Ikm.builder()
              .id(id)
              .name("Tenun " + i)
              .ownerName("Pemilik " + i)
              .kbli(Kbli.parse("13122"))
              .sentra(SENTRA)
              .commodity(COMMODITY)
              .productionSite(GeoPoint.of(-8.4793 + 0.002 * i, 119.8992 + 0.03 * (i % 3)))
              .address(Address.of("Batu Cermin " + i, village))
              .build());
    }
    List<Mentor> mentors = new ArrayList<>();
    List<Assignment> assignments = new ArrayList<>();
    for (int g = 0; g * caseload < ikms; g++) {
      MentorId m = MentorId.of("M-" + (g + 1));
      mentors.add(Mentor.builder().id(m).name("Pendamping " + g).base(OFFICE).build());
      assignments.add(
          Assignment.of(m, ids.subList(g * caseload, Math.min(ikms, (g + 1) * caseload))));
    }
    return ProgrammeSnapshot.builder()
        .programme(
            Programme.builder()
                .id(ProgrammeId.of("PRG-T"))
                .agency(AgencyId.of("DINAS"))
                .name("Uji")
                .startDate(FIRST)
                .endDate(FIRST.plusDays(lengthDays - 1))
                .zone(IndonesianTimeZone.WITA.zoneId())
                .policy(ProgrammePolicy.builder().maxIkmsPerMentor(caseload).build())
                .addSentra(SENTRA)
                .addAllParticipants(ids)
                .build())
        .agency(
            Agency.builder()
                .id(AgencyId.of("DINAS"))
                .name("Dinas")
                .region(RegionCode.parse("53.15"))
                .location(OFFICE)
                .build())
        .calendar(calendar.build())
        .addCommodities(
            Commodity.builder()
                .id(COMMODITY)
                .name("Tenun")
                .minDurationMonths(1)
                .maxDurationMonths(6)
                .build())
        .addSentra(
            Sentra.builder()
                .id(SENTRA)
                .name("Sentra")
                .commodity(COMMODITY)
                .region(village)
                .location(GeoPoint.of(-8.4793, 119.8992))
                .build())
        .addAllMentors(mentors)
        .addAllIkms(list)
        .addAllAssignments(assignments)
        .build();
  }

  @Provide
  Arbitrary<Set<Integer>> holidays() {
    return Arbitraries.integers().between(0, 70).set().ofMaxSize(8);
  }

  @Property(tries = 30)
  void rankingEqualsBruteForceOverEveryStart(
      @ForAll @IntRange(min = 1, max = 7) int ikms,
      @ForAll @IntRange(min = 2, max = 5) int caseload,
      @ForAll("holidays") Set<Integer> holidays,
      @ForAll @IntRange(min = 0, max = 20) int firstOffset,
      @ForAll @IntRange(min = 1, max = 12) int startCount) {
    PlanningRequest planning = PlanningRequest.of(programme(ikms, caseload, holidays, 7));
    List<LocalDate> starts = new ArrayList<>();
    for (int i = 0; i < startCount; i++) {
      starts.add(FIRST.plusDays(firstOffset + i));
    }
    StartDateRanking ranking =
        StartDateRanker.rank(StartDateRequest.builder(planning).months(1).starts(starts).build());
    assertEquals(startCount, ranking.options().size());
    for (StartOption o : ranking.options()) {
      BruteForce.assertSameAsPlanner(planning, o);
    }
    List<LocalDate> bruteOrder =
        ranking.options().stream()
            .sorted(
                Comparator.comparingInt(StartOption::uncoveredIkmWeeks)
                    .thenComparing(Comparator.comparingInt(StartOption::coveredIkmWeeks).reversed())
                    .thenComparing(StartOption::start))
            .map(StartOption::start)
            .collect(Collectors.toList());
    assertEquals(
        bruteOrder,
        ranking.options().stream().map(StartOption::start).collect(Collectors.toList()));
    for (int i = 0; i < ranking.options().size(); i++) {
      assertEquals(i + 1, ranking.options().get(i).rank());
    }
  }

  @Property(tries = 25)
  @StatisticsReport(onFailureOnly = true)
  void capacityIsTheMinimum(
      @ForAll @IntRange(min = 1, max = 6) int ikms,
      @ForAll @IntRange(min = 1, max = 5) int caseload,
      @ForAll("holidays") Set<Integer> holidays,
      @ForAll @IntRange(min = 8, max = 20) int lengthDays) {
    ProgrammeSnapshot snapshot = programme(ikms, caseload, holidays, lengthDays);
    PlanningRequest planning = PlanningRequest.of(snapshot);
    SentraCapacity capacity = MentorCapacity.of(planning).sentra().get(0);
    Statistics.label("minimum proven").collect(capacity.minimumProven());
    assertTrue(capacity.lowerBound() <= capacity.mentorsNeeded().orElse(ikms + 1));
    if (capacity.mentorsNeeded().isEmpty()) {
      // Not even one IKM per mentor covers every week.
      assertTrue(capacity.uncoveredIkmWeeks(ikms) > 0);
      return;
    }
    int needed = capacity.mentorsNeeded().getAsInt();
    assertEquals(0, capacity.uncoveredIkmWeeks(needed));
    List<IkmId> ids =
        snapshot.programme().participants().stream().sorted().collect(Collectors.toList());
    assertEquals(
        0,
        uncovered(planning, MentorCapacity.groups(ids, needed, caseload)),
        "the split of the needed mentors covers every week");
    if (capacity.minimumProven() && needed > 0) {
      for (List<List<IkmId>> split : partitions(ids, needed - 1)) {
        boolean overCaseload = split.stream().anyMatch(g -> g.size() > caseload);
        assertTrue(
            overCaseload || uncovered(planning, split) > 0,
            () -> "one mentor fewer covers every week: " + split);
      }
    }
    Statistics.label("minimum proven").coverage(c -> c.check(true).percentage(p -> p >= 50.0));
  }

  /** The uncovered IKM-weeks when each group gets a new mentor at the office. */
  private static int uncovered(PlanningRequest planning, List<List<IkmId>> groups) {
    ProgrammeSnapshot s = MentorCapacity.withMentors(planning.snapshot(), OFFICE, groups);
    var plan = VisitPlanner.standard().plan(planning.withSnapshot(s));
    return plan.requiredIkmWeeks() - plan.coveredIkmWeeks();
  }

  /** Every split of the IKMs into at most {@code k} non-empty groups (every IKM has a mentor). */
  private static List<List<List<IkmId>>> partitions(List<IkmId> ikms, int k) {
    List<List<List<IkmId>>> out = new ArrayList<>();
    if (k <= 0) {
      return out;
    }
    partitions(ikms, 0, k, new ArrayList<>(), out);
    return out;
  }

  private static void partitions(
      List<IkmId> ikms, int i, int k, List<List<IkmId>> groups, List<List<List<IkmId>>> out) {
    if (i == ikms.size()) {
      List<List<IkmId>> copy = new ArrayList<>();
      groups.forEach(g -> copy.add(List.copyOf(g)));
      out.add(copy);
      return;
    }
    for (int gi = 0; gi < groups.size(); gi++) {
      List<IkmId> g = groups.get(gi);
      g.add(ikms.get(i));
      partitions(ikms, i + 1, k, groups, out);
      g.remove(g.size() - 1);
    }
    if (groups.size() < k) {
      List<IkmId> g = new ArrayList<>(List.of(ikms.get(i)));
      groups.add(g);
      partitions(ikms, i + 1, k, groups, out);
      groups.remove(groups.size() - 1);
    }
  }
}
