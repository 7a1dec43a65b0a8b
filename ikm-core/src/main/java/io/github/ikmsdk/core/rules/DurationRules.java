package io.github.ikmsdk.core.rules;

import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Programme;
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
    Subject programme = Subject.of(p.id());
    PeriodMonths duration = PeriodMonths.of(p.startDate(), p.endDate());
    if (!duration.within(c.policy.minDurationMonths(), c.policy.maxDurationMonths())) {
      out.add(
          Rule.DURATION_OUTSIDE_POLICY.violation(
              List.of(programme),
              p.id(),
              p.startDate(),
              p.endDate(),
              duration.text(),
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
            Rule.DURATION_OUTSIDE_COMMODITY.violation(
                List.of(programme, Subject.of(id)),
                p.id(),
                id,
                duration.text(),
                commodity.minDurationMonths(),
                commodity.maxDurationMonths()));
      }
    }
  }
}
