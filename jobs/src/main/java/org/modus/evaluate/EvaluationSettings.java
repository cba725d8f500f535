package org.modus.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;
import org.modus.schemas.ModusResources;

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
    try (InputStream in = ModusResources.open(RESOURCE)) {
      JsonNode root = new ObjectMapper().readTree(in);
      for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
        String k = names.next();
        if (!k.startsWith("_") && !KEYS.contains(k)) {
          throw new IllegalStateException("modus/" + RESOURCE + ": unknown key '" + k + "'; known keys are " + KEYS);
        }
      }
      return new EvaluationSettings(root.path("bootstrap_resamples").asInt(), root.path("seed").asLong(),
          root.path("confidence").asDouble());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read modus/" + RESOURCE, e);
    }
  }

  public EvaluationSettings withResamples(int n) {
    return new EvaluationSettings(n, seed, confidence);
  }
}
