package org.modus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.ads.IngestAdsJob;
import org.modus.engine.FaultPoint;
import org.modus.engine.KeySource;
import org.modus.engine.Manifest;
import org.modus.engine.RunConfig;
import org.modus.engine.RunContext;
import org.modus.engine.RunDir;
import org.modus.engine.SourceConfig;
import org.modus.engine.Stage;
import org.modus.engine.StageRunner;
import org.modus.engine.Tables;
import org.modus.testing.ModusProcess;
import org.modus.testing.RowAssertions;
import org.modus.testing.SparkTestSession;

/**
 * A command killed while it publishes a stage (real processes; the JVM halted at a commit step as
 * {@code kill -9} would) leaves a run that the next command completes to exactly what an
 * uninterrupted command writes, before it reads anything.
 */
class CommitCrashIT {
  private static final List<String> INGEST_TABLES =
      List.of("ads", "ad_contacts", "ad_links", "ad_sources");

  /** Synthetic ads; {@code variant} changes every text so two corpora give different tables. */
  static String ads(int count, String variant) {
    StringBuilder csv = new StringBuilder("id,title,text,date,country\n");
    String[] jobs = {
      "warehouse staff", "fruit pickers", "hotel cleaners", "care assistants", "drivers"
    };
    String[] towns = {"Lisbon", "Lyon", "Valencia", "Gdansk", "Porto"};
    for (int i = 0; i < count; i++) {
      csv.append(variant)
          .append('-')
          .append(i)
          .append(",Job ")
          .append(i)
          .append(",\"")
          .append(variant)
          .append(": ")
          .append(jobs[i % jobs.length])
          .append(" needed in ")
          .append(towns[(i / 5) % towns.length])
          .append(", ")
          .append(800 + 10 * i)
          .append(" EUR a month, travel and housing provided. Call +351 91")
          .append(String.format("%07d", 1_000 * i + 17))
          .append("\",2026-0")
          .append(1 + i % 6)
          .append("-1")
          .append(i % 9)
          .append(",PT\n");
    }
    return csv.toString();
  }

  private static ModusProcess.Result ingest(Path run, Path input, Path key, List<String> jvm) {
    return ModusProcess.run(
        Map.of(),
        jvm,
        "ingest-ads",
        "--run",
        run.toString(),
        "--input",
        input.toString(),
        "--format",
        "csv",
        "--source",
        "board",
        "--key-file",
        key.toString(),
        "--map",
        "ad_id=id,title=title,text=text,posted_at=date,country=country");
  }

  /**
   * The same ingest in this JVM (a process costs a Spark start-up): for the setup and the
   * reference.
   */
  private static void ingestHere(SparkSession spark, Path run, Path input, Path key) {
    RunDir dir = new RunDir(run.toString());
    RunContext ctx =
        new RunContext(
            dir,
            RunConfig.defaults(),
            Manifest.openOrCreate(dir, spark.sparkContext().hadoopConfiguration()),
            () -> KeySource.load(key, Map.of()));
    SourceConfig source =
        new SourceConfig(
            "board",
            input.toString(),
            "csv",
            null,
            null,
            Map.of(
                "ad_id",
                "id",
                "title",
                "title",
                "text",
                "text",
                "posted_at",
                "date",
                "country",
                "country"),
            null,
            Map.of());
    StageRunner.run(
        spark, ctx, Stage.INGEST_ADS, () -> IngestAdsJob.run(spark, ctx, List.of(source)));
  }

  @Test
  void aCommandKilledMidPublishLeavesARunTheNextCommandCompletesBeforeReadingIt(@TempDir Path dir)
      throws Exception {
    Path key = dir.resolve("k.key");
    KeySource.generate(key);
    Files.writeString(dir.resolve("a.csv"), ads(20, "first"));
    Files.writeString(dir.resolve("b.csv"), ads(30, "second"));
    Path run = dir.resolve("run");
    SparkSession spark = SparkTestSession.get();
    ingestHere(spark, run, dir.resolve("a.csv"), key);
    ModusProcess.Result killed =
        ingest(
            run,
            dir.resolve("b.csv"),
            key,
            List.of("-D" + FaultPoint.PROPERTY + "=publish:ingest-ads:2"));
    assertEquals(137, killed.exitCode(), killed.stderr());
    JsonNode stage =
        new ObjectMapper()
            .readTree(run.resolve("manifest.json").toFile())
            .path("stages")
            .path("ingest-ads");
    assertEquals("committing", stage.path("status").asText(), "killed after the commit point");
    assertTrue(stage.path("publish").path("outputs").size() > 2, "with outputs still to move");
    ModusProcess.Result status = ModusProcess.run(Map.of(), "status", "--run", run.toString());
    assertTrue(status.stdout().contains("committing"), status.stdout());

    ModusProcess.Result next =
        ModusProcess.run(Map.of(), "extract", "--run", run.toString(), "--force-unlock");
    assertEquals(0, next.exitCode(), next.stderr());
    assertTrue(
        next.stderr().contains("stage ingest-ads had committed when its command ended"),
        next.stderr());

    Path reference = dir.resolve("reference");
    ingestHere(spark, reference, dir.resolve("b.csv"), key);
    RunDir repaired = new RunDir(run.toString());
    RunDir uninterrupted = new RunDir(reference.toString());
    for (String table : INGEST_TABLES) {
      RowAssertions.assertSameRows(
          Tables.read(spark, uninterrupted, table), Tables.read(spark, repaired, table));
    }
    assertEquals(30, Tables.read(spark, repaired, "ad_sources").count());
    assertEquals(
        0,
        Tables.read(spark, repaired, "ad_scores").filter("ad_id like 'first-%'").count(),
        "extract read the published ads only");
    assertEquals(
        Tables.read(spark, repaired, "ads").count(),
        Tables.read(spark, repaired, "ad_scores").count());
    assertTrue(!Files.exists(run.resolve("_staging")), "no debris");
  }
}
