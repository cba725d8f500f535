package org.modus.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.testing.SparkTestSession;

/** All outputs of a stage become visible together, at its commit, or not at all. */
class StageCommitIT {
  private final SparkSession spark = SparkTestSession.get();

  private Dataset<Row> contacts(String... adIds) {
    StructType schema =
        new StructType()
            .add("ad_id", DataTypes.StringType)
            .add("contact_type", DataTypes.StringType)
            .add("pseudonym", DataTypes.StringType)
            .add("checksum_valid", DataTypes.BooleanType);
    return spark.createDataFrame(
        java.util.Arrays.stream(adIds)
            .map(id -> RowFactory.create(id, "phone", "p", true))
            .toList(),
        schema);
  }

  private Dataset<Row> quarantine(String reason) {
    StructType schema =
        new StructType()
            .add("source", DataTypes.StringType)
            .add("reason", DataTypes.StringType)
            .add("location", DataTypes.StringType)
            .add("detail", DataTypes.StringType)
            .add("record", DataTypes.StringType);
    return spark.createDataFrame(
        List.of(RowFactory.create("ads/x", reason, "x.csv:line 2", "", "")), schema);
  }

  private List<String> ids(RunDir run, String table) {
    return Tables.read(spark, run, table)
        .select("ad_id")
        .as(Encoders.STRING())
        .collectAsList()
        .stream()
        .sorted()
        .toList();
  }

  private RunContext context(Path dir) {
    RunDir run = new RunDir(dir.toString());
    return new RunContext(
        run, RunConfig.defaults(), Manifest.openOrCreate(run, new Configuration()), () -> null);
  }

  private static StageReport done() {
    return new StageReport(1, 1, 0, Map.of(), List.of(), Map.of());
  }

  @Test
  void whileAStageRunsItReadsWhatItWroteAndEveryoneElseStillSeesTheLastCommittedTables(
      @TempDir Path dir) {
    RunContext ctx = context(dir);
    RunDir run = ctx.runDir();
    StageRunner.run(
        spark,
        ctx,
        Stage.INGEST_ADS,
        () -> {
          Tables.write(contacts("old"), run, "ad_contacts");
          return done();
        });
    assertEquals(List.of("old"), ids(run, "ad_contacts"));

    StageRunner.run(
        spark,
        ctx,
        Stage.INGEST_ADS,
        () -> {
          Tables.write(contacts("new1", "new2"), run, "ad_contacts");
          Quarantine.write(quarantine("bad_date"), run, "ads");
          assertEquals(
              List.of("new1", "new2"),
              ids(run, "ad_contacts"),
              "the stage reads its own staged table");
          RunDir outsider = new RunDir(dir.toString());
          assertEquals(
              List.of("old"),
              ids(outsider, "ad_contacts"),
              "nobody else sees it before the commit");
          assertFalse(Files.exists(dir.resolve("quarantine/ads")), "nor the new quarantine");
          return done();
        });
    assertEquals(List.of("new1", "new2"), ids(run, "ad_contacts"));
    assertTrue(Files.exists(dir.resolve("quarantine/ads/_SUCCESS")));
    assertFalse(Files.exists(dir.resolve("_staging")), "no staging left behind");
    assertEquals(
        "complete", ctx.manifest().get("stages").path("ingest-ads").path("status").asText());
    assertFalse(ctx.manifest().get("stages").path("ingest-ads").has("publish"));
  }

