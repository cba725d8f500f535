package org.modus.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;
import org.modus.engine.RunConfig;
import org.modus.engine.SparkSessions;

/** Builds the session a command runs with and always stops it. */
final class CommandSupport {
  private CommandSupport() {}

  /**
   * Runs {@code body} holding the run directory's lock ({@link org.modus.engine.RunLock}): one
   * writer per run directory, taken before anything is read or written.
   */
  static int locked(
      String runDir,
      String command,
      boolean forceUnlock,
      java.util.function.Supplier<Integer> body) {
    try (org.modus.engine.RunLock lock =
        org.modus.engine.RunLock.acquire(
            new org.modus.engine.RunDir(runDir),
            command,
            forceUnlock,
            new org.apache.hadoop.conf.Configuration())) {
      return body.get();
    }
  }

  /**
   * For commands that read a run without writing it (no lock, so they can query a run that another
   * command is extending): refuses a run whose last publish is unfinished, where tables could be
   * half old, half new.
   */
  static void requireSettled(String runDir) {
    org.modus.engine.RunDir run = new org.modus.engine.RunDir(runDir);
    org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
    try {
      org.apache.hadoop.fs.Path manifest = new org.apache.hadoop.fs.Path(run.manifest());
      if (!manifest.getFileSystem(conf).exists(manifest)) {
        return;
      }
    } catch (java.io.IOException e) {
      throw new org.modus.engine.ModusException(
          "Cannot read " + run.manifest() + ": " + e.getMessage());
    }
    for (org.modus.engine.Manifest.PendingCommit p :
        org.modus.engine.Manifest.openOrCreate(run, conf).pendingCommits()) {
      throw new org.modus.engine.ModusException(
          "Stage "
              + p.stage()
              + " of "
              + runDir
              + " is being published, or its "
              + "command ended while publishing it: wait for that command, or if none is running, "
              + "./modus status --run "
              + runDir
              + " --repair --force-unlock finishes it");
    }
  }

  static int withSpark(
      SparkOptions opts, RunConfig config, String app, Function<SparkSession, Integer> body) {
    Logging.configure(opts.verbose);
    Map<String, String> conf = new LinkedHashMap<>(config.spark());
    conf.putAll(opts.conf);
    SparkSession spark = SparkSessions.create("modus " + app, opts.master, conf);
    try {
      return body.apply(spark);
    } finally {
      spark.stop();
    }
  }
}
