package org.modus.reports.model;

/**
 * Which result columns a chart reads. {@code low}, {@code high} and {@code panel} may be null (no
 * interval band, no small multiples). For a heat map, {@code x} is the row axis (e.g. country) and
 * {@code series} the column axis (category). {@code seriesFamily} names the taxonomy family whose labels
 * replace the series ids in legends.
 */
public record ChartSpec(
    String series, String x, String y, String low, String high, String panel, String seriesFamily) {

  public static ChartSpec lines(String series, String x, String y, String low, String high, String family) {
    return new ChartSpec(series, x, y, low, high, null, family);
  }
}
