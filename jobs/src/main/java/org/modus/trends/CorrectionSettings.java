package org.modus.trends;

import java.io.Serializable;
import org.modus.engine.RunConfig;
import org.modus.schemas.SettingOutOfRange;

/**
 * The settings of the misclassification correction ({@link MisclassificationCorrection}): the group
 * {@code correction} of {@code data-schemas/config/trends.json}, where each key is explained.
 */
public record CorrectionSettings(
    int resamples,
    long seed,
    double confidence,
    double prior,
    int minPositiveCases,
    int minNegativeCases)
    implements Serializable {
  public CorrectionSettings {
    if (resamples < 1) {
      throw new SettingOutOfRange("resamples", "must be at least 1, got " + resamples);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new SettingOutOfRange(
          "confidence", "must lie strictly between 0 and 1, got " + confidence);
    }
    if (!(prior > 0)) {
      throw new SettingOutOfRange("prior", "must be positive (a Beta parameter), got " + prior);
    }
    if (minPositiveCases < 1) {
      throw new SettingOutOfRange(
          "min_positive_cases", "must be at least 1, got " + minPositiveCases);
    }
    if (minNegativeCases < 1) {
      throw new SettingOutOfRange(
          "min_negative_cases", "must be at least 1, got " + minNegativeCases);
    }
  }

  /** The shipped settings. */
  public static CorrectionSettings load() {
    return load(RunConfig.defaults());
  }

  /**
   * The shipped settings overridden by the run config's {@code settings: {trends: {correction:
   * ...}}}.
   */
  public static CorrectionSettings load(RunConfig config) {
    return TrendOptions.load(config).correction();
  }

  public CorrectionSettings withResamples(int n) {
    return new CorrectionSettings(n, seed, confidence, prior, minPositiveCases, minNegativeCases);
  }
}
