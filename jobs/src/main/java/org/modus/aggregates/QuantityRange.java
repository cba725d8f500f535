package org.modus.aggregates;

import java.io.Serializable;

/**
 * A non-negative quantity known to lie in [low, high]; {@code high} null means unbounded above
 * (e.g. a confidential cell). Exact values have low == high. Sums of intervals are intervals: a
 * total over censored cells is never read as a single number.
 */
public record QuantityRange(double low, Double high) implements Serializable {
  public static final QuantityRange ZERO = exact(0);

  public QuantityRange {
    if (low < 0 || Double.isNaN(low)) {
      throw new IllegalArgumentException("interval low must be >= 0, got " + low);
    }
    if (high != null && high < low) {
      throw new IllegalArgumentException("interval [" + low + ", " + high + "] is empty");
    }
  }

  public static QuantityRange exact(double v) {
    return new QuantityRange(v, v);
  }

  public boolean isExact() {
    return high != null && high == low;
  }

  public boolean isBounded() {
    return high != null;
  }

  public QuantityRange plus(QuantityRange o) {
    return new QuantityRange(low + o.low, high == null || o.high == null ? null : high + o.high);
  }

  /** Midpoint; null when unbounded. */
  public Double mid() {
    return high == null ? null : (low + high) / 2.0;
  }

  /**
   * What the remainder of a known {@code total} can be once {@code this} is taken away: [total.low
   * - high, total.high - low], floored at 0. Used to see what subtraction reveals about a hidden
   * cell.
   */
  public QuantityRange remainderOf(QuantityRange total) {
    double lo = high == null ? 0 : Math.max(0, total.low - high);
    Double hi = total.high == null ? null : Math.max(lo, total.high - low);
    return new QuantityRange(lo, hi);
  }

  /**
   * Bounds of a share count/total, clipped to [0, 1]; null when the total may be 0 or is unbounded.
   */
  public static double[] shareBounds(QuantityRange count, QuantityRange total) {
    if (total.low <= 0 || count.high == null || total.high == null) {
      return null;
    }
    double lo = count.low / total.high;
    double hi = Math.min(1.0, count.high / total.low);
    return new double[] {lo, hi};
  }
}
