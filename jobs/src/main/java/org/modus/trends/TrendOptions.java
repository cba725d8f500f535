package org.modus.trends;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.modus.engine.ModusException;
import org.modus.schemas.ModusResources;

/**
 * Options of the trends stage. Precedence: a key under {@code trends:} in the run config overrides the
 * default in {@code data-schemas/config/trends-defaults.properties}; there is no other source. Keys
 * and their meaning are documented there and in {@code docs/trends-statistics.md}.
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
    String extractionQuality) {

  public static final String DEFAULTS_FILE = "config/trends-defaults.properties";
  public static final List<String> KNOWN_DIMENSIONS = List.of("all", "country", "region", "site", "source");

  public TrendOptions {
    dimensions = List.copyOf(dimensions);
    if (!(fdr > 0 && fdr < 1)) {
      throw new ModusException("trends.fdr must lie strictly between 0 and 1, got " + fdr);
    }
    if (minPeriods < 3) {
      throw new ModusException("trends.min_periods must be at least 3 (a trend test needs 3 points), got "
          + minPeriods);
    }
    if (baselinePeriods < 1 || minBaselinePeriods < 1 || minBaselinePeriods > baselinePeriods) {
      throw new ModusException("trends.baseline_periods must be >= 1 and min_baseline_periods in 1.."
          + "baseline_periods, got " + baselinePeriods + " and " + minBaselinePeriods);
    }
    if (minNonzeroPeriods < 0 || minTotalPerPeriod < 0 || minSignalEvents < 1) {
      throw new ModusException("trends.min_nonzero_periods and min_total_per_period must be >= 0 and "
          + "min_signal_events >= 1");
    }
    if (dimensions.isEmpty() || !KNOWN_DIMENSIONS.containsAll(dimensions)) {
      throw new ModusException("trends.dimensions must be a comma-separated subset of " + KNOWN_DIMENSIONS
          + ", got " + dimensions);
    }
  }

  /** The defaults overridden by {@code overrides} (the run config's {@code trends:} map). */
  public static TrendOptions load(Map<String, String> overrides) {
    Properties p = defaults();
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      if (!p.containsKey(e.getKey())) {
        throw new ModusException("Config: unknown trends option '" + e.getKey() + "'; known options: "
            + new TreeSet<>(p.stringPropertyNames()));
      }
      p.setProperty(e.getKey(), String.valueOf(e.getValue()).trim());
    }
    return new TrendOptions(
        number(p, "fdr"),
        integer(p, "min_periods"),
        integer(p, "min_nonzero_periods"),
        number(p, "min_total_per_period"),
        integer(p, "baseline_periods"),
        integer(p, "min_baseline_periods"),
        integer(p, "min_signal_events"),
        Arrays.stream(p.getProperty("dimensions").split(",")).map(String::trim)
            .filter(s -> !s.isEmpty()).toList(),
        p.getProperty("extraction_quality", "").trim());
  }

  /**
   * The extraction quality the corrected shares use: the committed measurement, or the file named by
   * {@code extraction_quality}.
   */
  public org.modus.extract.ExtractionQuality quality() {
    return extractionQuality.isEmpty() ? org.modus.extract.ExtractionQuality.load()
        : org.modus.extract.ExtractionQuality.read(java.nio.file.Path.of(extractionQuality));
  }

  public static TrendOptions defaultOptions() {
    return load(Map.of());
  }

  private static Properties defaults() {
    Properties p = new Properties();
    try (InputStream in = ModusResources.open(DEFAULTS_FILE)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read modus/" + DEFAULTS_FILE, e);
    }
    return p;
  }

  private static double number(Properties p, String key) {
    try {
      return Double.parseDouble(p.getProperty(key));
    } catch (NumberFormatException e) {
      throw new ModusException("trends." + key + " must be a number, got '" + p.getProperty(key) + "'");
    }
  }

  private static int integer(Properties p, String key) {
    try {
      return Integer.parseInt(p.getProperty(key));
    } catch (NumberFormatException e) {
      throw new ModusException("trends." + key + " must be a whole number, got '" + p.getProperty(key) + "'");
    }
  }
}
