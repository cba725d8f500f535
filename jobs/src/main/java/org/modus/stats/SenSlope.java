package org.modus.stats;

import java.util.Arrays;

/**
 * Sen's (1968) slope: the median of all pairwise slopes, with the rank-based 95% interval of
 * Gilbert (1987, sec. 16.5) in the form R's {@code trend::sens.slope} computes it: C = z_{0.975}
 * sqrt(Var S), lower = d[round((N - C)/2)], upper = d[round((N + C)/2 + 1)] in the sorted slopes d
 * (1-based ranks, rounding half to even as R does, clamped to 1..N).
 */
public final class SenSlope {
  private SenSlope() {}

  public record Result(double slope, double low, double high) {}

  /** Values at equally spaced times 0, 1, 2, ... */
  public static Result estimate(double[] x) {
    double[] t = new double[x.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = i;
    }
    return estimate(x, t);
  }

  /**
   * Values {@code x} observed at strictly increasing times {@code t} (periods with no documents
   * leave gaps, and the slope stays per period).
   */
  public static Result estimate(double[] x, double[] t) {
    int n = x.length;
    if (n < 2 || t.length != n) {
      throw new IllegalArgumentException(
          "Sen's slope needs at least 2 values and one time per value");
    }
    double[] d = new double[n * (n - 1) / 2];
    int k = 0;
    for (int i = 0; i < n - 1; i++) {
      for (int j = i + 1; j < n; j++) {
        if (!(t[j] > t[i])) {
          throw new IllegalArgumentException(
              "times must increase strictly, got " + t[i] + " then " + t[j]);
        }
        d[k++] = (x[j] - x[i]) / (t[j] - t[i]);
      }
    }
    Arrays.sort(d);
    int big = d.length;
    double median = big % 2 == 1 ? d[big / 2] : (d[big / 2 - 1] + d[big / 2]) / 2.0;
    double c = Normal.Z95 * Math.sqrt(MannKendall.variance(x));
    int lo = clamp((long) Math.rint((big - c) / 2.0), big);
    int hi = clamp((long) Math.rint((big + c) / 2.0 + 1), big);
    return new Result(median, d[lo - 1], d[hi - 1]);
  }

  private static int clamp(long rank, int n) {
    return (int) Math.max(1, Math.min(n, rank));
  }
}
