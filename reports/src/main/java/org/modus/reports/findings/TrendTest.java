package org.modus.reports.findings;

/** The columns of a {@code trend_tests} row that a finding needs (nullable ones boxed). */
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
    Double qValue) {}
