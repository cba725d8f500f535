package org.modus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.KeySource;
import org.modus.engine.RunDir;
import org.modus.testing.ModusProcess;
import org.modus.testing.RowAssertions;
import org.modus.testing.SparkTestSession;

/** Same inputs, config and key give identical tables, whatever the partitioning and task order. */
class DeterminismIT {

  @Test
  void twoRunsWithDifferentPartitioningGiveIdenticalTables(@TempDir Path dir) {
    Path key = dir.resolve("modus.key");
    KeySource.generate(key);
    ModusProcess.Result sample =
        ModusProcess.run(
            Map.of(),
            "generate-sample",
            "--out",
            dir.resolve("sample").toString(),
            "--ads",
            "1500",
            "--seed",
            "5");
    assertEquals(0, sample.exitCode(), sample.stderr());
    String config = dir.resolve("sample/run-config.yaml").toString();

    ModusProcess.Result a =
        ModusProcess.run(
            Map.of(),
            "run",
            "--config",
            config,
            "--out",
            dir.resolve("a").toString(),
            "--key-file",
            key.toString(),
            "--master",
            "local[1]",
            "--conf",
            "spark.sql.shuffle.partitions=1",
            "--conf",
            "spark.sql.files.maxPartitionBytes=1048576000",
            "--conf",
            "spark.sql.adaptive.enabled=false");
    assertEquals(0, a.exitCode(), a.stderr());
    ModusProcess.Result b =
        ModusProcess.run(
            Map.of(),
            "run",
            "--config",
            config,
            "--out",
            dir.resolve("b").toString(),
            "--key-file",
            key.toString(),
            "--master",
            "local[2]",
            "--conf",
            "spark.sql.shuffle.partitions=7",
            "--conf",
            "spark.sql.files.maxPartitionBytes=65536");
    assertEquals(0, b.exitCode(), b.stderr());

    SparkSession spark = SparkTestSession.get();
    RunDir ra = new RunDir(dir.resolve("a").toString());
    RunDir rb = new RunDir(dir.resolve("b").toString());
    int compared = RowAssertions.assertSameTables(spark, ra, rb);
    assertTrue(compared >= 8, "only " + compared + " tables compared");
  }
}
