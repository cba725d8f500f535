package org.modus.trends;

import java.io.Serializable;
import org.modus.engine.RunConfig;
import org.modus.engine.StageSettings;

/**
 * The settings of {@code data-schemas/config/misclassification.json}, read by {@link
 * MisclassificationCorrection}; each key is explained in the file.
 */
public record CorrectionSettings(
    int resamples,
    long seed,
    double confidence,
    double prior,
    int minPositiveCases,
    int minNegativeCases)
    implements Serializable {
  public static final String NAME = "misclassification";

  public CorrectionSettings {
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
    }
    if (!(prior > 0)) {
      throw new IllegalArgumentException("prior must be positive (a Beta parameter), got " + prior);
    }
    if (minPositiveCases < 1 || minNegativeCases < 1) {
      throw new IllegalArgumentException(
          "min_positive_cases and min_negative_cases must be at least 1");
    }
  }

  /** The shipped settings. */
  public static CorrectionSettings load() {
    return load(RunConfig.defaults());
  }

  /**
   * The shipped settings overridden by the run config's {@code settings: {misclassification: ...}}.
   */
  public static CorrectionSettings load(RunConfig config) {
    return StageSettings.load(NAME, CorrectionSettings.class, config);
  }

  public CorrectionSettings withResamples(int n) {
    return new CorrectionSettings(n, seed, confidence, prior, minPositiveCases, minNegativeCases);
  }
}
