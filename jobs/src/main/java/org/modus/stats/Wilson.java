package org.modus.stats;

/**
 * Wilson score interval for a binomial proportion (Wilson 1927). Chosen over the Wald interval
 * because it stays inside [0, 1] and keeps its coverage at the small counts and extreme shares
 * trend cells have.
 */
public final class Wilson {
  private Wilson() {}

  /** 95% interval for {@code count} successes out of {@code total}; total must be positive. */
  public static ConfidenceInterval interval(long count, long total) {
    if (total <= 0 || count < 0 || count > total) {
      throw new IllegalArgumentException(
          "Wilson interval needs 0 <= count <= total and total > 0, got " + count + "/" + total);
    }
    double n = total;
    double p = count / n;
    double z2 = Normal.Z95 * Normal.Z95;
    double denom = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denom;
    double half = Normal.Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom;
    // At count 0 (or total) the bound is exactly 0 (or 1); rounding must not push it outside.
    double low = count == 0 ? 0.0 : Math.max(0.0, centre - half);
    double high = count == total ? 1.0 : Math.min(1.0, centre + half);
    return new ConfidenceInterval(low, high);
  }

  /** Lower bound, null-safe for use as a Spark UDF (null when total is null or zero). */
  public static Double low(Long count, Long total) {
    return count == null || total == null || total == 0 ? null : interval(count, total).low();
  }

  /** Upper bound, null-safe for use as a Spark UDF (null when total is null or zero). */
  public static Double high(Long count, Long total) {
    return count == null || total == null || total == 0 ? null : interval(count, total).high();
  }
}
