package org.modus.stats;

import java.util.Arrays;

/**
 * Mann-Kendall test for a monotonic trend (Mann 1945, Kendall 1975; Gilbert 1987 ch. 16): S with
 * the tie-corrected variance, z with continuity correction, and a two-sided p-value from the normal
 * approximation (not the exact distribution of S, which only matters below about 10 points and
 * which the insufficient-data rule keeps us close to the limit of).
 */
public final class MannKendall {
  private MannKendall() {}

  /**
   * Result of the test; {@code z} is 0 and {@code pValue} 1 when S is 0 (including all-equal
   * series).
   */
  public record Result(int n, double s, double varS, double z, double pValue) {}

  /** Tests the values in time order. */
  public static Result test(double[] x) {
    int n = x.length;
    if (n < 2) {
      throw new IllegalArgumentException("Mann-Kendall needs at least 2 values, got " + n);
    }
    for (double v : x) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("Mann-Kendall needs finite values, got " + v);
      }
    }
    long s = 0;
    for (int i = 0; i < n - 1; i++) {
      for (int j = i + 1; j < n; j++) {
        s += x[j] > x[i] ? 1 : x[j] < x[i] ? -1 : 0; // == as in the tie groups of the variance
      }
    }
    double varS = variance(x);
    double z;
    if (s > 0) {
      z = (s - 1) / Math.sqrt(varS);
    } else if (s < 0) {
      z = (s + 1) / Math.sqrt(varS);
    } else {
      z = 0.0;
    }
    return new Result(n, s, varS, z, Normal.twoSidedP(z));
  }

  /** Var(S) = [n(n-1)(2n+5) - sum over tie groups t(t-1)(2t+5)] / 18. */
  static double variance(double[] x) {
    int n = x.length;
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    double ties = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && sorted[j + 1] == sorted[i]) {
        j++;
      }
      double t = j - i + 1;
      ties += t * (t - 1) * (2 * t + 5);
      i = j + 1;
    }
    return ((double) n * (n - 1) * (2.0 * n + 5) - ties) / 18.0;
  }
}
