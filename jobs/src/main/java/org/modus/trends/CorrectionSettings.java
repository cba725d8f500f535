package org.modus.trends;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.util.Set;
import org.modus.engine.JsonSettings;

/**
 * The settings of {@code data-schemas/config/misclassification.json}, read by
 * {@link MisclassificationCorrection}; each key is explained in the file.
 */
public record CorrectionSettings(int resamples, long seed, double confidence, double prior, int minPositiveCases,
    int minNegativeCases) implements Serializable {
  public static final String RESOURCE = "config/misclassification.json";
  private static final Set<String> KEYS =
      Set.of("resamples", "seed", "confidence", "prior", "min_positive_cases", "min_negative_cases");

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
      throw new IllegalArgumentException("min_positive_cases and min_negative_cases must be at least 1");
    }
  }

  public static CorrectionSettings load() {
    JsonNode root = JsonSettings.read(RESOURCE, KEYS);
    return new CorrectionSettings(root.path("resamples").asInt(), root.path("seed").asLong(),
        root.path("confidence").asDouble(), root.path("prior").asDouble(), root.path("min_positive_cases").asInt(),
        root.path("min_negative_cases").asInt());
  }

  public CorrectionSettings withResamples(int n) {
    return new CorrectionSettings(n, seed, confidence, prior, minPositiveCases, minNegativeCases);
  }
}
