package org.modus.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.modus.engine.BuildInfo;
import org.modus.engine.KeySource;
import org.modus.engine.RunDir;
import org.modus.engine.Tables;
import org.modus.schemas.TableCatalog;
import org.modus.testing.ModusProcess;
import org.modus.testing.RowAssertions;
import org.modus.testing.SparkTestSession;
import org.modus.testing.StandaloneCluster;

/**
 * The whole pipeline submitted with spark-submit to a real standalone cluster on 127.0.0.1 gives
 * the same tables as a local[2] run, and still does when an executor JVM is killed during
 * extraction.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterIT {
  private static final int ADS = 12000;
  private static Path work;
  private static Path config;
  private static Path key;
  private static Path localRun;
  private static StandaloneCluster cluster;

  @BeforeAll
  static void sampleLocalRunAndCluster() throws Exception {
    work = Path.of("target", "cluster-it").toAbsolutePath();
    deleteRecursively(work);
    Files.createDirectories(work);
    key = work.resolve("modus.key");
    KeySource.generate(key);
    ModusProcess.Result sample =
        ModusProcess.run(
            Map.of(),
            "generate-sample",
            "--out",
            work.resolve("sample").toString(),
            "--ads",
            String.valueOf(ADS),
            "--seed",
            "11");
    assertEquals(0, sample.exitCode(), sample.stderr());
    config = work.resolve("sample/run-config.yaml");
    localRun = work.resolve("local");
    ModusProcess.Result local =
        ModusProcess.run(
            Map.of(),
            "run",
            "--config",
            config.toString(),
            "--out",
            localRun.toString(),
            "--key-file",
            key.toString(),
            "--master",
            "local[2]");
    assertEquals(0, local.exitCode(), local.stderr());
    cluster = StandaloneCluster.start(work.resolve("cluster"));
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  static Path appJar() {
    return Path.of("target", "modus-jobs-" + BuildInfo.version() + "-spark.jar").toAbsolutePath();
  }

  @Test
  @Order(1)
  void aSubmittedRunEqualsTheLocalRunTableForTable() throws Exception {
    Path out = work.resolve("cluster-run");
    ModusProcess.Result r =
        cluster.submit(
            appJar(),
            List.of(),
            "run",
            "--config",
            config.toString(),
            "--out",
            out.toString(),
            "--key-file",
            key.toString());
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(
        new ObjectMapper()
            .readTree(out.resolve("manifest.json").toFile())
            .path("build")
            .path("spark_master")
            .asText()
            .startsWith("spark://127.0.0.1:"));
    assertSameTables(localRun, out);
  }

  @Test
  @Order(2)
  void losingAnExecutorDuringExtractionChangesNothing() throws Exception {
    Path out = work.resolve("fault-run");
    CompletableFuture<ModusProcess.Result> run =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return cluster.submit(
                    appJar(),
                    List.of("spark.task.maxFailures=8"),
                    "run",
                    "--config",
                    config.toString(),
                    "--out",
                    out.toString(),
                    "--key-file",
                    key.toString());
              } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    long killed = 0;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (killed == 0 && System.nanoTime() < deadline && !run.isDone()) {
      if (extractIsRunning(out)) {
        for (Long pid : cluster.executorPids()) {
          ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
          killed = pid;
        }
      }
      Thread.sleep(50);
    }
    ModusProcess.Result r = run.get(20, TimeUnit.MINUTES);
    assertTrue(killed != 0, "never caught extraction running with an executor to kill");
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(
        r.stderr().contains("Lost executor")
            || r.stderr().contains("ExecutorLost")
            || r.stderr().contains("Executor lost"),
        "the driver never noticed the lost executor");
    assertSameTables(localRun, out);
  }

  private static boolean extractIsRunning(Path run) {
    try {
      Path m = run.resolve("manifest.json");
      return Files.exists(m)
          && "running"
              .equals(
                  new ObjectMapper()
                      .readTree(m.toFile())
                      .path("stages")
                      .path("extract")
                      .path("status")
                      .asText());
    } catch (IOException partlyWritten) {
      return false;
    }
  }

  private static void assertSameTables(Path expectedRun, Path actualRun) {
    SparkSession spark = SparkTestSession.get();
    RunDir expected = new RunDir(expectedRun.toString());
    RunDir actual = new RunDir(actualRun.toString());
    int compared = 0;
    for (String table : TableCatalog.names()) {
      boolean inExpected = Tables.exists(spark, expected, table);
      assertEquals(inExpected, Tables.exists(spark, actual, table), table);
      if (inExpected) {
        RowAssertions.assertSameRows(
            Tables.read(spark, expected, table), Tables.read(spark, actual, table));
        compared++;
      }
    }
    assertFalse(compared < 8, "only " + compared + " tables compared");
  }

  static void deleteRecursively(Path d) throws IOException {
    if (Files.exists(d)) {
      try (Stream<Path> s = Files.walk(d)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
