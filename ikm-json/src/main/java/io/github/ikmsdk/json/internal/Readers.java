package io.github.ikmsdk.json.internal;

import com.google.common.hash.HashCode;
import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.ExtraWorkingDay;
import io.github.ikmsdk.core.calendar.Holiday;
import io.github.ikmsdk.core.calendar.OpeningHours;
import io.github.ikmsdk.core.calendar.SpecialHours;
import io.github.ikmsdk.core.calendar.WeeklySchedule;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.geo.Address;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.identifier.Nik;
import io.github.ikmsdk.core.identifier.RegionCode;
import io.github.ikmsdk.core.logbook.Amendment;
import io.github.ikmsdk.core.logbook.FieldChange;
import io.github.ikmsdk.core.logbook.Indicators;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.ProductionCapacity;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.json.JsonProblem;
import io.github.ikmsdk.json.JsonProblem.Severity;
import io.github.ikmsdk.json.JsonProblemCode;
import io.github.ikmsdk.json.document.DocumentKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JsonToken;

/**
 * The reading state of one read (the cursor, the NIK fields seen, the key of the record being read,
 * caches) and its entry points: each type's fields are declared once, in its codec ({@link
 * Codecs}), from which it is also written. Each reader starts on the value's first token and ends
 * on its last; it returns null (after reporting) when the value is invalid. Not thread-safe: one
 * instance per read.
 */
public final class Readers {

  private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");

  final JsonIn in;

  /** NIK fields seen, as problems to report if the document declares personal data omitted. */
  final List<JsonProblem> nikFields = new ArrayList<>();

  /** The id text of the record being read, for import reports. */
  String recordKey;

  // Ids repeat across the visits of a log; a small cache spares their validation.
  final HashMap<String, MentorId> mentorIds = new HashMap<>();
  final HashMap<String, IkmId> ikmIds = new HashMap<>();
  private static final int ID_CACHE_SIZE = 1 << 14;

  <T> T cachedId(HashMap<String, T> cache, Scalar<T> type) {
    if (in.token() == JsonToken.VALUE_STRING) {
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
  <T> T recordId(Scalar<T> type) {
    if (in.token() == JsonToken.VALUE_STRING) {
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

  /** Reads an object of counts by the names of an enum's constants, each at most once. */
  <E extends Enum<E>> Map<E, Integer> enumCounts(Class<E> type) {
    if (!in.object()) {
      return null;
    }
    E[] values = type.getEnumConstants();
    long errors = in.errorCount();
    int seen = 0;
    EnumMap<E, Integer> counts = new EnumMap<>(type);
    for (String f; (f = in.nextField()) != null; ) {
      E key = null;
      for (E e : values) {
        if (e.name().equals(f)) {
          key = e;
        }
      }
      if (key == null) {
        in.unknown(f);
        continue;
      }
      seen = in.seen(seen, key.ordinal());
      Integer n = in.int32AtLeast(0);
      if (n != null) {
        counts.put(key, n);
      }
    }
    return in.errorCount() == errors ? counts : null;
  }

  /**
   * Reads an object of any names to values into {@code out}, reporting a repeated name; null if any
   * is invalid.
   */
  <V> Map<String, V> named(Map<String, V> out, Function<Readers, V> value) {
    if (!in.object()) {
      return null;
    }
    long errors = in.errorCount();
    Set<String> seen = new HashSet<>();
    for (String f; (f = in.nextField()) != null; ) {
      if (!seen.add(f)) {
        in.error(JsonProblemCode.DUPLICATE_FIELD, f);
      }
      V v = value.apply(this);
      if (v != null) {
        out.put(f, v);
      }
    }
    return in.errorCount() == errors ? out : null;
  }

  // ---------------------------------------------------------------- types of the model

  /** Reads a geo point. */
  public GeoPoint geoPoint() {
    return Codecs.GEO_POINT.read(this);
  }

  /** Reads an address. */
  public Address address() {
    return Codecs.ADDRESS.read(this);
  }

  /** Reads a day schedule: an array of working windows. */
  public DaySchedule daySchedule() {
    return Codecs.DAY_SCHEDULE.read(this);
  }

  /** Reads a weekly schedule: an object with every day of the week. */
  public WeeklySchedule weeklySchedule() {
    return Codecs.WEEKLY_SCHEDULE.read(this);
  }

  /** Reads the opening hours of a business: its days of the week and its date exceptions. */
  public OpeningHours openingHours() {
    return Codecs.OPENING_HOURS.read(this);
  }

  Holiday holiday() {
    return Codecs.HOLIDAY.read(this);
  }

  SpecialHours specialHours() {
    return Codecs.SPECIAL_HOURS.read(this);
  }

  ExtraWorkingDay extraWorkingDay() {
    return Codecs.EXTRA_WORKING_DAY.read(this);
  }

  /** Reads a work calendar. */
  public WorkCalendar calendar() {
    return Codecs.CALENDAR.read(this);
  }

  /** Reads a programme policy; absent fields take their defaults. */
  public ProgrammePolicy policy() {
    return Codecs.POLICY.read(this);
  }

  /** Reads a programme. */
  public Programme programme() {
    return Codecs.PROGRAMME.read(this);
  }

  /** Reads an agency. */
  public Agency agency() {
    return Codecs.AGENCY.read(this);
  }

  /** Reads a commodity. */
  public Commodity commodity() {
    return Codecs.COMMODITY.read(this);
  }

  /** Reads a sentra. */
  public Sentra sentra() {
    return Codecs.SENTRA.read(this);
  }

  /** Reads a mentor. */
  public Mentor mentor() {
    return Codecs.MENTOR.read(this);
  }

  /** Reads an IKM. */
  public Ikm ikm() {
    return Codecs.IKM.read(this);
  }

  /** Reads an owner's NIK, noting where it was found for documents without personal data. */
  Nik ownerNik() {
    nikFields.add(
        JsonProblem.of(
            JsonProblemCode.PERSONAL_DATA_PRESENT, Severity.ERROR, in.here(), "ownerNik"));
    return in.value(Scalar.NIK);
  }

  /** Reads an assignment. */
  public Assignment assignment() {
    return Codecs.ASSIGNMENT.read(this);
  }

  /** Reads a mentor's leave. */
  public MentorLeave leave() {
    return Codecs.LEAVE.read(this);
  }

  /** Reads a visit. */
  public Visit visit() {
    return Codecs.VISIT.read(this);
  }

  /** The chain link fields of the logbook entry being read. */
  HashCode previousHash;

  HashCode hash;

  /**
   * Reads a logbook entry; {@code previousHash} and {@code hash} come together (version 2) or not
   * at all (version 1, or an entry not yet in the chain).
   */
  public LogbookEntry logbookEntry() {
    return Codecs.LOGBOOK_ENTRY.read(this);
  }

  Indicators indicators() {
    return Codecs.INDICATORS.read(this);
  }

  ProductionCapacity productionCapacity() {
    return Codecs.PRODUCTION_CAPACITY.read(this);
  }

  Amendment amendment() {
    return Codecs.AMENDMENT.read(this);
  }

  FieldChange fieldChange() {
    return Codecs.FIELD_CHANGE.read(this);
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
