package org.modus.testing;

import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.modus.engine.DeclaredSchemas;
import org.modus.engine.RunDir;
import org.modus.engine.Tables;

/**
 * Writes a declared table from rows that give some of its columns, by name; the declared columns
 * they do not give are null. Fixtures then keep working when a stage adds a column to a table.
 */
public final class TableFixtures {
  private TableFixtures() {}

  public static long write(
      SparkSession spark, RunDir run, String table, List<String> columns, List<Object[]> rows) {
    StructType declared = DeclaredSchemas.of(table);
    StructType given =
        new StructType(columns.stream().map(declared::apply).toArray(StructField[]::new));
    Dataset<Row> df = spark.createDataFrame(rows.stream().map(RowFactory::create).toList(), given);
    for (StructField f : declared.fields()) {
      if (!columns.contains(f.name())) {
        df = df.withColumn(f.name(), lit(null).cast(f.dataType()));
      }
    }
    return Tables.write(df, run, table);
  }
}
