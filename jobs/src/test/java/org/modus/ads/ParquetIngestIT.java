package org.modus.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.RunDir;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;
import org.modus.testing.SparkTestSession;

/** A Parquet corpus with its own column names, including a rejected row located by file and row. */
class ParquetIngestIT {
  private final SparkSession spark = SparkTestSession.get();

  @Test
  void ingestsMappedParquetColumnsAndLocatesRejectedRows(@TempDir Path dir) {
    StructType schema = new StructType().add("post_id", DataTypes.LongType).add("content", DataTypes.StringType)
        .add("where", DataTypes.StringType).add("views", DataTypes.IntegerType);
    List<Row> rows = List.of(
        RowFactory.create(1L, "Se busca camarera en Madrid, llama al 612 345 678", "Madrid, España", 10),
        RowFactory.create(2L, null, "France", 3),
        RowFactory.create(3L, "Room to rent in London, write to zq@example.org", "UK", 7),
        RowFactory.create(4L, "Bicycle for sale, good condition, pick up this weekend", "USA", 1),
        RowFactory.create(5L, "Vélo à vendre, bon état, à retirer ce week-end", "FR", 2));
    Path input = dir.resolve("corpus.parquet");
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(input.toString());

    StageReport report = AdsTestRuns.ingest(spark, dir.resolve("run"), AdsTestRuns.source("pq", input, "parquet",
        Map.of("ad_id", "post_id", "text", "content", "country", "where")));
    assertEquals(5, report.rowsRead());
    assertEquals(1, report.quarantined());

    RunDir run = new RunDir(dir.resolve("run").toString());
    Row madrid = Tables.read(spark, run, "ads").filter("ad_id = 'pq:1'").first();
    assertEquals("ESP", madrid.getAs("country"));
    assertEquals("Madrid", madrid.getAs("city"));
    assertEquals("es", madrid.getAs("language"));
    String phone = AdsTestRuns.PSEUDONYMIZER.pseudonym("phone", "+34612345678");
    assertEquals("Se busca camarera en Madrid, llama al [phone:" + phone + "]", madrid.getAs("text"));
    assertEquals("10", madrid.<scala.collection.Map<String, String>>getAs("attributes").get("views").get());

    Row rejected = spark.read().parquet(run.quarantine("ads")).first();
    assertEquals("missing_text", rejected.getAs("reason"));
    assertTrue(rejected.<String>getAs("location").endsWith("#row 1"), rejected.toString());
  }
}
