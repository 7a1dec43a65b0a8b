package io.github.ikmsdk.core.spike;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

class ThingProperties {
  @Property(tries = 50)
  void name(@ForAll @AlphaChars @StringLength(min = 1, max = 5) String s) {
    Thing.builder().name(s).build();
  }
}
