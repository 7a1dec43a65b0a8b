package io.github.ikmsdk.json.internal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Strings;
import com.google.common.hash.HashCode;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.TimeWindow;
import io.github.ikmsdk.core.id.AgencyId;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.EntityId;
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
import io.github.ikmsdk.core.planning.duration.ProgrammeDuration;
import io.github.ikmsdk.core.rules.Rule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;

/**
 * A type of value written as a JSON string: its name in both languages, how it is parsed, and the
 * SDK's own bilingual detail of a raw text it rejects (what was expected and the raw text, NIKs
 * masked). Parsing failures of the JVM or the core never reach a message.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the value type
 */
final class Scalar<T> implements Codec<T> {

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern SHA256_FORM = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern REGION_FORM =
      Pattern.compile("[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{4})?)?)?");
  private static final Pattern DATE_FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final String TIME_FORM =
      "([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?";
  private static final Pattern TIME_PATTERN = Pattern.compile(TIME_FORM);
  private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

  /** The written form of a time window, as the schema states it; the core also strips spaces. */
  private static final Pattern TIME_WINDOW_FORM =
      Pattern.compile(TIME_FORM + "-(" + TIME_FORM + "|24:00)");

  final Bilingual what;
  final Function<String, T> parse;
  final Function<T, String> format;
  final Function<String, Bilingual> problem;

  private Scalar(
      Bilingual what,
      Function<String, T> parse,
      Function<T, String> format,
      Function<String, Bilingual> problem) {
    this.what = what;
    this.parse = parse;
    this.format = format;
    this.problem = problem;
  }

  private static <T> Scalar<T> of(
      String en,
      String id,
      Function<String, T> parse,
      Function<T, String> format,
      Function<String, Bilingual> problem) {
    return new Scalar<>(Bilingual.of(en, id), parse, format, problem);
  }

  @Override
  public T read(Readers r) {
    return r.in.value(this);
  }

  @Override
  public void write(JsonGenerator g, T value) {
    g.writeString(format.apply(value));
  }

  private static int digit(String s, int i) {
    char c = s.charAt(i);
    return c >= '0' && c <= '9' ? c - '0' : -1;
  }

  private static int digits2(String s, int i) {
    int a = digit(s, i);
    int b = digit(s, i + 1);
    return a < 0 || b < 0 ? -1 : a * 10 + b;
  }

  /** Parses a date, {@code yyyy-MM-dd}: the canonical form fast, anything else by the JDK. */
  private static LocalDate parseDate(String s) {
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
    if (!DATE_FORM.matcher(s).matches()) {
      throw new IllegalArgumentException("date must be 'yyyy-MM-dd', was '" + s + "'");
    }
    return LocalDate.parse(s);
  }

