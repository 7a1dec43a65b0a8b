package io.github.ikmsdk.core.compliance;

import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.geo.Address;
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
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.testing.SeedFixtures;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A small seed snapshot: Disdagrin Manggarai Barat (WITA, civil-servant calendar), programme from
 * Monday 14 August to Friday 10 November 2023, mentor M-01 with IKMs I-01 to I-05 and a mentor M-02
 * without IKMs. It shares the zone, start and mentor base of {@link SeedFixtures} but not its
 * sentra: compliance needs participants, their IKM records (a visit counts only when its mentor and
 * IKM exist) and their visits, and fewer of them.
 *
 * <pre>
 * IKM   2023-W33 (14-18 Aug, Thu 17 holiday)   2023-W34 (21-25 Aug)        2023-W35
 * I-01  Mon 14 10:00-15:00 (240 min)           Mon 21 10:00-15:00          Mon 28 10:00-15:00
 * I-02  Tue 15 08:00-11:00 (180 min, short)    Tue 22 07:30-12:00 (270)    -
 * I-03  Wed 16 07:30-12:00 (270)               - (missed)                  -
 * I-04  -                                      Thu 24 still PLANNED        -
 * I-05  Fri 18 07:30-11:30 (240)               -                           -
 * </pre>
 */
final class Seed {

  static final ZoneId WITA = SeedFixtures.WITA;
  static final MentorId M1 = MentorId.of("M-01");
  static final MentorId M2 = MentorId.of("M-02");
  static final IkmId I1 = IkmId.of("I-01");
  static final IkmId I2 = IkmId.of("I-02");
  static final IkmId I3 = IkmId.of("I-03");
  static final IkmId I4 = IkmId.of("I-04");
  static final IkmId I5 = IkmId.of("I-05");
  static final LocalDate START = SeedFixtures.START;
  static final LocalDate END = LocalDate.of(2023, 11, 10);

  private Seed() {}

  static ProgrammeSnapshot snapshot() {
    return base()
        .visits(
            List.of(
                visit("V-01", I1, "2023-08-14", "10:00", "15:00", VisitStatus.COMPLETED),
                visit("V-02", I2, "2023-08-15", "08:00", "11:00", VisitStatus.COMPLETED),
                visit("V-03", I3, "2023-08-16", "07:30", "12:00", VisitStatus.COMPLETED),
                visit("V-04", I5, "2023-08-18", "07:30", "11:30", VisitStatus.COMPLETED),
                visit("V-05", I1, "2023-08-21", "10:00", "15:00", VisitStatus.COMPLETED),
                visit("V-06", I2, "2023-08-22", "07:30", "12:00", VisitStatus.COMPLETED),
                visit("V-07", I4, "2023-08-24", "07:30", "12:00", VisitStatus.PLANNED),
                visit("V-08", I1, "2023-08-28", "10:00", "15:00", VisitStatus.COMPLETED)))
        .logbookEntries(
            List.of(
                entry("L-01", I1, Stage.DIAGNOSIS, "2023-08-14"),
                entry("L-02", I2, Stage.DIAGNOSIS, "2023-08-15"),
                entry("L-03", I1, Stage.PLAN, "2023-08-21")))
        .build();
  }

  /** The seed without visits and logbook entries. */
  static ProgrammeSnapshot.Builder base() {
    return ProgrammeSnapshot.builder()
        .programme(
            Programme.builder()
                .id(ProgrammeId.of("P-2023-MB"))
                .agency(AgencyId.of("DISDAGRIN-MB"))
                .name("Pendampingan IKM Manggarai Barat 2023")
                .startDate(START)
                .endDate(END)
                .zone(WITA)
                .participants(List.of(I1, I2, I3, I4, I5))
                .build())
        .agency(
            Agency.builder()
                .id(AgencyId.of("DISDAGRIN-MB"))
                .name("Dinas Perdagangan dan Perindustrian Kabupaten Manggarai Barat")
                .region(RegionCode.parse("53.15"))
                .build())
        .calendar(WorkCalendar.civilServant(WITA))
        .mentors(List.of(mentor(M1), mentor(M2)))
        .ikms(List.of(ikm(I1), ikm(I2), ikm(I3), ikm(I4), ikm(I5)))
        .assignments(List.of(Assignment.of(M1, List.of(I1, I2, I3, I4, I5))));
  }

  static Mentor mentor(MentorId id) {
    return Mentor.builder().id(id).name("Pendamping " + id).base(SeedFixtures.LABUAN_BAJO).build();
  }

  static Ikm ikm(IkmId id) {
    RegionCode village = RegionCode.parse("53.15.05.1025");
    return Ikm.builder()
        .id(id)
        .name("Tenun " + id.value())
        .ownerName("Pemilik " + id.value())
        .kbli(Kbli.parse("13122"))
        .sentra(SentraId.of("S-01"))
        .commodity(CommodityId.of("TENUN"))
        .productionSite(SeedFixtures.LABUAN_BAJO)
        .address(Address.of("Jalan Frans Nala", village))
        .build();
  }

  static Visit visit(
      String id, IkmId ikm, String date, String start, String end, VisitStatus status) {
    return Visit.builder()
        .id(VisitId.of(id))
        .mentor(M1)
        .ikm(ikm)
        .date(LocalDate.parse(date))
        .start(LocalTime.parse(start))
        .end(LocalTime.parse(end))
        .status(status)
        .build();
  }

  static LogbookEntry entry(String id, IkmId ikm, Stage stage, String date) {
    return LogbookEntry.builder()
        .id(LogbookEntryId.of(id))
        .ikm(ikm)
        .stage(stage)
        .date(LocalDate.parse(date))
        .author(M1)
        .build();
  }
}
