package io.github.ikmsdk.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ShareTest {

  @Test
  void fractionAndPercent() {
    Share twoThirds = Share.of(2, 3);
    assertEquals(2, twoThirds.part());
    assertEquals(3, twoThirds.whole());
    assertEquals(OptionalDouble.of(2.0 / 3), twoThirds.fraction());
    assertEquals(Optional.of(new BigDecimal("66.7")), twoThirds.percent());
    assertEquals(Optional.of(new BigDecimal("100.0")), Share.of(4, 4).percent());
    assertEquals(Optional.of(new BigDecimal("0.1")), Share.of(1, 1999).percent(), "half up");
  }

  @Test
  void emptyWholeHasNoNumber() {
    Share none = Share.of(0, 0);
    assertTrue(none.isEmpty());
    assertEquals(OptionalDouble.empty(), none.fraction());
    assertEquals(Optional.empty(), none.percent());
  }

  @Test
  void invalidCountsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Share.of(-1, 3));
    assertThrows(IllegalArgumentException.class, () -> Share.of(4, 3));
    assertThrows(IllegalArgumentException.class, () -> Share.of(0, -1));
  }

  @Test
  void textRoundTrips() {
    for (Share share : new Share[] {Share.of(0, 0), Share.of(3, 4), Share.of(7, Long.MAX_VALUE)}) {
      assertEquals(share, Share.parse(share.toString()));
    }
    assertEquals("3/4", Share.of(3, 4).toString());
    for (String bad :
        new String[] {
          "", "3", "3/", "/4", "-1/4", "3/4/5", " 3/4", "5/4", "a/b", "99999999999999999999/1"
        }) {
      assertThrows(IllegalArgumentException.class, () -> Share.parse(bad), bad);
    }
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Share.of(1, 2), Share.of(1, 2), Share.parse("1/2"))
        .addEqualityGroup(Share.of(2, 4))
        .addEqualityGroup(Share.of(0, 0))
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    new NullPointerTester().testAllPublicStaticMethods(Share.class);
  }
}
