package org.modus.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fixture: output of jobs/src/test/resources/stats/reference_values.py ("Benjamini-Hochberg"). */
class BenjaminiHochbergTest {

  @Test
  void matchesScipyFalseDiscoveryControlIncludingTiedPValues() {
    double[] p = {0.01, 0.04, 0.03, 0.005, 0.2, 0.9, 0.04, 0.5};
    double[] expected = {
      0.04, 0.064, 0.064, 0.04, 0.26666666666666666, 0.9, 0.064, 0.5714285714285714
    };
    assertArrayEquals(expected, BenjaminiHochberg.qValues(p), Reference.TOLERANCE);
  }

  @Test
  void qValuesFollowTheOrderOfPValuesAndNeverExceedOne() {
    Random random = new Random(7);
    double[] p = new double[200];
    for (int i = 0; i < p.length; i++) {
      p[i] = random.nextDouble() < 0.2 ? random.nextDouble() * 1e-3 : random.nextDouble();
    }
    double[] q = BenjaminiHochberg.qValues(p);
    for (int i = 0; i < p.length; i++) {
      assertTrue(q[i] >= p[i] && q[i] <= 1.0, "q in [p, 1] at " + i);
      for (int j = 0; j < p.length; j++) {
        if (p[i] < p[j]) {
          assertTrue(q[i] <= q[j], "monotone: p" + i + " < p" + j + " but q" + i + " > q" + j);
        }
      }
    }
  }

  @Test
  void stepUpTakesTheSmallerQOfALargerPAndLeavesASingleTestAlone() {
    // 0.6 * 2 / 1 = 1.2 would exceed one; the step-up minimum brings it down to q(0.7) = 0.7.
    assertEquals(0.7, BenjaminiHochberg.qValues(new double[] {0.6, 0.7})[0]);
    assertEquals(0.03, BenjaminiHochberg.qValues(new double[] {0.03})[0]);
    assertEquals(0, BenjaminiHochberg.qValues(new double[0]).length);
  }

  @Test
  void refusesSomethingThatIsNotAPValue() {
    assertThrows(
        IllegalArgumentException.class, () -> BenjaminiHochberg.qValues(new double[] {Double.NaN}));
  }
}
