package org.modus.cases;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.compare.TestTables;
import org.modus.engine.ModusException;
import org.modus.engine.RunConfig;
import org.modus.engine.RunContext;
import org.modus.engine.RunDir;
import org.modus.engine.SourceConfig;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;
import org.modus.testing.SparkTestSession;

class IngestCasesJobIT {
  private final SparkSession spark = SparkTestSession.get();

  static final String HTCDS =
      "{\"caseId\":\"H-1\",\"Gender\":\"Male\",\"Citizenship\":\"FRA\",\"yearOfRegistration\":2024,"
          + "\"CountryOfExploitation\":\"ESP\",\"MethodsOfControl\":[\"Threats\",\"Withholds documents\"],"
          + "\"RecruitmentWebsitesAndApps\":[\"Facebook\"],\"narrative\":\"Wrote to victim@example.com\"}\n"
          + "{\"caseId\":\"H-2\",\"yearOfRegistration\":2023,\"CountryOfExploitation\":\"GBR\",\"TypeOfExploitation\":[\"Sexual exploitation\"]}\n";

  @Test
  void ctdcAndHtcdsSourcesLandInCasesAndCaseFeaturesWithBadRowsQuarantined(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("ctdc.csv"), CaseParsersTest.CTDC);
    Files.writeString(dir.resolve("htcds.jsonl"), HTCDS);
    RunDir run = new RunDir(dir.resolve("run").toString());
    List<SourceConfig> sources =
        List.of(
            new SourceConfig(
                "ctdc", dir.resolve("ctdc.csv").toString(), "ctdc", null, null, null, null, null),
            new SourceConfig(
                "htcds",
                dir.resolve("htcds.jsonl").toString(),
                "htcds",
                null,
                null,
                null,
                null,
                null));
    RunContext ctx = TestTables.context(spark, run, TestTables.config(null, null));
    StageReport report = IngestCasesJob.run(spark, ctx, sources);

    assertEquals(8, report.rowsRead());
    assertEquals(4, report.accepted());
    assertEquals(4, report.quarantined());
    assertTrue(report.reconciles());
    Dataset<Row> cases = Tables.read(spark, run, "cases");
    assertEquals(4, cases.count());
    assertEquals(2, cases.where(col("source_format").equalTo("htcds")).count());
    Row h1 =
        cases
            .where(col("country_exploitation").equalTo("ESP").and(col("source").equalTo("htcds")))
            .first();
    assertTrue(h1.<String>getAs("narrative").contains("[email:"), h1.<String>getAs("narrative"));
    List<String> h1Features =
        Tables.read(spark, run, "case_features")
            .where(col("case_id").equalTo(h1.<String>getAs("case_id")))
            .selectExpr("concat(family, '/', category)")
            .orderBy(col("concat(family, /, category)"))
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList();
    assertEquals(
        List.of(
            "control_coercion/physical_threats",
            "control_coercion/withholds_documents",
            "platform/facebook",
            "recruitment_channel/social_media"),
        h1Features);
    Dataset<Row> q = spark.read().parquet(run.quarantine("cases"));
    assertEquals(4, q.count());
    assertEquals(4, q.where(col("source").equalTo("cases/ctdc")).count());
    assertEquals(1, q.where(col("reason").equalTo("unknown_country")).count());
  }

  @Test
  void oneRowThatIsNotValidCsvIsQuarantinedAndTheOtherRecordsOfTheFileAreIngested(@TempDir Path dir)
      throws Exception {
    Files.writeString(
        dir.resolve("ctdc.csv"),
        "yearOfRegistration,gender,CountryOfExploitation\n"
            + "2021,Female,FR\n2022,\"Male\"x,ES\n2023,Male,ES\n2023,Female,FR\n");
    RunDir run = new RunDir(dir.resolve("run").toString());
    RunContext ctx = TestTables.context(spark, run, TestTables.config(null, null));
    StageReport report =
        IngestCasesJob.run(
            spark,
            ctx,
            List.of(
                new SourceConfig(
                    "ctdc",
                    dir.resolve("ctdc.csv").toString(),
                    "ctdc",
                    null,
                    null,
                    null,
                    null,
                    null)));

    assertEquals(4, report.rowsRead());
    assertEquals(3, report.accepted());
    assertEquals(1, report.quarantined());
    assertTrue(report.reconciles());
    assertEquals(3, Tables.read(spark, run, "cases").count());
    Row q = spark.read().parquet(run.quarantine("cases")).first();
    assertEquals("malformed_row", q.<String>getAs("reason"));
    assertTrue(q.<String>getAs("location").endsWith("ctdc.csv:3"), q.<String>getAs("location"));
  }

  @Test
  void aDelimiterLongerThanOneCharacterFailsTheStageNamingSourceAndValue(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("ctdc.csv"), CaseParsersTest.CTDC);
    RunDir run = new RunDir(dir.resolve("run").toString());
    RunContext ctx = TestTables.context(spark, run, TestTables.config(null, null));
    ModusException e =
        assertThrows(
            ModusException.class,
            () ->
                IngestCasesJob.run(
                    spark,
                    ctx,
                    List.of(
                        new SourceConfig(
                            "ctdc",
                            dir.resolve("ctdc.csv").toString(),
                            "ctdc",
                            ";;",
                            null,
                            null,
                            null,
                            null))));
    assertTrue(
        e.getMessage().contains("'ctdc'") && e.getMessage().contains("';;'"), e.getMessage());
  }

  @Test
  void aFileWithTheWrongColumnsFailsWithAMessageNamingFileAndColumns(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("other.csv"), "yearOfRegistration,gender\n2020,Male\n");
    RunDir run = new RunDir(dir.resolve("run").toString());
    RunContext ctx = TestTables.context(spark, run, TestTables.config(null, null));
    ModusException e =
        assertThrows(
            ModusException.class,
            () ->
                IngestCasesJob.run(
                    spark,
                    ctx,
                    List.of(
                        new SourceConfig(
                            "x",
                            dir.resolve("other.csv").toString(),
                            "ctdc",
                            null,
                            null,
                            null,
                            null,
                            null))));
    assertTrue(
        e.getMessage().contains("other.csv line 1")
            && e.getMessage().contains("CountryOfExploitation"),
        e.getMessage());
  }

  @Test
  void tooManyQuarantinedRecordsFailTheStageNamingTheQuarantineFolder(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("ctdc.csv"), CaseParsersTest.CTDC);
    RunDir run = new RunDir(dir.resolve("run").toString());
    RunConfig strict =
        new RunConfig(
            null, null, null, null, 0.25, null, null, null, null, null, null, null, null, null);
    RunContext ctx = TestTables.context(spark, run, strict);
    ModusException e =
        assertThrows(
            ModusException.class,
            () ->
                IngestCasesJob.run(
                    spark,
                    ctx,
                    List.of(
                        new SourceConfig(
                            "ctdc",
                            dir.resolve("ctdc.csv").toString(),
                            "ctdc",
                            null,
                            null,
                            null,
                            null,
                            null))));
    assertTrue(
        e.getMessage().contains("quarantine/cases") && e.getMessage().contains("4 of 6"),
        e.getMessage());
  }
}
