package org.modus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.FaultPoint;
import org.modus.engine.KeySource;
import org.modus.engine.Manifest;
import org.modus.engine.RunDir;
import org.modus.engine.StageRunner;
import org.modus.engine.Tables;
import org.modus.schemas.TableCatalog;
import org.modus.testing.ModusProcess;
import org.modus.testing.RowAssertions;
import org.modus.testing.SparkTestSession;

/**
 * The whole pipeline ({@code ./modus run}: every ingest, extract, trends, compare, report,
 * notebooks) killed with SIGKILL at seeded random times, then halted inside the commit of
 * ingest-ads, extract and report (where random times seldom land), again and again on one run
 * directory. After each kill, once the next command's repair has run, every published table must be
 * whole and be the one its stage committed, and no committed stage may have read outputs other than
 * the ones published. After the last, one more run must leave every table equal to an uninterrupted
 * run's.
 *
 * <p>Slow (each kill costs a Spark start-up): tagged {@code faults}, run with {@code ./mvnw -B -pl
 * jobs -am test -Pfaults -Dtest=FaultInjectionIT -Dsurefire.failIfNoSpecifiedTests=false} ({@code
 * -Dmodus.faults.kills=N} to change the 20 kills).
 */
@Tag("faults")
class FaultInjectionIT {
  private static final long SEED = 20261205L;
  private static final int KILLS = Integer.getInteger("modus.faults.kills", 20);

  @Test
  void runsKilledAtRandomTimesRepairToTheTablesOfAnUninterruptedRun(@TempDir Path dir)
      throws Exception {
    Path key = dir.resolve("k.key");
    KeySource.generate(key);
    assertEquals(
        0,
        ModusProcess.run(
                Map.of(),
                "generate-sample",
                "--out",
                dir.resolve("sample").toString(),
                "--ads",
                "300",
                "--seed",
                "3")
            .exitCode());
    String config = dir.resolve("sample/run-config.yaml").toString();

    long start = System.nanoTime();
    ModusProcess.Result reference =
        ModusProcess.run(
            Map.of(),
            "run",
            "--config",
            config,
            "--out",
            dir.resolve("reference").toString(),
            "--key-file",
            key.toString());
    assertEquals(0, reference.exitCode(), reference.stderr());
    long wholeRunMs = (System.nanoTime() - start) / 1_000_000;

    Path faulty = dir.resolve("faulty");
    Random random = new Random(SEED);
    List<String> killedIn = new ArrayList<>();
    for (int i = 0; i < KILLS; i++) {
      long killAfterMs = (long) (random.nextDouble() * wholeRunMs);
      Process p =
          ModusProcess.start(
              Map.of(),
              List.of(),
              dir.resolve("out.txt"),
              dir.resolve("err.txt"),
              "run",
              "--config",
              config,
              "--out",
              faulty.toString(),
              "--key-file",
              key.toString(),
              "--force-unlock");
      if (p.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) {
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("err.txt")));
        killedIn.add("(finished before " + killAfterMs + " ms)");
        continue;
      }
      p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      killedIn.add(runningStage(faulty) + " at " + killAfterMs + " ms");
      assertConsistentAfterRepair(faulty);
    }
    // Random times rarely land inside a commit's few milliseconds: halt once inside each of these.
    for (String stage : List.of("ingest-ads", "extract", "report")) {
      ModusProcess.Result halted =
          ModusProcess.run(
              Map.of(),
              List.of("-D" + FaultPoint.PROPERTY + "=publish:" + stage + ":1"),
              "run",
              "--config",
              config,
              "--out",
              faulty.toString(),
              "--key-file",
              key.toString(),
              "--force-unlock");
      assertEquals(
          137, halted.exitCode(), stage + " was not halted in its commit: " + halted.stderr());
      killedIn.add(stage + " (halted after the first output of its commit)");
      assertConsistentAfterRepair(faulty);
    }
    System.out.println(
        "FaultInjectionIT: "
            + KILLS
            + " kills (seed "
            + SEED
            + ", whole run "
            + wholeRunMs
            + " ms): "
            + killedIn);

    ModusProcess.Result last =
        ModusProcess.run(
            Map.of(),
            "run",
            "--config",
            config,
            "--out",
            faulty.toString(),
            "--key-file",
            key.toString(),
            "--force-unlock");
    assertEquals(0, last.exitCode(), last.stderr());
    SparkSession spark = SparkTestSession.get();
    RunDir expected = new RunDir(dir.resolve("reference").toString());
    RunDir actual = new RunDir(faulty.toString());
    int compared = RowAssertions.assertSameTables(spark, expected, actual);
    assertTrue(compared >= 10, "only " + compared + " tables compared");
    assertTrue(Files.exists(faulty.resolve("report/report.pdf")));
    assertTrue(
        !Files.exists(faulty.resolve("_staging")) && !Files.exists(faulty.resolve("failed")));
  }

  private static String runningStage(Path run) throws Exception {
    if (!Files.exists(run.resolve("manifest.json"))) {
      return "start-up";
    }
    JsonNode stages =
        Manifest.openOrCreate(new RunDir(run.toString()), new Configuration()).get("stages");
    for (Iterator<Map.Entry<String, JsonNode>> it = stages.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String status = e.getValue().path("status").asText();
      if (status.equals("running") || status.equals("committing")) {
        return e.getKey() + " (" + status + ")";
      }
    }
    return "between stages";
  }

  /**
   * Repairs as the next command would, then checks what any reader would rely on: each committed
   * table has the rows its stage recorded, and a stage that is not stale read exactly the published
   * outputs of the stages before it.
   */
  private static void assertConsistentAfterRepair(Path runPath) {
    if (!Files.exists(runPath.resolve("manifest.json"))) {
      return;
    }
    SparkSession spark = SparkTestSession.get();
    RunDir run = new RunDir(runPath.toString());
    Manifest manifest = Manifest.openOrCreate(run, spark.sparkContext().hadoopConfiguration());
    StageRunner.recover(manifest, run, spark.sparkContext().hadoopConfiguration());
    assertTrue(!Files.exists(runPath.resolve("_staging")), "debris removed");
    for (Iterator<Map.Entry<String, JsonNode>> it = manifest.get("stages").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> stage = it.next();
      if (manifest.completeAttempt(stage.getKey()) == null) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> out = stage.getValue().path("outputs").fields();
          out.hasNext(); ) {
        Map.Entry<String, JsonNode> o = out.next();
        if (TableCatalog.names().contains(o.getKey())
            && !o.getKey().equals("report_findings")
            && !o.getKey().equals("report_figures")) {
          assertEquals(
              o.getValue().asLong(),
              Tables.read(spark, run, o.getKey()).count(),
              stage.getKey() + " committed " + o.getKey() + " with " + o.getValue() + " rows");
        }
      }
    }
    if (manifest.completeAttempt("extract") != null
        && manifest.staleness("extract").isEmpty()
        && Tables.exists(spark, run, "ads")) {
      assertEquals(
          Tables.read(spark, run, "ads").count(),
          Tables.read(spark, run, "ad_scores").filter("doc_kind = 'ad'").count(),
          "a current extract scored exactly the published ads");
    }
  }
}
