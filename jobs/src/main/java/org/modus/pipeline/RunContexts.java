package org.modus.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.modus.engine.BuildInfo;
import org.modus.engine.KeySource;
import org.modus.engine.Manifest;
import org.modus.engine.RunConfig;
import org.modus.engine.RunContext;
import org.modus.engine.RunDir;
import org.modus.schemas.Taxonomy;

/** Opens a run directory for a command: manifest, build provenance, config and key source. */
public final class RunContexts {
  private RunContexts() {}

  public static RunContext open(SparkSession spark, String runDir, RunConfig config, Path keyFile) {
    SettingsCheck.check(config);
    RunDir run = new RunDir(runDir);
    Manifest manifest = Manifest.openOrCreate(run, spark.sparkContext().hadoopConfiguration());
    // The command holds the run's lock: nothing else is writing, so what a killed command left can
    // be
    // repaired before anything is read.
    for (String line :
        org.modus.engine.StageRunner.recover(
            manifest, run, spark.sparkContext().hadoopConfiguration())) {
      System.err.println("modus: " + runDir + ": " + line);
    }
    // Updated, not replaced: what the extract stage recorded there (lexicon, annotators,
    // classifier) describes the run's ad_features until extract runs again, whichever command
    // runs in between.
    ObjectNode build = manifest.root().with("build");
    build.put("modus_version", BuildInfo.version());
    build.put("git_revision", BuildInfo.gitRevision());
    build.put("spark_version", spark.version());
    build.put("spark_master", spark.sparkContext().master());
    build.put("corenlp_version", BuildInfo.corenlpVersion());
    build.put("taxonomy_version", Taxonomy.VERSION);
    build.put("java_version", System.getProperty("java.version"));
    manifest.put("config", config.toManifestJson());
    ObjectNode disclosure = manifest.root().with("disclosure");
    disclosure.put("threshold", config.disclosureThreshold());
    manifest.save();
    Path key =
        keyFile != null ? keyFile : config.keyFile() == null ? null : Path.of(config.keyFile());
    return new RunContext(run, config, manifest, () -> KeySource.load(key, System.getenv()));
  }
}
