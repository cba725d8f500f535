package org.modus.engine;

import java.util.List;
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

  /**
   * Publishes the rejected rows of one source; returns how many were written, counted while writing
   * (reading the folder back to count it was two more Spark jobs per source).
   */
  public static long write(Dataset<Row> rejected, RunDir run, String source) {
    Object rows =
        Tables.saveCounting(
                Tables.conform(rejected, TABLE), run, run.quarantine(source), "raw-", List.of())
            .get(Tables.ROWS);
    return ((Number) rows).longValue();
  }
}
