package org.modus.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Order-insensitive comparison of two datasets whose failure message names the rows that differ.
 */
public final class RowAssertions {
  private RowAssertions() {}

  /** Map columns become their entries sorted by key, since set operations refuse maps. */
  static Dataset<Row> comparable(Dataset<Row> data) {
    Dataset<Row> out = data;
    for (org.apache.spark.sql.types.StructField f : data.schema().fields()) {
      if (f.dataType() instanceof org.apache.spark.sql.types.MapType) {
        out =
            out.withColumn(
                f.name(),
                org.apache.spark.sql.functions.array_sort(
                    org.apache.spark.sql.functions.map_entries(
                        org.apache.spark.sql.functions.col(f.name()))));
      }
    }
    return out;
  }

  /**
   * Every declared table of {@code expected} equals the same table of {@code actual} (and the same
   * tables exist in both); returns how many were compared.
   */
  public static int assertSameTables(
      org.apache.spark.sql.SparkSession spark,
      org.modus.engine.RunDir expected,
      org.modus.engine.RunDir actual) {
    int compared = 0;
    for (String table : org.modus.schemas.TableCatalog.names()) {
      boolean exists = org.modus.engine.Tables.exists(spark, expected, table);
      org.junit.jupiter.api.Assertions.assertEquals(
          exists, org.modus.engine.Tables.exists(spark, actual, table), table);
      if (exists) {
        assertSameRows(
            org.modus.engine.Tables.read(spark, expected, table),
            org.modus.engine.Tables.read(spark, actual, table));
        compared++;
      }
    }
    return compared;
  }

  public static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual) {
    expected = comparable(expected);
    actual = comparable(actual);
    if (!Arrays.equals(expected.columns(), actual.columns())) {
      fail(
          "columns differ: expected "
              + Arrays.toString(expected.columns())
              + " but was "
              + Arrays.toString(actual.columns()));
    }
    List<Row> missing = expected.exceptAll(actual).limit(10).collectAsList();
    List<Row> unexpected = actual.exceptAll(expected).limit(10).collectAsList();
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      List<String> lines = new ArrayList<>();
      missing.forEach(r -> lines.add("  missing:    " + r));
      unexpected.forEach(r -> lines.add("  unexpected: " + r));
      fail("rows differ (first 10 each way):\n" + String.join("\n", lines));
    }
  }
}
