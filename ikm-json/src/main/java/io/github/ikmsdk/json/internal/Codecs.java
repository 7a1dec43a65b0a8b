package io.github.ikmsdk.json.internal;

import static com.google.common.base.Preconditions.checkArgument;

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
import io.github.ikmsdk.json.JsonProblemCode;
import io.github.ikmsdk.json.internal.FieldTable.Slots;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import tools.jackson.core.JsonGenerator;

/**
 * The codecs of the core's model types: for each, one table of its fields from which it is both
 * read and written. The field names are those of the {@code common} schema's definitions, which
 * {@code CodecSchemaTest} holds them to.
 */
final class Codecs {

  private Codecs() {}

  // ---------------------------------------------------------------- shared shapes

  /** The id of a record, its text kept as the record's key even if invalid. */
  private static <V> Codec<V> recordId(Scalar<V> type) {
    return Codec.of(r -> r.recordId(type), type::write);
  }

  /** A set of enum constants, written in the enum's order. */
  private static <E extends Enum<E>> Codec<Collection<E>> enumSet(E[] values) {
    return Codec.of(
        r -> r.distinct(rr -> rr.in.enumValue(values)),
        (g, set) -> {
          g.writeStartArray();
          for (E e : values) {
            if (set.contains(e)) {
              g.writeString(e.name());
            }
          }
          g.writeEndArray();
        });
  }

  /** Returns an optional int as an optional of its boxed value. */
  static Optional<Integer> boxed(OptionalInt i) {
    return i.isPresent() ? Optional.of(i.getAsInt()) : Optional.empty();
  }

  /** Returns an optional long as an optional of its boxed value. */
  static Optional<Long> boxed(OptionalLong l) {
    return l.isPresent() ? Optional.of(l.getAsLong()) : Optional.empty();
  }

  /** A postal code (kode pos): five digits, reported at the value if not. */
  private static final Codec<String> POSTAL_CODE =
      Codec.of(Readers::postalCode, JsonGenerator::writeString);

  // ---------------------------------------------------------------- geo

  /** A geo point. */
  static final ObjectCodec<GeoPoint, Slots> GEO_POINT =
      ObjectCodec.<GeoPoint>slots()
          .requiredSlot("latitude", Codec.decimalBetween(-90, 90), GeoPoint::latitude)
          .requiredSlot("longitude", Codec.decimalBetween(-180, 180), GeoPoint::longitude)
          .buildFromSlots(
              "geo point", "titik lokasi", s -> GeoPoint.of(s.<Double>get(0), s.<Double>get(1)));

  /** An address. */
  static final ObjectCodec<Address, Address.Builder> ADDRESS =
      ObjectCodec.<Address, Address.Builder>builder()
          .required("street", Codec.NON_BLANK_TEXT, Address::street, Address.Builder::street)
          .optional("region", Scalar.REGION, Address::region, Address.Builder::region)
          .optional("postalCode", POSTAL_CODE, Address::postalCode, Address.Builder::postalCode)
          .build("address", "alamat", Address::builder, Address.Builder::build);

  // ---------------------------------------------------------------- calendar

  private static final Codec<Collection<TimeWindow>> TIME_WINDOWS = Scalar.TIME_WINDOW.list();

  private static final Bilingual DAY_SCHEDULE_NAME = Bilingual.of("day schedule", "jadwal harian");

  /** A day schedule: an array of working windows. */
  static final Codec<DaySchedule> DAY_SCHEDULE =
      Codec.of(
          r -> {
            var start = r.in.location();
            List<TimeWindow> windows = r.list(Scalar.TIME_WINDOW::read);
            return windows == null
                ? null
                : r.in.build(start, DAY_SCHEDULE_NAME, () -> DaySchedule.ofWindows(windows));
          },
          (g, schedule) -> TIME_WINDOWS.write(g, schedule.workingWindows()));

  /** A weekly schedule: an object with every day of the week, Monday first. */
  static final ObjectCodec<WeeklySchedule, Map<DayOfWeek, DaySchedule>> WEEKLY_SCHEDULE =
      weeklySchedule();

