package org.modus.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one SparkSession a command uses. Configuration precedence, in one place:
 *
 * <ol>
 *   <li>mandatory settings Modus relies on for correct, reproducible output (UTC session time zone,
 *       ANSI off for lenient casts handled by our own quarantine, legacy-free Parquet dates);
 *   <li>the user's {@code --conf key=value} overrides and whatever spark-submit already set;
 *   <li>defaults for a laptop: {@code local[*]} when no master was given, UI off, driver bound to
 *       127.0.0.1 in local mode, shuffle partitions scaled to the cores.
 * </ol>
 *
 * Jobs never call this: they are handed the session.
 */
public final class SparkSessions {
  public static final String DEFAULT_MASTER = "local[*]";

  private SparkSessions() {}

  /** Mandatory settings: applied last, they cannot be overridden. */
  static Map<String, String> mandatory() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("spark.sql.session.timeZone", "UTC");
    m.put("spark.sql.ansi.enabled", "false");
    m.put("spark.sql.parquet.datetimeRebaseModeInWrite", "CORRECTED");
    m.put("spark.sql.parquet.int96RebaseModeInWrite", "CORRECTED");
    // Commit protocol files would otherwise be listed as part of each table folder.
    m.put(
        "spark.sql.sources.commitProtocolClass",
        "org.apache.spark.sql.execution.datasources.SQLHadoopMapReduceCommitProtocol");
    m.put("mapreduce.fileoutputcommitter.marksuccessfuljobs", "true");
    return m;
  }

  /** Defaults: applied only where neither spark-submit nor the user set a value. */
  static Map<String, String> defaults(String master) {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("spark.ui.enabled", "false");
    d.put("spark.ui.showConsoleProgress", "false");
    int cores = Runtime.getRuntime().availableProcessors();
    d.put("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, cores * 2)));
    // One input file would otherwise be one partition: keep both cores busy on small corpora.
    d.put("spark.sql.files.maxPartitionBytes", String.valueOf(8L * 1024 * 1024));
    d.put("spark.sql.files.minPartitionNum", String.valueOf(Math.max(2, cores)));
    d.put("spark.sql.adaptive.enabled", "true");
    if (master.startsWith("local")) {
      d.put("spark.driver.host", "127.0.0.1");
      d.put("spark.driver.bindAddress", "127.0.0.1");
    }
    return d;
  }

  /**
   * Creates (or returns the active) session. {@code master} is the --master option; null means
   * "whatever spark-submit set, else local[*]".
   */
  public static SparkSession create(String appName, String master, Map<String, String> overrides) {
    SparkConf conf = new SparkConf(true); // picks up spark.* system properties set by spark-submit
    String chosenMaster =
        master != null
            ? master
            : conf.contains("spark.master") ? conf.get("spark.master") : DEFAULT_MASTER;
    conf.setMaster(chosenMaster);
    conf.setAppName(conf.get("spark.app.name", appName));
    defaults(chosenMaster)
        .forEach(
            (k, v) -> {
              if (!conf.contains(k)) {
                conf.set(k, v);
              }
            });
    overrides.forEach(conf::set);
    mandatory().forEach(conf::set);
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
