package org.modus.sample;

import java.util.List;
import org.modus.engine.SourceConfig;

/**
 * What one family generator wrote: the sources (paths relative to the sample folder), its plants
 * and, optionally, a population reference table (path relative to the sample folder, else null).
 */
public record SampleSources(
    List<SourceConfig> sources, List<PlantedTrend> planted, String population) {
  public SampleSources {
    sources = List.copyOf(sources);
    planted = List.copyOf(planted);
  }

  public SampleSources(List<SourceConfig> sources, List<PlantedTrend> planted) {
    this(sources, planted, null);
  }
}
