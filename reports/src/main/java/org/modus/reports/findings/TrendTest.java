package org.modus.reports.findings;

/**
 * The columns of a {@code trend_tests} row that a finding needs (nullable ones boxed). {@code
 * basis} says which shares the test ran on ({@code corrected} for misclassification, or {@code
 * raw}); null when the table does not say, and the finding then says nothing about it.
 */
public record TrendTest(
    String family,
    String category,
    String dimension,
    String dimensionValue,
    String direction,
    String firstPeriod,
    String lastPeriod,
    Double firstShare,
    Double lastShare,
    Double senSlope,
    Double qValue,
    String basis) {

  public TrendTest(
      String family,
      String category,
      String dimension,
      String dimensionValue,
      String direction,
      String firstPeriod,
      String lastPeriod,
      Double firstShare,
      Double lastShare,
      Double senSlope,
      Double qValue) {
    this(
        family,
        category,
        dimension,
        dimensionValue,
        direction,
        firstPeriod,
        lastPeriod,
        firstShare,
        lastShare,
        senSlope,
        qValue,
        null);
  }
}
