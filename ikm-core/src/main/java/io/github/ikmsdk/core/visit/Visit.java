package io.github.ikmsdk.core.visit;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A visit (kunjungan) of a mentor to an IKM's production site on one date, from a start to an end
 * time in the programme's zone.
 *
 * <p>Only the value's own invariant is checked here: the end is after the start on the same date.
 * Working minutes, working days, the site and the weekly count are rules of the validator. This
 * class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Visit {

  Visit() {}

  /**
   * Returns the id of the visit.
   *
   * @return the id
   */
  public abstract VisitId id();

  /**
   * Returns the visiting mentor (pendamping).
   *
   * @return the mentor id
   */
  public abstract MentorId mentor();

  /**
   * Returns the visited IKM.
   *
   * @return the IKM id
   */
  public abstract IkmId ikm();

  /**
   * Returns the date of the visit (tanggal kunjungan).
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the start time (jam mulai).
   *
   * @return the start, inclusive
   */
  public abstract LocalTime start();

  /**
   * Returns the end time (jam selesai).
   *
   * @return the end, exclusive, after {@link #start()}
   */
  public abstract LocalTime end();

  /**
   * Returns where the visit was recorded, for example by the mentor's phone.
   *
   * @return the recorded location, if any
   */
  public abstract Optional<GeoPoint> location();

  /**
   * Returns the status.
   *
   * @return the status; default {@link VisitStatus#PLANNED}
   */
  @Value.Default
  public VisitStatus status() {
    return VisitStatus.PLANNED;
  }

  /**
   * Returns free-text notes (catatan).
   *
   * @return the notes; default empty
   */
  @Value.Default
  public String notes() {
    return "";
  }

  /**
   * Returns the start as a date-time.
   *
   * @return the date at the start time
   */
  public final LocalDateTime startDateTime() {
    return date().atTime(start());
  }

  /**
   * Returns the end as a date-time.
   *
   * @return the date at the end time
   */
  public final LocalDateTime endDateTime() {
    return date().atTime(end());
  }

  /**
   * Returns the wall-clock length of the visit, breaks included.
   *
   * @return the positive duration from start to end
   */
  public final Duration duration() {
    return Duration.between(start(), end());
  }

  /**
   * Returns the ISO week of the visit's date.
   *
   * @return the week
   */
  public final IsoWeek week() {
    return IsoWeek.from(date());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Visit} values; obtain one with {@link Visit#builder()}. */
  public static final class Builder extends ImmutableVisit.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        end().isAfter(start()),
        "visit %s: end %s must be after start %s on the same date",
        id(),
        end(),
        start());
  }
}
