package org.modus.sample;

import java.nio.file.Path;
import java.util.List;

/** Writes synthetic case records in HTCDS and CTDC layouts (issue 5). Placeholder: writes nothing yet. */
public final class CaseSampleGenerator {
  private CaseSampleGenerator() {}

  public static SampleSources write(Path dir, int ads, long seed) {
    return new SampleSources(List.of(), List.of());
  }
}
