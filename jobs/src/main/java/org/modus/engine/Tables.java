package org.modus.engine;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads and writes the declared tables of a run directory. Inside a stage, writes go to its attempt
 * folder and are published with the stage's other outputs ({@link StageCommit}), so a crash
 * mid-stage leaves the previous good tables readable and consistent with each other.
 */
public final class Tables {
  /** Name of the row count in {@link #write(Dataset, RunDir, String, List)}'s result. */
  public static final String ROWS = "rows";

  private Tables() {}

  /** Reads a table with its declared schema (never inferred). */
  public static Dataset<Row> read(SparkSession spark, RunDir run, String table) {
    if (!exists(spark, run, table)) {
      throw new ModusException(
          "Table '"
              + table
              + "' is missing from "
              + run.root()
              + "; run the stage that writes it first (see ./modus --help).");
    }
    return spark.read().schema(DeclaredSchemas.of(table)).parquet(run.visible(run.table(table)));
  }

  public static boolean exists(SparkSession spark, RunDir run, String table) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      FileSystem fs = run.fileSystem(conf);
      return fs.exists(new Path(run.visible(run.table(table)), "_SUCCESS"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Orders and casts {@code data}'s columns to the declaration; a missing or undeclared column is a
   * programming error and fails loudly, naming it.
   */
  public static Dataset<Row> conform(Dataset<Row> data, String table) {
    StructType declared = DeclaredSchemas.of(table);
    Set<String> have = Set.of(data.columns());
    Set<String> want =
        Arrays.stream(declared.fields()).map(StructField::name).collect(Collectors.toSet());
    List<String> missing =
        Arrays.stream(declared.fieldNames()).filter(f -> !have.contains(f)).toList();
    List<String> extra = have.stream().filter(f -> !want.contains(f)).sorted().toList();
    if (!missing.isEmpty() || !extra.isEmpty()) {
      throw new IllegalStateException(
          "Rows for table "
              + table
              + " do not match data-schemas/tables/"
              + table
              + ".json: missing "
              + missing
              + ", undeclared "
              + extra);
    }
    List<Column> cols = new ArrayList<>();
    for (StructField f : declared.fields()) {
      cols.add(col(f.name()).cast(f.dataType()).as(f.name(), f.metadata()));
    }
    return data.select(cols.toArray(Column[]::new));
  }

  /**
   * Conforms, writes to staging, then publishes; returns the row count written, observed while
   * writing (a read-back count was one more Spark job per table, a tenth of a second each in a
   * small run).
   */
  public static long write(Dataset<Row> data, RunDir run, String table) {
    return ((Number) write(data, run, table, List.of()).get(ROWS)).longValue();
  }

  /**
   * As {@link #write(Dataset, RunDir, String)}, also observing aggregate {@code metrics} (named
   * columns such as {@code sum(...).as("x")}) over the written rows in the same Spark job; returns
   * them by name with the row count under {@link #ROWS}.
   */
  public static Map<String, Object> write(
      Dataset<Row> data, RunDir run, String table, List<Column> metrics) {
    return saveCounting(
        conform(data, table), run, run.table(table), "tables-" + table + "-", metrics);
  }

  /**
   * A metric for {@link #write(Dataset, RunDir, String, List)}: how many rows written meet {@code
   * condition}, under {@code name}.
   */
  public static Column countWhere(Column condition, String name) {
    return sum(when(condition, 1L).otherwise(0L)).as(name);
  }

  /** An observed count by name; a sum over no rows is null, which is 0. */
  public static long observedCount(Map<String, Object> observed, String name) {
    Object v = observed.get(name);
    return v == null ? 0 : ((Number) v).longValue();
  }

  /**
   * Saves conformed rows to {@code target} (a run table, or rows that are none such as the
   * quarantine's) as {@link #save} does, observing their count (and {@code metrics}) in the same
   * Spark job; returns them by name, the count under {@link #ROWS}.
   */
  static Map<String, Object> saveCounting(
      Dataset<Row> conformed,
      RunDir run,
      String target,
      String stagingPrefix,
      List<Column> metrics) {
    String id = UUID.randomUUID().toString();
    Observation written = new Observation("rows written to " + target + " " + id);
    save(
        conformed.observe(written, count(lit(1)).as(ROWS), metrics.toArray(Column[]::new)),
        run,
        target,
        stagingPrefix + id);
    try {
      return written.getAsJava();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "Interrupted while counting the rows written to " + target, e);
    }
  }

  /**
   * Writes {@code data} as Parquet for {@code target}: into the running stage's attempt, published
   * with its other outputs when it commits; outside a stage (fixtures, tools), published at once.
   */
  static void save(Dataset<Row> data, RunDir run, String target, String stagingName) {
    java.util.Optional<StageCommit> stage = run.openStage();
    if (stage.isPresent()) {
      data.write().mode(SaveMode.Overwrite).parquet(stage.get().stagedPath(target));
    } else {
      publish(data, run.staging(stagingName), target);
    }
  }

  /**
   * Writes Parquet to {@code staging} and moves it over {@code target} (replacing any earlier one).
   */
  private static void publish(Dataset<Row> data, String staging, String target) {
    data.write().mode(SaveMode.Overwrite).parquet(staging);
    Configuration conf = data.sparkSession().sparkContext().hadoopConfiguration();
    try {
      Path targetPath = new Path(target);
      FileSystem fs = targetPath.getFileSystem(conf);
      Path retired = new Path(staging + "-retired");
      boolean hadOld = fs.exists(targetPath);
      if (hadOld && !fs.rename(targetPath, retired)) {
        throw new IOException("cannot move aside " + target);
      }
      fs.mkdirs(targetPath.getParent());
      if (!fs.rename(new Path(staging), targetPath)) {
        throw new IOException("cannot publish " + staging + " as " + target);
      }
      if (hadOld) {
        fs.delete(retired, true);
      }
      Path stagingRoot = new Path(staging).getParent();
      FileSystem sfs = stagingRoot.getFileSystem(conf);
      if (sfs.exists(stagingRoot) && sfs.listStatus(stagingRoot).length == 0) {
        sfs.delete(stagingRoot, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Publishing " + target + " failed", e);
    }
  }
}
