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
