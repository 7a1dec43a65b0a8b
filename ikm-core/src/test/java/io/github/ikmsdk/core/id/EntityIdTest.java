package io.github.ikmsdk.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityIdTest {

  private static final List<Function<String, ? extends EntityId<?>>> FACTORIES =
      List.of(
          AgencyId::of,
          ProgrammeId::of,
          MentorId::of,
          IkmId::of,
          SentraId::of,
          CommodityId::of,
          VisitId::of,
          LogbookEntryId::of);

  @Test
  void trimsAndKeepsText() {
    assertEquals("M-01", MentorId.of("  M-01 ").value());
    assertEquals("M-01", MentorId.of("M-01").toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "-M01", "M 01", "M#01", "ikm/é", "_x"})
  void rejectsUnsafeOrBlankText(String text) {
    for (Function<String, ? extends EntityId<?>> factory : FACTORIES) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> factory.apply(text));
      assertTrue(e.getMessage().contains("id"), e.getMessage());
    }
  }

  @Test
  void acceptsTheLongestAndRejectsLonger() {
    String longest = "A".repeat(EntityId.MAX_LENGTH);
    assertEquals(longest, IkmId.of(longest).value());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IkmId.of(longest + "A"));
    assertTrue(e.getMessage().contains("at most 64"), e.getMessage());
  }

  @Test
  void messageNamesTheKindAndTheText() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VisitId.of("v 1"));
    assertEquals(
        "visit id must start with a letter or digit and hold only letters, digits and . _ - : /,"
            + " was 'v 1'",
        e.getMessage());
  }

  @Test
  void idsOfDifferentKindsAreNeverEqual() {
    assertNotEquals(MentorId.of("X-1"), IkmId.of("X-1"));
    new EqualsTester()
        .addEqualityGroup(MentorId.of("X-1"), MentorId.of(" X-1"))
        .addEqualityGroup(IkmId.of("X-1"))
        .addEqualityGroup(MentorId.of("X-2"))
        .addEqualityGroup(SentraId.of("S.1:a/b_c"))
        .testEquals();
  }

  @Test
  void ordersByText() {
    assertTrue(IkmId.of("IKM-001").compareTo(IkmId.of("IKM-002")) < 0);
    assertEquals(0, IkmId.of("A").compareTo(IkmId.of(" A ")));
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester = new NullPointerTester();
    for (Class<?> type :
        List.of(
            AgencyId.class,
            ProgrammeId.class,
            MentorId.class,
            IkmId.class,
            SentraId.class,
            CommodityId.class,
            VisitId.class,
            LogbookEntryId.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(MentorId.of("M-01"));
  }
}
