package io.github.ikmsdk.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Range;
import com.google.common.io.ByteSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The bundled Indonesian holidays (daftar hari libur nasional dan cuti bersama).
 *
 * <p>{@link #indonesia()} holds the national public holidays ({@link HolidayKind#PUBLIC_HOLIDAY})
 * and the cuti bersama days of civil servants ({@link HolidayKind#CUTI_BERSAMA}) of 2023 to 2027,
 * as set by the joint decrees of three ministers (SKB 3 Menteri) for each year and their
 * amendments, including the June 2023 amendment that added 28 and 30 June 2023, the 2024 election
 * days (14 February, 27 November) and the 2025 amendment that made Monday 18 August 2025 a day off.
 * The 2027 dates of Idul Fitri (10-11 March) and Idul Adha (17 May) are estimates that the
 * government may still move by a day. The bundle covers {@link #coveredYears()} only: outside them
 * it knows no holiday at all.
 *
 * <p>Decrees change and regional holidays exist. A {@link HolidayUpdate} (perubahan hari libur),
 * read from a CSV file of the same columns with {@link HolidayUpdate#parseCsv(CharSequence)}, adds
 * a later year, a regional holiday or a moved date, and removes a cancelled day; {@link
 * #indonesia(HolidayUpdate)} and {@link HolidayUpdate#applyTo(WorkCalendar)} merge it with the
 * bundle, the update's rows winning date by date.
 *
 * <p>The data are loaded once, on first use, from a UTF-8 CSV resource next to this class; {@link
 * #parseCsv(CharSequence)} reads the same format from other sources.
 *
 * <p>This class has static methods only and is thread-safe.
 *
 * @since 0.1.0
 */
public final class Holidays {

  private static final String RESOURCE = "id-holidays-2023-2027.csv";
  private static final String HEADER = "date,category,name";

  private Holidays() {}

  /** Loaded on first use (holder idiom). */
  private static final class Bundle {
    static final ImmutableList<Holiday> ALL = load();

    private static ImmutableList<Holiday> load() {
      ByteSource source =
          new ByteSource() {
            @Override
            public InputStream openStream() throws IOException {
              InputStream in = Holidays.class.getResourceAsStream(RESOURCE);
              if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
              }
              return in;
            }
          };
      try {
        return ImmutableList.copyOf(parseCsv(source.asCharSource(StandardCharsets.UTF_8).read()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled holidays " + RESOURCE, e);
      }
    }
  }

  /**
   * Returns all bundled Indonesian national public holidays and cuti bersama days.
   *
   * @return the holidays of {@link #coveredYears()}, sorted
   */
  public static List<Holiday> indonesia() {
    return Bundle.ALL;
  }

  /**
   * Returns the bundled holidays of one calendar year.
   *
   * @param year the calendar year
   * @return the holidays of that year, sorted; empty if the year is not {@linkplain #coveredYears()
   *     covered}
   */
  public static List<Holiday> indonesia(int year) {
    ImmutableList.Builder<Holiday> result = ImmutableList.builder();
    for (Holiday h : Bundle.ALL) {
      if (h.date().getYear() == year) {
        result.add(h);
      }
    }
    return result.build();
  }

  /**
   * Returns the calendar years for which the bundle is complete.
   *
   * @return {@code [2023, 2024, 2025, 2026, 2027]}
   */
  public static Set<Integer> coveredYears() {
    return ImmutableSortedSet.of(2023, 2024, 2025, 2026, 2027);
  }

  /**
   * Returns the days for which the bundle is complete.
   *
   * @return the closed range from 1 January 2023 to 31 December 2027
   */
  public static Range<LocalDate> coveredDates() {
    return Range.closed(LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31));
  }

  /**
   * Parses holidays in the CSV format of the bundled data.
   *
   * <p>The first line that is neither blank nor a comment (starting with {@code #}) is the header
   * {@code date,category,name}. Each further line is an ISO date, a {@link HolidayKind} name and
   * the holiday's name; a field may be enclosed in double quotes, inside which commas are kept and
   * {@code ""} stands for one quote. Blank lines, comment lines and a leading byte-order mark are
   * ignored; line ends may be {@code \n} or {@code \r\n}.
   *
   * @param csv the CSV text, not null
   * @return the holidays, sorted and without duplicates
   * @throws IllegalArgumentException if the header is missing or a line is malformed; the message
   *     names the line
   */
  public static List<Holiday> parseCsv(CharSequence csv) {
    List<Holiday> holidays = new ArrayList<>();
    forEachRow(
        csv,
        (lineNumber, fields) -> {
          HolidayKind kind = kind(fields.get(1), lineNumber);
          holidays.add(Holiday.of(date(fields.get(0), lineNumber), kind, name(fields, lineNumber)));
        });
    return ImmutableSortedSet.copyOf(holidays).asList();
  }

  /**
   * Returns the bundled holidays with a caller's update applied: the bundle is the base, the
   * update's rows win (see {@link HolidayUpdate#applyTo(List)}).
   *
   * @param update the update, for example read with {@link HolidayUpdate#parseCsv(CharSequence)},
   *     not null
   * @return the merged holidays, sorted
   */
  public static List<Holiday> indonesia(HolidayUpdate update) {
    return checkNotNull(update, "update").applyTo(Bundle.ALL);
  }

  /** Receives the fields of one data row of a holiday CSV text. */
  interface RowHandler {
    void row(int lineNumber, List<String> fields);
  }

  /**
   * Reads the rows of a text in the holiday CSV format: skips a byte-order mark, blank lines and
   * comments, checks the header and hands every data row of exactly three fields to the handler.
   */
  static void forEachRow(CharSequence csv, RowHandler handler) {
    checkNotNull(csv, "csv");
    String text = csv.toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    boolean headerSeen = false;
    int lineNumber = 0;
    for (String raw : text.split("\n", -1)) {
      lineNumber++;
      String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        checkArgument(
            Ascii.equalsIgnoreCase(line.strip().replace(" ", ""), HEADER),
            "line %s: holiday CSV must start with header '%s', was '%s'",
            lineNumber,
            HEADER,
            line);
        headerSeen = true;
        continue;
      }
      List<String> fields = splitFields(line, lineNumber);
      checkArgument(
          fields.size() == 3,
          "line %s: expected 3 fields (date,category,name), found %s: '%s'",
          lineNumber,
          fields.size(),
          line);
      handler.row(lineNumber, fields);
    }
    checkArgument(headerSeen, "holiday CSV must start with header '%s'", HEADER);
  }

  static LocalDate date(String field, int lineNumber) {
    try {
      return LocalDate.parse(field.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "line " + lineNumber + ": date must be ISO yyyy-MM-dd, was '" + field + "'", e);
    }
  }

  static HolidayKind kind(String field, int lineNumber) {
    try {
      return HolidayKind.valueOf(Ascii.toUpperCase(field.strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "line " + lineNumber + ": unknown holiday category '" + field + "'", e);
    }
  }

  static String name(List<String> fields, int lineNumber) {
    String name = fields.get(2);
    checkArgument(!name.isBlank(), "line %s: holiday name must not be blank", lineNumber);
    return name;
  }

  /** Splits one CSV line into fields, honouring double quotes. */
  private static List<String> splitFields(String line, int lineNumber) {
    List<String> fields = new ArrayList<>(3);
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      // Skip spaces before a quoted field.
      int j = i;
      while (j < n && line.charAt(j) == ' ') {
        j++;
      }
      if (j < n && line.charAt(j) == '"') {
        i = j + 1;
        boolean closed = false;
        while (i < n) {
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
            } else {
              closed = true;
              i++;
              break;
            }
          } else {
            field.append(c);
            i++;
          }
        }
        checkArgument(closed, "line %s: unterminated quoted field: '%s'", lineNumber, line);
        while (i < n && line.charAt(i) == ' ') {
          i++;
        }
        checkArgument(
            i == n || line.charAt(i) == ',',
            "line %s: unexpected text after a quoted field: '%s'",
            lineNumber,
            line);
      } else {
        while (i < n && line.charAt(i) != ',') {
          field.append(line.charAt(i));
          i++;
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (i >= n) {
        return fields;
      }
      i++; // skip the comma
    }
  }
}
