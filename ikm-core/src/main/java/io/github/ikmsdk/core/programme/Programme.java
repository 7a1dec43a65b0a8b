package io.github.ikmsdk.core.programme;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Range;
import io.github.ikmsdk.core.id.AgencyId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.id.SentraId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A mentoring programme (program pendampingan IKM) of an agency: its period, zone, policy, sentra
 * and participating IKMs.
 *
 * <p>The period runs from {@link #startDate()} to {@link #endDate()}, both inclusive, in the
 * programme's {@link #zone()}. Whether its length suits the policy is a rule of the validator;
 * construction only requires the end not to precede the start.
 *
 * <p><b>Enrolment.</b> The programme names its {@link #sentra()} and {@link #participants()} by id
 * although the {@link ProgrammeSnapshot} lists the sentra and IKMs themselves: the snapshot's lists
 * are the register of what exists (an agency's register of Pelaku IKM may hold businesses that this
 * programme does not enrol, or no longer does), these sets are the enrolment. Only participants are
 * assigned, planned and held to the weekly visit rule; the validator reports an assignment, visit
 * or logbook entry for an IKM that is not a participant ({@code IKM-R003}), a participant whose
 * sentra is not enrolled ({@code IKM-R004}) and an enrolled id the snapshot does not list ({@code
 * IKM-R002}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Programme {

  Programme() {}

  /**
   * Returns the id of the programme.
   *
   * @return the id
   */
  public abstract ProgrammeId id();

  /**
   * Returns the agency that runs the programme (Dinas penyelenggara).
   *
   * @return the agency id
   */
  public abstract AgencyId agency();

  /**
   * Returns the name (nama program).
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the first day of mentoring (tanggal mulai).
   *
   * @return the first day, inclusive
   */
  public abstract LocalDate startDate();

  /**
   * Returns the last day of mentoring (tanggal selesai).
   *
   * @return the last day, inclusive, not before {@link #startDate()}
   */
  public abstract LocalDate endDate();

  /**
   * Returns the time zone of the programme, for example {@code Asia/Makassar} (WITA).
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * Returns the policy whose numbers the rules use.
   *
   * @return the policy; default {@link ProgrammePolicy#defaults()}
   */
  @Value.Default
  public ProgrammePolicy policy() {
    return ProgrammePolicy.defaults();
  }

  /**
   * Returns the sentra taking part (enrolled); each must be listed in the snapshot.
   *
   * @return the sentra ids, in the order given
   */
  public abstract Set<SentraId> sentra();

  /**
   * Returns the participating IKMs (peserta): the IKMs of the snapshot that this programme enrols.
   *
   * @return the IKM ids, in the order given
   */
  public abstract Set<IkmId> participants();

  /**
   * Returns the period as a closed range of dates.
   *
   * @return {@code [startDate, endDate]}
   */
  public final Range<LocalDate> period() {
    return Range.closed(startDate(), endDate());
  }

  /**
   * Returns whether a date lies inside the period.
   *
   * @param date the date, not null
   * @return whether {@code startDate <= date <= endDate}
   */
  public final boolean contains(LocalDate date) {
    return !date.isBefore(startDate()) && !date.isAfter(endDate());
  }

  /**
   * Returns the number of days in the period.
   *
   * @return at least 1
   */
  public final long lengthInDays() {
    return ChronoUnit.DAYS.between(startDate(), endDate()) + 1;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Programme} values; obtain one with {@link Programme#builder()}. */
  public static final class Builder extends ImmutableProgramme.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "programme %s: name must not be blank", id());
    checkArgument(
        !endDate().isBefore(startDate()),
        "programme %s: end date %s is before start date %s",
        id(),
        endDate(),
        startDate());
  }
}
