package org.modus.bench;

import java.util.Map;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The floor that {@code ./modus ingest-ads} is compared with: a plain Spark job that reads the same
 * JSON Lines corpus (schema given, as a careful user would) and writes it as Parquet, nothing else.
 * It runs in its own JVM with Modus's JVM flags and session defaults, so the ratio measures the
 * work ingest adds (cleaning, language, contacts and redaction, duplicates, near-duplicates,
 * lineage), not start-up differences.
 *
 * <p>Usage: IngestFloor INPUT_DIR OUT_DIR
 */
public final class IngestFloor {
  private IngestFloor() {}

  public static void main(String[] args) {
    SparkSession spark =
        org.modus.engine.SparkSessions.create("modus bench ingest floor", null, Map.of());
    try {
      long start = System.nanoTime();
      spark
          .read()
          .schema(BenchCorpus.SCHEMA)
          .json(args[0])
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(args[1]);
      System.out.printf(
          java.util.Locale.ROOT,
          "floor: wrote %s as Parquet in %.1f s%n",
          args[0],
          (System.nanoTime() - start) / 1e9);
    } finally {
      spark.stop();
    }
  }
}
