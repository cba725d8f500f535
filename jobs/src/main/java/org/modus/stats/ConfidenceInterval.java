package org.modus.stats;

/** A two-sided confidence interval. */
public record Interval(double low, double high) {}
