package org.modus.stats;

/**
 * Ratio of two shares, a/n1 (the latest period) over b/n0 (the baseline), with Katz's log-scale 95%
 * interval and the exact conditional binomial test: given a + b documents with the category, a is
 * Binomial(a + b, n1 / (n1 + n0)) when the two rates are equal. The conditional test treats counts
 * as Poisson, which for shares well below one is the binomial and otherwise errs on the
 * conservative side. When a or b is zero the interval would be infinite, so 0.5 is added to each
 * cell of the 2x2 table (Haldane-Anscombe) for the estimate and interval only; the p-value always
 * uses the raw counts.
 */
public final class RateRatio {
  private RateRatio() {}

  public record Result(double ratio, double low, double high, double pValue) {}

  public static Result compare(long a, long n1, long b, long n0) {
    if (n1 <= 0 || n0 <= 0 || a < 0 || b < 0 || a > n1 || b > n0 || a + b == 0) {
      throw new IllegalArgumentException(
          "rate ratio needs 0 <= a <= n1, 0 <= b <= n0, a + b > 0, got "
              + a
              + "/"
              + n1
              + " vs "
              + b
              + "/"
              + n0);
    }
    double ca = a;
    double cn1 = n1;
    double cb = b;
    double cn0 = n0;
    if (a == 0 || b == 0) {
      ca += 0.5;
      cn1 += 1;
      cb += 0.5;
      cn0 += 1;
    }
    double ratio = (ca / cn1) / (cb / cn0);
    double se = Math.sqrt(1 / ca - 1 / cn1 + 1 / cb - 1 / cn0);
    double p =
        ExactBinomialTest.twoSidedP(
            Math.toIntExact(a), Math.toIntExact(a + b), (double) n1 / (n1 + n0));
    return new Result(
        ratio, ratio * Math.exp(-Normal.Z95 * se), ratio * Math.exp(Normal.Z95 * se), p);
  }
}
