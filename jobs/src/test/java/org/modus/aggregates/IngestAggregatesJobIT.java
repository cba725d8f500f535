package org.modus.aggregates;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.compare.TestTables;
import org.modus.engine.RunDir;
import org.modus.engine.SourceConfig;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;
import org.modus.testing.SparkTestSession;

class IngestAggregatesJobIT {
  private final SparkSession spark = SparkTestSession.get();

  @Test
  void glotipAndEurostatFilesBecomeOneLongTableOfIntervals(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("glotip.csv"), AggregateParserTest.GLOTIP);
    Files.writeString(dir.resolve("estat.tsv"), "geo\ttime\tunit\tsex\tage\tindicator\texploit\tvalue\n"
        + "FR\t2023\tNR\tT\tTOTAL\tVICT\tTOTAL\t310 p\n"
        + "ES\t2023\tNR\tT\tTOTAL\tVICT\tSEX_EXP\t: c\n");
    RunDir run = new RunDir(dir.resolve("run").toString());
    StageReport report = IngestAggregatesJob.run(spark, TestTables.context(spark, run, TestTables.config(null, null)),
        List.of(new SourceConfig("glotip", dir.resolve("glotip.csv").toString(), "glotip", null, null, null, null, null),
            new SourceConfig("estat", dir.resolve("estat.tsv").toString(), "eurostat", "tab", null, null, null, null)));
    assertEquals(8, report.rowsRead());
    assertEquals(5, report.accepted());
    assertEquals(3, report.quarantined());
    Row lt5 = Tables.read(spark, run, "aggregates").where(col("category").equalTo("sexual_exploitation")
        .and(col("source").equalTo("glotip"))).first();
    assertEquals(0.0, lt5.<Double>getAs("value_low"));
    assertEquals(4.0, lt5.<Double>getAs("value_high"));
    Row estat = Tables.read(spark, run, "aggregates").where(col("source").equalTo("estat")
        .and(col("country").equalTo("FRA"))).first();
    assertEquals(310.0, estat.<Double>getAs("value_low"));
    assertEquals("p", estat.getAs("flags"));
    Row confidential = Tables.read(spark, run, "aggregates").where(col("source").equalTo("estat")
        .and(col("country").equalTo("ESP"))).first();
    assertNull(confidential.getAs("value_high"));
    assertEquals(3, spark.read().parquet(run.quarantine("aggregates")).count());
  }
}
