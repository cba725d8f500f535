package org.modus.ads;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.RunDir;
import org.modus.engine.SourceConfig;
import org.modus.engine.Tables;
import org.modus.sample.AdCorpusGenerator;
import org.modus.sample.SampleSources;
import org.modus.testing.RowAssertions;
import org.modus.testing.SparkTestSession;

/**
 * Two runs over the same sample corpus, with different shuffle partitioning, give identical tables.
 */
class DeterminismIT {
  private final SparkSession spark = SparkTestSession.get();

  /** Set operations cannot compare map columns: compare their sorted entries instead. */
  private static Dataset<Row> comparable(Dataset<Row> df) {
    for (org.apache.spark.sql.types.StructField f : df.schema().fields()) {
      if (f.dataType() instanceof org.apache.spark.sql.types.MapType) {
        df =
            df.withColumn(
                f.name(), functions.array_sort(functions.map_entries(functions.col(f.name()))));
      }
    }
    return df;
  }

  @Test
  void twoRunsWithDifferentPartitioningWriteTheSameRows(@TempDir Path dir) {
    SampleSources sample = AdCorpusGenerator.write(dir.resolve("in"), 500, 11);
    List<SourceConfig> sources = new ArrayList<>();
    for (SourceConfig s : sample.sources()) {
      sources.add(
          new SourceConfig(
              s.name(),
              dir.resolve("in").resolve(s.input()).toString(),
              s.format(),
              s.delimiter(),
              s.encoding(),
              s.map(),
              null,
              s.options()));
    }
    String before = spark.conf().get("spark.sql.shuffle.partitions");
    try {
      spark.conf().set("spark.sql.shuffle.partitions", "3");
      IngestAdsJob.run(
          spark,
          AdsTestRuns.context(spark, dir.resolve("a"), org.modus.engine.RunConfig.defaults()),
          sources);
      spark.conf().set("spark.sql.shuffle.partitions", "7");
      IngestAdsJob.run(
          spark,
          AdsTestRuns.context(spark, dir.resolve("b"), org.modus.engine.RunConfig.defaults()),
          sources);
    } finally {
      spark.conf().set("spark.sql.shuffle.partitions", before);
    }
    RunDir a = new RunDir(dir.resolve("a").toString());
    RunDir b = new RunDir(dir.resolve("b").toString());
    for (String table : List.of("ads", "ad_contacts", "ad_links")) {
      RowAssertions.assertSameRows(
          comparable(Tables.read(spark, a, table)), comparable(Tables.read(spark, b, table)));
    }
    RowAssertions.assertSameRows(
        spark.read().parquet(a.quarantine("ads")), spark.read().parquet(b.quarantine("ads")));
    assertTrue(Tables.read(spark, a, "ads").count() > 400);
    assertTrue(Tables.read(spark, a, "ad_links").count() > 0, "the sample reuses contacts");
  }
}
