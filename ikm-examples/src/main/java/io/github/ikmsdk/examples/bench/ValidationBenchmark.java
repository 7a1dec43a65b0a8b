package io.github.ikmsdk.examples.bench;

import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.geo.Address;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.AgencyId;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.identifier.Kbli;
import io.github.ikmsdk.core.identifier.RegionCode;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Validator;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Benchmark of {@link Validator#validate(ProgrammeSnapshot)} at national scale (uji kinerja
 * validasi): 20,000 mentors with 5 IKMs each, 26 programme weeks, one completed four-hour visit per
 * IKM and week (2.6 million visits), plus a sprinkle of violations.
 *
 * <p>The snapshot is generated deterministically from a fixed seed: mentor {@code k}'s five IKMs
 * share one sentra and commodity and are visited Monday to Friday, 07:30-11:30, on a civil-servant
 * calendar without holidays (so that the base is valid). About one visit in a thousand is cut
 * short, one in five thousand is missed, one in ten thousand is moved to a Sunday. Sizes are
 * fractions of the national scale.
 *
 * <p>Run: {@code java -Xmx2g -cp ... io.github.ikmsdk.examples.bench.ValidationBenchmark
 * [fractions...] [--runs N]}, default fractions 0.1 0.5 1.0 and 3 measured runs after one warm-up.
 * It prints, per size, the best and median validation time, the heap retained by the snapshot and
 * the peak heap during validation (from the heap pools' peak usage). This is a program, not a test:
 * nothing fails on slow machines.
 */
public final class ValidationBenchmark {

  static final int NATIONAL_MENTORS = 20_000;
  static final int IKMS_PER_MENTOR = 5;
  static final int WEEKS = 26;
  static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  static final LocalDate START = LocalDate.of(2024, 1, 1);

  private ValidationBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args fractions of the national scale, and optionally {@code --runs N}
   */
  public static void main(String[] args) {
    List<Double> fractions = new ArrayList<>();
    int runs = 3;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--runs")) {
        runs = Integer.parseInt(args[++i]);
      } else {
        fractions.add(Double.parseDouble(args[i]));
      }
    }
    if (fractions.isEmpty()) {
      fractions = List.of(0.1, 0.5, 1.0);
    }
    Validator validator = Validator.standard();
    System.out.printf(
        Locale.ROOT,
        "cores=%d maxHeap=%d MB%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    Table table =
        Table.plain(System.out)
            .right("fraction", 8)
            .right("mentors", 8)
            .right("ikms", 8)
            .right("visits", 10)
            .right("best ms", 10)
            .right("median ms", 10)
            .right("snapshot MB", 12)
            .right("peak heap MB", 12)
            .right("violations", 10);
    table.printHeader();
    for (double fraction : fractions) {
      measure(table, validator, fraction, runs);
    }
  }

  /** Measures one size; its snapshot is garbage when this returns. */
  private static void measure(Table table, Validator validator, double fraction, int runs) {
    int mentors = (int) Math.round(NATIONAL_MENTORS * fraction);
    ProgrammeSnapshot snapshot = generate(mentors, 42);
    long retained = Measure.usedHeapAfterGc();
    Measure.Result<ValidationReport> result =
        Measure.run(1, runs, () -> validator.validate(snapshot));
    ValidationReport report = result.value();
    table.printRow(
        String.format(Locale.ROOT, "%.2f", fraction),
        Integer.toString(mentors),
        Integer.toString(mentors * IKMS_PER_MENTOR),
        Integer.toString(snapshot.visits().size()),
        Table.millis(result.bestNanos()),
        Table.millis(result.medianNanos()),
        Table.megabytes(retained),
        Table.megabytes(result.peakHeapBytes()),
        Integer.toString(report.violations().size()));
    System.out.println("         " + report);
  }

  /**
   * Generates the national-scale snapshot for a number of mentors, deterministically.
   *
   * @param mentorCount the number of mentors, each with five IKMs
   * @param seed the seed of the sprinkled violations
   * @return the snapshot
   */
  public static ProgrammeSnapshot generate(int mentorCount, long seed) {
    Random random = new Random(seed);
    RegionCode region = RegionCode.parse("53.15");
    Address address = Address.of("Jalan Frans Nala", region);
    List<Commodity> commodities = new ArrayList<>();
    String[] kbli = {"13122", "10761", "10219"};
    for (int c = 0; c < 3; c++) {
      commodities.add(
          Commodity.builder()
              .id(CommodityId.of("C-" + c))
              .name("Komoditi " + c)
              .kbli(Kbli.parse(kbli[c]))
              .minDurationMonths(3)
              .maxDurationMonths(6)
              .build());
    }
    int sentraCount = Math.max(1, mentorCount / 4);
    List<Sentra> sentra = new ArrayList<>(sentraCount);
    List<SentraId> sentraIds = new ArrayList<>(sentraCount);
    for (int s = 0; s < sentraCount; s++) {
      SentraId id = SentraId.of(String.format(Locale.ROOT, "S-%05d", s));
      sentraIds.add(id);
      sentra.add(
          Sentra.builder()
              .id(id)
              .name("Sentra " + s)
              .commodity(commodities.get(s % 3).id())
              .region(region)
              .location(GeoPoint.of(-8.0 - (s % 100) * 0.01, 115.0 + (s / 100) * 0.01))
              .build());
    }
    LocalDate[][] days = new LocalDate[WEEKS][IKMS_PER_MENTOR];
    for (int w = 0; w < WEEKS; w++) {
      for (int d = 0; d < IKMS_PER_MENTOR; d++) {
        days[w][d] = START.plusWeeks(w).plusDays(d);
      }
    }
    LocalTime from = LocalTime.of(7, 30);
    LocalTime to = LocalTime.of(11, 30);
    LocalTime shortTo = LocalTime.of(10, 30);
    List<Mentor> mentors = new ArrayList<>(mentorCount);
    List<Ikm> ikms = new ArrayList<>(mentorCount * IKMS_PER_MENTOR);
    List<Assignment> assignments = new ArrayList<>(mentorCount);
    List<Visit> visits = new ArrayList<>(mentorCount * IKMS_PER_MENTOR * WEEKS);
    for (int m = 0; m < mentorCount; m++) {
      MentorId mentorId = MentorId.of(String.format(Locale.ROOT, "M-%05d", m));
      Sentra own = sentra.get(m / 4 % sentraCount);
      // Based at the sentra, so that the way home (IKM-R308) fits every working day.
      mentors.add(
          Mentor.builder().id(mentorId).name("Pendamping " + m).base(own.location()).build());
      List<IkmId> ikmIds = new ArrayList<>(IKMS_PER_MENTOR);
      for (int k = 0; k < IKMS_PER_MENTOR; k++) {
        int n = m * IKMS_PER_MENTOR + k;
        IkmId ikmId = IkmId.of(String.format(Locale.ROOT, "IKM-%06d", n));
        ikmIds.add(ikmId);
        ikms.add(
            Ikm.builder()
                .id(ikmId)
                .name("Usaha " + n)
                .ownerName("Pemilik " + n)
                .kbli(commodities.get(0).kbli().orElseThrow())
                .sentra(own.id())
                .commodity(own.commodity())
                .productionSite(
                    GeoPoint.of(own.location().latitude() + 0.001 * k, own.location().longitude()))
                .address(address)
                .build());
        for (int w = 0; w < WEEKS; w++) {
          int dice = random.nextInt(10_000);
          LocalDate date = dice == 0 ? days[w][0].plusDays(6) : days[w][k];
          visits.add(
              Visit.builder()
                  .id(VisitId.of(ikmId.value() + "-" + w))
                  .mentor(mentorId)
                  .ikm(ikmId)
                  .date(date)
                  .start(from)
                  .end(dice < 10 ? shortTo : to)
                  .status(dice >= 10 && dice < 12 ? VisitStatus.MISSED : VisitStatus.COMPLETED)
                  .build());
        }
      }
      assignments.add(Assignment.of(mentorId, ikmIds));
    }
    Programme programme =
        Programme.builder()
            .id(ProgrammeId.of("P-NASIONAL"))
            .agency(AgencyId.of("KEMENPERIN"))
            .name("Program nasional")
            .startDate(START)
            .endDate(START.plusWeeks(WEEKS - 1).plusDays(4))
            .zone(WITA)
            .sentra(sentraIds)
            .participants(ikms.stream().map(Ikm::id)::iterator)
            .build();
    return ProgrammeSnapshot.builder()
        .programme(programme)
        .agency(
            Agency.builder()
                .id(AgencyId.of("KEMENPERIN"))
                .name("Kementerian Perindustrian")
                .region(region)
                .build())
        .calendar(WorkCalendar.civilServant(WITA).toBuilder().clearHolidays().build())
        .commodities(commodities)
        .sentra(sentra)
        .mentors(mentors)
        .ikms(ikms)
        .assignments(assignments)
        .visits(visits)
        .build();
  }
}
