package io.github.ikmsdk.core.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.identifier.Nik;
import io.github.ikmsdk.core.testing.SeedFixtures;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeModelTest {

  private final ProgrammeSnapshot seed = SeedFixtures.manggaraiBarat2023();

  @Test
  void seedHasTheSourceNumbers() {
    assertEquals(3, seed.mentors().size());
    assertEquals(15, seed.ikms().size());
    assertEquals(3, seed.sentra().size());
    assertEquals(15, seed.programme().participants().size());
    assertEquals(
        Range.closed(LocalDate.of(2023, 8, 14), LocalDate.of(2023, 11, 13)),
        seed.programme().period());
    assertEquals(92, seed.programme().lengthInDays());
  }

  @Test
  void policyDefaultsAreTheSourceRules() {
    ProgrammePolicy policy = ProgrammePolicy.defaults();
    assertEquals(5, policy.maxIkmsPerMentor());
    assertTrue(policy.oneSentraPerMentor());
    assertTrue(policy.oneCommodityPerMentor());
    assertEquals(1, policy.minVisitsPerWeek());
    assertEquals(240, policy.minVisitWorkingMinutes());
    assertEquals(250, policy.siteToleranceMetres());
    assertEquals(3, policy.minDurationMonths());
    assertEquals(6, policy.maxDurationMonths());
    assertEquals(1, policy.minWorkingDaysForRequiredWeek());
    assertEquals(EnumSet.allOf(RemedyKind.class), policy.allowedRemedies());
    assertEquals(policy, seed.programme().policy());
  }

  @Test
  void policyOverridesOneNumberAndKeepsTheOthers() {
    ProgrammePolicy six = ProgrammePolicy.builder().maxIkmsPerMentor(6).build();
    assertEquals(6, six.maxIkmsPerMentor());
    assertEquals(240, six.minVisitWorkingMinutes());
    assertEquals(
        six,
        ProgrammePolicy.builder().from(ProgrammePolicy.defaults()).maxIkmsPerMentor(6).build());
  }

  @Test
  void policyRejectsInconsistentNumbers() {
    assertMessage(
        "minDurationMonths 7 exceeds maxDurationMonths 6",
        () -> ProgrammePolicy.builder().minDurationMonths(7).build());
    assertMessage(
        "maxIkmsPerMentor must be at least 1, was 0",
        () -> ProgrammePolicy.builder().maxIkmsPerMentor(0).build());
    assertMessage(
        "minWorkingDaysForRequiredWeek must be in [1, 7], was 8",
        () -> ProgrammePolicy.builder().minWorkingDaysForRequiredWeek(8).build());
    assertMessage(
        "siteToleranceMetres must not be negative, was -1",
        () -> ProgrammePolicy.builder().siteToleranceMetres(-1).build());
  }

  @Test
  void programmeEndMustNotPrecedeStart() {
    assertMessage(
        "programme PRG-MABAR-2023: end date 2023-08-13 is before start date 2023-08-14",
        () ->
            Programme.builder().from(seed.programme()).endDate(LocalDate.of(2023, 8, 13)).build());
    Programme oneDay =
        Programme.builder().from(seed.programme()).endDate(seed.programme().startDate()).build();
    assertEquals(1, oneDay.lengthInDays());
    assertTrue(oneDay.contains(SeedFixtures.START));
    assertFalse(oneDay.contains(SeedFixtures.START.plusDays(1)));
  }

  @Test
  void commodityDurationRangeIsOrdered() {
    Commodity coffee = seed.commodity(CommodityId.of("KOPI")).orElseThrow();
    assertEquals(3, coffee.minDurationMonths());
    assertMessage(
        "commodity KOPI: minimum duration 5 months exceeds maximum 4 months",
        () -> Commodity.builder().from(coffee).minDurationMonths(5).build());
    assertMessage(
        "commodity KOPI: minimum duration must be at least 1 month, was 0",
        () -> Commodity.builder().from(coffee).minDurationMonths(0).build());
  }

  @Test
  void namesMustNotBeBlank() {
    Ikm ikm = seed.ikms().get(0);
    assertMessage(
        "IKM IKM-01: name must not be blank", () -> Ikm.builder().from(ikm).name(" ").build());
    assertMessage(
        "IKM IKM-01: owner name must not be blank",
        () -> Ikm.builder().from(ikm).ownerName("").build());
    assertMessage(
        "mentor M-01: name must not be blank",
        () -> Mentor.builder().from(seed.mentors().get(0)).name("\t").build());
    assertMessage(
        "sentra S-01: name must not be blank",
        () -> Sentra.builder().from(seed.sentra().get(0)).name("").build());
    assertMessage(
        "agency DISDAGRIN-5315: name must not be blank",
        () -> Agency.builder().from(seed.agency()).name("").build());
  }

  @Test
  void leaveIsAClosedRangeOfDays() {
    MentorLeave leave =
        MentorLeave.of(MentorId.of("M-01"), LocalDate.of(2023, 9, 4), LocalDate.of(2023, 9, 8));
    assertTrue(leave.contains(LocalDate.of(2023, 9, 4)));
    assertTrue(leave.contains(LocalDate.of(2023, 9, 8)));
    assertFalse(leave.contains(LocalDate.of(2023, 9, 9)));
    assertMessage(
        "leave of mentor M-01: last day 2023-09-03 is before first day 2023-09-04",
        () ->
            MentorLeave.of(
                MentorId.of("M-01"), LocalDate.of(2023, 9, 4), LocalDate.of(2023, 9, 3)));
  }

  @Test
  void snapshotLooksUpByIdAndAssignment() {
    assertEquals("S-02", seed.ikm(IkmId.of("IKM-07")).orElseThrow().sentra().value());
    assertEquals(MentorId.of("M-02"), seed.mentorOf(IkmId.of("IKM-07")).orElseThrow());
    assertEquals(5, seed.ikmsOf(MentorId.of("M-03")).size());
    assertTrue(seed.ikm(IkmId.of("IKM-99")).isEmpty());
    assertTrue(seed.mentorOf(IkmId.of("IKM-99")).isEmpty());
    assertTrue(seed.ikmsOf(MentorId.of("M-99")).isEmpty());
    assertTrue(seed.visitsTo(IkmId.of("IKM-01")).isEmpty());
    assertTrue(seed.logbook(IkmId.of("IKM-01")).entries().isEmpty());
    assertEquals(
        "Sentra Kopi robusta Gorontalo", seed.sentra(SentraId.of("S-02")).orElseThrow().name());
  }

  @Test
  void snapshotKeepsDuplicatesForTheValidatorAndLooksUpTheFirst() {
    Ikm first = seed.ikms().get(0);
    Ikm twin = Ikm.builder().from(first).name("Kembaran").build();
    ProgrammeSnapshot withTwin = ProgrammeSnapshot.builder().from(seed).addIkms(twin).build();
    assertEquals(16, withTwin.ikms().size());
    assertEquals(first, withTwin.ikm(first.id()).orElseThrow());
    ProgrammeSnapshot reassigned =
        withTwin.withAssignments(
            List.of(
                Assignment.of(MentorId.of("M-02"), List.of(first.id())),
                Assignment.of(MentorId.of("M-01"), List.of(first.id()))));
    assertEquals(MentorId.of("M-02"), reassigned.mentorOf(first.id()).orElseThrow());
  }

  @Test
  void ownerNikIsMaskedInToString() {
    Nik nik = Nik.parse("5315054508900001");
    Ikm ikm = Ikm.builder().from(seed.ikms().get(0)).ownerNik(nik).build();
    assertFalse(ikm.toString().contains("5315054508900001"), ikm.toString());
    assertTrue(ikm.toString().contains("531505**********"), ikm.toString());
  }

  @Test
  void valuesHaveValueSemantics() {
    Ikm ikm = seed.ikms().get(0);
    new EqualsTester()
        .addEqualityGroup(ikm, Ikm.builder().from(ikm).build())
        .addEqualityGroup(Ikm.builder().from(ikm).name("Lain").build())
        .addEqualityGroup(seed.ikms().get(1))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(seed, ProgrammeSnapshot.builder().from(seed).build())
        .addEqualityGroup(
            ProgrammeSnapshot.builder()
                .from(seed)
                .addLeaves(
                    MentorLeave.of(MentorId.of("M-01"), SeedFixtures.START, SeedFixtures.START))
                .build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Assignment.of(MentorId.of("M-01"), List.of(IkmId.of("A"))),
            Assignment.builder().mentor(MentorId.of("M-01")).addIkms(IkmId.of("A")).build())
        .addEqualityGroup(Assignment.of(MentorId.of("M-01"), List.of()))
        .testEquals();
  }

  @Test
  void assignmentWithTheSameIkmTwiceIsRejectedNotShortened() {
    MentorId mentor = MentorId.of("M-01");
    IkmId a = IkmId.of("IKM-01");
    IkmId b = IkmId.of("IKM-02");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Assignment.of(mentor, List.of(a, b, a)));
    assertEquals(
        "assignment of mentor M-01 lists IKM IKM-01 twice (at positions 1 and 3);"
            + " list each IKM once",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Assignment.builder().mentor(mentor).addIkms(a, b).addIkms(a).build());
    assertEquals(List.of(b, a), Assignment.of(mentor, List.of(b, a)).ikms(), "order is kept");
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(MentorId.class, MentorId.of("M-01"))
            .setDefault(IkmId.class, IkmId.of("IKM-01"))
            .setDefault(SentraId.class, SentraId.of("S-01"))
            .setDefault(CommodityId.class, CommodityId.of("KOPI"))
            .setDefault(VisitId.class, VisitId.of("V-1"))
            .setDefault(LogbookEntryId.class, LogbookEntryId.of("LB-1"))
            .setDefault(LocalDate.class, SeedFixtures.START);
    tester.testAllPublicStaticMethods(Assignment.class);
    tester.testAllPublicStaticMethods(MentorLeave.class);
    tester.testAllPublicInstanceMethods(seed);
    tester.testAllPublicInstanceMethods(seed.programme());
  }

  private static void assertMessage(String expected, Runnable action) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
    assertEquals(expected, e.getMessage());
  }
}
