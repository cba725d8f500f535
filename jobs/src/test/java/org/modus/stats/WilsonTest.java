package org.modus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.modus.stats.Reference.close;

import org.junit.jupiter.api.Test;

/** Fixtures: output of jobs/src/test/resources/stats/reference_values.py ("Wilson" block). */
class WilsonTest {

  private static void check(long k, long n, double low, double high) {
    ConfidenceInterval i = Wilson.interval(k, n);
    close(low, i.low(), k + "/" + n + " low");
    close(high, i.high(), k + "/" + n + " high");
  }

  @Test
  void matchesTheScoreIntervalFormula() {
    check(3, 17, 0.06191126637620997, 0.41029458568834126);
    check(250, 1000, 0.2241530989836914, 0.27776028025908617);
    check(7, 40, 0.0874541374603592, 0.31949990331787714);
  }

  @Test
  void atZeroTheLowerBoundIsExactlyZero() {
    check(0, 10, 0.0, 0.2775327998628892);
    check(0, 1, 0.0, 0.7934506856227626);
    assertEquals(0.0, Wilson.interval(0, 10).low());
  }

  @Test
  void atTheTotalTheUpperBoundIsExactlyOne() {
    check(10, 10, 0.7224672001371107, 0.9999999999999999);
    check(1, 1, 0.20654931437723745, 1.0);
    assertEquals(1.0, Wilson.interval(10, 10).high());
  }

  @Test
  void nullableFormsGiveNullWithoutDocuments() {
    assertNull(Wilson.low(0L, 0L));
    assertNull(Wilson.high(null, 5L));
    close(0.06191126637620997, Wilson.low(3L, 17L), "low");
  }

  @Test
  void countAboveTotalIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Wilson.interval(5, 4));
  }
}
