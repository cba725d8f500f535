package org.modus.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.testing.SparkTestSession;

class TablesIT {
  private final SparkSession spark = SparkTestSession.get();

  private Dataset<Row> contacts(String... adIds) {
    StructType schema =
        new StructType()
            .add("pseudonym", DataTypes.StringType)
            .add("ad_id", DataTypes.StringType)
            .add("contact_type", DataTypes.StringType)
            .add("checksum_valid", DataTypes.BooleanType);
    List<Row> rows =
        java.util.Arrays.stream(adIds)
            .map(id -> RowFactory.create("p-" + id, id, "phone", true))
            .toList();
    return spark.createDataFrame(rows, schema);
  }

  @Test
  void writesInDeclaredColumnOrderAndASecondParquetReaderAgrees(@TempDir Path dir)
      throws Exception {
    RunDir run = new RunDir(dir.toString());
    assertEquals(3, Tables.write(contacts("a1", "a2", "a3"), run, "ad_contacts"));
    Dataset<Row> back = Tables.read(spark, run, "ad_contacts");
    assertEquals(
        List.of("ad_id", "contact_type", "pseudonym", "checksum_valid"), List.of(back.columns()));

    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*), min(ad_id) FROM read_parquet('"
                    + run.table("ad_contacts")
                    + "/*.parquet')")) {
      assertTrue(rs.next());
      assertEquals(3, rs.getLong(1));
      assertEquals("a1", rs.getString(2));
    }
  }

  @Test
  void rewritingATableReplacesItWholeAndLeavesNoStaging(@TempDir Path dir) {
    RunDir run = new RunDir(dir.toString());
    Tables.write(contacts("a1", "a2", "a3"), run, "ad_contacts");
    Tables.write(contacts("b1"), run, "ad_contacts");
    assertEquals(
        List.of("b1"),
        Tables.read(spark, run, "ad_contacts")
            .select("ad_id")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList());
    assertTrue(
        !dir.resolve("_staging").toFile().exists()
            || dir.resolve("_staging").toFile().list().length == 0);
  }

  @Test
  void theCountReturnedIsTheRowsOnDiskEvenForAnEmptyOrManyPartitionTable(@TempDir Path dir) {
    RunDir run = new RunDir(dir.toString());
    assertEquals(0, Tables.write(contacts(), run, "ad_contacts"));
    assertEquals(0, Tables.read(spark, run, "ad_contacts").count());
    String[] ids =
        java.util.stream.IntStream.range(0, 500).mapToObj(i -> "a" + i).toArray(String[]::new);
    assertEquals(500, Tables.write(contacts(ids).repartition(7), run, "ad_contacts"));
    assertEquals(500, Tables.read(spark, run, "ad_contacts").count());
  }

  @Test
  void undeclaredOrMissingColumnsAreRefusedByName() {
    Dataset<Row> withExtra =
        contacts("a1").withColumn("raw_phone", org.apache.spark.sql.functions.lit("x"));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Tables.conform(withExtra, "ad_contacts"));
    assertTrue(e.getMessage().contains("raw_phone"), e.getMessage());
  }

  @Test
  void readingAMissingTableTellsWhichStageToRun(@TempDir Path dir) {
    ModusException e =
        assertThrows(
            ModusException.class, () -> Tables.read(spark, new RunDir(dir.toString()), "trends"));
    assertTrue(e.getMessage().contains("trends"), e.getMessage());
  }
}
