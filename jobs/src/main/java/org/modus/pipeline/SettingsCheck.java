package org.modus.pipeline;

import org.modus.ads.settings.AdsIngestSettings;
import org.modus.aggregates.SourceAgreement;
import org.modus.compare.CompareSettings;
import org.modus.engine.ModusException;
import org.modus.engine.RunConfig;
import org.modus.evaluate.EvaluationSettings;
import org.modus.reports.ReportSettings;
import org.modus.schemas.SettingsException;
import org.modus.trends.TrendOptions;

/**
 * Checks a run config's {@code settings:} block against every stage's settings file before any
 * stage runs, so that a misspelt key fails at once (with the config's line) rather than when its
 * stage comes.
 */
public final class SettingsCheck {
  private SettingsCheck() {}

  public static void check(RunConfig config) {
    if (config.settings().isEmpty()) {
      return;
    }
    if (config.settings().root().has(EvaluationSettings.NAME)) {
      throw new ModusException(
          config.settings().where(EvaluationSettings.NAME)
              + ": settings."
              + EvaluationSettings.NAME
              + " has no effect: ./modus evaluate-scores reads no run config; edit "
              + "data-schemas/config/"
              + EvaluationSettings.NAME
              + ".json instead");
    }
    try {
      AdsIngestSettings.load(config.settings());
      ReportSettings.load(config.settings());
    } catch (SettingsException e) {
      throw new ModusException(e.getMessage(), e);
    }
    TrendOptions.load(config);
    CompareSettings.load(config);
    SourceAgreement.load(config);
  }
}
