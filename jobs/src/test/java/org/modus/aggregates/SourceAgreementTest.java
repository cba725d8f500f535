package org.modus.aggregates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourceAgreementTest {
  private final SourceAgreement fivePercentOrOne = new SourceAgreement(0.05, 1);

  @Test
  void theGapIsTheDistanceBetweenIntervalsAndZeroWhenTheyOverlap() {
    assertEquals(10.0, SourceAgreement.gap(100, 100.0, 110, 110.0));
    assertEquals(10.0, SourceAgreement.gap(110, 110.0, 100, 100.0));
    assertEquals(0.0, SourceAgreement.gap(0, 4.0, 3, 3.0), "<5 overlaps 3");
    assertEquals(4.0, SourceAgreement.gap(0, 4.0, 8, 8.0), "<5 is at most 4");
    assertEquals(0.0, SourceAgreement.gap(0, null, 500, 500.0), "confidential is unbounded above");
    assertEquals(499.0, SourceAgreement.gap(1001, null, 502, 502.0), ">1000 is above 502 by 499");
  }

  @Test
  void valuesAgreeWithinTheLargerOfTheAbsoluteAndRelativeTolerance() {
    assertTrue(fivePercentOrOne.agree(200, 200.0, 210, 210.0), "10 <= 5% of 210");
    assertFalse(fivePercentOrOne.agree(200, 200.0, 212, 212.0), "12 > 5% of 212 (10.6)");
    assertTrue(fivePercentOrOne.agree(7, 7.0, 8, 8.0), "small counts: 1 <= the absolute tolerance");
    assertFalse(fivePercentOrOne.agree(7, 7.0, 9, 9.0));
    assertTrue(fivePercentOrOne.agree(0, 4.0, 3, 3.0));
  }

  @Test
  void theShippedSettingsAreReadFromTheConfigFile() {
    SourceAgreement loaded = SourceAgreement.load();
    assertTrue(loaded.relative() > 0 && loaded.relative() < 1, "relative tolerance is a fraction");
    assertTrue(loaded.absolute() >= 0);
  }
}
