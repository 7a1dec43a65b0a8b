package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.ExtraWorkingDay;
import io.github.ikmsdk.core.calendar.Holiday;
import io.github.ikmsdk.core.calendar.HolidayKind;
import io.github.ikmsdk.core.calendar.SpecialHours;
import io.github.ikmsdk.core.calendar.TimeWindow;
import io.github.ikmsdk.core.calendar.WeeklySchedule;
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
import io.github.ikmsdk.core.logbook.Amendment;
import io.github.ikmsdk.core.logbook.Certification;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  private static final Pattern REGION = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");
  private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

  final JsonIn in;
  /** NIK fields seen, as problems to report if the document declares personal data omitted. */
  final List<JsonProblem> nikFields = new ArrayList<>();
  /** The id text of the record being read, for import reports. */
  String recordKey;
  // Ids repeat across the visits of a log; a small cache spares their validation.
  private final java.util.HashMap<String, MentorId> mentorIds = new java.util.HashMap<>();
  private final java.util.HashMap<String, IkmId> ikmIds = new java.util.HashMap<>();
  private static final int ID_CACHE_SIZE = 1 << 14;

  private <T> T cachedId(java.util.HashMap<String, T> cache, String what, Function<String, T> of) {
    if (in.token() == tools.jackson.core.JsonToken.VALUE_STRING) {
      String s = in.parser().getString();
      T id = cache.get(s);
      if (id != null) {
        return id;
      }
      id = in.parsed(what, of);
      if (id != null) {
        if (cache.size() >= ID_CACHE_SIZE) {
          cache.clear();
        }
        cache.put(s, id);
      }
      return id;
    }
    return in.parsed(what, of);
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

  static String digits(String s, int length, String what) {
    if (s.length() != length || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(
          what + " must be " + length + " digits, was '" + s + "'");
    }
    return s;
  }

  LocalDate date() {
    return in.parsed("date", Readers::parseDate);
  }

  LocalTime time() {
    return in.parsed("time", Readers::parseTime);
  }

  ZoneId zone() {
    return in.parsed("zone", Readers::parseZone);
  }

  RegionCode region() {
    return in.parsed("region code", Readers::parseRegion);
  }

  String text() {
    return in.string();
  }

  private <T> T id(String what, Function<String, T> of) {
    return in.parsed(what, of);
  }

  private <T> T recordId(String what, Function<String, T> of) {
    String s = in.string();
    if (s == null) {
      return null;
    }
    recordKey = s;
    try {
      return of.apply(s);
    } catch (IllegalArgumentException e) {
      in.error(JsonProblemCode.INVALID_VALUE, what, e.getMessage());
      return null;
    }
  }

  private <T> List<T> list(Function<Readers, T> element) {
    if (!in.array()) {
      return null;
    }
    int errors = in.errorCount();
    List<T> out = new ArrayList<>();
    while (in.nextElement()) {
      T value = element.apply(this);
      if (value != null) {
        out.add(value);
      }
    }
    return in.errorCount() == errors ? out : null;
  }

  // ---------------------------------------------------------------- geo

  private static final String[] GEO = {"latitude", "longitude"};

  /** Reads a geo point. */
  public GeoPoint geoPoint() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    Double lat = null;
    Double lon = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "latitude":
          seen = in.seen(seen, 0);
          lat = in.decimal();
          break;
        case "longitude":
          seen = in.seen(seen, 1);
          lon = in.decimal();
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b11, GEO);
    if (in.errorCount() != errors) {
      return null;
    }
    double la = lat;
    double lo = lon;
    return in.build(start, "geo point", () -> GeoPoint.of(la, lo));
  }

  private static final String[] ADDRESS = {"street", "region", "postalCode"};

  /** Reads an address. */
  public Address address() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    String street = null;
    RegionCode region = null;
    String postal = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "street":
          seen = in.seen(seen, 0);
          street = text();
          break;
        case "region":
          seen = in.seen(seen, 1);
          region = region();
          break;
        case "postalCode":
          seen = in.seen(seen, 2);
          postal = text();
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b1, ADDRESS);
    if (in.errorCount() != errors) {
      return null;
    }
    Address.Builder b = Address.builder();
    b.street(street);
    if (region != null) {
      b.region(region);
    }
    if (postal != null) {
      b.postalCode(postal);
    }
    return in.build(start, "address", b::build);
  }

  // ---------------------------------------------------------------- calendar

  /** Reads a day schedule: an array of working windows. */
  public DaySchedule daySchedule() {
    if (!in.array()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    List<TimeWindow> windows = new ArrayList<>();
    while (in.nextElement()) {
      TimeWindow w = in.parsed("time window", TimeWindow::parse);
      if (w != null) {
        windows.add(w);
      }
    }
    if (in.errorCount() != errors) {
      return null;
    }
    return in.build(start, "day schedule", () -> DaySchedule.ofWindows(windows));
  }

  /** Reads a weekly schedule: an object with every day of the week. */
  public WeeklySchedule weeklySchedule() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    Map<DayOfWeek, DaySchedule> days = new EnumMap<>(DayOfWeek.class);
    for (String f; (f = in.nextField()) != null; ) {
      DayOfWeek day = dayOfWeek(f);
      if (day == null) {
        in.unknown(f);
        continue;
      }
      seen = in.seen(seen, day.ordinal());
      DaySchedule s = daySchedule();
      if (s != null) {
        days.put(day, s);
      }
    }
    in.require(start, seen, 0b1111111, DAY_NAMES);
    if (in.errorCount() != errors) {
      return null;
    }
    return in.build(start, "weekly schedule", () -> WeeklySchedule.of(days));
  }

  private static final String[] DAY_NAMES = new String[7];

  static {
    for (DayOfWeek d : DayOfWeek.values()) {
      DAY_NAMES[d.ordinal()] = d.name();
    }
  }

  private static DayOfWeek dayOfWeek(String name) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().equals(name)) {
        return d;
      }
    }
    return null;
  }

  private static final String[] HOLIDAY = {"date", "kind", "name"};

  Holiday holiday() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    LocalDate date = null;
    HolidayKind kind = null;
    String name = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "date":
          seen = in.seen(seen, 0);
          date = date();
          break;
        case "kind":
          seen = in.seen(seen, 1);
          kind = in.enumValue(HolidayKind.values());
          break;
        case "name":
          seen = in.seen(seen, 2);
          name = text();
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b111, HOLIDAY);
    if (in.errorCount() != errors) {
      return null;
    }
    LocalDate d = date;
    HolidayKind k = kind;
    String n = name;
    return in.build(start, "holiday", () -> Holiday.of(d, k, n));
  }

  private static final String[] SPECIAL = {"firstDay", "lastDay", "weeklySchedule", "name"};

  SpecialHours specialHours() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    LocalDate first = null;
    LocalDate last = null;
    WeeklySchedule schedule = null;
    String name = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "firstDay":
          seen = in.seen(seen, 0);
          first = date();
          break;
        case "lastDay":
          seen = in.seen(seen, 1);
          last = date();
          break;
        case "weeklySchedule":
          seen = in.seen(seen, 2);
          schedule = weeklySchedule();
          break;
        case "name":
          seen = in.seen(seen, 3);
          name = text();
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b1111, SPECIAL);
    if (in.errorCount() != errors) {
      return null;
    }
    LocalDate a = first;
    LocalDate b = last;
    WeeklySchedule s = schedule;
    String n = name;
    return in.build(start, "special hours", () -> SpecialHours.of(a, b, s, n));
  }

  private static final String[] EXTRA = {"date", "schedule", "name"};

  ExtraWorkingDay extraWorkingDay() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    LocalDate date = null;
    DaySchedule schedule = null;
    String name = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "date":
          seen = in.seen(seen, 0);
          date = date();
          break;
        case "schedule":
          seen = in.seen(seen, 1);
          schedule = daySchedule();
          break;
        case "name":
          seen = in.seen(seen, 2);
          name = text();
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b111, EXTRA);
    if (in.errorCount() != errors) {
      return null;
    }
    LocalDate d = date;
    DaySchedule s = schedule;
    String n = name;
    return in.build(start, "extra working day", () -> ExtraWorkingDay.of(d, s, n));
  }

  private static final String[] CALENDAR = {
    "zone", "weeklySchedule", "holidays", "specialHours", "extraWorkingDays"
  };

  /** Reads a work calendar. */
  public WorkCalendar calendar() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    ZoneId zone = null;
    WeeklySchedule weekly = null;
    List<Holiday> holidays = null;
    List<SpecialHours> special = null;
    List<ExtraWorkingDay> extra = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "zone":
          seen = in.seen(seen, 0);
          zone = zone();
          break;
        case "weeklySchedule":
          seen = in.seen(seen, 1);
          weekly = weeklySchedule();
          break;
        case "holidays":
          seen = in.seen(seen, 2);
          holidays = list(Readers::holiday);
          break;
        case "specialHours":
          seen = in.seen(seen, 3);
          special = list(Readers::specialHours);
          break;
        case "extraWorkingDays":
          seen = in.seen(seen, 4);
          extra = list(Readers::extraWorkingDay);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b11111, CALENDAR);
    if (in.errorCount() != errors) {
      return null;
    }
    WorkCalendar.Builder b = WorkCalendar.builder().zone(zone).weeklySchedule(weekly);
    b.addHolidays(holidays);
    special.forEach(b::addSpecialHours);
    extra.forEach(b::addExtraWorkingDay);
    return in.build(start, "work calendar", b::build);
  }

  // ---------------------------------------------------------------- programme

  private static final String[] POLICY = {
    "maxIkmsPerMentor",
    "oneSentraPerMentor",
    "oneCommodityPerMentor",
    "minVisitsPerWeek",
    "minVisitWorkingMinutes",
    "siteToleranceMetres",
    "minDurationMonths",
    "maxDurationMonths",
    "minWorkingDaysForRequiredWeek",
    "allowedRemedies"
  };

  /** Reads a programme policy; absent fields take their defaults. */
  public ProgrammePolicy policy() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    ProgrammePolicy.Builder b = ProgrammePolicy.builder();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "maxIkmsPerMentor":
          seen = in.seen(seen, 0);
          ifPresent(in.int32(), b::maxIkmsPerMentor);
          break;
        case "oneSentraPerMentor":
          seen = in.seen(seen, 1);
          ifPresent(in.bool(), b::oneSentraPerMentor);
          break;
        case "oneCommodityPerMentor":
          seen = in.seen(seen, 2);
          ifPresent(in.bool(), b::oneCommodityPerMentor);
          break;
        case "minVisitsPerWeek":
          seen = in.seen(seen, 3);
          ifPresent(in.int32(), b::minVisitsPerWeek);
          break;
        case "minVisitWorkingMinutes":
          seen = in.seen(seen, 4);
          ifPresent(in.int32(), b::minVisitWorkingMinutes);
          break;
        case "siteToleranceMetres":
          seen = in.seen(seen, 5);
          ifPresent(in.int32(), b::siteToleranceMetres);
          break;
        case "minDurationMonths":
          seen = in.seen(seen, 6);
          ifPresent(in.int32(), b::minDurationMonths);
          break;
        case "maxDurationMonths":
          seen = in.seen(seen, 7);
          ifPresent(in.int32(), b::maxDurationMonths);
          break;
        case "minWorkingDaysForRequiredWeek":
          seen = in.seen(seen, 8);
          ifPresent(in.int32(), b::minWorkingDaysForRequiredWeek);
          break;
        case "allowedRemedies":
          seen = in.seen(seen, 9);
          List<RemedyKind> remedies = list(r -> r.in.enumValue(RemedyKind.values()));
          if (remedies != null) {
            b.allowedRemedies(remedies);
          }
          break;
        default:
          in.unknown(f);
      }
    }
    if (in.errorCount() != errors) {
      return null;
    }
    return in.build(start, "programme policy", b::build);
  }

  private static <T> void ifPresent(T value, java.util.function.Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  private static final String[] PROGRAMME = {
    "id", "agency", "name", "startDate", "endDate", "zone", "policy", "sentra", "participants"
  };

  /** Reads a programme. */
  public Programme programme() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    Programme.Builder b = Programme.builder();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "id":
          seen = in.seen(seen, 0);
          ifPresent(recordId("programme id", ProgrammeId::of), b::id);
          break;
        case "agency":
          seen = in.seen(seen, 1);
          ifPresent(id("agency id", AgencyId::of), b::agency);
          break;
        case "name":
          seen = in.seen(seen, 2);
          ifPresent(text(), b::name);
          break;
        case "startDate":
          seen = in.seen(seen, 3);
          ifPresent(date(), b::startDate);
          break;
        case "endDate":
          seen = in.seen(seen, 4);
          ifPresent(date(), b::endDate);
          break;
        case "zone":
          seen = in.seen(seen, 5);
          ifPresent(zone(), b::zone);
          break;
        case "policy":
          seen = in.seen(seen, 6);
          ifPresent(policy(), b::policy);
          break;
        case "sentra":
          seen = in.seen(seen, 7);
          ifPresent(list(r -> r.id("sentra id", SentraId::of)), b::sentra);
          break;
        case "participants":
          seen = in.seen(seen, 8);
          ifPresent(list(r -> r.id("IKM id", IkmId::of)), b::participants);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b110111111, PROGRAMME);
    if (in.errorCount() != errors) {
      return null;
    }
    return in.build(start, "programme", b::build);
  }

  private static final String[] AGENCY = {
    "id", "name", "shortName", "region", "office", "location"
  };

  /** Reads an agency. */
  public Agency agency() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    Agency.Builder b = Agency.builder();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "id":
          seen = in.seen(seen, 0);
          ifPresent(recordId("agency id", AgencyId::of), b::id);
          break;
        case "name":
          seen = in.seen(seen, 1);
          ifPresent(text(), b::name);
          break;
        case "shortName":
          seen = in.seen(seen, 2);
          ifPresent(text(), b::shortName);
          break;
        case "region":
          seen = in.seen(seen, 3);
          ifPresent(region(), b::region);
          break;
        case "office":
          seen = in.seen(seen, 4);
          ifPresent(address(), b::office);
          break;
        case "location":
          seen = in.seen(seen, 5);
          ifPresent(geoPoint(), b::location);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b1011, AGENCY);
    if (in.errorCount() != errors) {
      return null;
    }
    return in.build(start, "agency", b::build);
  }

  private static final String[] COMMODITY = {
    "id", "name", "kbli", "minDurationMonths", "maxDurationMonths"
  };

  /** Reads a commodity. */
  public Commodity commodity() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    Commodity.Builder b = Commodity.builder();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "id":
          seen = in.seen(seen, 0);
          ifPresent(recordId("commodity id", CommodityId::of), b::id);
          break;
        case "name":
          seen = in.seen(seen, 1);
          ifPresent(text(), b::name);
          break;
        case "kbli":
          seen = in.seen(seen, 2);
          ifPresent(kbli(), b::kbli);
          break;
        case "minDurationMonths":
          seen = in.seen(seen, 3);
          ifPresent(in.int32(), b::minDurationMonths);
          break;
        case "maxDurationMonths":
          seen = in.seen(seen, 4);
          ifPresent(in.int32(), b::maxDurationMonths);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b11011, COMMODITY);
    if (in.errorCount() != errors) {
      return null;
    }
    return in.build(start, "commodity", b::build);
  }

  private Kbli kbli() {
    return in.parsed("KBLI", s -> Kbli.parse(digits(s, 5, "KBLI")));
  }

  private static final String[] SENTRA = {"id", "name", "commodity", "region", "location"};

  /** Reads a sentra. */
  public Sentra sentra() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    Sentra.Builder b = Sentra.builder();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "id":
          seen = in.seen(seen, 0);
          ifPresent(recordId("sentra id", SentraId::of), b::id);
          break;
        case "name":
          seen = in.seen(seen, 1);
          ifPresent(text(), b::name);
          break;
        case "commodity":
          seen = in.seen(seen, 2);
          ifPresent(id("commodity id", CommodityId::of), b::commodity);
          break;
        case "region":
          seen = in.seen(seen, 3);
          ifPresent(region(), b::region);
          break;
        case "location":
          seen = in.seen(seen, 4);
          ifPresent(geoPoint(), b::location);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b11111, SENTRA);
    if (in.errorCount() != errors) {
      return null;
    }
    return in.build(start, "sentra", b::build);
  }

  private static final String[] MENTOR = {"id", "name", "nip", "base"};

  /** Reads a mentor. */
  public Mentor mentor() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    Mentor.Builder b = Mentor.builder();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "id":
          seen = in.seen(seen, 0);
          ifPresent(recordId("mentor id", MentorId::of), b::id);
          break;
        case "name":
          seen = in.seen(seen, 1);
          ifPresent(text(), b::name);
          break;
        case "nip":
          seen = in.seen(seen, 2);
          ifPresent(in.parsed("NIP", s -> Nip.parse(digits(s, 18, "NIP"))), b::nip);
          break;
        case "base":
          seen = in.seen(seen, 3);
          ifPresent(geoPoint(), b::base);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b1011, MENTOR);
    if (in.errorCount() != errors) {
      return null;
    }
    return in.build(start, "mentor", b::build);
  }

  private static final String[] IKM = {
    "id", "name", "ownerName", "nib", "ownerNik", "kbli", "sentra", "commodity",
    "productionSite", "address"
  };

  /** Reads an IKM. */
  public Ikm ikm() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    Ikm.Builder b = Ikm.builder();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "id":
          seen = in.seen(seen, 0);
          ifPresent(recordId("IKM id", IkmId::of), b::id);
          break;
        case "name":
          seen = in.seen(seen, 1);
          ifPresent(text(), b::name);
          break;
        case "ownerName":
          seen = in.seen(seen, 2);
          ifPresent(text(), b::ownerName);
          break;
        case "nib":
          seen = in.seen(seen, 3);
          ifPresent(in.parsed("NIB", s -> Nib.parse(digits(s, 13, "NIB"))), b::nib);
          break;
        case "ownerNik":
          seen = in.seen(seen, 4);
          TokenStreamLocation loc = in.location();
          nikFields.add(
              JsonProblem.of(
                  JsonProblemCode.PERSONAL_DATA_PRESENT,
                  Severity.ERROR,
                  in.parser().streamReadContext().pathAsPointer().toString(),
                  loc.getLineNr(),
                  loc.getColumnNr(),
                  "ownerNik"));
          ifPresent(in.parsed("NIK", s -> Nik.parse(digits(s, 16, "NIK"))), b::ownerNik);
          break;
        case "kbli":
          seen = in.seen(seen, 5);
          ifPresent(kbli(), b::kbli);
          break;
        case "sentra":
          seen = in.seen(seen, 6);
          ifPresent(id("sentra id", SentraId::of), b::sentra);
          break;
        case "commodity":
          seen = in.seen(seen, 7);
          ifPresent(id("commodity id", CommodityId::of), b::commodity);
          break;
        case "productionSite":
          seen = in.seen(seen, 8);
          ifPresent(geoPoint(), b::productionSite);
          break;
        case "address":
          seen = in.seen(seen, 9);
          ifPresent(address(), b::address);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b1111100111, IKM);
    if (in.errorCount() != errors) {
      return null;
    }
    return in.build(start, "IKM", b::build);
  }

  private static final String[] ASSIGNMENT = {"mentor", "ikms"};

  /** Reads an assignment. */
  public Assignment assignment() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    Assignment.Builder b = Assignment.builder();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "mentor":
          seen = in.seen(seen, 0);
          ifPresent(recordId("mentor id", MentorId::of), b::mentor);
          break;
        case "ikms":
          seen = in.seen(seen, 1);
          ifPresent(list(r -> r.id("IKM id", IkmId::of)), b::ikms);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b11, ASSIGNMENT);
    if (in.errorCount() != errors) {
      return null;
    }
    return in.build(start, "assignment", b::build);
  }

  private static final String[] LEAVE = {"mentor", "firstDay", "lastDay", "reason"};

  /** Reads a mentor's leave. */
  public MentorLeave leave() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    MentorLeave.Builder b = MentorLeave.builder();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "mentor":
          seen = in.seen(seen, 0);
          ifPresent(recordId("mentor id", MentorId::of), b::mentor);
          break;
        case "firstDay":
          seen = in.seen(seen, 1);
          ifPresent(date(), b::firstDay);
          break;
        case "lastDay":
          seen = in.seen(seen, 2);
          ifPresent(date(), b::lastDay);
          break;
        case "reason":
          seen = in.seen(seen, 3);
          ifPresent(text(), b::reason);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b111, LEAVE);
    if (in.errorCount() != errors) {
      return null;
    }
    return in.build(start, "mentor leave", b::build);
  }

  private static final String[] VISIT = {
    "id", "mentor", "ikm", "date", "start", "end", "location", "status", "notes"
  };

  /** Reads a visit. */
  public Visit visit() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    Visit.Builder b = Visit.builder();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "id":
          seen = in.seen(seen, 0);
          ifPresent(recordId("visit id", VisitId::of), b::id);
          break;
        case "mentor":
          seen = in.seen(seen, 1);
          ifPresent(cachedId(mentorIds, "mentor id", MentorId::of), b::mentor);
          break;
        case "ikm":
          seen = in.seen(seen, 2);
          ifPresent(cachedId(ikmIds, "IKM id", IkmId::of), b::ikm);
          break;
        case "date":
          seen = in.seen(seen, 3);
          ifPresent(date(), b::date);
          break;
        case "start":
          seen = in.seen(seen, 4);
          ifPresent(time(), b::start);
          break;
        case "end":
          seen = in.seen(seen, 5);
          ifPresent(time(), b::end);
          break;
        case "location":
          seen = in.seen(seen, 6);
          ifPresent(geoPoint(), b::location);
          break;
        case "status":
          seen = in.seen(seen, 7);
          ifPresent(in.enumValue(VisitStatus.values()), b::status);
          break;
        case "notes":
          seen = in.seen(seen, 8);
          ifPresent(text(), b::notes);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b111111, VISIT);
    if (in.errorCount() != errors) {
      return null;
    }
    return in.build(start, "visit", b::build);
  }

  private static final String[] ENTRY = {
    "id", "ikm", "stage", "date", "author", "visit", "findings", "actions", "indicators",
    "amendment"
  };

  /** Reads a logbook entry. */
  public LogbookEntry logbookEntry() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    LogbookEntry.Builder b = LogbookEntry.builder();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "id":
          seen = in.seen(seen, 0);
          ifPresent(recordId("logbook entry id", LogbookEntryId::of), b::id);
          break;
        case "ikm":
          seen = in.seen(seen, 1);
          ifPresent(id("IKM id", IkmId::of), b::ikm);
          break;
        case "stage":
          seen = in.seen(seen, 2);
          ifPresent(in.enumValue(Stage.values()), b::stage);
          break;
        case "date":
          seen = in.seen(seen, 3);
          ifPresent(date(), b::date);
          break;
        case "author":
          seen = in.seen(seen, 4);
          ifPresent(id("mentor id", MentorId::of), b::author);
          break;
        case "visit":
          seen = in.seen(seen, 5);
          ifPresent(id("visit id", VisitId::of), b::visit);
          break;
        case "findings":
          seen = in.seen(seen, 6);
          ifPresent(text(), b::findings);
          break;
        case "actions":
          seen = in.seen(seen, 7);
          ifPresent(text(), b::actions);
          break;
        case "indicators":
          seen = in.seen(seen, 8);
          ifPresent(indicators(), b::indicators);
          break;
        case "amendment":
          seen = in.seen(seen, 9);
          ifPresent(amendment(), b::amendment);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b11111, ENTRY);
    if (in.errorCount() != errors) {
      return null;
    }
    return in.build(start, "logbook entry", b::build);
  }

  private static final String[] INDICATORS = {
    "monthlyTurnoverRupiah", "workers", "productionCapacity", "products", "certifications"
  };

  Indicators indicators() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    Indicators.Builder b = Indicators.builder();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "monthlyTurnoverRupiah":
          seen = in.seen(seen, 0);
          ifPresent(in.int64(), b::monthlyTurnoverRupiah);
          break;
        case "workers":
          seen = in.seen(seen, 1);
          ifPresent(in.int32(), b::workers);
          break;
        case "productionCapacity":
          seen = in.seen(seen, 2);
          ifPresent(productionCapacity(), b::productionCapacity);
          break;
        case "products":
          seen = in.seen(seen, 3);
          ifPresent(in.int32(), b::products);
          break;
        case "certifications":
          seen = in.seen(seen, 4);
          ifPresent(list(r -> r.in.enumValue(Certification.values())), b::certifications);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b10000, INDICATORS);
    if (in.errorCount() != errors) {
      return null;
    }
    return in.build(start, "indicators", b::build);
  }

  private static final String[] CAPACITY = {"quantity", "unit"};

  ProductionCapacity productionCapacity() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    Long quantity = null;
    String unit = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "quantity":
          seen = in.seen(seen, 0);
          quantity = in.int64();
          break;
        case "unit":
          seen = in.seen(seen, 1);
          unit = text();
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b11, CAPACITY);
    if (in.errorCount() != errors) {
      return null;
    }
    long q = quantity;
    String u = unit;
    return in.build(start, "production capacity", () -> ProductionCapacity.of(q, u));
  }

  private static final String[] AMENDMENT = {"amends", "changes", "reason"};

  Amendment amendment() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    Amendment.Builder b = Amendment.builder();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "amends":
          seen = in.seen(seen, 0);
          ifPresent(id("logbook entry id", LogbookEntryId::of), b::amends);
          break;
        case "changes":
          seen = in.seen(seen, 1);
          ifPresent(list(Readers::fieldChange), b::changes);
          break;
        case "reason":
          seen = in.seen(seen, 2);
          ifPresent(text(), b::reason);
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b11, AMENDMENT);
    if (in.errorCount() != errors) {
      return null;
    }
    return in.build(start, "amendment", b::build);
  }

  private static final String[] CHANGE = {"field", "previousValue", "newValue"};

  FieldChange fieldChange() {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    int errors = in.errorCount();
    int seen = 0;
    String field = null;
    String previous = null;
    String next = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "field":
          seen = in.seen(seen, 0);
          field = text();
          break;
        case "previousValue":
          seen = in.seen(seen, 1);
          previous = text();
          break;
        case "newValue":
          seen = in.seen(seen, 2);
          next = text();
          break;
        default:
          in.unknown(f);
      }
    }
    in.require(start, seen, 0b111, CHANGE);
    if (in.errorCount() != errors) {
      return null;
    }
    String a = field;
    String p = previous;
    String n = next;
    return in.build(start, "field change", () -> FieldChange.of(a, p, n));
  }

  // ---------------------------------------------------------------- document header

  /** Checks the schemaVersion value. */
  void schemaVersion() {
    Integer v = in.int32();
    if (v != null && v != DocumentKind.SCHEMA_VERSION) {
      in.error(JsonProblemCode.UNSUPPORTED_VERSION, v, DocumentKind.SCHEMA_VERSION);
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
