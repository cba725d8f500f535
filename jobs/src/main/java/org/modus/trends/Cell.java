package org.modus.trends;

/** One unsuppressed trend cell, as the series tests see it (never published in this form). */
public record Cell(
    String family,
    String category,
    String dimension,
    String dimensionValue,
    String period,
    int periodIndex,
    long count,
    long total) {

  public SeriesKey series() {
    return new SeriesKey(family, category, dimension, dimensionValue);
  }

  public double share() {
    return (double) count / total;
  }
}
