package org.modus.stats;

/** A two-sided confidence interval. */
public record ConfidenceInterval(double low, double high) {}
