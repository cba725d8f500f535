package org.modus.trends;

import java.util.List;
import java.util.Set;
import org.modus.engine.RunConfig;
import org.modus.engine.StageSettings;
import org.modus.schemas.SettingOutOfRange;
import org.modus.schemas.Settings;

/**
 * Options of the trends stage. Precedence: a key under {@code settings: {trends: ...}} in the run
 * config overrides the default in {@code data-schemas/config/trends.json}; there is no other
 * source. Keys and their meaning are documented there and in {@code docs/trends-statistics.md}.
 */
public record TrendOptions(
    double fdr,
    int minPeriods,
    int minNonzeroPeriods,
    double minTotalPerPeriod,
    int baselinePeriods,
    int minBaselinePeriods,
    int minSignalEvents,
    List<String> dimensions,
    String extractionQuality,
    CorrectionSettings correction) {

  public static final String NAME = "trends";
  public static final List<String> KNOWN_DIMENSIONS =
      List.of("all", "country", "region", "site", "source");

  public TrendOptions {
    dimensions = List.copyOf(dimensions);
    if (!(fdr > 0 && fdr < 1)) {
      throw new SettingOutOfRange("fdr", "must lie strictly between 0 and 1, got " + fdr);
    }
    if (minPeriods < 3) {
      throw new SettingOutOfRange(
          "min_periods", "must be at least 3 (a trend test needs 3 points), got " + minPeriods);
    }
    if (baselinePeriods < 1) {
      throw new SettingOutOfRange("baseline_periods", "must be at least 1, got " + baselinePeriods);
    }
    if (minBaselinePeriods < 1 || minBaselinePeriods > baselinePeriods) {
      throw new SettingOutOfRange(
          "min_baseline_periods",
          "must lie in 1..baseline_periods (" + baselinePeriods + "), got " + minBaselinePeriods);
    }
    if (minNonzeroPeriods < 0) {
      throw new SettingOutOfRange(
          "min_nonzero_periods", "must be at least 0, got " + minNonzeroPeriods);
    }
    if (minTotalPerPeriod < 0) {
      throw new SettingOutOfRange(
          "min_total_per_period", "must be at least 0, got " + minTotalPerPeriod);
    }
    if (minSignalEvents < 1) {
      throw new SettingOutOfRange(
          "min_signal_events", "must be at least 1, got " + minSignalEvents);
    }
    if (dimensions.isEmpty() || !KNOWN_DIMENSIONS.containsAll(dimensions)) {
      throw new SettingOutOfRange(
          "dimensions",
          "must be a non-empty subset of " + KNOWN_DIMENSIONS + ", got " + dimensions);
    }
  }

  /** The settings file's values overridden by the run config's {@code settings: {trends: ...}}. */
  public static TrendOptions load(RunConfig config) {
    return StageSettings.load(NAME, TrendOptions.class, config);
  }

  /** The keys of {@code data-schemas/config/trends.json}. */
  public static Set<String> keys() {
    return Settings.keysOf(TrendOptions.class);
  }

  /**
   * The extraction quality the corrected shares use: the file named by {@code extraction_quality},
   * or else the committed measurement for the run's classifier ({@code none}: the rules alone).
   */
  public org.modus.extract.ExtractionQuality quality(String runClassifier) {
    return extractionQuality.isEmpty()
        ? org.modus.extract.ExtractionQuality.load(runClassifier)
        : org.modus.extract.ExtractionQuality.read(java.nio.file.Path.of(extractionQuality));
  }

  public static TrendOptions defaultOptions() {
    return load(RunConfig.defaults());
  }
}
