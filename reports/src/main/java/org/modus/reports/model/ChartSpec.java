package org.modus.reports.model;

/**
 * Which result columns a chart reads. {@code low}, {@code high} and {@code panel} may be null (no
 * interval band, no small multiples). For a heat map, {@code x} is the row axis (e.g. country) and
 * {@code series} the column axis (category). {@code seriesFamily} names the taxonomy family whose
 * labels replace the series ids in legends.
 *
 * <p>{@code raw} is null, or the share before correction for misclassification, drawn lighter
 * beside the corrected series ({@code y}, {@code low}, {@code high}); a series whose correction is
 * not available is drawn from {@code raw} alone and named so in the legend.
 */
public record ChartSpec(
    String series,
    String x,
    String y,
    String low,
    String high,
    String panel,
    String seriesFamily,
    RawShare raw) {

  /** The uncorrected share, its interval and the column saying whether the correction exists. */
  public record RawShare(String share, String low, String high, String status) {}

  public ChartSpec(
      String series,
      String x,
      String y,
      String low,
      String high,
      String panel,
      String seriesFamily) {
    this(series, x, y, low, high, panel, seriesFamily, null);
  }

  public static ChartSpec lines(
      String series, String x, String y, String low, String high, String family) {
    return new ChartSpec(series, x, y, low, high, null, family);
  }

  /**
   * Shares of a trends query ({@link CorrectedShare} columns): the corrected share with its
   * interval, the raw share beside it.
   */
  public static ChartSpec corrected(String series, String x, String panel, String family) {
    return new ChartSpec(
        series,
        x,
        CorrectedShare.SHARE,
        CorrectedShare.LOW,
        CorrectedShare.HIGH,
        panel,
        family,
        new RawShare(
            CorrectedShare.RAW_SHARE,
            CorrectedShare.RAW_LOW,
            CorrectedShare.RAW_HIGH,
            CorrectedShare.STATUS));
  }
}
