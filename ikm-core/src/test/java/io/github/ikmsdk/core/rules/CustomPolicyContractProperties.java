package io.github.ikmsdk.core.rules;

import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.testing.RuleContract;

/** The rule contract under a different agency's policy: six IKMs, three-hour visits. */
class CustomPolicyContractProperties extends RuleContract {

  @Override
  protected ProgrammePolicy policy() {
    return ProgrammePolicy.builder()
        .maxIkmsPerMentor(6)
        .minVisitWorkingMinutes(180)
        .siteToleranceMetres(100)
        .minDurationMonths(2)
        .maxDurationMonths(5)
        .build();
  }
}
