package org.modus.sample;

import java.nio.file.Path;
import java.util.List;

/** Writes a synthetic country questionnaire and its answers (issue 5). Placeholder: writes nothing yet. */
public final class SurveySampleGenerator {
  private SurveySampleGenerator() {}

  public static SampleSources write(Path dir, int ads, long seed) {
    return new SampleSources(List.of(), List.of());
  }
}
