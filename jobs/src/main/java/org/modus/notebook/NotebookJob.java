package org.modus.notebook;


import org.apache.spark.sql.SparkSession;
import org.modus.engine.ModusException;
import org.modus.engine.RunContext;
import org.modus.engine.StageReport;

/** Placeholder until the stage lands; the pipeline fails clearly rather than pretending. */
public final class NotebookJob {
  private NotebookJob() {}

  public static StageReport run(SparkSession spark, RunContext ctx) {
    throw new ModusException("stage NotebookJob is not implemented yet");
  }
}
