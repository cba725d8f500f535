package org.modus.ads;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.modus.engine.Manifest;
import org.modus.engine.Pseudonymizer;
import org.modus.engine.RunConfig;
import org.modus.engine.RunContext;
import org.modus.engine.RunDir;
import org.modus.engine.SourceConfig;
import org.modus.engine.StageReport;

/** Runs the ingest stage on a fresh run directory with a fixed test key. */
final class AdsTestRuns {
  static final byte[] KEY = "modus-test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  static final Pseudonymizer PSEUDONYMIZER = new Pseudonymizer(KEY);

  private AdsTestRuns() {}

  static RunContext context(SparkSession spark, Path runDir, RunConfig config) {
    RunDir run = new RunDir(runDir.toString());
    return new RunContext(
        run,
        config,
        Manifest.openOrCreate(run, spark.sparkContext().hadoopConfiguration()),
        () -> PSEUDONYMIZER);
  }

  static StageReport ingest(SparkSession spark, Path runDir, SourceConfig... sources) {
    return IngestAdsJob.run(spark, context(spark, runDir, RunConfig.defaults()), List.of(sources));
  }

  static SourceConfig source(String name, Path input, String format, Map<String, String> map) {
    return new SourceConfig(name, input.toString(), format, null, null, map, null, Map.of());
  }
}
