package io.github.ikmsdk.core.compliance;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The compliance of one IKM in one programme week (kepatuhan mingguan IKM), as of a date: its
 * {@link WeekStatus}, the visits that counted and, for the current week, the working days left.
 *
 * <p>Which visits count is defined in the {@linkplain io.github.ikmsdk.core.compliance package
 * documentation}. Rows are made by {@link Compliance}; construction checks only that the counted
 * visits are among the completed ones.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class IkmWeekCompliance {

  IkmWeekCompliance() {}

  /**
   * Returns the IKM.
   *
   * @return the IKM id
   */
  public abstract IkmId ikm();

  /**
   * Returns the IKM's mentor (pendamping) by assignment.
   *
   * @return the mentor, empty if no assignment lists the IKM
   */
  public abstract Optional<MentorId> mentor();

  /**
   * Returns the programme week.
   *
   * @return the week, clipped to the programme period
   */
  public abstract ProgrammeWeek week();

  /**
   * Returns the status as of the report's date.
   *
   * @return the status
   */
  public abstract WeekStatus status();

  /**
   * Returns the completed visits to the IKM dated in the week and not after the as-of date, by an
   * existing mentor and each the first listed with its id, whatever their length.
   *
   * @return the distinct visit ids, sorted, possibly empty
   */
  public abstract List<VisitId> completedVisits();

  /**
   * Returns the completed visits that count towards the weekly rule: those of {@link
   * #completedVisits()} with at least {@link #requiredMinutes()} working minutes.
   *
   * @return the distinct visit ids, sorted, possibly empty
   */
  public abstract List<VisitId> countedVisits();

  /**
   * Returns the most working minutes of one of the {@link #completedVisits()}.
   *
   * @return the minutes, 0 if no visit was completed
   */
  public abstract long longestVisitMinutes();

  /**
   * Returns how many counted visits the policy requires in a week that needs a visit.
   *
   * @return at least 1
   */
  public abstract int requiredVisits();

  /**
   * Returns the working minutes a visit needs to count.
   *
   * @return at least 1
   */
  public abstract int requiredMinutes();

  /**
   * Returns the working days left in the week that contains the as-of date and is not yet due: the
   * week's working days inside the programme period that are not before the as-of date, the as-of
   * date itself included (a visit can still be made that day).
   *
   * @return the days, in order; empty for any other week, including a week that is due
   */
  public abstract List<LocalDate> workingDaysLeft();

  /**
   * Returns the due date of the week (tenggat): its last working day in the programme period.
   *
   * @return {@link Overdue#dueDate(ProgrammeWeek)} of {@link #week()}
   */
  public final LocalDate dueDate() {
    return Overdue.dueDate(week());
  }

  /**
   * Returns whether the week is met.
   *
   * @return whether {@link #status()} is {@link WeekStatus#MET}
   */
  public final boolean isMet() {
    return status() == WeekStatus.MET;
  }

  /**
   * Returns whether the week is overdue: required, not met and due, its {@link #dueDate()} being on
   * or before the as-of date.
   *
   * @return {@code status().isOverdue()}
   */
  public final boolean isOverdue() {
    return status().isOverdue();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link IkmWeekCompliance} values; obtain one with {@link IkmWeekCompliance#builder()}.
   */
  public static final class Builder extends ImmutableIkmWeekCompliance.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        completedVisits().containsAll(countedVisits()),
        "counted visits %s must be among the completed visits %s",
        countedVisits(),
        completedVisits());
    checkArgument(
        longestVisitMinutes() >= 0,
        "longest visit minutes must not be negative, was %s",
        longestVisitMinutes());
  }
}
