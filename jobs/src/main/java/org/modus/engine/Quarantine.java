package org.modus.engine;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Rejected records, one folder per source under {@code quarantine/}, in the declared {@code
 * quarantine} layout (source, reason, location, detail, record). Callers mask identifiers before
 * rows get here.
 */
public final class Quarantine {
  public static final String TABLE = "quarantine";

  private Quarantine() {}

  /** Publishes the rejected rows of one source; returns how many were written. */
  public static long write(Dataset<Row> rejected, RunDir run, String source) {
    Dataset<Row> conformed = Tables.conform(rejected, TABLE);
    Tables.writeRaw(conformed, run, run.quarantine(source));
    return conformed.sparkSession().read().parquet(run.visible(run.quarantine(source))).count();
  }
}
