package io.github.ikmsdk.json.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.ikmsdk.json.internal.FieldTable.into;

import com.google.common.hash.HashCode;
import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.ExtraWorkingDay;
import io.github.ikmsdk.core.calendar.Holiday;
import io.github.ikmsdk.core.calendar.HolidayKind;
import io.github.ikmsdk.core.calendar.OpeningHours;
import io.github.ikmsdk.core.calendar.SpecialHours;
import io.github.ikmsdk.core.calendar.TimeWindow;
import io.github.ikmsdk.core.calendar.WeeklySchedule;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.geo.Address;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.identifier.Kbli;
import io.github.ikmsdk.core.identifier.Nik;
import io.github.ikmsdk.core.identifier.RegionCode;
import io.github.ikmsdk.core.logbook.Amendment;
import io.github.ikmsdk.core.logbook.Certification;
import io.github.ikmsdk.core.logbook.ChainLink;
import io.github.ikmsdk.core.logbook.FieldChange;
import io.github.ikmsdk.core.logbook.Indicators;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.ProductionCapacity;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.RemedyKind;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import io.github.ikmsdk.json.JsonProblem;
import io.github.ikmsdk.json.JsonProblem.Severity;
import io.github.ikmsdk.json.JsonProblemCode;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.internal.FieldTable.Slots;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.TokenStreamLocation;

/**
 * Streaming readers of every type of the contract. Each reader starts on the value's first token
 * and ends on its last; it returns null (after reporting) when the value is invalid. Not
 * thread-safe: one instance per read.
 */
public final class Readers {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIME =
      Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?");
  private static final Pattern REGION =
      Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");
  private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");
  private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

  final JsonIn in;

  /** NIK fields seen, as problems to report if the document declares personal data omitted. */
  final List<JsonProblem> nikFields = new ArrayList<>();

  /** The id text of the record being read, for import reports. */
  String recordKey;

  // Ids repeat across the visits of a log; a small cache spares their validation.
  private final HashMap<String, MentorId> mentorIds = new HashMap<>();
  private final HashMap<String, IkmId> ikmIds = new HashMap<>();
  private static final int ID_CACHE_SIZE = 1 << 14;

  private <T> T cachedId(HashMap<String, T> cache, Scalar<T> type) {
    if (in.token() == tools.jackson.core.JsonToken.VALUE_STRING) {
      String s = in.parser().getString();
      T id = cache.get(s);
      if (id != null) {
        return id;
      }
      id = in.value(type);
      if (id != null) {
        if (cache.size() >= ID_CACHE_SIZE) {
          cache.clear();
        }
        cache.put(s, id);
      }
      return id;
    }
    return in.value(type);
  }

  /**
   * Creates readers over a cursor.
   *
   * @param in the cursor
   */
  public Readers(JsonIn in) {
    this.in = in;
  }

  // ---------------------------------------------------------------- scalars

  private static int digit(String s, int i) {
    char c = s.charAt(i);
    return c >= '0' && c <= '9' ? c - '0' : -1;
  }

  private static int digits2(String s, int i) {
    int a = digit(s, i);
    int b = digit(s, i + 1);
    return a < 0 || b < 0 ? -1 : a * 10 + b;
  }

