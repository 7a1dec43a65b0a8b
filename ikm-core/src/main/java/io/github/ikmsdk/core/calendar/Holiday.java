package io.github.ikmsdk.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A day without work (hari libur): a national public holiday, a cuti bersama day or a regional
 * holiday, for example 17 August 2023, Hari Kemerdekaan Republik Indonesia.
 *
 * <p>Holidays order by date, then {@linkplain HolidayKind kind} (in declaration order), then name.
 * The text form is {@code date kind "name"}, for example {@code 2023-08-17 PUBLIC_HOLIDAY "Hari
 * Kemerdekaan Republik Indonesia"}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Holiday implements Comparable<Holiday> {

  private static final Comparator<Holiday> ORDER =
      Comparator.comparing(Holiday::date).thenComparing(Holiday::kind).thenComparing(Holiday::name);

  private final LocalDate date;
  private final HolidayKind kind;
  private final String name;

  private Holiday(LocalDate date, HolidayKind kind, String name) {
    this.date = date;
    this.kind = kind;
    this.name = name;
  }

  /**
   * Returns the holiday of the given date, kind and name.
   *
   * @param date the day, not null
   * @param kind the kind, not null
   * @param name the name, for example {@code "Hari Raya Idul Fitri"}, not null; surrounding white
   *     space is removed
   * @return the holiday, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Holiday of(LocalDate date, HolidayKind kind, String name) {
    checkNotNull(date, "date");
    checkNotNull(kind, "kind");
    checkNotNull(name, "name");
    String trimmed = name.strip();
    checkArgument(!trimmed.isEmpty(), "holiday name must not be blank, was '%s'", name);
    return new Holiday(date, kind, trimmed);
  }

  /**
   * Returns the day of the holiday.
   *
   * @return the date, not null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the kind of the holiday.
   *
   * @return the kind, not null
   */
  public HolidayKind kind() {
    return kind;
  }

  /**
   * Returns the name of the holiday, usually in Bahasa Indonesia.
   *
   * @return the name, trimmed and not empty
   */
  public String name() {
    return name;
  }

  /**
   * Compares by date, then kind, then name.
   *
   * @param other the other holiday, not null
   * @return negative, zero or positive as this holiday sorts before, with or after the other
   */
  @Override
  public int compareTo(Holiday other) {
    return ORDER.compare(this, other);
  }

  /**
   * Two holidays are equal when they have the same date, kind and name.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is an equal holiday
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof Holiday)) {
      return false;
    }
    Holiday other = (Holiday) obj;
    return date.equals(other.date) && kind == other.kind && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, kind, name);
  }

  /**
   * Returns a text such as {@code 2023-08-17 PUBLIC_HOLIDAY "Hari Kemerdekaan Republik Indonesia"}.
   *
   * @return the date, kind and quoted name
   */
  @Override
  public String toString() {
    return date + " " + kind + " \"" + name + "\"";
  }
}