  private static ObjectCodec<WeeklySchedule, Map<DayOfWeek, DaySchedule>> weeklySchedule() {
    ObjectCodec.Builder<WeeklySchedule, Map<DayOfWeek, DaySchedule>> b = ObjectCodec.builder();
    for (DayOfWeek d : DayOfWeek.values()) {
      b.required(d.name(), DAY_SCHEDULE, w -> w.day(d), (days, s) -> days.put(d, s));
    }
    return b.build(
        "weekly schedule",
        "jadwal mingguan",
        () -> new EnumMap<>(DayOfWeek.class),
        WeeklySchedule::of);
  }

  private static final Bilingual OPENING_DAY = Bilingual.of("opening day", "hari buka");

  /** The opening window of a day: {@code []} for closed or an array of one window. */
  private static final Codec<Optional<TimeWindow>> OPENING_WINDOW =
      Codec.of(
          r -> {
            var start = r.in.location();
            Collection<TimeWindow> windows = TIME_WINDOWS.read(r);
            return windows == null
                ? null
                : r.in.build(
                    start,
                    OPENING_DAY,
                    () -> {
                      checkArgument(
                          windows.size() <= 1,
                          "a day has at most one opening window, was %s",
                          windows.size());
                      return windows.stream().findFirst();
                    });
          },
          (g, window) -> {
            g.writeStartArray();
            if (window.isPresent()) {
              Scalar.TIME_WINDOW.write(g, window.get());
            }
            g.writeEndArray();
          });

  /** The days of opening hours, every day written, Monday first; read into the hours' builder. */
  static final ObjectCodec<OpeningHours, OpeningHours.Builder> OPENING_DAYS = openingDays();

  private static ObjectCodec<OpeningHours, OpeningHours.Builder> openingDays() {
    ObjectCodec.Builder<OpeningHours, OpeningHours.Builder> b = ObjectCodec.builder();
    for (DayOfWeek d : DayOfWeek.values()) {
      b.withDefault(
          d.name(),
          OPENING_WINDOW,
          hours -> hours.day(d),
          (hours, w) -> w.ifPresentOrElse(x -> hours.day(d, x), () -> hours.closed(d)));
    }
    return b.build("opening days", "hari buka", OpeningHours::builder, OpeningHours.Builder::build);
  }

  /** A date exception of opening hours. */
  static final ObjectCodec<Map.Entry<LocalDate, Optional<TimeWindow>>, Slots> OPENING_EXCEPTION =
      ObjectCodec.<Map.Entry<LocalDate, Optional<TimeWindow>>>slots()
          .requiredSlot("date", Scalar.DATE, Map.Entry::getKey)
          .requiredSlot("hours", OPENING_WINDOW, Map.Entry::getValue)
          .buildFromSlots(
              "opening-hours exception",
              "pengecualian jam buka",
              s -> Map.entry(s.<LocalDate>get(0), s.<Optional<TimeWindow>>get(1)));

  private static final Codec<Collection<Map.Entry<LocalDate, Optional<TimeWindow>>>>
      OPENING_EXCEPTIONS = OPENING_EXCEPTION.list();

  /**
   * The opening hours of a business: its days of the week and, when it has any, its date
   * exceptions.
   */
  static final ObjectCodec<OpeningHours, OpeningHours.Builder> OPENING_HOURS =
      ObjectCodec.<OpeningHours, OpeningHours.Builder>builder()
          .field(
              "days",
              false,
              (r, hours) ->
                  OPENING_DAYS.table().read(r.in, r, () -> hours, OpeningHours.Builder::build),
              (g, hours) -> {
                g.writeName("days");
                OPENING_DAYS.write(g, hours);
              })
          .field(
              "exceptions",
              false,
              (r, hours) -> {
                Collection<Map.Entry<LocalDate, Optional<TimeWindow>>> list =
                    OPENING_EXCEPTIONS.read(r);
                if (list != null) {
                  list.forEach(
                      e ->
                          e.getValue()
                              .ifPresentOrElse(
                                  w -> hours.date(e.getKey(), w),
                                  () -> hours.closedOn(e.getKey())));
                }
              },
              (g, hours) -> {
                if (!hours.exceptions().isEmpty()) {
                  g.writeName("exceptions");
                  OPENING_EXCEPTIONS.write(g, hours.exceptions().entrySet());
                }
              })
          .build("opening hours", "jam buka", OpeningHours::builder, OpeningHours.Builder::build);