  static LocalDate parseDate(String s) {
    // Fast path for the canonical form; LocalDate.of validates the day of the month.
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int hi = digits2(s, 0);
      int lo = digits2(s, 2);
      int month = digits2(s, 5);
      int day = digits2(s, 8);
      if (hi >= 0 && lo >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(hi * 100 + lo, month, day);
      }
    }
    if (!DATE.matcher(s).matches()) {
      throw new IllegalArgumentException("date must be 'yyyy-MM-dd', was '" + s + "'");
    }
    return LocalDate.parse(s);
  }

  static LocalTime parseTime(String s) {
    if (s.length() == 5 && s.charAt(2) == ':') {
      int hour = digits2(s, 0);
      int minute = digits2(s, 3);
      if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60) {
        return LocalTime.of(hour, minute);
      }
    }
    if (!TIME.matcher(s).matches()) {
      throw new IllegalArgumentException(
          "time must be 'HH:mm' or 'HH:mm:ss[.fraction]', was '" + s + "'");
    }
    return LocalTime.parse(s);
  }

  static ZoneId parseZone(String s) {
    if (!ZONES.contains(s)) {
      throw new IllegalArgumentException(
          "zone must be an IANA time-zone id such as 'Asia/Makassar', was '" + s + "'");
    }
    ZoneId zone = ZoneId.of(s);
    if (zone instanceof ZoneOffset) {
      throw new IllegalArgumentException("zone must be a region id, was '" + s + "'");
    }
    return zone;
  }

  static RegionCode parseRegion(String s) {
    if (!REGION.matcher(s).matches()) {
      throw new IllegalArgumentException(
          "region code must be dotted, such as '53.15.05.2019', was '" + s + "'");
    }
    return RegionCode.parse(s);
  }

  LocalDate date() {
    return in.value(Scalar.DATE);
  }

  LocalTime time() {
    return in.value(Scalar.TIME);
  }

  ZoneId zone() {
    return in.value(Scalar.ZONE);
  }

  RegionCode region() {
    return in.value(Scalar.REGION);
  }

  String text() {
    return in.string();
  }

  /**
   * Reads a text that must not be blank (the schema's {@code text}), reporting a blank one at the
   * value itself rather than at its object.
   */
  String nonBlankText() {
    String s = in.string();
    if (s != null && s.isBlank()) {
      in.invalid(
          Bilingual.same(in.parser().currentName()),
          Bilingual.of("must not be blank", "tidak boleh kosong"));
      return null;
    }
    return s;
  }

  /** Reads a postal code (kode pos): five digits, reported at the value if not. */
  String postalCode() {
    String s = in.string();
    if (s != null && !POSTAL_CODE.matcher(s).matches()) {
      in.invalid(
          Bilingual.same(in.parser().currentName()),
          Bilingual.expected("expected five digits", "harus lima angka", s));
      return null;
    }
    return s;
  }

  /** Reads the id of a record, keeping its text as the record's key even if invalid. */
  private <T> T recordId(Scalar<T> type) {
    if (in.token() == tools.jackson.core.JsonToken.VALUE_STRING) {
      recordKey = in.parser().getString();
    }
    return in.value(type);
  }

  <T> List<T> list(Function<Readers, T> element) {
    if (!in.array()) {
      return null;
    }
    long errors = in.errorCount();
    List<T> out = new ArrayList<>();
    while (in.nextElement()) {
      T value = element.apply(this);
      if (value != null) {
        out.add(value);
      }
    }
    return in.errorCount() == errors ? out : null;
  }

  /**
   * Reads an array of distinct values, reporting a repeated one: the core keeps these as sets and
   * would drop the repetition silently, the schema states {@code uniqueItems}.
   */
  <T> List<T> distinct(Function<Readers, T> element) {
    if (!in.array()) {
      return null;
    }
    long errors = in.errorCount();
    Set<T> seen = new HashSet<>();
    List<T> out = new ArrayList<>();
    while (in.nextElement()) {
      T value = element.apply(this);
      if (value != null) {
        if (!seen.add(value)) {
          in.invalid(
              Bilingual.of("array element", "elemen larik"),
              Bilingual.of("'%s' is repeated", "'%s' berulang", value));
        }
        out.add(value);
      }
    }
    return in.errorCount() == errors ? out : null;
  }

  private static <B> FieldTable.Builder<Readers, B> fields() {
    return FieldTable.builder();
  }

  private static FieldTable.Builder<Readers, Slots> slots() {
    return FieldTable.builder();
  }

  private static <V> Function<Readers, V> idOf(Scalar<V> type) {
    return r -> r.in.value(type);
  }

  private static <V> Function<Readers, V> recordIdOf(Scalar<V> type) {
    return r -> r.recordId(type);
  }

  private static <E extends Enum<E>> Function<Readers, E> enumOf(E[] values) {
    return r -> r.in.enumValue(values);
  }

  // ---------------------------------------------------------------- geo

  private static final FieldTable<Readers, Slots> GEO =
      slots()
          .requiredSlot("latitude", r -> r.in.decimalBetween(-90, 90))
          .requiredSlot("longitude", r -> r.in.decimalBetween(-180, 180))
          .build("geo point", "titik lokasi");

  /** Reads a geo point. */
  public GeoPoint geoPoint() {
    return GEO.read(in, this, GEO.slots(), s -> GeoPoint.of(s.<Double>get(0), s.<Double>get(1)));
  }

  private static final FieldTable<Readers, Address.Builder> ADDRESS =
      Readers.<Address.Builder>fields()
          .required("street", into(Readers::nonBlankText, Address.Builder::street))
          .optional("region", into(Readers::region, Address.Builder::region))
          .optional("postalCode", into(Readers::postalCode, Address.Builder::postalCode))
          .build("address", "alamat");

  /** Reads an address. */
  public Address address() {
    return ADDRESS.read(in, this, Address::builder, Address.Builder::build);
  }

  // ---------------------------------------------------------------- calendar

  private static final Bilingual DAY_SCHEDULE = Bilingual.of("day schedule", "jadwal harian");

  /** Reads a day schedule: an array of working windows. */
  public DaySchedule daySchedule() {
    TokenStreamLocation start = in.location();
    List<TimeWindow> windows = list(idOf(Scalar.TIME_WINDOW));
    return windows == null
        ? null
        : in.build(start, DAY_SCHEDULE, () -> DaySchedule.ofWindows(windows));
  }

  private static final FieldTable<Readers, Map<DayOfWeek, DaySchedule>> WEEK = weekTable();

  private static FieldTable<Readers, Map<DayOfWeek, DaySchedule>> weekTable() {
    FieldTable.Builder<Readers, Map<DayOfWeek, DaySchedule>> b = fields();
    for (DayOfWeek d : DayOfWeek.values()) {
      b.required(d.name(), into(Readers::daySchedule, (days, s) -> days.put(d, s)));
    }
    return b.build("weekly schedule", "jadwal mingguan");
  }

  /** Reads a weekly schedule: an object with every day of the week. */
  public WeeklySchedule weeklySchedule() {
    return WEEK.read(in, this, () -> new EnumMap<>(DayOfWeek.class), WeeklySchedule::of);
  }

  private static final Bilingual OPENING_DAY = Bilingual.of("opening day", "hari buka");

  /**
   * Reads the opening window of a day: {@code []} for closed or an array of one window; null after
   * a problem.
   */
  private Optional<TimeWindow> openingWindow() {
    TokenStreamLocation start = in.location();
    List<TimeWindow> windows = list(idOf(Scalar.TIME_WINDOW));
    return windows == null
        ? null
        : in.build(
            start,
            OPENING_DAY,
            () -> {
              checkArgument(
                  windows.size() <= 1,
                  "a day has at most one opening window, was %s",
                  windows.size());
              return windows.stream().findFirst();
            });
  }

  private static final FieldTable<Readers, OpeningHours.Builder> OPENING_DAYS = openingDays();

  private static FieldTable<Readers, OpeningHours.Builder> openingDays() {
    FieldTable.Builder<Readers, OpeningHours.Builder> b = fields();
    for (DayOfWeek d : DayOfWeek.values()) {
      b.optional(
          d.name(),
          into(
              Readers::openingWindow,
              (hours, w) -> w.ifPresentOrElse(x -> hours.day(d, x), () -> hours.closed(d))));
    }
    return b.build("opening days", "hari buka");
  }

  private static final FieldTable<Readers, Slots> OPENING_EXCEPTION =
      slots()
          .requiredSlot("date", Readers::date)
          .requiredSlot("hours", Readers::openingWindow)
          .build("opening-hours exception", "pengecualian jam buka");

  private Map.Entry<LocalDate, Optional<TimeWindow>> openingException() {
    return OPENING_EXCEPTION.read(
        in,
        this,
        OPENING_EXCEPTION.slots(),
        s -> Map.entry(s.<LocalDate>get(0), s.<Optional<TimeWindow>>get(1)));
  }

  private static final FieldTable<Readers, OpeningHours.Builder> OPENING_HOURS =
      Readers.<OpeningHours.Builder>fields()
          .optional(
              "days",
              (r, hours) -> OPENING_DAYS.read(r.in, r, () -> hours, OpeningHours.Builder::build))
          .optional(
              "exceptions",
              into(
                  r -> r.list(Readers::openingException),
                  (hours, list) ->
                      list.forEach(
                          e ->
                              e.getValue()
                                  .ifPresentOrElse(
                                      w -> hours.date(e.getKey(), w),
                                      () -> hours.closedOn(e.getKey())))))
          .build("opening hours", "jam buka");

  /** Reads the opening hours of a business: its days of the week and its date exceptions. */
  public OpeningHours openingHours() {
    return OPENING_HOURS.read(in, this, OpeningHours::builder, OpeningHours.Builder::build);
  }

  private static final FieldTable<Readers, Slots> HOLIDAY =
      slots()
          .requiredSlot("date", Readers::date)
          .requiredSlot("kind", enumOf(HolidayKind.values()))
          .requiredSlot("name", Readers::nonBlankText)
          .build("holiday", "hari libur");

  Holiday holiday() {
    return HOLIDAY.read(in, this, HOLIDAY.slots(), s -> Holiday.of(s.get(0), s.get(1), s.get(2)));
  }

  private static final FieldTable<Readers, Slots> SPECIAL =
      slots()
          .requiredSlot("firstDay", Readers::date)
          .requiredSlot("lastDay", Readers::date)
          .requiredSlot("weeklySchedule", Readers::weeklySchedule)
          .requiredSlot("name", Readers::nonBlankText)
          .build("special hours", "jam kerja khusus");

  SpecialHours specialHours() {
    return SPECIAL.read(
        in, this, SPECIAL.slots(), s -> SpecialHours.of(s.get(0), s.get(1), s.get(2), s.get(3)));
  }

  private static final FieldTable<Readers, Slots> EXTRA =
      slots()
          .requiredSlot("date", Readers::date)
          .requiredSlot("schedule", Readers::daySchedule)
          .requiredSlot("name", Readers::nonBlankText)
          .build("extra working day", "hari kerja tambahan");

  ExtraWorkingDay extraWorkingDay() {
    return EXTRA.read(
        in, this, EXTRA.slots(), s -> ExtraWorkingDay.of(s.get(0), s.get(1), s.get(2)));
  }

  private static final FieldTable<Readers, Slots> CALENDAR =
      slots()
          .requiredSlot("zone", Readers::zone)
          .requiredSlot("weeklySchedule", Readers::weeklySchedule)
          .requiredSlot("holidays", r -> r.list(Readers::holiday))
          .requiredSlot("specialHours", r -> r.list(Readers::specialHours))
          .requiredSlot("extraWorkingDays", r -> r.list(Readers::extraWorkingDay))
          .build("work calendar", "kalender kerja");

  /** Reads a work calendar. */
  public WorkCalendar calendar() {
    return CALENDAR.read(
        in,
        this,
        CALENDAR.slots(),
        s -> {
          WorkCalendar.Builder b = WorkCalendar.builder().zone(s.get(0)).weeklySchedule(s.get(1));
          b.addHolidays(s.<List<Holiday>>get(2));
          s.<List<SpecialHours>>get(3).forEach(b::addSpecialHours);
          s.<List<ExtraWorkingDay>>get(4).forEach(b::addExtraWorkingDay);
          return b.build();
        });
  }

  // ---------------------------------------------------------------- programme

  private static final FieldTable<Readers, ProgrammePolicy.Builder> POLICY =
      Readers.<ProgrammePolicy.Builder>fields()
          .optional(
              "maxIkmsPerMentor",
              into(r -> r.in.int32AtLeast(1), ProgrammePolicy.Builder::maxIkmsPerMentor))
          .optional(
              "oneSentraPerMentor",
              into(r -> r.in.bool(), ProgrammePolicy.Builder::oneSentraPerMentor))
          .optional(
              "oneCommodityPerMentor",
              into(r -> r.in.bool(), ProgrammePolicy.Builder::oneCommodityPerMentor))
          .optional(
              "minVisitsPerWeek",
              into(r -> r.in.int32AtLeast(1), ProgrammePolicy.Builder::minVisitsPerWeek))
          .optional(
              "minVisitWorkingMinutes",
              into(r -> r.in.int32AtLeast(1), ProgrammePolicy.Builder::minVisitWorkingMinutes))
          .optional(
              "siteToleranceMetres",
              into(r -> r.in.int32AtLeast(0), ProgrammePolicy.Builder::siteToleranceMetres))
          .optional(
              "minDurationMonths",
              into(r -> r.in.int32AtLeast(1), ProgrammePolicy.Builder::minDurationMonths))
          .optional(
              "maxDurationMonths",
              into(r -> r.in.int32AtLeast(1), ProgrammePolicy.Builder::maxDurationMonths))
          .optional(
              "minWorkingDaysForRequiredWeek",
              into(
                  r -> r.in.int32Between(1, 7),
                  ProgrammePolicy.Builder::minWorkingDaysForRequiredWeek))
          .optional("returnToBase", into(r -> r.in.bool(), ProgrammePolicy.Builder::returnToBase))
          .optional(
              "allowedRemedies",
              into(
                  r -> r.distinct(enumOf(RemedyKind.values())),
                  ProgrammePolicy.Builder::allowedRemedies))
          .build("programme policy", "kebijakan program");

  /** Reads a programme policy; absent fields take their defaults. */
  public ProgrammePolicy policy() {
    return POLICY.read(in, this, ProgrammePolicy::builder, ProgrammePolicy.Builder::build);
  }

  private static final FieldTable<Readers, Programme.Builder> PROGRAMME =
      Readers.<Programme.Builder>fields()
          .required("id", into(recordIdOf(Scalar.PROGRAMME_ID), Programme.Builder::id))
          .required("agency", into(idOf(Scalar.AGENCY_ID), Programme.Builder::agency))
          .required("name", into(Readers::nonBlankText, Programme.Builder::name))
          .required("startDate", into(Readers::date, Programme.Builder::startDate))
          .required("endDate", into(Readers::date, Programme.Builder::endDate))
          .required("zone", into(Readers::zone, Programme.Builder::zone))
          .optional("policy", into(Readers::policy, Programme.Builder::policy))
          .required(
              "sentra", into(r -> r.distinct(idOf(Scalar.SENTRA_ID)), Programme.Builder::sentra))
          .required(
              "participants",
              into(r -> r.distinct(idOf(Scalar.IKM_ID)), Programme.Builder::participants))
          .build("programme", "program");

  /** Reads a programme. */
  public Programme programme() {
    return PROGRAMME.read(in, this, Programme::builder, Programme.Builder::build);
  }

  private static final FieldTable<Readers, Agency.Builder> AGENCY =
      Readers.<Agency.Builder>fields()
          .required("id", into(recordIdOf(Scalar.AGENCY_ID), Agency.Builder::id))
          .required("name", into(Readers::nonBlankText, Agency.Builder::name))
          .optional("shortName", into(Readers::text, Agency.Builder::shortName))
          .required("region", into(Readers::region, Agency.Builder::region))
          .optional("office", into(Readers::address, Agency.Builder::office))
          .optional("location", into(Readers::geoPoint, Agency.Builder::location))
          .build("agency", "dinas");

  /** Reads an agency. */
  public Agency agency() {
    return AGENCY.read(in, this, Agency::builder, Agency.Builder::build);
  }

  private static final FieldTable<Readers, Commodity.Builder> COMMODITY =
      Readers.<Commodity.Builder>fields()
          .required("id", into(recordIdOf(Scalar.COMMODITY_ID), Commodity.Builder::id))
          .required("name", into(Readers::nonBlankText, Commodity.Builder::name))
          .optional("kbli", into(Readers::kbli, Commodity.Builder::kbli))
          .required(
              "minDurationMonths",
              into(r -> r.in.int32AtLeast(1), Commodity.Builder::minDurationMonths))
          .required(
              "maxDurationMonths",
              into(r -> r.in.int32AtLeast(1), Commodity.Builder::maxDurationMonths))
          .build("commodity", "komoditi");

  /** Reads a commodity. */
  public Commodity commodity() {
    return COMMODITY.read(in, this, Commodity::builder, Commodity.Builder::build);
  }

  private Kbli kbli() {
    return in.value(Scalar.KBLI);
  }

  private static final FieldTable<Readers, Sentra.Builder> SENTRA =
      Readers.<Sentra.Builder>fields()
          .required("id", into(recordIdOf(Scalar.SENTRA_ID), Sentra.Builder::id))
          .required("name", into(Readers::nonBlankText, Sentra.Builder::name))
          .required("commodity", into(idOf(Scalar.COMMODITY_ID), Sentra.Builder::commodity))
          .required("region", into(Readers::region, Sentra.Builder::region))
          .required("location", into(Readers::geoPoint, Sentra.Builder::location))
          .build("sentra", "sentra");

  /** Reads a sentra. */
  public Sentra sentra() {
    return SENTRA.read(in, this, Sentra::builder, Sentra.Builder::build);
  }

  private static final FieldTable<Readers, Mentor.Builder> MENTOR =
      Readers.<Mentor.Builder>fields()
          .required("id", into(recordIdOf(Scalar.MENTOR_ID), Mentor.Builder::id))
          .required("name", into(Readers::nonBlankText, Mentor.Builder::name))
          .optional("nip", into(idOf(Scalar.NIP), Mentor.Builder::nip))
          .required("base", into(Readers::geoPoint, Mentor.Builder::base))
          .build("mentor", "pendamping");

  /** Reads a mentor. */
  public Mentor mentor() {
    return MENTOR.read(in, this, Mentor::builder, Mentor.Builder::build);
  }

  private static final FieldTable<Readers, Ikm.Builder> IKM =
      Readers.<Ikm.Builder>fields()
          .required("id", into(recordIdOf(Scalar.IKM_ID), Ikm.Builder::id))
          .required("name", into(Readers::nonBlankText, Ikm.Builder::name))
          .required("ownerName", into(Readers::nonBlankText, Ikm.Builder::ownerName))
          .optional("nib", into(idOf(Scalar.NIB), Ikm.Builder::nib))
          .optional("ownerNik", into(Readers::ownerNik, Ikm.Builder::ownerNik))
          .required("kbli", into(Readers::kbli, Ikm.Builder::kbli))
          .required("sentra", into(idOf(Scalar.SENTRA_ID), Ikm.Builder::sentra))
          .required("commodity", into(idOf(Scalar.COMMODITY_ID), Ikm.Builder::commodity))
          .required("productionSite", into(Readers::geoPoint, Ikm.Builder::productionSite))
          .required("address", into(Readers::address, Ikm.Builder::address))
          .optional("openingHours", into(Readers::openingHours, Ikm.Builder::openingHours))
          .build("IKM", "IKM");

  /** Reads an owner's NIK, noting where it was found for documents without personal data. */
  private Nik ownerNik() {
    nikFields.add(
        JsonProblem.of(
            JsonProblemCode.PERSONAL_DATA_PRESENT, Severity.ERROR, in.here(), "ownerNik"));
    return in.value(Scalar.NIK);
  }

  /** Reads an IKM. */
  public Ikm ikm() {
    return IKM.read(in, this, Ikm::builder, Ikm.Builder::build);
  }

  private static final FieldTable<Readers, Assignment.Builder> ASSIGNMENT =
      Readers.<Assignment.Builder>fields()
          .required("mentor", into(recordIdOf(Scalar.MENTOR_ID), Assignment.Builder::mentor))
          .required("ikms", into(r -> r.distinct(idOf(Scalar.IKM_ID)), Assignment.Builder::ikms))
          .build("assignment", "penugasan");

  /** Reads an assignment. */
  public Assignment assignment() {
    return ASSIGNMENT.read(in, this, Assignment::builder, Assignment.Builder::build);
  }

  private static final FieldTable<Readers, MentorLeave.Builder> LEAVE =
      Readers.<MentorLeave.Builder>fields()
          .required("mentor", into(recordIdOf(Scalar.MENTOR_ID), MentorLeave.Builder::mentor))
          .required("firstDay", into(Readers::date, MentorLeave.Builder::firstDay))
          .required("lastDay", into(Readers::date, MentorLeave.Builder::lastDay))
          .optional("reason", into(Readers::text, MentorLeave.Builder::reason))
          .build("mentor leave", "cuti pendamping");

  /** Reads a mentor's leave. */
  public MentorLeave leave() {
    return LEAVE.read(in, this, MentorLeave::builder, MentorLeave.Builder::build);
  }

  private static final FieldTable<Readers, Visit.Builder> VISIT =
      Readers.<Visit.Builder>fields()
          .required("id", into(recordIdOf(Scalar.VISIT_ID), Visit.Builder::id))
          .required(
              "mentor", into(r -> r.cachedId(r.mentorIds, Scalar.MENTOR_ID), Visit.Builder::mentor))
          .required("ikm", into(r -> r.cachedId(r.ikmIds, Scalar.IKM_ID), Visit.Builder::ikm))
          .required("date", into(Readers::date, Visit.Builder::date))
          .required("start", into(Readers::time, Visit.Builder::start))
          .required("end", into(Readers::time, Visit.Builder::end))
          .optional("location", into(Readers::geoPoint, Visit.Builder::location))
          .optional("status", into(enumOf(VisitStatus.values()), Visit.Builder::status))
          .optional("notes", into(Readers::text, Visit.Builder::notes))
          .build("visit", "kunjungan");

  /** Reads a visit. */
  public Visit visit() {
    return VISIT.read(in, this, Visit::builder, Visit.Builder::build);
  }

  private static final FieldTable<Readers, LogbookEntry.Builder> ENTRY =
      Readers.<LogbookEntry.Builder>fields()
          .required("id", into(recordIdOf(Scalar.LOGBOOK_ENTRY_ID), LogbookEntry.Builder::id))
          .required("ikm", into(idOf(Scalar.IKM_ID), LogbookEntry.Builder::ikm))
          .required("stage", into(enumOf(Stage.values()), LogbookEntry.Builder::stage))
          .required("date", into(Readers::date, LogbookEntry.Builder::date))
          .required("author", into(idOf(Scalar.MENTOR_ID), LogbookEntry.Builder::author))
          .optional(
              "recordedAt", into(r -> r.in.value(Scalar.INSTANT), LogbookEntry.Builder::recordedAt))
          .optional("recordedBy", into(Readers::text, LogbookEntry.Builder::recordedBy))
          .optional("visit", into(idOf(Scalar.VISIT_ID), LogbookEntry.Builder::visit))
          .optional("findings", into(Readers::text, LogbookEntry.Builder::findings))
          .optional("actions", into(Readers::text, LogbookEntry.Builder::actions))
          .optional("indicators", into(Readers::indicators, LogbookEntry.Builder::indicators))
          .optional("amendment", into(Readers::amendment, LogbookEntry.Builder::amendment))
          .optional("previousHash", (r, b) -> r.previousHash = r.in.value(Scalar.SHA256))
          .optional("hash", (r, b) -> r.hash = r.in.value(Scalar.SHA256))
          .build("logbook entry", "entri logbook");

  /** The chain link fields of the logbook entry being read. */
  private HashCode previousHash;

  private HashCode hash;

  /**
   * Reads a logbook entry; {@code previousHash} and {@code hash} come together (version 2) or not
   * at all (version 1, or an entry not yet in the chain).
   */
  public LogbookEntry logbookEntry() {
    previousHash = null;
    hash = null;
    return ENTRY.read(
        in,
        this,
        LogbookEntry::builder,
        (b, start) -> {
          if ((previousHash == null) != (hash == null)) {
            in.errorAtObject(
                start,
                JsonProblemCode.MISSING_FIELD,
                previousHash == null ? "previousHash" : "hash");
            return null;
          }
          if (hash != null) {
            b.link(ChainLink.of(previousHash, hash));
          }
          return in.build(start, ENTRY.what(), b::build);
        });
  }

  private static final FieldTable<Readers, Indicators.Builder> INDICATORS =
      Readers.<Indicators.Builder>fields()
          .optional(
              "monthlyTurnoverRupiah",
              into(r -> r.in.int64AtLeast(0), Indicators.Builder::monthlyTurnoverRupiah))
          .optional("workers", into(r -> r.in.int32AtLeast(0), Indicators.Builder::workers))
          .optional(
              "productionCapacity",
              into(Readers::productionCapacity, Indicators.Builder::productionCapacity))
          .optional("products", into(r -> r.in.int32AtLeast(0), Indicators.Builder::products))
          .required(
              "certifications",
              into(
                  r -> r.distinct(enumOf(Certification.values())),
                  Indicators.Builder::certifications))
          .build("indicators", "indikator");

  Indicators indicators() {
    return INDICATORS.read(in, this, Indicators::builder, Indicators.Builder::build);
  }

  private static final FieldTable<Readers, Slots> CAPACITY =
      slots()
          .requiredSlot("quantity", r -> r.in.int64AtLeast(0))
          .requiredSlot("unit", Readers::nonBlankText)
          .build("production capacity", "kapasitas produksi");

  ProductionCapacity productionCapacity() {
    return CAPACITY.read(
        in, this, CAPACITY.slots(), s -> ProductionCapacity.of(s.<Long>get(0), s.get(1)));
  }

  private static final FieldTable<Readers, Amendment.Builder> AMENDMENT =
      Readers.<Amendment.Builder>fields()
          .required("amends", into(idOf(Scalar.LOGBOOK_ENTRY_ID), Amendment.Builder::amends))
          .required(
              "changes",
              into(r -> r.in.nonEmpty(r.list(Readers::fieldChange)), Amendment.Builder::changes))
          .optional("reason", into(Readers::text, Amendment.Builder::reason))
          .build("amendment", "amendemen");

  Amendment amendment() {
    return AMENDMENT.read(in, this, Amendment::builder, Amendment.Builder::build);
  }

  private static final FieldTable<Readers, Slots> CHANGE =
      slots()
          .requiredSlot("field", Readers::nonBlankText)
          .requiredSlot("previousValue", Readers::text)
          .requiredSlot("newValue", Readers::text)
          .build("field change", "perubahan kolom");

  FieldChange fieldChange() {
    return CHANGE.read(in, this, CHANGE.slots(), s -> FieldChange.of(s.get(0), s.get(1), s.get(2)));
  }

  // ---------------------------------------------------------------- document header

  /** Checks the schemaVersion value: one the reader of the kind reads. */
  void schemaVersion(DocumentKind kind) {
    Integer v = in.int32();
    if (v != null && !kind.canRead(v)) {
      StringJoiner supported = new StringJoiner(", ");
      for (int version = 1; version <= kind.schemaVersion(); version++) {
        if (kind.canRead(version)) {
          supported.add(Integer.toString(version));
        }
      }
      in.error(JsonProblemCode.UNSUPPORTED_VERSION, v, supported);
    }
  }

  /** Checks the kind value. */
  void kind(DocumentKind expected) {
    String k = in.string();
    if (k != null && !k.equals(expected.wireName())) {
      in.error(JsonProblemCode.WRONG_KIND, k, expected.wireName());
    }
  }
}
