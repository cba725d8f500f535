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
   * Runs {@code body} holding the run directory's lock ({@link org.modus.engine.RunLock}): one writer
   * per run directory, taken before anything is read or written.
   */
  static int locked(String runDir, String command, boolean forceUnlock, java.util.function.Supplier<Integer> body) {
    try (org.modus.engine.RunLock lock = org.modus.engine.RunLock.acquire(new org.modus.engine.RunDir(runDir),
        command, forceUnlock, new org.apache.hadoop.conf.Configuration())) {
      return body.get();
    }
  }

  static int withSpark(SparkOptions opts, RunConfig config, String app, Function<SparkSession, Integer> body) {
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
