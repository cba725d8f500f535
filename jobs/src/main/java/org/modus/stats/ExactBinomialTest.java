package org.modus.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Two-sided exact binomial test: the probability of every outcome no more likely than the observed one
 * (the "minlike" rule of R's binom.test and scipy's binomtest, with their 1e-7 relative tolerance so
 * that outcomes equally likely up to rounding count together).
 */
public final class ExactBinomialTest {
  private static final double RELATIVE_TOLERANCE = 1 + 1e-7;

  private ExactBinomialTest() {}

  public static double twoSidedP(int k, int n, double p) {
    if (n < 0 || k < 0 || k > n || !(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("binomial test needs 0 <= k <= n and p in [0, 1], got k=" + k
          + " n=" + n + " p=" + p);
    }
    if (n == 0 || k == p * n) {
      return 1.0;
    }
    BinomialDistribution b = new BinomialDistribution(null, n, p);
    double observed = b.probability(k) * RELATIVE_TOLERANCE;
    double sum = 0;
    for (int i = 0; i <= n; i++) {
      double pi = b.probability(i);
      if (pi <= observed) {
        sum += pi;
      }
    }
    return Math.min(1.0, sum);
  }
}