  /** A holiday. */
  static final ObjectCodec<Holiday, Slots> HOLIDAY =
      ObjectCodec.<Holiday>slots()
          .requiredSlot("date", Scalar.DATE, Holiday::date)
          .requiredSlot("kind", Codec.enumOf(HolidayKind.values()), Holiday::kind)
          .requiredSlot("name", Codec.NON_BLANK_TEXT, Holiday::name)
          .buildFromSlots("holiday", "hari libur", s -> Holiday.of(s.get(0), s.get(1), s.get(2)));

  /** A period of special hours. */
  static final ObjectCodec<SpecialHours, Slots> SPECIAL_HOURS =
      ObjectCodec.<SpecialHours>slots()
          .requiredSlot("firstDay", Scalar.DATE, SpecialHours::firstDay)
          .requiredSlot("lastDay", Scalar.DATE, SpecialHours::lastDay)
          .requiredSlot("weeklySchedule", WEEKLY_SCHEDULE, SpecialHours::schedule)
          .requiredSlot("name", Codec.NON_BLANK_TEXT, SpecialHours::name)
          .buildFromSlots(
              "special hours",
              "jam kerja khusus",
              s -> SpecialHours.of(s.get(0), s.get(1), s.get(2), s.get(3)));

  /** An extra working day. */
  static final ObjectCodec<ExtraWorkingDay, Slots> EXTRA_WORKING_DAY =
      ObjectCodec.<ExtraWorkingDay>slots()
          .requiredSlot("date", Scalar.DATE, ExtraWorkingDay::date)
          .requiredSlot("schedule", DAY_SCHEDULE, ExtraWorkingDay::schedule)
          .requiredSlot("name", Codec.NON_BLANK_TEXT, ExtraWorkingDay::name)
          .buildFromSlots(
              "extra working day",
              "hari kerja tambahan",
              s -> ExtraWorkingDay.of(s.get(0), s.get(1), s.get(2)));

  /** A work calendar. */
  static final ObjectCodec<WorkCalendar, Slots> CALENDAR =
      ObjectCodec.<WorkCalendar>slots()
          .requiredSlot("zone", Scalar.ZONE, WorkCalendar::zone)
          .requiredSlot("weeklySchedule", WEEKLY_SCHEDULE, WorkCalendar::weeklySchedule)
          .requiredSlot("holidays", HOLIDAY.list(), WorkCalendar::holidays)
          .requiredSlot("specialHours", SPECIAL_HOURS.list(), WorkCalendar::specialHours)
          .requiredSlot(
              "extraWorkingDays", EXTRA_WORKING_DAY.list(), WorkCalendar::extraWorkingDays)
          .buildFromSlots(
              "work calendar",
              "kalender kerja",
              s -> {
                WorkCalendar.Builder b =
                    WorkCalendar.builder().zone(s.get(0)).weeklySchedule(s.get(1));
                b.addHolidays(s.<Collection<Holiday>>get(2));
                s.<Collection<SpecialHours>>get(3).forEach(b::addSpecialHours);
                s.<Collection<ExtraWorkingDay>>get(4).forEach(b::addExtraWorkingDay);
                return b.build();
              });

  // ---------------------------------------------------------------- programme

