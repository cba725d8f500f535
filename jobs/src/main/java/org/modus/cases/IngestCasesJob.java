package org.modus.cases;

import java.util.List;
import org.modus.engine.SourceConfig;
import org.apache.spark.sql.SparkSession;
import org.modus.engine.ModusException;
import org.modus.engine.RunContext;
import org.modus.engine.StageReport;

/** Placeholder until the stage lands; the pipeline fails clearly rather than pretending. */
public final class IngestCasesJob {
  private IngestCasesJob() {}

  public static StageReport run(SparkSession spark, RunContext ctx, List<SourceConfig> sources) {
    throw new ModusException("stage IngestCasesJob is not implemented yet");
  }
}
