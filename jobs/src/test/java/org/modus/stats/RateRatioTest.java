package org.modus.stats;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.modus.stats.Reference.close;
import static org.modus.stats.Reference.closeP;

import org.junit.jupiter.api.Test;

/**
 * Fixtures: output of jobs/src/test/resources/stats/reference_values.py ("Rate ratio" block;
 * p-values from scipy.stats.binomtest).
 */
class RateRatioTest {

  private static void check(
      long a, long n1, long b, long n0, double rr, double low, double high, double p) {
    RateRatio.Result r = RateRatio.compare(a, n1, b, n0);
    String what = a + "/" + n1 + " vs " + b + "/" + n0;
    close(rr, r.ratio(), what + " ratio");
    close(low, r.low(), what + " low");
    close(high, r.high(), what + " high");
    closeP(p, r.pValue(), what + " p");
  }

  @Test
  void tripledShareIsSignificant() {
    check(
        30,
        200,
        40,
        800,
        2.9999999999999996,
        1.9180590298087408,
        4.692243492056359,
        1.4573181269663062e-05);
  }

  @Test
  void categoryAbsentFromTheBaselineGetsAFiniteCorrectedInterval() {
    check(
        5,
        100,
        0,
        400,
        43.67326732673268,
        2.4349166804384486,
        783.3345158442153,
        0.0003200000000000001);
  }

  @Test
  void categoryVanishingInTheLatestPeriod() {
    check(
        0,
        100,
        20,
        400,
        0.09683651291958464,
        0.005906872814061879,
        1.587525333557427,
        0.02151100136679278);
  }

  @Test
  void equalSharesGivePValueOne() {
    check(12, 120, 48, 480, 1.0, 0.5487490973335202, 1.8223264600510445, 1.0);
  }

  @Test
  void fallingShare() {
    check(3, 150, 40, 600, 0.3, 0.09409003511283721, 0.9565306240141981, 0.03412038742301579);
  }

  @Test
  void noEventsAtAllCannotBeCompared() {
    assertThrows(IllegalArgumentException.class, () -> RateRatio.compare(0, 100, 0, 400));
  }
}