  /** A programme policy, every field written; absent fields take their defaults. */
  static final ObjectCodec<ProgrammePolicy, ProgrammePolicy.Builder> POLICY =
      ObjectCodec.<ProgrammePolicy, ProgrammePolicy.Builder>builder()
          .withDefault(
              "maxIkmsPerMentor",
              Codec.int32AtLeast(1),
              ProgrammePolicy::maxIkmsPerMentor,
              ProgrammePolicy.Builder::maxIkmsPerMentor)
          .withDefault(
              "oneSentraPerMentor",
              Codec.BOOLEAN,
              ProgrammePolicy::oneSentraPerMentor,
              ProgrammePolicy.Builder::oneSentraPerMentor)
          .withDefault(
              "oneCommodityPerMentor",
              Codec.BOOLEAN,
              ProgrammePolicy::oneCommodityPerMentor,
              ProgrammePolicy.Builder::oneCommodityPerMentor)
          .withDefault(
              "minVisitsPerWeek",
              Codec.int32AtLeast(1),
              ProgrammePolicy::minVisitsPerWeek,
              ProgrammePolicy.Builder::minVisitsPerWeek)
          .withDefault(
              "minVisitWorkingMinutes",
              Codec.int32AtLeast(1),
              ProgrammePolicy::minVisitWorkingMinutes,
              ProgrammePolicy.Builder::minVisitWorkingMinutes)
          .withDefault(
              "siteToleranceMetres",
              Codec.int32AtLeast(0),
              ProgrammePolicy::siteToleranceMetres,
              ProgrammePolicy.Builder::siteToleranceMetres)
          .withDefault(
              "minDurationMonths",
              Codec.int32AtLeast(1),
              ProgrammePolicy::minDurationMonths,
              ProgrammePolicy.Builder::minDurationMonths)
          .withDefault(
              "maxDurationMonths",
              Codec.int32AtLeast(1),
              ProgrammePolicy::maxDurationMonths,
              ProgrammePolicy.Builder::maxDurationMonths)
          .withDefault(
              "minWorkingDaysForRequiredWeek",
              Codec.int32Between(1, 7),
              ProgrammePolicy::minWorkingDaysForRequiredWeek,
              ProgrammePolicy.Builder::minWorkingDaysForRequiredWeek)
          .withDefault(
              "returnToBase",
              Codec.BOOLEAN,
              ProgrammePolicy::returnToBase,
              ProgrammePolicy.Builder::returnToBase)
          .withDefault(
              "allowedRemedies",
              enumSet(RemedyKind.values()),
              ProgrammePolicy::allowedRemedies,
              ProgrammePolicy.Builder::allowedRemedies)
          .build(
              "programme policy",
              "kebijakan program",
              ProgrammePolicy::builder,
              ProgrammePolicy.Builder::build);

  /** A programme. */
  static final ObjectCodec<Programme, Programme.Builder> PROGRAMME =
      ObjectCodec.<Programme, Programme.Builder>builder()
          .required("id", recordId(Scalar.PROGRAMME_ID), Programme::id, Programme.Builder::id)
          .required("agency", Scalar.AGENCY_ID, Programme::agency, Programme.Builder::agency)
          .required("name", Codec.NON_BLANK_TEXT, Programme::name, Programme.Builder::name)
          .required("startDate", Scalar.DATE, Programme::startDate, Programme.Builder::startDate)
          .required("endDate", Scalar.DATE, Programme::endDate, Programme.Builder::endDate)
          .required("zone", Scalar.ZONE, Programme::zone, Programme.Builder::zone)
          .withDefault("policy", POLICY, Programme::policy, Programme.Builder::policy)
          .required(
              "sentra", Scalar.SENTRA_ID.distinct(), Programme::sentra, Programme.Builder::sentra)
          .required(
              "participants",
              Scalar.IKM_ID.distinct(),
              Programme::participants,
              Programme.Builder::participants)
          .build("programme", "program", Programme::builder, Programme.Builder::build);

  /** An agency. */
  static final ObjectCodec<Agency, Agency.Builder> AGENCY =
      ObjectCodec.<Agency, Agency.Builder>builder()
          .required("id", recordId(Scalar.AGENCY_ID), Agency::id, Agency.Builder::id)
          .required("name", Codec.NON_BLANK_TEXT, Agency::name, Agency.Builder::name)
          .optional("shortName", Codec.TEXT, Agency::shortName, Agency.Builder::shortName)
          .required("region", Scalar.REGION, Agency::region, Agency.Builder::region)
          .optional("office", ADDRESS, Agency::office, Agency.Builder::office)
          .optional("location", GEO_POINT, Agency::location, Agency.Builder::location)
          .build("agency", "dinas", Agency::builder, Agency.Builder::build);

  /** A commodity. */
  static final ObjectCodec<Commodity, Commodity.Builder> COMMODITY =
      ObjectCodec.<Commodity, Commodity.Builder>builder()
          .required("id", recordId(Scalar.COMMODITY_ID), Commodity::id, Commodity.Builder::id)
          .required("name", Codec.NON_BLANK_TEXT, Commodity::name, Commodity.Builder::name)
          .optional("kbli", Scalar.KBLI, Commodity::kbli, Commodity.Builder::kbli)
          .required(
              "minDurationMonths",
              Codec.int32AtLeast(1),
              Commodity::minDurationMonths,
              Commodity.Builder::minDurationMonths)
          .required(
              "maxDurationMonths",
              Codec.int32AtLeast(1),
              Commodity::maxDurationMonths,
              Commodity.Builder::maxDurationMonths)
          .build("commodity", "komoditi", Commodity::builder, Commodity.Builder::build);

