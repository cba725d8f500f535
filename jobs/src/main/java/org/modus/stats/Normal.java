package org.modus.stats;

import org.apache.commons.math3.special.Erf;

/** The standard normal distribution, to the precision the tests need in the tails. */
public final class Normal {
  /** z_{0.975}: the two-sided 95% critical value used by every interval in this package. */
  public static final double Z95 = 1.959963984540054;

  private Normal() {}

  /** P(Z > |z|) * 2, computed with erfc so that small p-values keep their relative precision. */
  public static double twoSidedP(double z) {
    return Math.min(1.0, Erf.erfc(Math.abs(z) / Math.sqrt(2.0)));
  }
}
