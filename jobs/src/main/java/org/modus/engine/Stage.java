package org.modus.engine;

/**
 * The pipeline's stages, in pipeline order. {@link #id()} is the name a stage has on disk and on
 * the command line: its run-directory folders, its manifest entry, its subcommand. Changing one
 * breaks every run directory written before.
 */
public enum Stage {
  INGEST_ADS("ingest-ads"),
  INGEST_CASES("ingest-cases"),
  INGEST_AGGREGATES("ingest-aggregates"),
  INGEST_SURVEY("ingest-survey"),
  EXTRACT("extract"),
  TRENDS("trends"),
  COMPARE("compare"),
  REPORT("report"),
  EXPORT_NOTEBOOK("export-notebook");

  private final String id;

  Stage(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