  /** A sentra. */
  static final ObjectCodec<Sentra, Sentra.Builder> SENTRA =
      ObjectCodec.<Sentra, Sentra.Builder>builder()
          .required("id", recordId(Scalar.SENTRA_ID), Sentra::id, Sentra.Builder::id)
          .required("name", Codec.NON_BLANK_TEXT, Sentra::name, Sentra.Builder::name)
          .required("commodity", Scalar.COMMODITY_ID, Sentra::commodity, Sentra.Builder::commodity)
          .required("region", Scalar.REGION, Sentra::region, Sentra.Builder::region)
          .required("location", GEO_POINT, Sentra::location, Sentra.Builder::location)
          .build("sentra", "sentra", Sentra::builder, Sentra.Builder::build);

  /** A mentor. */
  static final ObjectCodec<Mentor, Mentor.Builder> MENTOR =
      ObjectCodec.<Mentor, Mentor.Builder>builder()
          .required("id", recordId(Scalar.MENTOR_ID), Mentor::id, Mentor.Builder::id)
          .required("name", Codec.NON_BLANK_TEXT, Mentor::name, Mentor.Builder::name)
          .optional("nip", Scalar.NIP, Mentor::nip, Mentor.Builder::nip)
          .required("base", GEO_POINT, Mentor::base, Mentor.Builder::base)
          .build("mentor", "pendamping", Mentor::builder, Mentor.Builder::build);

  /** An IKM, its owner's NIK written. */
  static final ObjectCodec<Ikm, Ikm.Builder> IKM =
      ObjectCodec.<Ikm, Ikm.Builder>builder()
          .required("id", recordId(Scalar.IKM_ID), Ikm::id, Ikm.Builder::id)
          .required("name", Codec.NON_BLANK_TEXT, Ikm::name, Ikm.Builder::name)
          .required("ownerName", Codec.NON_BLANK_TEXT, Ikm::ownerName, Ikm.Builder::ownerName)
          .optional("nib", Scalar.NIB, Ikm::nib, Ikm.Builder::nib)
          .optional(
              "ownerNik",
              Codec.of(Readers::ownerNik, Scalar.NIK::write),
              Ikm::ownerNik,
              Ikm.Builder::ownerNik)
          .required("kbli", Scalar.KBLI, Ikm::kbli, Ikm.Builder::kbli)
          .required("sentra", Scalar.SENTRA_ID, Ikm::sentra, Ikm.Builder::sentra)
          .required("commodity", Scalar.COMMODITY_ID, Ikm::commodity, Ikm.Builder::commodity)
          .required("productionSite", GEO_POINT, Ikm::productionSite, Ikm.Builder::productionSite)
          .required("address", ADDRESS, Ikm::address, Ikm.Builder::address)
          .optional(
              "openingHours",
              OPENING_HOURS,
              i -> i.openingHours().isAlways() ? Optional.empty() : Optional.of(i.openingHours()),
              Ikm.Builder::openingHours)
          .build("IKM", "IKM", Ikm::builder, Ikm.Builder::build);

  /** An IKM written without its owner's NIK (personal data). */
  static final Codec<Ikm> IKM_WITHOUT_NIK = IKM.writtenWithout("ownerNik");

  /** An assignment. */
  static final ObjectCodec<Assignment, Assignment.Builder> ASSIGNMENT =
      ObjectCodec.<Assignment, Assignment.Builder>builder()
          .required(
              "mentor", recordId(Scalar.MENTOR_ID), Assignment::mentor, Assignment.Builder::mentor)
          .required("ikms", Scalar.IKM_ID.distinct(), Assignment::ikms, Assignment.Builder::ikms)
          .build("assignment", "penugasan", Assignment::builder, Assignment.Builder::build);

  /** A mentor's leave. */
  static final ObjectCodec<MentorLeave, MentorLeave.Builder> LEAVE =
      ObjectCodec.<MentorLeave, MentorLeave.Builder>builder()
          .required(
              "mentor",
              recordId(Scalar.MENTOR_ID),
              MentorLeave::mentor,
              MentorLeave.Builder::mentor)
          .required("firstDay", Scalar.DATE, MentorLeave::firstDay, MentorLeave.Builder::firstDay)
          .required("lastDay", Scalar.DATE, MentorLeave::lastDay, MentorLeave.Builder::lastDay)
          .optional("reason", Codec.TEXT, MentorLeave::reason, MentorLeave.Builder::reason)
          .build(
              "mentor leave", "cuti pendamping", MentorLeave::builder, MentorLeave.Builder::build);

