package io.github.ikmsdk.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A caller's change to a list of holidays (perubahan hari libur): holidays to add and dates to
 * clear, for example a later year's decree, a regional holiday, an Idul Fitri moved by a day after
 * the isbat, or a cancelled cuti bersama. It lets users follow new decrees without a new SDK
 * release.
 *
 * <h2>Precedence</h2>
 *
 * <p>The update works date by date: every date it names (by an added holiday or a removal) is
 * <em>replaced</em>. {@link #applyTo(List)} drops every base holiday on such a date and then adds
 * the update's holidays of that date, so the update's rows win and a date removed by the update has
 * no holiday at all. Dates the update does not name keep the base's holidays. To add a regional
 * holiday on a date that already has a national one, list both.
 *
 * <h2>File format</h2>
 *
 * <p>The CSV format of the bundled data ({@link Holidays#parseCsv(CharSequence)}), with one more
 * category:
 *
 * <ul>
 *   <li>UTF-8 text; a leading byte-order mark is ignored; line ends are {@code \n} or {@code \r\n};
 *   <li>blank lines and lines whose first non-blank character is {@code #} are comments;
 *   <li>the first other line is the header {@code date,category,name};
 *   <li>each further line has exactly three fields: an ISO date ({@code 2027-03-15}), a category,
 *       and a name that must not be blank;
 *   <li>a field may be enclosed in double quotes; inside quotes a comma is kept and {@code ""}
 *       stands for one quote; spaces around a quoted field are ignored;
 *   <li>the category is a {@link HolidayKind} name ({@code PUBLIC_HOLIDAY}, {@code CUTI_BERSAMA},
 *       {@code REGIONAL_HOLIDAY}) to add a holiday, or {@value #REMOVED} to clear the date, the
 *       name then saying why.
 * </ul>
 *
 * <pre>
 * date,category,name
 * # SKB 2027 amended: the cuti bersama of 15 March is cancelled
 * 2027-03-15,REMOVED,"Cuti bersama dibatalkan"
 * # Hari jadi Kabupaten Manggarai Barat
 * 2027-05-25,REGIONAL_HOLIDAY,"Hari Jadi Kabupaten Manggarai Barat"
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HolidayUpdate {

  /** The category of a row that clears a date. */
  public static final String REMOVED = "REMOVED";

  private static final HolidayUpdate EMPTY =
      new HolidayUpdate(ImmutableList.of(), ImmutableSortedMap.of());

  private final ImmutableList<Holiday> additions;
  private final ImmutableSortedMap<LocalDate, String> removals;

  private HolidayUpdate(
      ImmutableList<Holiday> additions, ImmutableSortedMap<LocalDate, String> removals) {
    this.additions = additions;
    this.removals = removals;
  }

  /**
   * Returns the update that changes nothing.
   *
   * @return the empty update
   */
  public static HolidayUpdate empty() {
    return EMPTY;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses an update in the file format described {@linkplain HolidayUpdate above}.
   *
   * @param csv the CSV text, not null
   * @return the update
   * @throws IllegalArgumentException if the header is missing, a line is malformed, or a date is
   *     both added and removed; the message names the line
   */
  public static HolidayUpdate parseCsv(CharSequence csv) {
    Builder builder = builder();
    Map<LocalDate, Integer> added = new TreeMap<>();
    Map<LocalDate, Integer> removed = new TreeMap<>();
    Holidays.forEachRow(
        csv,
        (lineNumber, fields) -> {
          LocalDate date = Holidays.date(fields.get(0), lineNumber);
          String name = Holidays.name(fields, lineNumber);
          boolean removal = fields.get(1).strip().equalsIgnoreCase(REMOVED);
          Integer other = (removal ? added : removed).get(date);
          checkArgument(
              other == null,
              "line %s: %s is both added and removed (see line %s)",
              lineNumber,
              date,
              other);
          (removal ? removed : added).putIfAbsent(date, lineNumber);
          if (removal) {
            builder.remove(date, name);
          } else {
            builder.add(Holiday.of(date, Holidays.kind(fields.get(1), lineNumber), name));
          }
        });
    return builder.build();
  }

  /**
   * Returns the holidays the update adds.
   *
   * @return the added holidays, sorted
   */
  public List<Holiday> additions() {
    return additions;
  }

  /**
   * Returns the dates the update clears, each with the reason given.
   *
   * @return the removed dates and their reasons, sorted by date
   */
  public SortedMap<LocalDate, String> removals() {
    return removals;
  }

  /**
   * Returns every date the update replaces: the dates of its additions and its removals.
   *
   * @return the dates, sorted
   */
  public SortedSet<LocalDate> dates() {
    TreeSet<LocalDate> dates = new TreeSet<>(removals.keySet());
    additions.forEach(h -> dates.add(h.date()));
    return ImmutableSortedSet.copyOf(dates);
  }

  /**
   * Returns whether the update changes nothing.
   *
   * @return whether there are no additions and no removals
   */
  public boolean isEmpty() {
    return additions.isEmpty() && removals.isEmpty();
  }

  /**
   * Applies the update to a list of holidays: drops every holiday on a date the update names, then
   * adds the update's holidays.
   *
   * @param base the holidays to change, for example {@link Holidays#indonesia()}, not null
   * @return the merged holidays, sorted and without duplicates
   */
  public List<Holiday> applyTo(List<Holiday> base) {
    checkNotNull(base, "base");
    Set<LocalDate> replaced = dates();
    List<Holiday> merged = new ArrayList<>(additions);
    for (Holiday h : base) {
      if (!replaced.contains(h.date())) {
        merged.add(h);
      }
    }
    return ImmutableSortedSet.copyOf(merged).asList();
  }

  /**
   * Applies the update to a work calendar's holidays, keeping its schedule, special hours and extra
   * working days.
   *
   * @param calendar the calendar, not null
   * @return the calendar with the merged holidays
   */
  public WorkCalendar applyTo(WorkCalendar calendar) {
    checkNotNull(calendar, "calendar");
    return calendar.toBuilder().clearHolidays().addHolidays(applyTo(calendar.holidays())).build();
  }

  /**
   * Returns the update in the file format, with the header and one line per removal and addition,
   * by date; {@link #parseCsv(CharSequence)} reads it back to an equal update.
   *
   * @return the CSV text, lines ending in {@code \n}
   */
  public String toCsv() {
    StringBuilder out = new StringBuilder("date,category,name\n");
    TreeMap<LocalDate, List<String>> lines = new TreeMap<>();
    removals.forEach(
        (date, reason) ->
            lines.computeIfAbsent(date, d -> new ArrayList<>()).add(line(date, REMOVED, reason)));
    for (Holiday h : additions) {
      lines
          .computeIfAbsent(h.date(), d -> new ArrayList<>())
          .add(line(h.date(), h.kind().name(), h.name()));
    }
    lines.values().forEach(l -> l.forEach(out::append));
    return out.toString();
  }

  private static String line(LocalDate date, String category, String name) {
    return date + "," + category + ",\"" + name.replace("\"", "\"\"") + "\"\n";
  }

  /**
   * Two updates are equal when they add the same holidays and remove the same dates for the same
   * reasons.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is an equal update
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof HolidayUpdate)) {
      return false;
    }
    HolidayUpdate other = (HolidayUpdate) obj;
    return additions.equals(other.additions) && removals.equals(other.removals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(additions, removals);
  }

  /**
   * Returns a text such as {@code HolidayUpdate[additions=[...], removals={2027-03-15=...}]}.
   *
   * @return the additions and removals
   */
  @Override
  public String toString() {
    return "HolidayUpdate[additions=" + additions + ", removals=" + removals + "]";
  }

  /** Builds {@link HolidayUpdate}s; obtain one with {@link HolidayUpdate#builder()}. */
  public static final class Builder {
    private final TreeSet<Holiday> additions = new TreeSet<>();
    private final TreeMap<LocalDate, String> removals = new TreeMap<>();

    private Builder() {}

    /**
     * Adds a holiday; its date's base holidays are replaced by the update's holidays of that date.
     *
     * @param holiday the holiday, not null
     * @return this builder
     */
    public Builder add(Holiday holiday) {
      additions.add(checkNotNull(holiday, "holiday"));
      return this;
    }

    /**
     * Adds holidays, for example a later year's decree read with {@link
     * Holidays#parseCsv(CharSequence)}.
     *
     * @param holidays the holidays, not null, no null element
     * @return this builder
     */
    public Builder addAll(Iterable<Holiday> holidays) {
      checkNotNull(holidays, "holidays").forEach(this::add);
      return this;
    }

    /**
     * Clears a date: the merged list has no holiday on it.
     *
     * @param date the date, not null
     * @param reason why, for example {@code "Cuti bersama dibatalkan"}, not blank
     * @return this builder
     * @throws IllegalArgumentException if the reason is blank
     */
    public Builder remove(LocalDate date, String reason) {
      checkNotNull(date, "date");
      checkNotNull(reason, "reason");
      checkArgument(!reason.isBlank(), "reason for removing %s must not be blank", date);
      removals.put(date, reason.strip());
      return this;
    }

    /**
     * Builds the update.
     *
     * @return the update
     * @throws IllegalArgumentException if a date is both added and removed
     */
    public HolidayUpdate build() {
      Set<LocalDate> added = new TreeSet<>();
      additions.forEach(h -> added.add(h.date()));
      Set<LocalDate> both = Sets.intersection(added, removals.keySet());
      checkArgument(both.isEmpty(), "dates both added and removed: %s", both);
      return new HolidayUpdate(
          ImmutableList.copyOf(additions), ImmutableSortedMap.copyOf(removals));
    }
  }
}
