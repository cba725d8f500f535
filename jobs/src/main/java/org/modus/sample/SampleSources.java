package org.modus.sample;

import java.util.List;
import org.modus.engine.SourceConfig;

/** What one family generator wrote: the sources (paths relative to the sample folder) and its plants. */
public record SampleSources(List<SourceConfig> sources, List<PlantedTrend> planted) {
  public SampleSources {
    sources = List.copyOf(sources);
    planted = List.copyOf(planted);
  }
}
