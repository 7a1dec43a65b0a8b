package io.github.ikmsdk.core.testing;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.ikmsdk.core.calendar.Holiday;
import io.github.ikmsdk.core.calendar.HolidayKind;
import io.github.ikmsdk.core.calendar.IndonesianTimeZone;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.OpeningHours;
import io.github.ikmsdk.core.calendar.TimeWindow;
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
import io.github.ikmsdk.core.identifier.Nib;
import io.github.ikmsdk.core.identifier.Nik;
import io.github.ikmsdk.core.identifier.Nip;
import io.github.ikmsdk.core.identifier.RegionCode;
import io.github.ikmsdk.core.logbook.Certification;
import io.github.ikmsdk.core.logbook.Indicators;
import io.github.ikmsdk.core.logbook.ProductionCapacity;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Entry point to the jqwik generators of valid IKM domain data.
 *
 * <p>Every generator produces values that are valid by construction. Identifiers follow their
 * official formats; {@link #validSnapshots()} produces whole programme snapshots that keep every
 * rule of the SDK (S1-S7), built on the civil-servant calendar with the bundled holidays of
 * 2023-2024, so that holiday weeks, partial first and last weeks and year boundaries occur
 * naturally.
 *
 * <p>Use them in your own properties:
 *
 * <pre>{@code
 * @Property
 * void myRuleHolds(@ForAll("snapshots") ProgrammeSnapshot snapshot) { ... }
 *
 * @Provide
 * Arbitrary<ProgrammeSnapshot> snapshots() {
 *   return IkmArbitraries.validSnapshots();
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class IkmArbitraries {

  /** The earliest date the generators use: the bundled holidays start in 2023. */
  public static final LocalDate FIRST_DATE = LocalDate.of(2023, 1, 2);

  /** The latest programme start the generators use, so that programmes end in 2024. */
  public static final LocalDate LAST_START = LocalDate.of(2024, 6, 24);

  private IkmArbitraries() {}

  /**
   * Returns id texts: 1 to 12 characters, a capital letter then capitals, digits and dashes.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> idTexts() {
    Arbitrary<Character> first = Arbitraries.chars().range('A', 'Z');
    Arbitrary<String> rest =
        Arbitraries.strings().withCharRange('A', 'Z').numeric().withChars('-').ofMaxLength(11);
    return Combinators.combine(first, rest).as((f, r) -> f + r);
  }

  /**
   * Returns mentor ids.
   *
   * @return the arbitrary
   */
  public static Arbitrary<MentorId> mentorIds() {
    return idTexts().map(MentorId::of);
  }

  /**
   * Returns IKM ids.
   *
   * @return the arbitrary
   */
  public static Arbitrary<IkmId> ikmIds() {
    return idTexts().map(IkmId::of);
  }

  /**
   * Returns NIBs: 13 digits.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Nib> nibs() {
    return Arbitraries.strings().numeric().ofLength(13).map(Nib::parse);
  }

  /**
   * Returns manufacturing KBLI 2020 codes (divisions 10 to 33).
   *
   * @return the arbitrary
   */
  public static Arbitrary<Kbli> kblis() {
    return Arbitraries.integers()
        .between(10_000, 33_999)
        .map(code -> Kbli.parse(String.format(Locale.ROOT, "%05d", code)));
  }

  /**
   * Returns village-level region codes (desa and kelurahan).
   *
   * @return the arbitrary
   */
  public static Arbitrary<RegionCode> villageCodes() {
    return Combinators.combine(
            Arbitraries.integers().between(11, 94),
            Arbitraries.integers().between(1, 79),
            Arbitraries.integers().between(1, 40),
            Arbitraries.of(1, 2),
            Arbitraries.integers().between(1, 99))
        .as(
            (province, regency, district, type, village) ->
                RegionCode.parse(
                    String.format(
                        Locale.ROOT,
                        "%02d.%02d.%02d.%d%03d",
                        province,
                        regency,
                        district,
                        type,
                        village)));
  }

  /**
   * Returns NIKs of people born 1950-2005, both sexes, from generated districts.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Nik> niks() {
    return Combinators.combine(
            villageCodes(),
            dates(LocalDate.of(1950, 1, 1), LocalDate.of(2005, 12, 31)),
            Arbitraries.of(false, true),
            Arbitraries.integers().between(1, 9999))
        .as(
            (region, birth, female, serial) ->
                Nik.parse(
                    region.digits().substring(0, 6)
                        + String.format(
                            Locale.ROOT,
                            "%02d%02d%02d%04d",
                            birth.getDayOfMonth() + (female ? 40 : 0),
                            birth.getMonthValue(),
                            birth.getYear() % 100,
                            serial)));
  }

  /**
   * Returns NIPs of civil servants born 1960-2000 and appointed at 20 to 35.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Nip> nips() {
    return Combinators.combine(
            dates(LocalDate.of(1960, 1, 1), LocalDate.of(2000, 12, 31)),
            Arbitraries.integers().between(20 * 12, 35 * 12),
            Arbitraries.of(1, 2),
            Arbitraries.integers().between(1, 999))
        .as(
            (birth, monthsToAppointment, sex, serial) -> {
              LocalDate appointed = birth.plusMonths(monthsToAppointment);
              return Nip.parse(
                  String.format(
                      Locale.ROOT,
                      "%04d%02d%02d%04d%02d%d%03d",
                      birth.getYear(),
                      birth.getMonthValue(),
                      birth.getDayOfMonth(),
                      appointed.getYear(),
                      appointed.getMonthValue(),
                      sex,
                      serial));
            });
  }

  /**
   * Returns points inside Indonesia's bounding box (latitude -11 to 6, longitude 95 to 141).
   *
   * @return the arbitrary
   */
  public static Arbitrary<GeoPoint> geoPoints() {
    return Combinators.combine(
            Arbitraries.doubles().between(-11, 6).ofScale(5),
            Arbitraries.doubles().between(95, 141).ofScale(5))
        .as((lat, lon) -> GeoPoint.of(lat.doubleValue(), lon.doubleValue()));
  }

  /**
   * Returns points at most about {@code maxMetres} from a centre (a square of that half-side).
   *
   * @param centre the centre, not null
   * @param maxMetres the half-side of the square, in metres, at least 0
   * @return the arbitrary
   */
  public static Arbitrary<GeoPoint> pointsNear(GeoPoint centre, double maxMetres) {
    double dLat = Math.toDegrees(maxMetres / GeoPoint.EARTH_RADIUS_METRES);
    double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(centre.latitude())));
    return Combinators.combine(
            Arbitraries.doubles().between(-dLat, dLat), Arbitraries.doubles().between(-dLon, dLon))
        .as(
            (a, b) ->
                GeoPoint.of(
                    Math.max(-90, Math.min(90, centre.latitude() + a)),
                    Math.max(-180, Math.min(180, centre.longitude() + b))));
  }

  /**
   * Returns addresses with a street and a village code.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Address> addresses() {
    return Combinators.combine(
            Arbitraries.of(Names.STREETS), Arbitraries.integers().between(1, 200), villageCodes())
        .as((street, number, region) -> Address.of(street + " No. " + number, region));
  }

  /**
   * Returns dates between two dates, both inclusive.
   *
   * @param first the first date
   * @param last the last date, not before {@code first}
   * @return the arbitrary
   */
  public static Arbitrary<LocalDate> dates(LocalDate first, LocalDate last) {
    return Arbitraries.longs()
        .between(0, ChronoUnit.DAYS.between(first, last))
        .map(first::plusDays);
  }

  /**
   * Returns opening windows in whole minutes, from 00:00 up to 24:00.
   *
   * @return the arbitrary
   */
  public static Arbitrary<TimeWindow> openingWindows() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 1439), Arbitraries.integers().between(1, 1440))
        .as(
            (start, length) -> {
              int end = Math.min(1440, start + length);
              return TimeWindow.of(
                  LocalTime.of(start / 60, start % 60),
                  end == 1440 ? LocalTime.MIDNIGHT : LocalTime.of(end / 60, end % 60));
            });
  }

  /**
   * Returns opening hours (jam buka) of IKMs: open all day, one window every day, or a window or
   * closed per day of the week with up to three date exceptions, each closed or with other hours.
   *
   * @return the arbitrary
   */
  public static Arbitrary<OpeningHours> openingHours() {
    Arbitrary<Optional<TimeWindow>> day =
        Arbitraries.frequencyOf(
            Tuple.of(3, openingWindows().map(Optional::of)),
            Tuple.of(1, Arbitraries.just(Optional.<TimeWindow>empty())));
    Arbitrary<OpeningHours> full =
        Combinators.combine(
                day.list().ofSize(7),
                Combinators.combine(dates(FIRST_DATE, LAST_START), day)
                    .as(Tuple::of)
                    .list()
                    .ofMaxSize(3))
            .as(
                (days, exceptions) -> {
                  OpeningHours.Builder b = OpeningHours.builder();
                  for (DayOfWeek d : DayOfWeek.values()) {
                    Optional<TimeWindow> w = days.get(d.ordinal());
                    w.ifPresentOrElse(x -> b.day(d, x), () -> b.closed(d));
                  }
                  for (Tuple.Tuple2<LocalDate, Optional<TimeWindow>> e : exceptions) {
                    e.get2().ifPresentOrElse(x -> b.date(e.get1(), x), () -> b.closedOn(e.get1()));
                  }
                  return b.build();
                });
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(OpeningHours.always())),
        Tuple.of(1, openingWindows().map(OpeningHours::daily)),
        Tuple.of(3, full));
  }

  /**
   * Returns ISO weeks of 2023 and 2024, including 2023-W52 and 2024-W01 around the year end.
   *
   * @return the arbitrary
   */
  public static Arbitrary<IsoWeek> isoWeeks() {
    return dates(FIRST_DATE, LocalDate.of(2024, 12, 29)).map(IsoWeek::from);
  }

  /**
   * Returns the zones of Indonesia (WIB, WITA, WIT).
   *
   * @return the arbitrary
   */
  public static Arbitrary<ZoneId> zones() {
    return Arbitraries.of(IndonesianTimeZone.class).map(IndonesianTimeZone::zoneId);
  }

  /**
   * Returns civil-servant calendars of the Indonesian zones with the bundled holidays plus up to
   * three regional holidays on weekdays of 2023-2024.
   *
   * @return the arbitrary
   */
  public static Arbitrary<WorkCalendar> workCalendars() {
    Arbitrary<LocalDate> weekdays =
        dates(FIRST_DATE, LocalDate.of(2024, 12, 31))
            .map(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY ? d.minusDays(1) : d)
            .map(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.plusDays(1) : d);
    return Combinators.combine(zones(), weekdays.list().ofMaxSize(3))
        .as(
            (zone, regional) -> {
              WorkCalendar.Builder builder = WorkCalendar.civilServant(zone).toBuilder();
              for (LocalDate date : regional) {
                builder.addHoliday(Holiday.of(date, HolidayKind.REGIONAL_HOLIDAY, "Hari jadi"));
              }
              return builder.build();
            });
  }

  /**
   * Returns policies around the source's defaults: caseload 1-8, visit minimum 60-240 working
   * minutes, site tolerance 50-500 m, durations within 1-12 months, partial weeks needing 1-3
   * working days; one visit per week.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ProgrammePolicy> policies() {
    Arbitrary<Integer> minMonths = Arbitraries.integers().between(1, 4);
    return Combinators.combine(
            Arbitraries.integers().between(1, 8),
            Arbitraries.of(60, 120, 180, 240),
            Arbitraries.integers().between(50, 500),
            minMonths,
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(1, 3),
            Arbitraries.of(true, false))
        .as(
            (caseload, minutes, tolerance, min, extra, partial, strict) ->
                ProgrammePolicy.builder()
                    .maxIkmsPerMentor(caseload)
                    .minVisitWorkingMinutes(minutes)
                    .siteToleranceMetres(tolerance)
                    .minDurationMonths(min)
                    .maxDurationMonths(min + extra)
                    .minWorkingDaysForRequiredWeek(partial)
                    .oneSentraPerMentor(strict)
                    .oneCommodityPerMentor(strict)
                    .build());
  }

  /**
   * Returns business indicators with any subset of values set.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Indicators> indicators() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 500_000_000L).optional(),
            Arbitraries.integers().between(0, 50).optional(),
            Arbitraries.longs().between(0, 10_000).optional(),
            Arbitraries.integers().between(0, 40).optional(),
            Arbitraries.subsetOf(Certification.values()))
        .as(
            (turnover, workers, capacity, products, certifications) -> {
              Indicators.Builder builder = Indicators.builder();
              turnover.ifPresent(builder::monthlyTurnoverRupiah);
              workers.ifPresent(builder::workers);
              capacity.ifPresent(
                  q -> builder.productionCapacity(ProductionCapacity.of(q, "unit per bulan")));
              products.ifPresent(builder::products);
              return builder.addAllCertifications(certifications).build();
            });
  }

  /**
   * Returns valid programme snapshots of 1 to 3 sentra with 1 or 2 mentors each.
   *
   * @return the arbitrary
   * @see #validSnapshots(int, int)
   */
  public static Arbitrary<ProgrammeSnapshot> validSnapshots() {
    return validSnapshots(3, 2);
  }

  /**
   * Returns valid programme snapshots: every rule of the SDK holds.
   *
   * <p>Each snapshot has one agency, one commodity per sentra, mentors with at most the policy's
   * caseload of IKMs from one sentra, a programme whose length lies in the policy's and every
   * commodity's range, one completed visit of at least the minimum working minutes per IKM in every
   * week that requires one (each mentor visits one IKM a day, so no overlaps), visits at the
   * production site, and a logbook per IKM in stage order (diagnosis, plan, mentoring, evaluation)
   * citing those visits.
   *
   * @param maxSentra the most sentra, at least 1
   * @param maxMentorsPerSentra the most mentors per sentra, at least 1
   * @return the arbitrary
   */
  public static Arbitrary<ProgrammeSnapshot> validSnapshots(
      int maxSentra, int maxMentorsPerSentra) {
    return validSnapshots(policies(), maxSentra, maxMentorsPerSentra);
  }

  /**
   * Returns valid programme snapshots under one policy, for example your own rule configuration;
   * see {@link #validSnapshots(int, int)} for what they hold.
   *
   * @param policy the policy every snapshot uses, not null; its {@code minVisitsPerWeek} must be 1
   *     (the generator visits each IKM once a week)
   * @return the arbitrary
   * @throws IllegalArgumentException if the policy asks for more than one visit a week
   */
  public static Arbitrary<ProgrammeSnapshot> validSnapshots(ProgrammePolicy policy) {
    checkArgument(
        policy.minVisitsPerWeek() == 1,
        "generated snapshots visit each IKM once a week; the policy asks for %s",
        policy.minVisitsPerWeek());
    return validSnapshots(Arbitraries.just(policy), 3, 2);
  }

  private static Arbitrary<ProgrammeSnapshot> validSnapshots(
      Arbitrary<ProgrammePolicy> policies, int maxSentra, int maxMentorsPerSentra) {
    Arbitrary<LocalDate> starts =
        dates(FIRST_DATE, LAST_START)
            .flatMap(
                d ->
                    Arbitraries.frequencyOf(
                        Tuple.of(4, Arbitraries.just(d.with(DayOfWeek.MONDAY))),
                        Tuple.of(1, Arbitraries.just(d))));
    Arbitrary<SnapshotSpec> specs =
        Combinators.combine(
                policies,
                workCalendars(),
                starts,
                Arbitraries.integers().between(1, maxSentra),
                Arbitraries.integers().between(1, maxMentorsPerSentra),
                Arbitraries.integers().between(1, 8),
                Arbitraries.longs(),
                Arbitraries.doubles().between(0, 1))
            .as(SnapshotSpec::new);
    return specs.map(ValidSnapshotFactory::build);
  }

  static ProgrammeId programmeId(long n) {
    return ProgrammeId.of("PRG-" + n);
  }

  static AgencyId agencyId() {
    return AgencyId.of("DISDAGRIN");
  }

  static SentraId sentraId(int i) {
    return SentraId.of("S-" + (i + 1));
  }

  static CommodityId commodityId(int i) {
    return CommodityId.of("K-" + (i + 1));
  }

  static MentorId mentorId(int sentra, int mentor) {
    return MentorId.of(String.format(Locale.ROOT, "M-%d-%d", sentra + 1, mentor + 1));
  }

  static IkmId ikmId(int sentra, int mentor, int ikm) {
    return IkmId.of(String.format(Locale.ROOT, "IKM-%d-%d-%d", sentra + 1, mentor + 1, ikm + 1));
  }

  static VisitId visitId(IkmId ikm, IsoWeek week) {
    return VisitId.of("V-" + ikm.value() + "-" + week);
  }

  static LogbookEntryId entryId(IkmId ikm, int n) {
    return LogbookEntryId.of("LB-" + ikm.value() + "-" + n);
  }
}
