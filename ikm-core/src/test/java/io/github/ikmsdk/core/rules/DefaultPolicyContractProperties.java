package io.github.ikmsdk.core.rules;

import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.testing.RuleContract;

/** The rule contract under the source's policy. */
class DefaultPolicyContractProperties extends RuleContract {

  @Override
  protected ProgrammePolicy policy() {
    return ProgrammePolicy.defaults();
  }
}
