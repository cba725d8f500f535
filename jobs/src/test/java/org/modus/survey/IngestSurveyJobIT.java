package org.modus.survey;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.compare.TestTables;
import org.modus.engine.RunDir;
import org.modus.engine.SourceConfig;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;
import org.modus.testing.SparkTestSession;

class IngestSurveyJobIT {
  private final SparkSession spark = SparkTestSession.get();

  @Test
  void aWideSurveyBecomesTidyRowsCountedInRespondents(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("q.csv"), SurveyParserTest.QUESTIONNAIRE);
    Files.writeString(dir.resolve("a.csv"), SurveyParserTest.ANSWERS);
    RunDir run = new RunDir(dir.resolve("run").toString());
    StageReport report =
        IngestSurveyJob.run(
            spark,
            TestTables.context(spark, run, TestTables.config(null, null)),
            List.of(
                new SourceConfig(
                    "greta",
                    dir.resolve("a.csv").toString(),
                    "csv",
                    null,
                    null,
                    null,
                    dir.resolve("q.csv").toString(),
                    Map.of("year", "2024"))));
    assertEquals(4, report.rowsRead());
    assertEquals(2, report.accepted());
    assertEquals(2, report.quarantined());
    // r1: Telegram, Facebook, likert, number, text = 5 rows; r2: Other, likert = 2 rows.
    assertEquals(7, Tables.read(spark, run, "survey_responses").count());
    assertEquals(
        2,
        Tables.read(spark, run, "survey_responses")
            .where(col("question_type").equalTo("likert").and(col("year").equalTo(2024)))
            .count());
    assertEquals(2, spark.read().parquet(run.quarantine("survey")).count());
  }
}
