package org.modus.bench;

import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.modus.engine.Manifest;
import org.modus.engine.RunConfig;
import org.modus.engine.RunContext;
import org.modus.engine.RunDir;
import org.modus.engine.SparkSessions;
import org.modus.engine.Tables;
import org.modus.extract.ExtractJob;

/**
 * Times extraction over a run directory's {@code ads} table: either Modus's extraction stage
 * (CoreNLP tokenizers, lexicon trie, context rules, Parquet output of ad_features and ad_scores) or
 * the regex-UDF baseline (Parquet output). Prints one tab-separated line per timed run: impl,
 * master, ads, seconds, ads/s. The ads table is read once before timing so both start from a warm
 * file cache; JVM and Spark start-up are not timed, JIT warm-up is (each run is a fresh JVM, as a
 * user's run is).
 *
 * <p>For Modus a second line, impl {@code modus:warm}, times the same stage run again in the same
 * JVM: on two cores the first run shares the cores with the JIT compiler threads (compilation time
 * is of the order of the timed run itself; README, Performance), so the warm figure is the
 * throughput a long run settles at.
 *
 * <p>Usage: ExtractionBench RUN_DIR modus|modus+classifier|baseline MASTER
 */
public final class ExtractionBench {
  private ExtractionBench() {}

  public static void main(String[] args) {
    String runDir = args[0];
    String impl = args[1];
    String master = args[2];
    SparkSession spark = SparkSessions.create("modus bench extraction", master, Map.of());
    try {
      RunDir run = new RunDir(runDir);
      Dataset<Row> ads = Tables.read(spark, run, "ads");
      long n = ads.count();
      if (impl.startsWith("modus")) {
        // modus+classifier: the same stage with the bundled statistical layer stacked on the rules
        RunConfig config =
            impl.equals("modus+classifier")
                ? RunConfig.defaults()
                    .withExtract(Map.of(RunConfig.EXTRACT_CLASSIFIER, RunConfig.BUNDLED_CLASSIFIER))
                : RunConfig.defaults();
        RunContext ctx =
            new RunContext(
                run,
                config,
                Manifest.openOrCreate(run, spark.sparkContext().hadoopConfiguration()),
                () -> null);
        time(impl, master, () -> ExtractJob.run(spark, ctx).accepted());
        time(impl + ":warm", master, () -> ExtractJob.run(spark, ctx).accepted());
      } else {
        long count = n;
        time(
            "baseline",
            master,
            () -> {
              RegexBaseline.run(spark, ads, runDir + "/_bench/baseline_features");
              return count;
            });
      }
    } finally {
      spark.stop();
    }
  }

  private static void time(String impl, String master, java.util.function.LongSupplier stage) {
    long start = System.nanoTime();
    long n = stage.getAsLong();
    double secs = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%s\t%s\t%d\t%.2f\t%.0f%n", impl, master, n, secs, n / secs);
  }
}
