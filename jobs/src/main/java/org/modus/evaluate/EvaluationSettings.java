package org.modus.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.modus.engine.JsonSettings;

/** The settings of {@code data-schemas/config/evaluate-scores.json}. */
public record EvaluationSettings(int bootstrapResamples, long seed, double confidence) {
  public static final String RESOURCE = "config/evaluate-scores.json";
  private static final Set<String> KEYS = Set.of("bootstrap_resamples", "seed", "confidence");

  public EvaluationSettings {
    if (bootstrapResamples < 1) {
      throw new IllegalArgumentException("bootstrap_resamples must be at least 1, got " + bootstrapResamples);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
    }
  }

  public static EvaluationSettings load() {
    JsonNode root = JsonSettings.read(RESOURCE, KEYS);
    return new EvaluationSettings(root.path("bootstrap_resamples").asInt(), root.path("seed").asLong(),
        root.path("confidence").asDouble());
  }

  public EvaluationSettings withResamples(int n) {
    return new EvaluationSettings(n, seed, confidence);
  }
}
