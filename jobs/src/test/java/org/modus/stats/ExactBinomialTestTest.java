package org.modus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.modus.stats.Reference.closeP;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

/**
 * Fixtures: output of jobs/src/test/resources/stats/reference_values.py ("Exact binomial test").
 */
class ExactBinomialTestTest {

  @Test
  void matchesScipyBinomtestFromTheBulkToFarTails() {
    closeP(2.3963267614616624e-134, ExactBinomialTest.twoSidedP(40, 2000, 0.2), "40/2000");
    closeP(1.269702149171053e-05, ExactBinomialTest.twoSidedP(480, 2000, 0.2), "480/2000");
    closeP(0.00038243443632724394, ExactBinomialTest.twoSidedP(3, 1500, 0.01), "3/1500");
    closeP(0.0005894650168149637, ExactBinomialTest.twoSidedP(30, 1500, 0.01), "30/1500");
    closeP(3.276800000000003e-11, ExactBinomialTest.twoSidedP(15, 15, 0.2), "15/15");
    closeP(0.001953125, ExactBinomialTest.twoSidedP(0, 10, 0.5), "0/10");
    closeP(0.34375, ExactBinomialTest.twoSidedP(7, 10, 0.5), "7/10");
  }

  @Test
  void agreesWithSummingEveryOutcomeNoMoreLikelyThanTheObservedOne() {
    for (int n : new int[] {1, 2, 7, 30, 101}) {
      for (double p : new double[] {0.03, 0.2, 0.5, 0.77}) {
        BinomialDistribution b = new BinomialDistribution(null, n, p);
        for (int k = 0; k <= n; k++) {
          double limit = b.probability(k) * (1 + 1e-7);
          double sum = 0;
          for (int i = 0; i <= n; i++) {
            sum += b.probability(i) <= limit ? b.probability(i) : 0;
          }
          assertEquals(
              Math.min(1.0, sum),
              ExactBinomialTest.twoSidedP(k, n, p),
              1e-9,
              k + "/" + n + " p=" + p);
        }
      }
    }
  }

  @Test
  void observingTheExpectedCountGivesOne() {
    assertEquals(1.0, ExactBinomialTest.twoSidedP(12, 60, 0.2));
  }
}
