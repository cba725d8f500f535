package org.modus.sample;

import java.nio.file.Path;
import java.util.List;

/** Writes the synthetic ad corpus (issue 3). Placeholder: writes nothing yet. */
public final class AdCorpusGenerator {
  private AdCorpusGenerator() {}

  public static SampleSources write(Path dir, int ads, long seed) {
    return new SampleSources(List.of(), List.of());
  }
}
