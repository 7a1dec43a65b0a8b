package io.github.ikmsdk.core.rules;

import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Programme;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The duration rules (IKM-R2xx, S6): the programme's months within the policy's range and within
 * the range of every participating sentra's commodity.
 */
final class DurationRules {

  private DurationRules() {}

  /** The duration rules of the global partition. */
  static void global(RuleContext c, List<Violation> out) {
    Programme p = c.programme;
    PeriodMonths duration = PeriodMonths.of(p.startDate(), p.endDate());
    if (!duration.within(c.policy.minDurationMonths(), c.policy.maxDurationMonths())) {
      out.add(
          outsidePolicy(
              p.id(),
              p.startDate(),
              p.endDate(),
              duration,
              c.policy.minDurationMonths(),
              c.policy.maxDurationMonths()));
    }
    Set<CommodityId> commodities = new TreeSet<>();
    for (SentraId id : p.sentra()) {
      c.snapshot.sentra(id).ifPresent(sentra -> commodities.add(sentra.commodity()));
    }
    for (CommodityId id : commodities) {
      Commodity commodity = c.snapshot.commodity(id).orElse(null);
      if (commodity != null
          && !duration.within(commodity.minDurationMonths(), commodity.maxDurationMonths())) {
        out.add(
            outsideCommodity(
                p.id(),
                id,
                duration,
                commodity.minDurationMonths(),
                commodity.maxDurationMonths()));
      }
    }
  }

  // ------------------------------------------------------------------ typed violations

  /** IKM-R201: the programme's months outside the policy's range. */
  static Violation outsidePolicy(
      ProgrammeId programme,
      LocalDate start,
      LocalDate end,
      PeriodMonths months,
      int minimum,
      int maximum) {
    return Rule.DURATION_OUTSIDE_POLICY.violation(
        List.of(Subject.of(programme)), programme, start, end, months.text(), minimum, maximum);
  }

  /** IKM-R202: the programme's months outside the range of a participating commodity. */
  static Violation outsideCommodity(
      ProgrammeId programme, CommodityId commodity, PeriodMonths months, int minimum, int maximum) {
    return Rule.DURATION_OUTSIDE_COMMODITY.violation(
        List.of(Subject.of(programme), Subject.of(commodity)),
        programme,
        commodity,
        months.text(),
        minimum,
        maximum);
  }
}
