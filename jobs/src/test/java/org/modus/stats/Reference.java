package org.modus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Tolerances for comparing with the fixtures printed by {@code
 * jobs/src/test/resources/stats/reference_values.py} (scipy 1.17 / numpy, textbook formulas).
 */
final class Reference {
  static final double TOLERANCE = 1e-9;

  private Reference() {}

  static void close(double expected, double actual, String what) {
    assertEquals(expected, actual, TOLERANCE, what);
  }

  /** p-values are also compared relatively, since 1e-9 absolute says nothing about a p of 1e-5. */
  static void closeP(double expected, double actual, String what) {
    assertEquals(expected, actual, TOLERANCE, what);
    assertEquals(expected, actual, TOLERANCE * Math.abs(expected), what + " (relative)");
  }
}
