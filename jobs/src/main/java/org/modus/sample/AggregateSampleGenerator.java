package org.modus.sample;

import java.nio.file.Path;
import java.util.List;

/** Writes synthetic national aggregates in GLOTIP and Eurostat layouts (issue 5). Placeholder: writes nothing yet. */
public final class AggregateSampleGenerator {
  private AggregateSampleGenerator() {}

  public static SampleSources write(Path dir, int ads, long seed) {
    return new SampleSources(List.of(), List.of());
  }
}
