package io.github.ikmsdk.core.compliance;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;

import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.ProgrammeId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The compliance report of a programme as of a date (laporan kepatuhan): one row per participating
 * IKM and programme week, totals per mentor and for the programme.
 *
 * <p>Made by {@link Compliance}. Equal inputs give equal reports; nothing depends on the order of
 * visits or on the JVM's default zone.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ComplianceReport {

  ComplianceReport() {}

  /**
   * Returns the programme reported on.
   *
   * @return the programme id
   */
  public abstract ProgrammeId programme();

  /**
   * Returns the date the report is as of (per tanggal), in the programme's zone.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Returns one row per participating IKM and programme week.
   *
   * @return the rows, sorted by IKM, then by week
   */
  public abstract List<IkmWeekCompliance> rows();

  /**
   * Returns the totals of each mentor over the IKMs assigned to it. The working minutes are those
   * of the mentor's own completed visits to participating IKMs.
   *
   * @return the totals by mentor, sorted by mentor id; mentors with no IKM have empty totals
   */
  public abstract Map<MentorId, ComplianceTotals> mentors();

  /**
   * Returns the totals over all participating IKMs. The working minutes are those of completed
   * visits to participating IKMs by any mentor.
   *
   * @return the programme totals
   */
  public abstract ComplianceTotals total();

  /**
   * Returns the rows of one IKM.
   *
   * @param ikm the IKM, not null
   * @return its rows by week, empty if it does not take part
   */
  public final List<IkmWeekCompliance> rows(IkmId ikm) {
    checkNotNull(ikm, "ikm");
    return rows().stream().filter(r -> r.ikm().equals(ikm)).collect(toImmutableList());
  }

  /**
   * Returns the row of one IKM in one ISO week.
   *
   * @param ikm the IKM, not null
   * @param week the ISO week, not null
   * @return the row, empty if the IKM does not take part or the week is not a programme week
   */
  public final Optional<IkmWeekCompliance> row(IkmId ikm, IsoWeek week) {
    checkNotNull(ikm, "ikm");
    checkNotNull(week, "week");
    return rows().stream()
        .filter(r -> r.ikm().equals(ikm) && r.week().week().equals(week))
        .findFirst();
  }

  /**
   * Returns the overdue rows: required weeks, not met, whose due date has passed.
   *
   * @return the rows with {@link IkmWeekCompliance#isOverdue()}, in row order
   */
  public final List<IkmWeekCompliance> overdue() {
    return rows().stream().filter(IkmWeekCompliance::isOverdue).collect(toImmutableList());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ComplianceReport} values; obtain one with {@link ComplianceReport#builder()}. */
  public static final class Builder extends ImmutableComplianceReport.Builder {
    Builder() {}
  }
}