  // ---------------------------------------------------------------- visits

  /** A visit; its mentor and IKM ids, which repeat across a log, read through a small cache. */
  static final ObjectCodec<Visit, Visit.Builder> VISIT =
      ObjectCodec.<Visit, Visit.Builder>builder()
          .required("id", recordId(Scalar.VISIT_ID), Visit::id, Visit.Builder::id)
          .required(
              "mentor",
              Codec.of(r -> r.cachedId(r.mentorIds, Scalar.MENTOR_ID), Scalar.MENTOR_ID::write),
              Visit::mentor,
              Visit.Builder::mentor)
          .required(
              "ikm",
              Codec.of(r -> r.cachedId(r.ikmIds, Scalar.IKM_ID), Scalar.IKM_ID::write),
              Visit::ikm,
              Visit.Builder::ikm)
          .required("date", Scalar.DATE, Visit::date, Visit.Builder::date)
          .required("start", Scalar.TIME, Visit::start, Visit.Builder::start)
          .required("end", Scalar.TIME, Visit::end, Visit.Builder::end)
          .optional("location", GEO_POINT, Visit::location, Visit.Builder::location)
          .withDefault(
              "status", Codec.enumOf(VisitStatus.values()), Visit::status, Visit.Builder::status)
          .withDefault("notes", Codec.TEXT, Visit::notes, Visit.Builder::notes)
          .build("visit", "kunjungan", Visit::builder, Visit.Builder::build);

  // ---------------------------------------------------------------- logbook

  /** A production capacity. */
  static final ObjectCodec<ProductionCapacity, Slots> PRODUCTION_CAPACITY =
      ObjectCodec.<ProductionCapacity>slots()
          .requiredSlot("quantity", Codec.int64AtLeast(0), ProductionCapacity::quantity)
          .requiredSlot("unit", Codec.NON_BLANK_TEXT, ProductionCapacity::unit)
          .buildFromSlots(
              "production capacity",
              "kapasitas produksi",
              s -> ProductionCapacity.of(s.<Long>get(0), s.get(1)));

  /** Indicators. */
  static final ObjectCodec<Indicators, Indicators.Builder> INDICATORS =
      ObjectCodec.<Indicators, Indicators.Builder>builder()
          .optional(
              "monthlyTurnoverRupiah",
              Codec.int64AtLeast(0),
              i -> boxed(i.monthlyTurnoverRupiah()),
              Indicators.Builder::monthlyTurnoverRupiah)
          .optional(
              "workers",
              Codec.int32AtLeast(0),
              i -> boxed(i.workers()),
              Indicators.Builder::workers)
          .optional(
              "productionCapacity",
              PRODUCTION_CAPACITY,
              Indicators::productionCapacity,
              Indicators.Builder::productionCapacity)
          .optional(
              "products",
              Codec.int32AtLeast(0),
              i -> boxed(i.products()),
              Indicators.Builder::products)
          .required(
              "certifications",
              enumSet(Certification.values()),
              Indicators::certifications,
              Indicators.Builder::certifications)
          .build("indicators", "indikator", Indicators::builder, Indicators.Builder::build);

  /** One field change of an amendment. */
  static final ObjectCodec<FieldChange, Slots> FIELD_CHANGE =
      ObjectCodec.<FieldChange>slots()
          .requiredSlot("field", Codec.NON_BLANK_TEXT, FieldChange::field)
          .requiredSlot("previousValue", Codec.TEXT, FieldChange::previousValue)
          .requiredSlot("newValue", Codec.TEXT, FieldChange::newValue)
          .buildFromSlots(
              "field change", "perubahan kolom", s -> FieldChange.of(s.get(0), s.get(1), s.get(2)));

