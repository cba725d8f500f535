package org.modus.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.modus.engine.DeclaredSchemas;
import org.modus.engine.Manifest;
import org.modus.engine.Pseudonymizer;
import org.modus.engine.RunConfig;
import org.modus.engine.RunContext;
import org.modus.engine.RunDir;
import org.modus.engine.Tables;

/** Writes declared tables from rows given by column name, for tests that start mid-pipeline. */
public final class TestTables {
  private final SparkSession spark;
  private final RunDir run;
  private final Map<String, List<Row>> rows = new LinkedHashMap<>();

  public TestTables(SparkSession spark, RunDir run) {
    this.spark = spark;
    this.run = run;
  }

  /**
   * Adds a row; columns not named are null. Values as Spark expects them (Integer, Double,
   * java.sql.Date...).
   */
  public TestTables add(String table, Object... kv) {
    Map<String, Object> byName = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      byName.put((String) kv[i], kv[i + 1]);
    }
    StructType schema = DeclaredSchemas.of(table);
    List<Object> values = new ArrayList<>();
    for (String k : byName.keySet()) {
      schema.fieldIndex(k); // fails on a misspelt column
    }
    for (StructField f : schema.fields()) {
      values.add(byName.get(f.name()));
    }
    rows.computeIfAbsent(table, t -> new ArrayList<>()).add(RowFactory.create(values.toArray()));
    return this;
  }

  public void write() {
    rows.forEach(
        (table, r) ->
            Tables.write(spark.createDataFrame(r, DeclaredSchemas.of(table)), run, table));
  }

  public static RunContext context(SparkSession spark, RunDir run, RunConfig config) {
    Supplier<Pseudonymizer> keys = () -> new Pseudonymizer(new byte[32]);
    return new RunContext(
        run, config, Manifest.openOrCreate(run, spark.sparkContext().hadoopConfiguration()), keys);
  }

  public static RunConfig config(
      String population, List<org.modus.engine.SourceConfig> aggregates) {
    return new RunConfig(
        null,
        null,
        11,
        "year",
        1.0,
        "en",
        null,
        null,
        aggregates,
        null,
        population,
        null,
        null,
        null);
  }
}
