package org.modus.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.modus.schemas.Located;

/** Run configs for tests, built inline. */
public final class ConfigFixtures {
  private ConfigFixtures() {}

  /**
   * The default config with a {@code settings:} block written as JSON ({@code {"trends": {"fdr":
   * 0.1}}}).
   */
  public static RunConfig withSettings(String json) {
    return withSettings(RunConfig.defaults(), json);
  }

  public static RunConfig withSettings(RunConfig config, String json) {
    try (JsonParser p = new ObjectMapper().createParser(json)) {
      return config.withSettings(Located.read("test config", p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