  /** Parses a time, {@code HH:mm} fast, {@code HH:mm:ss[.fraction]} by the JDK. */
  private static LocalTime parseTime(String s) {
    if (s.length() == 5 && s.charAt(2) == ':') {
      int hour = digits2(s, 0);
      int minute = digits2(s, 3);
      if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60) {
        return LocalTime.of(hour, minute);
      }
    }
    if (!TIME_PATTERN.matcher(s).matches()) {
      throw new IllegalArgumentException(
          "time must be 'HH:mm' or 'HH:mm:ss[.fraction]', was '" + s + "'");
    }
    return LocalTime.parse(s);
  }

  private static ZoneId parseZone(String s) {
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

  /** Parses a region code with the core, in the dotted form only (the core also takes digits). */
  private static RegionCode parseRegion(String s) {
    if (!REGION_FORM.matcher(s).matches()) {
      throw new IllegalArgumentException(
          "region code must be dotted, such as '53.15.05.2019', was '" + s + "'");
    }
    return RegionCode.parse(s);
  }

  /** A date, {@code yyyy-MM-dd}. */
  static final Scalar<LocalDate> DATE =
      of(
          "date",
          "tanggal",
          Scalar::parseDate,
          LocalDate::toString,
          raw ->
              Bilingual.expected(
                  "expected an existing date as yyyy-MM-dd",
                  "harus tanggal yang ada dengan format yyyy-MM-dd",
                  raw));

  /** A time of day, {@code HH:mm} or {@code HH:mm:ss[.fraction]}. */
  static final Scalar<LocalTime> TIME =
      of(
          "time",
          "waktu",
          Scalar::parseTime,
          LocalTime::toString,
          raw ->
              Bilingual.expected(
                  "expected a time of day as HH:mm or HH:mm:ss[.fraction]",
                  "harus jam dengan format HH:mm atau HH:mm:ss[.pecahan]",
                  raw));

  /**
   * An instant as an ISO 8601 date-time with offset, {@code yyyy-MM-ddTHH:mm:ss[.fraction]±hh:mm}.
   */
  static final Scalar<Instant> INSTANT =
      of(
          "instant",
          "waktu",
          raw -> OffsetDateTime.parse(raw, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant(),
          instant -> inZone(instant, ZoneOffset.UTC),
          raw ->
              Bilingual.expected(
                  "expected a date-time with offset as yyyy-MM-ddTHH:mm:ss[.fraction]+hh:mm",
                  "harus tanggal-waktu dengan selisih zona, yyyy-MM-ddTHH:mm:ss[.pecahan]+hh:mm",
                  raw));

  /** A SHA-256 hash, 64 lowercase hexadecimal digits. */
  static final Scalar<HashCode> SHA256 =
      of(
          "SHA-256 hash",
          "hash SHA-256",
          raw -> {
            checkArgument(SHA256_FORM.matcher(raw).matches(), "not a SHA-256 hash");
            return HashCode.fromString(raw);
          },
          HashCode::toString,
          raw ->
              Bilingual.expected(
                  "expected 64 lowercase hexadecimal digits",
                  "harus 64 digit heksadesimal huruf kecil",
                  raw));

  /** An IANA time-zone region id. */
  static final Scalar<ZoneId> ZONE =
      of(
          "zone",
          "zona waktu",
          Scalar::parseZone,
          ZoneId::getId,
          raw ->
              Bilingual.expected(
                  "expected an IANA time-zone region id such as 'Asia/Makassar'",
                  "harus ID wilayah zona waktu IANA seperti 'Asia/Makassar'",
                  raw));

  /** A Kemendagri region code, dotted. */
  static final Scalar<RegionCode> REGION =
      of(
          "region code",
          "kode wilayah",
          Scalar::parseRegion,
          RegionCode::value,
          raw ->
              REGION_FORM.matcher(raw).matches()
                  ? Bilingual.expected(
                      "expected an existing code: province 11-99, regency and district 01-99,"
                          + " village 1001-1999 (kelurahan) or 2001-2999 (desa)",
                      "harus kode yang ada: provinsi 11-99, kabupaten/kota dan kecamatan 01-99,"
                          + " desa/kelurahan 1001-1999 (kelurahan) atau 2001-2999 (desa)",
                      raw)
                  : Bilingual.expected(
                      "expected PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD such as '53.15.05.2019'",
                      "harus PP, PP.KK, PP.KK.CC atau PP.KK.CC.DDDD seperti '53.15.05.2019'",
                      raw));

  /** A working time window, {@code HH:mm-HH:mm}. */
  static final Scalar<TimeWindow> TIME_WINDOW =
      of(
          "time window",
          "rentang jam kerja",
          raw -> {
            if (!TIME_WINDOW_FORM.matcher(raw).matches()) {
              throw new IllegalArgumentException("time window must be 'HH:mm-HH:mm'");
            }
            return TimeWindow.parse(raw);
          },
          TimeWindow::toString,
          raw ->
              Bilingual.expected(
                  "expected HH:mm-HH:mm with the start before the end",
                  "harus HH:mm-HH:mm dengan awal sebelum akhir",
                  raw));

  /** An ISO week, {@code 2023-W33}. */
  static final Scalar<IsoWeek> ISO_WEEK =
      of(
          "ISO week",
          "minggu ISO",
          IsoWeek::parse,
          IsoWeek::toString,
          raw ->
              Bilingual.expected(
                  "expected an ISO week such as '2023-W33'",
                  "harus minggu ISO seperti '2023-W33'",
                  raw));

  /** A rule code of the catalogue. */
  static final Scalar<Rule> RULE_CODE =
      of(
          "rule code",
          "kode aturan",
          Rule::ofCode,
          Rule::code,
          raw ->
              Bilingual.expected(
                  "expected a rule code of the catalogue such as 'IKM-R001'",
                  "harus kode aturan dari katalog seperti 'IKM-R001'",
                  raw));

  /** A NIB, 13 digits. */
  static final Scalar<Nib> NIB = identifier("NIB", 13, "", "", Nib::parse, Nib::value, raw -> raw);

  /** A NIP, 18 digits. */
  static final Scalar<Nip> NIP =
      identifier(
          "NIP",
          18,
          " that encode a birth date, an appointment month (TMT CPNS), the sex (1 or 2) and a"
              + " serial number 001-999",
          " berisi tanggal lahir, bulan pengangkatan (TMT CPNS), jenis kelamin (1 atau 2) dan"
              + " nomor urut 001-999",
          Nip::parse,
          Nip::value,
          raw -> raw);

  /** A NIK, 16 digits; personal data, so only its first six characters are ever shown. */
  static final Scalar<Nik> NIK =
      identifier(
          "NIK",
          16,
          " that encode a district, a birth date (the day plus 40 for women) and a serial number"
              + " 0001-9999",
          " berisi kode kecamatan, tanggal lahir (tanggal ditambah 40 untuk perempuan) dan nomor"
              + " urut 0001-9999",
          Nik::parse,
          Nik::value,
          Scalar::masked);

  /** A KBLI 2020 code, 5 digits. */
  static final Scalar<Kbli> KBLI =
      identifier("KBLI", 5, "", "", Kbli::parse, Kbli::value, raw -> raw);

  /**
   * An official identifier of {@code length} digits: the json reader checks the digits (the core
   * also accepts surrounding white space), the core the rest.
   */
  private static <T> Scalar<T> identifier(
      String name,
      int length,
      String encodesEn,
      String encodesId,
      Function<String, T> parse,
      Function<T, String> format,
      Function<String, String> shown) {
    return of(
        name,
        name,
        raw -> {
          if (raw.length() != length || !DIGITS.matcher(raw).matches()) {
            throw new IllegalArgumentException(name + " must be " + length + " digits");
          }
          return parse.apply(raw);
        },
        format,
        raw ->
            raw.length() == length && DIGITS.matcher(raw).matches()
                ? Bilingual.expected(
                    "must be " + length + " digits" + encodesEn,
                    "harus " + length + " digit" + encodesId,
                    shown.apply(raw))
                : Bilingual.expected(
                    "must be " + length + " digits",
                    "harus " + length + " digit",
                    shown.apply(raw)));
  }

  /**
   * Returns an instant as an ISO 8601 date-time in a zone, with the offset, to the millisecond if
   * it has one.
   */
  static String inZone(Instant instant, ZoneId zone) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
  }

  /** Returns the text with every character after the sixth replaced by '*'. */
  static String masked(String raw) {
    int shown = Math.min(6, raw.length());
    return raw.substring(0, shown) + Strings.repeat("*", raw.length() - shown);
  }

  /**
   * Returns the type of an entity id such as a visit id, named in both languages. The core strips
   * surrounding white space; the json reader does not accept it, as the schema does not.
   */
  private static <T extends EntityId<T>> Scalar<T> id(
      String en, String id, Function<String, T> of) {
    return of(
        en,
        id,
        raw -> {
          if (!raw.equals(raw.strip())) {
            throw new IllegalArgumentException(en + " must not have surrounding white space");
          }
          return of.apply(raw);
        },
        EntityId::value,
        raw ->
            Bilingual.expected(
                "expected 1 to 64 characters, starting with a letter or digit, of letters, digits"
                    + " and . _ - : /",
                "harus 1 sampai 64 karakter, diawali huruf atau angka, berisi huruf, angka dan"
                    + " . _ - : /",
                raw));
  }

  /** A programme id. */
  static final Scalar<ProgrammeId> PROGRAMME_ID = id("programme id", "ID program", ProgrammeId::of);

  /** An agency id. */
  static final Scalar<AgencyId> AGENCY_ID = id("agency id", "ID dinas", AgencyId::of);

  /** A commodity id. */
  static final Scalar<CommodityId> COMMODITY_ID =
      id("commodity id", "ID komoditi", CommodityId::of);

  /** A sentra id. */
  static final Scalar<SentraId> SENTRA_ID = id("sentra id", "ID sentra", SentraId::of);

  /** A mentor id. */
  static final Scalar<MentorId> MENTOR_ID = id("mentor id", "ID pendamping", MentorId::of);

  /** An IKM id. */
  static final Scalar<IkmId> IKM_ID = id("IKM id", "ID IKM", IkmId::of);

  /** A visit id. */
  static final Scalar<VisitId> VISIT_ID = id("visit id", "ID kunjungan", VisitId::of);

  /** A logbook entry id. */
  static final Scalar<LogbookEntryId> LOGBOOK_ENTRY_ID =
      id("logbook entry id", "ID entri logbook", LogbookEntryId::of);

  /** A programme duration, {@code 2023-08-14/P4M}; written by the Jackson module only. */
  static final Scalar<ProgrammeDuration> PROGRAMME_DURATION =
      of(
          "programme duration",
          "durasi program",
          ProgrammeDuration::parse,
          ProgrammeDuration::toString,
          raw ->
              Bilingual.expected(
                  "expected a start date and whole months of at least 1 such as '2023-08-14/P4M'",
                  "harus tanggal mulai dan jumlah bulan penuh minimal 1 seperti '2023-08-14/P4M'",
                  raw));
}
