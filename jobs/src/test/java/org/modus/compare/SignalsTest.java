package org.modus.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SignalsTest {

  @Test
  void aShareMovingMoreThanTenPercentOfItselfHasADirection() {
    assertEquals("up", Signals.direction(0.30, 0.45, 0.10));
    assertEquals("down", Signals.direction(0.20, 0.15, 0.10));
    assertEquals("flat", Signals.direction(0.20, 0.21, 0.10));
    assertEquals("up", Signals.direction(0.0, 0.05, 0.10));
    assertNull(
        Signals.direction(null, 0.4, 0.10), "a suppressed or missing share gives no direction");
  }

  @Test
  void likertMeansAreReadOnAOneToFiveScale() {
    assertEquals("up", Signals.likertDirection(4.33, 1, 5, 3.5, 2.5));
    assertEquals("flat", Signals.likertDirection(3.0, 1, 5, 3.5, 2.5));
    assertEquals("down", Signals.likertDirection(2.0, 1, 5, 3.5, 2.5));
    // 7 on a 1..7 scale is 5 on 1..5
    assertEquals("up", Signals.likertDirection(7.0, 1, 7, 3.5, 2.5));
  }

  @Test
  void agreementNeedsTwoDirections() {
    assertEquals("agree", Signals.agreement(Arrays.asList("up", null, "up")));
    assertEquals("disagree", Signals.agreement(Arrays.asList("up", "flat", "up")));
    assertEquals("single_source", Signals.agreement(Arrays.asList(null, "up", null)));
  }
}
