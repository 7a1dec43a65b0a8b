package io.github.ikmsdk.core.planning.assignment;

import static io.github.ikmsdk.core.planning.assignment.AssignmentTestData.BATU_CERMIN;
import static io.github.ikmsdk.core.planning.assignment.AssignmentTestData.GORONTALO;
import static io.github.ikmsdk.core.planning.assignment.AssignmentTestData.LABUAN_BAJO;
import static io.github.ikmsdk.core.planning.assignment.AssignmentTestData.ROADS_IN_SECONDS;
import static io.github.ikmsdk.core.planning.assignment.AssignmentTestData.WAE_KELAMBU;
import static io.github.ikmsdk.core.planning.assignment.AssignmentTestData.ikm;
import static io.github.ikmsdk.core.planning.assignment.AssignmentTestData.mentor;
import static io.github.ikmsdk.core.planning.assignment.AssignmentTestData.offset;
import static io.github.ikmsdk.core.planning.assignment.AssignmentTestData.sentra;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.AgencyId;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.identifier.RegionCode;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MentorAssignerTest {

  private static final MentorAssigner ASSIGNER = MentorAssigner.standard();

  private static final List<Sentra> SENTRA =
      ImmutableList.of(
          sentra("S-BC", "Sentra Tenun Batu Cermin", "TENUN", "53.15.05.2019", BATU_CERMIN),
          sentra("S-GR", "Sentra Kopi Gorontalo", "KOPI", "53.15.05.2020", GORONTALO),
          sentra("S-WK", "Olahan Ikan Wae Kelambu", "IKAN", "53.15.05.1024", WAE_KELAMBU));

  /** Five IKMs around a centre, within about 150 m. */
  private static List<Ikm> five(String prefix, String sentra, String commodity, GeoPoint centre) {
    List<Ikm> ikms = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ikms.add(
          ikm(
              prefix + "-0" + (i + 1),
              sentra,
              commodity,
              offset(centre, 30.0 * (i - 2), 20.0 * ((i * 3) % 5 - 2))));
    }
    return ikms;
  }

  /** The seed: 15 IKMs, five in each of three sentra, each sentra one commodity. */
  private static List<Ikm> seedIkms() {
    List<Ikm> ikms = new ArrayList<>();
    ikms.addAll(five("BC", "S-BC", "TENUN", BATU_CERMIN));
    ikms.addAll(five("GR", "S-GR", "KOPI", GORONTALO));
    ikms.addAll(five("WK", "S-WK", "IKAN", WAE_KELAMBU));
    return ikms;
  }

  /** Three mentors, each based in one sentra; ids deliberately not in sentra order. */
  private static List<Mentor> seedMentors() {
    return ImmutableList.of(
        mentor("M-01", offset(WAE_KELAMBU, 40, 0)),
        mentor("M-02", offset(GORONTALO, 0, -40)),
        mentor("M-03", offset(BATU_CERMIN, -40, 40)));
  }

  private static AssignmentRequest.Builder seedRequest() {
    return AssignmentRequest.builder()
        .mentors(seedMentors())
        .ikms(seedIkms())
        .sentra(SENTRA)
        .travelModel(ROADS_IN_SECONDS);
  }

  private static List<String> ids(List<IkmId> ikms) {
    return ikms.stream().map(IkmId::value).collect(Collectors.toList());
  }

  @Test
  void seedScenarioGivesEachSentraOneMentorTheNearest() {
    AssignmentPlan plan = ASSIGNER.assign(seedRequest().build());

    assertEquals(3, plan.groups().size());
    assertTrue(plan.shortages().isEmpty());
    assertTrue(plan.idleMentors().isEmpty());
    assertEquals(3, plan.assignments().size());
    GroupAssignment batuCermin = plan.groups().get(0);
    assertEquals("S-BC/TENUN/1", batuCermin.id());
    assertEquals(SentraId.of("S-BC"), batuCermin.sentra());
    assertEquals(CommodityId.of("TENUN"), batuCermin.commodity());
    assertEquals(List.of("BC-01", "BC-02", "BC-03", "BC-04", "BC-05"), ids(batuCermin.ikms()));
    assertEquals(MentorId.of("M-03"), batuCermin.mentor().orElseThrow());
    assertEquals(AssignmentReason.LEAST_TRAVEL, batuCermin.reason());
    assertEquals(MentorId.of("M-02"), plan.groups().get(1).mentor().orElseThrow());
    assertEquals(MentorId.of("M-01"), plan.groups().get(2).mentor().orElseThrow());
    // Assignments are sorted by mentor.
    assertEquals(MentorId.of("M-01"), plan.assignments().get(0).mentor());
    assertEquals(
        List.of("WK-01", "WK-02", "WK-03", "WK-04", "WK-05"),
        plan.assignments().get(0).ikms().stream().map(IkmId::value).collect(Collectors.toList()));
    assertEquals(
        plan.groups().stream().mapToLong(g -> g.travelMinutes().getAsLong()).sum(),
        plan.totalTravelMinutes());
    assertEquals(MentorId.of("M-03"), plan.mentorOf(IkmId.of("BC-04")).orElseThrow());
    assertTrue(plan.mentorOf(IkmId.of("XX-01")).isEmpty());
  }

  @Test
  void nearestIsChosenEvenWhenEveryMentorIsFartherAway() {
    // All bases in Labuan Bajo, one a little closer to each sentra.
    List<Mentor> mentors =
        ImmutableList.of(
            mentor("A", offset(LABUAN_BAJO, 0, 0)),
            mentor("B", offset(BATU_CERMIN, -1500, 0)),
            mentor("C", offset(GORONTALO, -500, -500)));
    AssignmentPlan plan = ASSIGNER.assign(seedRequest().mentors(mentors).build());
    assertEquals(MentorId.of("B"), plan.groups().get(0).mentor().orElseThrow());
    assertEquals(MentorId.of("C"), plan.groups().get(1).mentor().orElseThrow());
    assertEquals(MentorId.of("A"), plan.groups().get(2).mentor().orElseThrow());
  }

  @Test
  void twelveIkmsInOneSentraWithTwoMentorsLackOneMentor() {
    List<Ikm> ikms = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      ikms.add(
          ikm(
              String.format(Locale.ROOT, "BC-%02d", i),
              "S-BC",
              "TENUN",
              offset(BATU_CERMIN, 25.0 * i, 10.0 * (i % 3))));
    }
    AssignmentPlan plan =
        ASSIGNER.assign(
            AssignmentRequest.builder()
                .ikms(ikms)
                .mentors(seedMentors().subList(0, 2))
                .sentra(SENTRA)
                .travelModel(ROADS_IN_SECONDS)
                .build());

    assertEquals(3, plan.groups().size());
    assertEquals(
        List.of(5, 5, 2),
        plan.groups().stream().map(g -> g.ikms().size()).collect(Collectors.toList()));
    assertEquals(1, plan.shortages().size());
    MentorShortage shortage = plan.shortages().get(0);
    assertEquals(SentraId.of("S-BC"), shortage.sentra());
    assertEquals(CommodityId.of("TENUN"), shortage.commodity());
    assertEquals(1, shortage.mentorsNeeded());
    assertEquals(2, shortage.uncoveredIkms().size());
    assertEquals(shortage.uncoveredIkms(), plan.uncoveredIkms());
    // The two farthest north form the small group (south to north bisection).
    assertEquals(List.of("BC-11", "BC-12"), ids(shortage.uncoveredIkms()));
    assertEquals("Sentra Tenun Batu Cermin needs 1 more mentor", shortage.message(Locale.ENGLISH));
    assertEquals(
        "Sentra Tenun Batu Cermin membutuhkan 1 pendamping lagi",
        shortage.message(Locale.forLanguageTag("id-ID")));
    assertEquals(AssignmentReason.NO_MENTOR_AVAILABLE, plan.groups().get(2).reason());
    assertTrue(plan.groups().get(2).mentor().isEmpty());
    assertTrue(plan.groups().get(2).travelMinutes().isEmpty());
    assertTrue(plan.idleMentors().isEmpty());
  }

  @Test
  void shortageMessagesPluraliseAndNameUnknownSentraById() {
    List<Ikm> ikms = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      String id = String.format(Locale.ROOT, "X-%02d", i);
      ikms.add(ikm(id, "S-X", "KOPI", offset(GORONTALO, 20.0 * i, 0)));
    }
    AssignmentPlan plan =
        ASSIGNER.assign(
            AssignmentRequest.builder().ikms(ikms).travelModel(ROADS_IN_SECONDS).build());
    MentorShortage shortage = plan.shortages().get(0);
    assertEquals(3, shortage.mentorsNeeded());
    assertEquals(11, shortage.uncoveredIkms().size());
    assertEquals("Sentra S-X needs 3 more mentors", shortage.message(Locale.ENGLISH));
    assertEquals("Sentra S-X needs 3 more mentors", shortage.message(Locale.FRENCH));
    assertEquals(
        "Sentra S-X membutuhkan 3 pendamping lagi", shortage.message(new Locale("in", "ID")));
    // The label of a listed sentra whose name lacks the word gets it.
    AssignmentPlan wae =
        ASSIGNER.assign(
            AssignmentRequest.builder()
                .ikms(five("WK", "S-WK", "IKAN", WAE_KELAMBU))
                .sentra(SENTRA)
                .travelModel(ROADS_IN_SECONDS)
                .build());
    assertEquals(
        "Sentra Olahan Ikan Wae Kelambu needs 1 more mentor",
        wae.shortages().get(0).message(Locale.ENGLISH));
  }

  @Test
  void fixedAssignmentIsKeptAndFilledFromTheSameSentra() {
    // The Gorontalo-based mentor is fixed to one Batu Cermin IKM.
    AssignmentPlan plan =
        ASSIGNER.assign(seedRequest().putFixed(IkmId.of("BC-03"), MentorId.of("M-02")).build());

    GroupAssignment fixed = plan.groups().get(0);
    assertEquals(AssignmentReason.FIXED_BY_USER, fixed.reason());
    assertEquals(MentorId.of("M-02"), fixed.mentor().orElseThrow());
    assertEquals(List.of("BC-03"), ids(fixed.fixedIkms()));
    assertEquals(List.of("BC-01", "BC-02", "BC-03", "BC-04", "BC-05"), ids(fixed.ikms()));
    assertEquals(MentorId.of("M-02"), plan.mentorOf(IkmId.of("BC-03")).orElseThrow());
    // Gorontalo then goes to whichever free mentor is cheaper; nobody is idle, no shortage.
    assertTrue(plan.shortages().isEmpty());
    assertTrue(plan.idleMentors().isEmpty());
    assertEquals(3, plan.assignments().size());
    assertEquals(AssignmentReason.FIXED_BY_USER.message(Locale.ENGLISH), "fixed by the user");
  }

  @Test
  void fixedMentorTakesTheNearestFreeIkmsOfItsSentraOnly() {
    List<Ikm> ikms = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      ikms.add(ikm("BC-0" + i, "S-BC", "TENUN", offset(BATU_CERMIN, 100.0 * i, 0)));
    }
    AssignmentPlan plan =
        ASSIGNER.assign(
            AssignmentRequest.builder()
                .ikms(ikms)
                .addIkms(five("GR", "S-GR", "KOPI", GORONTALO).get(0))
                .addMentors(mentor("M-01", offset(BATU_CERMIN, 800, 0)))
                .addMentors(mentor("M-02", GORONTALO))
                .sentra(SENTRA)
                .fixAssignment(Assignment.of(MentorId.of("M-01"), List.of(IkmId.of("BC-01"))))
                .travelModel(ROADS_IN_SECONDS)
                .build());
    // M-01 keeps BC-01 and takes the four nearest to its base at BC-08's position.
    assertEquals(
        List.of("BC-01", "BC-05", "BC-06", "BC-07", "BC-08"),
        ids(ImmutableList.copyOf(plan.assignments().get(0).ikms())));
    // M-02 could not take Batu Cermin's rest and Gorontalo both: it covers the bigger group.
    assertEquals(MentorId.of("M-02"), plan.mentorOf(IkmId.of("BC-02")).orElseThrow());
    assertEquals(1, plan.shortages().size());
    assertEquals(SentraId.of("S-GR"), plan.shortages().get(0).sentra());
  }

  @Test
  void idleMentorsAreReported() {
    List<Mentor> mentors = new ArrayList<>(seedMentors());
    mentors.add(mentor("M-05", LABUAN_BAJO));
    mentors.add(mentor("M-04", offset(LABUAN_BAJO, 100, 100)));
    AssignmentPlan plan = ASSIGNER.assign(seedRequest().mentors(mentors).build());
    assertEquals(List.of(MentorId.of("M-04"), MentorId.of("M-05")), plan.idleMentors());
    assertTrue(plan.shortages().isEmpty());
    assertEquals(3, plan.assignments().size());
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    AssignmentPlan plan = ASSIGNER.assign(seedRequest().build());
    AssignmentPlan reversed =
        ASSIGNER.assign(
            seedRequest()
                .mentors(Lists.reverse(seedMentors()))
                .ikms(Lists.reverse(seedIkms()))
                .sentra(Lists.reverse(SENTRA))
                .build());
    assertEquals(plan, reversed);
  }

  @Test
  void splitsASentraIntoCompactGroups() {
    // Two clusters of five, 3 km apart west and east; listed interleaved.
    List<Ikm> ikms = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ikms.add(ikm("W-" + i, "S-BC", "TENUN", offset(BATU_CERMIN, 50.0 * i, -1500)));
      ikms.add(ikm("E-" + i, "S-BC", "TENUN", offset(BATU_CERMIN, 50.0 * i, 1500)));
    }
    AssignmentPlan plan =
        ASSIGNER.assign(
            AssignmentRequest.builder()
                .ikms(ikms)
                .addMentors(mentor("M-E", offset(BATU_CERMIN, 0, 2000)))
                .addMentors(mentor("M-W", offset(BATU_CERMIN, 0, -2000)))
                .travelModel(ROADS_IN_SECONDS)
                .build());
    assertEquals(List.of("W-0", "W-1", "W-2", "W-3", "W-4"), ids(plan.groups().get(0).ikms()));
    assertEquals(MentorId.of("M-W"), plan.groups().get(0).mentor().orElseThrow());
    assertEquals(List.of("E-0", "E-1", "E-2", "E-3", "E-4"), ids(plan.groups().get(1).ikms()));
    assertEquals(MentorId.of("M-E"), plan.groups().get(1).mentor().orElseThrow());
  }

  @Test
  void mentorRegionsRestrictMentorsToTheirRegion() {
    // M-01 works in Kecamatan Komodo (53.15.05), M-02 in another regency (53.16).
    AssignmentPlan plan =
        ASSIGNER.assign(
            AssignmentRequest.builder()
                .ikms(five("BC", "S-BC", "TENUN", BATU_CERMIN))
                .addIkms(ikm("FAR-1", "S-FAR", "KOPI", LABUAN_BAJO, "53.17.01.2001"))
                .addMentors(mentor("M-01", LABUAN_BAJO))
                .addMentors(mentor("M-02", BATU_CERMIN))
                .sentra(SENTRA)
                .putMentorRegions(MentorId.of("M-01"), RegionCode.parse("53.15.05"))
                .putMentorRegions(MentorId.of("M-02"), RegionCode.parse("53.16"))
                .travelModel(ROADS_IN_SECONDS)
                .build());
    // M-02 is nearer Batu Cermin but outside its region.
    assertEquals(MentorId.of("M-01"), plan.mentorOf(IkmId.of("BC-01")).orElseThrow());
    assertEquals(List.of(MentorId.of("M-02")), plan.idleMentors());
    // S-FAR (region from the IKM's address, 53.17) has no mentor region.
    assertEquals(1, plan.shortages().size());
    assertEquals(SentraId.of("S-FAR"), plan.shortages().get(0).sentra());
  }

  @Test
  void requestFromSnapshotTakesParticipantsMentorsSentraAndPolicy() {
    List<Ikm> ikms = seedIkms();
    ProgrammeSnapshot snapshot =
        ProgrammeSnapshot.builder()
            .programme(
                Programme.builder()
                    .id(ProgrammeId.of("PRG-2023"))
                    .agency(AgencyId.of("DISDAGRIN-MABAR"))
                    .name("Pendampingan IKM 2023")
                    .startDate(LocalDate.of(2023, 8, 14))
                    .endDate(LocalDate.of(2023, 11, 13))
                    .zone(ZoneId.of("Asia/Makassar"))
                    .addAllParticipants(
                        ikms.subList(0, 14).stream().map(Ikm::id).collect(Collectors.toList()))
                    .build())
            .agency(
                Agency.builder()
                    .id(AgencyId.of("DISDAGRIN-MABAR"))
                    .name("Dinas Perdagangan dan Perindustrian Kabupaten Manggarai Barat")
                    .region(RegionCode.parse("53.15"))
                    .build())
            .calendar(WorkCalendar.civilServant(ZoneId.of("Asia/Makassar")))
            .mentors(seedMentors())
            .addMentors(seedMentors().get(0)) // a duplicate id: the first counts
            .ikms(ikms)
            .sentra(SENTRA)
            .build();
    AssignmentRequest request = AssignmentRequest.of(snapshot);
    assertEquals(AssignmentRequest.builder(snapshot).build(), request);
    assertEquals(14, request.ikms().size());
    assertEquals(3, request.mentors().size());
    assertEquals(3, request.sentra().size());
    assertTrue(request.fixed().isEmpty());

    AssignmentPlan plan = ASSIGNER.assign(request);
    ProgrammeSnapshot assigned = plan.applyTo(snapshot);
    assertEquals(plan.assignments(), assigned.assignments());
    assertEquals(snapshot.withAssignments(plan.assignments()), assigned);
    for (Ikm ikm : request.ikms()) {
      assertEquals(plan.mentorOf(ikm.id()), assigned.mentorOf(ikm.id()));
    }
    assertThrows(NullPointerException.class, () -> plan.applyTo(null));
  }

  @Test
  void inconsistentRequestsAreRejected() {
    IllegalArgumentException overCaseload =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                seedRequest()
                    .fixAssignment(
                        Assignment.of(
                            MentorId.of("M-01"),
                            seedIkms().subList(0, 6).stream()
                                .map(Ikm::id)
                                .collect(Collectors.toList())))
                    .build());
    assertEquals("fixed mentor M-01 has more than 5 IKMs", overCaseload.getMessage());
    IllegalArgumentException twoSentra =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                seedRequest()
                    .putFixed(IkmId.of("BC-01"), MentorId.of("M-01"))
                    .putFixed(IkmId.of("GR-01"), MentorId.of("M-01"))
                    .build());
    assertEquals("fixed mentor M-01 has IKMs of sentra S-BC and S-GR", twoSentra.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> seedRequest().putFixed(IkmId.of("NOPE"), MentorId.of("M-01")).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> seedRequest().putFixed(IkmId.of("BC-01"), MentorId.of("NOPE")).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> seedRequest().addMentors(seedMentors().get(0)).build());
    assertThrows(
        IllegalArgumentException.class, () -> seedRequest().addIkms(seedIkms().get(0)).build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            seedRequest().putMentorRegions(MentorId.of("M-01"), RegionCode.parse("53.15")).build());
  }

  @Test
  void emptyRequestGivesAnEmptyPlan() {
    AssignmentPlan plan = ASSIGNER.assign(AssignmentRequest.builder().build());
    assertTrue(plan.groups().isEmpty());
    assertTrue(plan.assignments().isEmpty());
    assertEquals(0, plan.totalTravelMinutes());
  }
}
