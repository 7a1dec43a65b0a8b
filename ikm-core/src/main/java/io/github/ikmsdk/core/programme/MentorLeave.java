package io.github.ikmsdk.core.programme;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.ikmsdk.core.id.MentorId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period in which a mentor is on leave (cuti pendamping) and makes no visits.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MentorLeave {

  MentorLeave() {}

  /**
   * Returns the mentor on leave.
   *
   * @return the mentor id
   */
  public abstract MentorId mentor();

  /**
   * Returns the first day of leave.
   *
   * @return the first day, inclusive
   */
  public abstract LocalDate firstDay();

  /**
   * Returns the last day of leave.
   *
   * @return the last day, inclusive, not before {@link #firstDay()}
   */
  public abstract LocalDate lastDay();

  /**
   * Returns the reason (alasan), for example "cuti tahunan".
   *
   * @return the reason, if given
   */
  public abstract Optional<String> reason();

  /**
   * Returns whether the leave covers a date.
   *
   * @param date the date, not null
   * @return whether {@code firstDay <= date <= lastDay}
   */
  public final boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /**
   * Returns a leave of a mentor for the given days.
   *
   * @param mentor the mentor, not null
   * @param firstDay the first day, inclusive, not null
   * @param lastDay the last day, inclusive, not null
   * @return the leave
   * @throws IllegalArgumentException if {@code lastDay} is before {@code firstDay}
   */
  public static MentorLeave of(MentorId mentor, LocalDate firstDay, LocalDate lastDay) {
    return builder().mentor(mentor).firstDay(firstDay).lastDay(lastDay).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MentorLeave} values; obtain one with {@link MentorLeave#builder()}. */
  public static final class Builder extends ImmutableMentorLeave.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        !lastDay().isBefore(firstDay()),
        "leave of mentor %s: last day %s is before first day %s",
        mentor(),
        lastDay(),
        firstDay());
  }
}
