package org.modus.stats;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.modus.stats.Reference.close;

import org.junit.jupiter.api.Test;

/** Fixtures: output of jobs/src/test/resources/stats/reference_values.py ("Sen" blocks). */
class SenSlopeTest {

  private static void check(SenSlope.Result r, double slope, double low, double high) {
    close(slope, r.slope(), "slope");
    close(low, r.low(), "low");
    close(high, r.high(), "high");
  }

  @Test
  void risingSeriesHasAPositiveSlopeAndAnIntervalExcludingZero() {
    check(
        SenSlope.estimate(
            new double[] {0.10, 0.12, 0.11, 0.15, 0.14, 0.18, 0.20, 0.19, 0.22, 0.25, 0.24, 0.27}),
        0.016,
        0.013333333333333336,
        0.0175);
  }

  @Test
  void tiedSeries() {
    check(
        SenSlope.estimate(new double[] {1, 2, 2, 3, 3, 3, 2, 4, 4, 5}),
        0.3333333333333333,
        0.2,
        0.5);
    check(
        SenSlope.estimate(new double[] {5, 5, 4, 4, 4, 3, 3, 1, 1, 0}),
        -0.5,
        -0.75,
        -0.3333333333333333);
  }

  @Test
  void evenNumberOfSlopesTakesTheMeanOfTheMiddleTwo() {
    check(SenSlope.estimate(new double[] {0, 0, 0, 0.05, 0, 0.1, 0, 0.1}), 0.00625, 0.0, 0.025);
  }

  @Test
  void flatSeriesHasAnIntervalAroundZero() {
    check(
        SenSlope.estimate(
            new double[] {0.10, 0.12, 0.09, 0.11, 0.10, 0.12, 0.08, 0.11, 0.10, 0.09, 0.12, 0.10}),
        0.0,
        -0.003333333333333334,
        0.003333333333333332);
  }

  @Test
  void allEqualSeriesHasSlopeZeroAndADegenerateInterval() {
    check(SenSlope.estimate(new double[] {0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2}), 0.0, 0.0, 0.0);
  }

  @Test
  void gapsInTimeKeepTheSlopePerPeriod() {
    check(
        SenSlope.estimate(
            new double[] {0.10, 0.14, 0.13, 0.20, 0.22, 0.21, 0.30, 0.29},
            new double[] {0, 1, 2, 4, 5, 7, 8, 9}),
        0.020555555555555556,
        0.015,
        0.028333333333333332);
  }

  @Test
  void timesMustIncrease() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SenSlope.estimate(new double[] {1, 2, 3}, new double[] {0, 2, 2}));
  }
}