  @Test
  void aFailedStagePublishesNothingAndKeepsWhatItQuarantinedUnderFailed(@TempDir Path dir) {
    RunContext ctx = context(dir);
    RunDir run = ctx.runDir();
    StageRunner.run(
        spark,
        ctx,
        Stage.INGEST_ADS,
        () -> {
          Tables.write(contacts("good"), run, "ad_contacts");
          return done();
        });
    String committed = ctx.manifest().completeAttempt("ingest-ads");
    ModusException e =
        assertThrows(
            ModusException.class,
            () ->
                StageRunner.run(
                    spark,
                    ctx,
                    Stage.INGEST_ADS,
                    () -> {
                      Tables.write(contacts("partial"), run, "ad_contacts");
                      Quarantine.write(quarantine("missing_text"), run, "ads");
                      throw new ModusException(
                          "too much quarantined; details in "
                              + run.ifStageFails(run.quarantine("ads")));
                    }));
    assertTrue(e.getMessage().endsWith(dir + "/failed/ingest-ads/quarantine/ads"), e.getMessage());
    assertEquals(List.of("good"), ids(run, "ad_contacts"), "the committed table is untouched");
    assertFalse(
        Files.exists(dir.resolve("quarantine/ads")),
        "the failed attempt's quarantine is not published");
    assertEquals(
        "missing_text",
        spark
            .read()
            .parquet(dir.resolve("failed/ingest-ads/quarantine/ads").toString())
            .first()
            .getAs("reason"),
        "but kept where the message says");
    assertFalse(
        Files.exists(dir.resolve("failed/ingest-ads/tables")), "only what it quarantined is kept");
    assertFalse(Files.exists(dir.resolve("_staging")));
    assertEquals("failed", ctx.manifest().get("stages").path("ingest-ads").path("status").asText());
    assertEquals(committed, ctx.manifest().completeAttempt("ingest-ads"));

    StageRunner.run(
        spark,
        ctx,
        Stage.INGEST_ADS,
        () -> {
          Tables.write(contacts("fixed"), run, "ad_contacts");
          return done();
        });
    assertFalse(
        Files.exists(dir.resolve("failed/ingest-ads")), "a later commit supersedes the diagnosis");
    assertFalse(Files.exists(dir.resolve("failed")));
  }

  @Test
  void aCommitCutPartWayIsFinishedByTheNextCommandBeforeItReadsAnything(@TempDir Path dir)
      throws Exception {
    RunContext ctx = context(dir);
    RunDir run = ctx.runDir();
    StageRunner.run(
        spark,
        ctx,
        Stage.INGEST_ADS,
        () -> {
          Tables.write(contacts("old"), run, "ad_contacts");
          Quarantine.write(quarantine("old"), run, "ads");
          return done();
        });
    // What a command killed after the commit point leaves: a manifest saying committing, outputs
    // staged.
    ctx.manifest().stageStarted("ingest-ads", List.of());
    StageCommit commit = run.begin("ingest-ads", ctx.manifest().attempt("ingest-ads"));
    try {
      Tables.write(contacts("new"), run, "ad_contacts");
      Quarantine.write(quarantine("new"), run, "ads");
      ctx.manifest()
          .stageCommitting(
              done().withStage(Stage.INGEST_ADS), 1, commit.folder(), commit.outputs());
    } finally {
      run.end();
    }
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    // The command died after moving its first output into place.
    Path retired = dir.resolve(commit.folder()).resolve("_retired/tables/ad_contacts");
    Files.createDirectories(retired.getParent());
    Files.move(dir.resolve("tables/ad_contacts"), retired);
    Files.move(
        dir.resolve(commit.folder()).resolve("tables/ad_contacts"),
        dir.resolve("tables/ad_contacts"));

    RunContext next = context(dir);
    List<String> said = StageRunner.recover(next.manifest(), next.runDir(), conf);
    assertEquals(1, said.size(), said.toString());
    assertTrue(said.get(0).contains("ingest-ads had committed"), said.toString());
    assertEquals(List.of("new"), ids(next.runDir(), "ad_contacts"));
    assertEquals(
        "new",
        spark.read().parquet(dir.resolve("quarantine/ads").toString()).first().getAs("reason"));
    assertEquals(
        "complete", next.manifest().get("stages").path("ingest-ads").path("status").asText());
    assertFalse(Files.exists(dir.resolve("_staging")));
    assertEquals(
        List.of(),
        StageRunner.recover(next.manifest(), next.runDir(), conf),
        "nothing left to repair");
  }
}
