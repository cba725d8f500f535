package org.modus.engine;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;

/**
 * Rejected records, one folder per source under {@code quarantine/}, in the declared {@code
 * quarantine} layout (source, reason, location, detail, record). Callers mask identifiers before
 * rows get here.
 */
public final class Quarantine {
  public static final String TABLE = "quarantine";

  private Quarantine() {}

  /**
   * Publishes the rejected rows of one source; returns how many were written, counted while writing
   * (reading the folder back to count it was two more Spark jobs per source).
   */
  public static long write(Dataset<Row> rejected, RunDir run, String source) {
    Observation written =
        new Observation("rows quarantined for " + source + " " + UUID.randomUUID());
    Dataset<Row> conformed =
        Tables.conform(rejected, TABLE).observe(written, count(lit(1)).as(Tables.ROWS));
    Tables.writeRaw(conformed, run, run.quarantine(source));
    try {
      return ((Number) written.getAsJava().get(Tables.ROWS)).longValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while counting the quarantined rows", e);
    }
  }
}
