package org.modus.reports.model;

/**
 * A key finding in words, backed by a significant test; rank 1 is the strongest. {@code text} is
 * the full sentence of the annex (with its statistics); {@code lead} is the shorter clause a
 * headline opens with when this finding leads it. {@code direction} is the test's (increasing,
 * decreasing, emerging, declining); {@code publishable} is false when disclosure control withheld
 * its figures (a share at either end of a trend, or a signal's rate ratio).
 */
public record Finding(
    int rank,
    String text,
    String family,
    String category,
    String dimension,
    String dimensionValue,
    double qValue,
    String direction,
    boolean publishable,
    String lead) {

  /** The share went up: an increasing trend or an emerging signal. */
  public boolean up() {
    return "increasing".equals(direction) || "emerging".equals(direction);
  }
}
