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
    StructType schema =
        new StructType()
            .add("post_id", DataTypes.LongType)
            .add("content", DataTypes.StringType)
            .add("where", DataTypes.StringType)
            .add("views", DataTypes.IntegerType);
    List<Row> rows =
        List.of(
            RowFactory.create(
                1L, "Se busca camarera en Madrid, llama al 612 345 678", "Madrid, España", 10),
            RowFactory.create(2L, null, "France", 3),
            RowFactory.create(3L, "Room to rent in London, write to zq@example.org", "UK", 7),
            RowFactory.create(
                4L, "Bicycle for sale, good condition, pick up this weekend", "USA", 1),
            RowFactory.create(5L, "Vélo à vendre, bon état, à retirer ce week-end", "FR", 2),
            RowFactory.create(6L, "Dog walker wanted, mornings only", "Atlantis", 4));
    Path input = dir.resolve("corpus.parquet");
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(input.toString());

    StageReport report =
        AdsTestRuns.ingest(
            spark,
            dir.resolve("run"),
            AdsTestRuns.source(
                "pq",
                input,
                "parquet",
                Map.of("ad_id", "post_id", "text", "content", "country", "where")));
    assertEquals(6, report.rowsRead());
    assertEquals(1, report.quarantined());
    // a place that resolves to no country is kept, flagged and counted in the stage's warnings
    assertEquals(
        List.of("1 ads name a location that resolves to no country (quality flag country_unknown)"),
        report.warnings());

    RunDir run = new RunDir(dir.resolve("run").toString());
    Row madrid = Tables.read(spark, run, "ads").filter("ad_id = 'pq:1'").first();
    assertEquals("ESP", madrid.getAs("country"));
    assertEquals("Madrid", madrid.getAs("city"));
    assertEquals("es", madrid.getAs("language"));
    String phone = AdsTestRuns.PSEUDONYMIZER.pseudonym("phone", "+34612345678");
    assertEquals(
        "Se busca camarera en Madrid, llama al [phone:" + phone + "]", madrid.getAs("text"));
    assertEquals(
        "10", madrid.<scala.collection.Map<String, String>>getAs("attributes").get("views").get());

    Row rejected = spark.read().parquet(run.quarantine("ads")).first();
    assertEquals("missing_text", rejected.getAs("reason"));
    assertTrue(rejected.<String>getAs("location").endsWith("#row 1"), rejected.toString());
  }

  @Test
  void aStructWhereOneValueIsExpectedIsQuarantinedBadTypeAndNestedExtrasAreKeptAsJson(
      @TempDir Path dir) {
    StructType place =
        new StructType().add("city", DataTypes.StringType).add("iso", DataTypes.StringType);
    StructType schema =
        new StructType()
            .add("post_id", DataTypes.DoubleType)
            .add("content", DataTypes.StringType)
            .add("place", place)
            .add("tags", DataTypes.createArrayType(DataTypes.StringType));
    List<Row> rows =
        List.of(
            RowFactory.create(
                12345678.0,
                "Bicycle for sale, good condition, pick up this weekend",
                null,
                List.of("bike", "sale").toArray()),
            RowFactory.create(
                2.0,
                "Room to rent in London, close to the station",
                RowFactory.create("London", "GB"),
                null),
            RowFactory.create(3.0, "Sofa for sale, as new, must go this week", null, null),
            RowFactory.create(4.0, "Piano lessons for beginners, first lesson free", null, null),
            RowFactory.create(5.0, "Garden table and four chairs, collect only", null, null));
    Path input = dir.resolve("typed.parquet");
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(input.toString());

    StageReport report =
        AdsTestRuns.ingest(
            spark,
            dir.resolve("run"),
            AdsTestRuns.source(
                "pt",
                input,
                "parquet",
                Map.of("ad_id", "post_id", "text", "content", "country", "place")));
    assertEquals(5, report.rowsRead());
    assertEquals(1, report.quarantined());
    assertTrue(report.reconciles());

    RunDir run = new RunDir(dir.resolve("run").toString());
    Row rejected = spark.read().parquet(run.quarantine("ads")).first();
    assertEquals("bad_type", rejected.getAs("reason"));
    assertEquals(
        "country (column 'place'): struct where text was expected", rejected.getAs("detail"));
    assertTrue(rejected.<String>getAs("location").endsWith("#row 1"), rejected.toString());

    // Spark writes the double as 1.2345678E7; the id is its digits (pseudonymized: eight digits may
    // be a phone).
    String bikeId = "pt:id-" + AdsTestRuns.PSEUDONYMIZER.pseudonym("ad_id", "12345678");
    Row bike =
        Tables.read(spark, run, "ads")
            .filter(org.apache.spark.sql.functions.col("ad_id").equalTo(bikeId))
            .first();
    assertEquals(
        "[\"bike\",\"sale\"]",
        bike.<scala.collection.Map<String, String>>getAs("attributes").get("tags").get());
  }
}