  /** An amendment. */
  static final ObjectCodec<Amendment, Amendment.Builder> AMENDMENT =
      ObjectCodec.<Amendment, Amendment.Builder>builder()
          .required("amends", Scalar.LOGBOOK_ENTRY_ID, Amendment::amends, Amendment.Builder::amends)
          .required(
              "changes",
              FIELD_CHANGE.nonEmptyList(),
              Amendment::changes,
              Amendment.Builder::changes)
          .optional("reason", Codec.TEXT, Amendment::reason, Amendment.Builder::reason)
          .build("amendment", "amendemen", Amendment::builder, Amendment.Builder::build);

  private static final Bilingual ENTRY_NAME = Bilingual.of("logbook entry", "entri logbook");

  private static final ConcurrentMap<ZoneId, ObjectCodec<LogbookEntry, LogbookEntry.Builder>>
      ENTRIES = new ConcurrentHashMap<>();

  /**
   * Returns the codec of a logbook entry whose recording time is written in {@code zone}, with the
   * offset, to the millisecond if it has one; all read alike. Its {@code previousHash} and {@code
   * hash} come together (version 2) or not at all (version 1, or an entry not yet in the chain).
   */
  static ObjectCodec<LogbookEntry, LogbookEntry.Builder> logbookEntry(ZoneId zone) {
    return ENTRIES.computeIfAbsent(zone, Codecs::entry);
  }

  /** A logbook entry, its recording time written in UTC ({@code Z}). */
  static final ObjectCodec<LogbookEntry, LogbookEntry.Builder> LOGBOOK_ENTRY =
      logbookEntry(ZoneOffset.UTC);

  private static ObjectCodec<LogbookEntry, LogbookEntry.Builder> entry(ZoneId zone) {
    return ObjectCodec.<LogbookEntry, LogbookEntry.Builder>builder()
        .required(
            "id", recordId(Scalar.LOGBOOK_ENTRY_ID), LogbookEntry::id, LogbookEntry.Builder::id)
        .required("ikm", Scalar.IKM_ID, LogbookEntry::ikm, LogbookEntry.Builder::ikm)
        .required(
            "stage", Codec.enumOf(Stage.values()), LogbookEntry::stage, LogbookEntry.Builder::stage)
        .required("date", Scalar.DATE, LogbookEntry::date, LogbookEntry.Builder::date)
        .required("author", Scalar.MENTOR_ID, LogbookEntry::author, LogbookEntry.Builder::author)
        .optional(
            "recordedAt",
            Scalar.INSTANT.writtenAs((g, instant) -> g.writeString(Scalar.inZone(instant, zone))),
            LogbookEntry::recordedAt,
            LogbookEntry.Builder::recordedAt)
        .optional(
            "recordedBy", Codec.TEXT, LogbookEntry::recordedBy, LogbookEntry.Builder::recordedBy)
        .optional("visit", Scalar.VISIT_ID, LogbookEntry::visit, LogbookEntry.Builder::visit)
        .withDefault("findings", Codec.TEXT, LogbookEntry::findings, LogbookEntry.Builder::findings)
        .withDefault("actions", Codec.TEXT, LogbookEntry::actions, LogbookEntry.Builder::actions)
        .optional(
            "indicators", INDICATORS, LogbookEntry::indicators, LogbookEntry.Builder::indicators)
        .optional("amendment", AMENDMENT, LogbookEntry::amendment, LogbookEntry.Builder::amendment)
        .field(
            "previousHash",
            false,
            (r, b) -> r.previousHash = Scalar.SHA256.read(r),
            (g, e) -> {
              if (e.link().isPresent()) {
                g.writeName("previousHash");
                Scalar.SHA256.write(g, e.link().get().previous());
              }
            })
        .field(
            "hash",
            false,
            (r, b) -> r.hash = Scalar.SHA256.read(r),
            (g, e) -> {
              if (e.link().isPresent()) {
                g.writeName("hash");
                Scalar.SHA256.write(g, e.link().get().hash());
              }
            })
        .buildWith(
            "logbook entry",
            "entri logbook",
            LogbookEntry::builder,
            r -> {
              r.previousHash = null;
              r.hash = null;
            },
            (r, b, start) -> {
              if ((r.previousHash == null) != (r.hash == null)) {
                r.in.errorAtObject(
                    start,
                    JsonProblemCode.MISSING_FIELD,
                    r.previousHash == null ? "previousHash" : "hash");
                return null;
              }
              if (r.hash != null) {
                b.link(ChainLink.of(r.previousHash, r.hash));
              }
              return r.in.build(start, ENTRY_NAME, b::build);
            });
  }
}
