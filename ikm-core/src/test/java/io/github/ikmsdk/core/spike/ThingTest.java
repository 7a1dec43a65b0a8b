package io.github.ikmsdk.core.spike;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ThingTest {
  @Test
  void builds() {
    Thing t = Thing.builder().name("a").addTags("x").addItems(1).build();
    assertEquals("a", t.name());
    System.out.println(t);
  }
}
