package org.modus.ingest;

import java.util.List;

/**
 * What one ingest stage is, for {@link IngestRunner}: its name (as reports and errors show it), the
 * kind its input files are recorded under in the manifest, the quarantine folder its rejected
 * records go to, and the declared tables its parser emits rows for.
 */
public record IngestStage(
    String name, String manifestInputKind, String quarantineFolder, List<String> tables) {
  public IngestStage {
    tables = List.copyOf(tables);
    if (tables.isEmpty()) {
      throw new IllegalArgumentException(name + ": an ingest stage emits at least one table");
    }
  }
}
