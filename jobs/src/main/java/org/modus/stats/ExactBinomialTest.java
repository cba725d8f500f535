package org.modus.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.special.Beta;

/**
 * Two-sided exact binomial test: the probability of every outcome no more likely than the observed
 * one (the "minlike" rule of R's binom.test and scipy's binomtest, with their 1e-7 relative
 * tolerance so that outcomes equally likely up to rounding count together).
 *
 * <p>Since the binomial is unimodal, those outcomes form a lower prefix [0, j] and an upper suffix
 * [i, n]; both ends are found by bisection and their probabilities taken from the regularized beta
 * function, so the cost is logarithmic in n and tiny tails keep their relative precision.
 */
public final class ExactBinomialTest {
  private static final double RELATIVE_TOLERANCE = 1 + 1e-7;

  private ExactBinomialTest() {}

  public static double twoSidedP(int k, int n, double p) {
    if (n < 0 || k < 0 || k > n || !(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(
          "binomial test needs 0 <= k <= n and p in [0, 1], got k=" + k + " n=" + n + " p=" + p);
    }
    if (n == 0 || k == p * n) {
      return 1.0;
    }
    if (p == 0 || p == 1) {
      return 0.0; // k differs from the only possible outcome
    }
    BinomialDistribution b = new BinomialDistribution(null, n, p);
    double limit = b.probability(k) * RELATIVE_TOLERANCE;
    int mode = (int) Math.min(n, Math.floor((n + 1) * p));
    // Largest j below the mode with pmf(j) <= limit (pmf rises up to the mode); -1 when none.
    int lo = -1;
    int hi = mode;
    while (hi - lo > 1) {
      int mid = lo + (hi - lo) / 2;
      if (b.probability(mid) <= limit) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    int lowerEnd = lo;
    // Smallest i from the mode up with pmf(i) <= limit (pmf falls after the mode); n + 1 when none.
    lo = mode - 1;
    hi = n + 1;
    while (hi - lo > 1) {
      int mid = lo + (hi - lo) / 2;
      if (b.probability(mid) <= limit) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    int upperStart = hi;
    double lower = lowerEnd < 0 ? 0.0 : Beta.regularizedBeta(1 - p, n - lowerEnd, lowerEnd + 1.0);
    double upper =
        upperStart > n
            ? 0.0
            : upperStart == 0 ? 1.0 : Beta.regularizedBeta(p, upperStart, n - upperStart + 1.0);
    return Math.min(1.0, lower + upper);
  }
}
