package io.github.ikmsdk.examples;

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
import io.github.ikmsdk.core.planning.assignment.AssignmentPlan;
import io.github.ikmsdk.core.planning.assignment.AssignmentRequest;
import io.github.ikmsdk.core.planning.assignment.MentorAssigner;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.planning.visit.VisitPlanner;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Validator;
import java.time.LocalDate;

/**
 * A programme built from scratch with the builders, for the README's "Your first programme". The
 * README shows the code between the {@code first-programme} markers verbatim, and a test checks
 * that both agree and that this program prints what the README says.
 */
public final class FirstProgramme {

  private FirstProgramme() {}

  /**
   * Builds, assigns, plans and validates a programme of one mentor and two IKMs.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // first-programme:begin
    // The master data: who and what exists (ids are the keys that tie them together).
    RegionCode labuanBajo = RegionCode.parse("53.15.05.1025");
    Agency agency =
        Agency.builder()
            .id(AgencyId.of("DISDAGRIN-MABAR"))
            .name("Dinas Perdagangan dan Perindustrian Kabupaten Manggarai Barat")
            .region(RegionCode.parse("53.15"))
            .build();
    Commodity coffee =
        Commodity.builder()
            .id(CommodityId.of("KOPI"))
            .name("Kopi robusta olahan")
            .minDurationMonths(3)
            .maxDurationMonths(4)
            .build();
    Sentra sentra =
        Sentra.builder()
            .id(SentraId.of("S-GORONTALO"))
            .name("Sentra Kopi Gorontalo")
            .commodity(coffee.id())
            .region(labuanBajo)
            .location(GeoPoint.of(-8.4905, 119.8868))
            .build();
    Mentor mentor =
        Mentor.builder()
            .id(MentorId.of("PDP-01"))
            .name("Yohanes Ndala")
            .base(GeoPoint.of(-8.5, 119.883))
            .build();
    Ikm.Builder coffeeMaker =
        Ikm.builder()
            .kbli(Kbli.parse("10761"))
            .sentra(sentra.id())
            .commodity(coffee.id())
            .address(Address.of("Jalan Gorontalo", labuanBajo));
    Ikm petrus =
        coffeeMaker
            .id(IkmId.of("IKM-01"))
            .name("Kopi Golo Petrus")
            .ownerName("Petrus Lalong")
            .productionSite(GeoPoint.of(-8.4899, 119.8851))
            .build();
    Ikm yosef =
        coffeeMaker
            .id(IkmId.of("IKM-02"))
            .name("Kopi Robusta Yosef")
            .ownerName("Yosef Ngandu")
            .productionSite(GeoPoint.of(-8.4917, 119.8874))
            .build();

    // The programme enrols sentra and IKMs by id: the snapshot's lists are the register of what
    // exists; only participants are assigned, planned and held to the weekly rule (IKM-R003 and
    // IKM-R004 report visits to others and participants of sentra that are not enrolled).
    Programme programme =
        Programme.builder()
            .id(ProgrammeId.of("PRG-KOPI-2023"))
            .agency(agency.id())
            .name("Pendampingan IKM Kopi 2023")
            .startDate(LocalDate.of(2023, 9, 4))
            .endDate(LocalDate.of(2023, 12, 3))
            .zone(IndonesianTimeZone.WITA.zoneId())
            .addSentra(sentra.id())
            .addParticipants(petrus.id(), yosef.id())
            .build();
    ProgrammeSnapshot snapshot =
        ProgrammeSnapshot.builder()
            .programme(programme)
            .agency(agency)
            .calendar(WorkCalendar.civilServant(programme.zone()))
            .addCommodities(coffee)
            .addSentra(sentra)
            .addMentors(mentor)
            .addIkms(petrus, yosef)
            .build();

    // Every capability: a request from the snapshot, a result that applies to it.
    AssignmentPlan assignment = MentorAssigner.standard().assign(AssignmentRequest.of(snapshot));
    snapshot = assignment.applyTo(snapshot);
    VisitPlan plan = VisitPlanner.standard().plan(PlanningRequest.of(snapshot));
    snapshot = plan.applyTo(snapshot);
    System.out.println(assignment.mentorOf(yosef.id()).orElseThrow());
    System.out.println(plan.visits().size() + " visits, " + plan.shortfalls().size() + " gaps");
    System.out.println(plan.visits().get(0));

    ValidationReport report = Validator.standard().validate(snapshot);
    System.out.println(report.status() + " " + report.countsByRule());
    // first-programme:end
  }
}
