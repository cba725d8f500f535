package org.modus.evaluate;

import org.modus.engine.RunConfig;
import org.modus.engine.StageSettings;
import org.modus.schemas.SettingOutOfRange;

/** The settings of {@code data-schemas/config/evaluate-scores.json}. */
public record EvaluationSettings(int bootstrapResamples, long seed, double confidence) {
  public static final String NAME = "evaluate-scores";

  public EvaluationSettings {
    if (bootstrapResamples < 1) {
      throw new SettingOutOfRange(
          "bootstrap_resamples", "must be at least 1, got " + bootstrapResamples);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new SettingOutOfRange(
          "confidence", "must lie strictly between 0 and 1, got " + confidence);
    }
  }

  /** The shipped settings: {@code evaluate-scores} reads no run config. */
  public static EvaluationSettings load() {
    return StageSettings.load(NAME, EvaluationSettings.class, RunConfig.defaults());
  }

  public EvaluationSettings withResamples(int n) {
    return new EvaluationSettings(n, seed, confidence);
  }
}
