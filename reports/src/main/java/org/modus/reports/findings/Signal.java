package org.modus.reports.findings;

/** The columns of an {@code emerging_signals} row that a finding needs (nullable ones boxed). */
public record Signal(
    String family,
    String category,
    String dimension,
    String dimensionValue,
    String period,
    String status,
    Double rateRatio,
    Double rrLow,
    Double rrHigh,
    Double qValue) {}
