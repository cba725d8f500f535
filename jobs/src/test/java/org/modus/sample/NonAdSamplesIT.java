package org.modus.sample;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.aggregates.IngestAggregatesJob;
import org.modus.cases.IngestCasesJob;
import org.modus.compare.CompareJob;
import org.modus.compare.TestTables;
import org.modus.engine.RunConfig;
import org.modus.engine.RunContext;
import org.modus.engine.RunDir;
import org.modus.engine.SourceConfig;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;
import org.modus.survey.IngestSurveyJob;
import org.modus.testing.SparkTestSession;

/** The demo's case, aggregate and survey samples run through their stages and the comparison. */
class NonAdSamplesIT {
  private static final SparkSession spark = SparkTestSession.get();
  @TempDir static Path dir;
  private static RunDir run;
  private static final List<StageReport> reports = new ArrayList<>();

  @BeforeAll
  static void generateAndRun() {
    Path in = dir.resolve("input");
    SampleSources cases = CaseSampleGenerator.write(in, 6000, 7);
    SampleSources aggregates = AggregateSampleGenerator.write(in, 6000, 8);
    SampleSources surveys = SurveySampleGenerator.write(in, 6000, 9);
    run = new RunDir(dir.resolve("run").toString());
    // Countries outside the reference table at this commit would be quarantined: allow any share
    // here;
    // the reconciliation still has to hold.
    RunConfig config =
        new RunConfig(
            null,
            null,
            null,
            null,
            1.0,
            null,
            null,
            resolve(in, cases.sources()),
            resolve(in, aggregates.sources()),
            resolve(in, surveys.sources()),
            in.resolve(aggregates.population()).toString(),
            null,
            null,
            null);
    RunContext ctx = TestTables.context(spark, run, config);
    reports.add(IngestCasesJob.run(spark, ctx, config.cases()));
    reports.add(IngestAggregatesJob.run(spark, ctx, config.aggregates()));
    reports.add(IngestSurveyJob.run(spark, ctx, config.surveys()));
    reports.add(CompareJob.run(spark, ctx));
    ctx.manifest().save();
  }

  private static List<SourceConfig> resolve(Path base, List<SourceConfig> sources) {
    return sources.stream()
        .map(
            s ->
                new SourceConfig(
                    s.name(),
                    base.resolve(s.input()).toString(),
                    s.format(),
                    s.delimiter(),
                    s.encoding(),
                    s.map(),
                    s.questionnaire() == null ? null : base.resolve(s.questionnaire()).toString(),
                    s.options()))
        .toList();
  }

  @Test
  void generatorsWriteRelativePathsAndTheBadRowsAreQuarantinedWithReasons() throws Exception {
    assertTrue(
        Files.readString(dir.resolve("input/cases/ctdc-sample.csv")).startsWith("Terms of use"));
    for (StageReport r : reports) {
      assertTrue(r.reconciles(), r.toString());
    }
    Set<String> caseReasons =
        Set.copyOf(
            spark
                .read()
                .parquet(run.quarantine("cases"))
                .select("reason")
                .distinct()
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList());
    assertTrue(
        caseReasons.containsAll(Set.of("bad_year", "unknown_country", "malformed_row")),
        caseReasons.toString());
    assertTrue(reports.get(1).quarantined() >= 3, "XKS, -12 and EU27_2020 rows");
    assertTrue(reports.get(2).quarantined() >= 2, "Atlantis and the off-scale answer");
  }

  @Test
  void narrativesAndFreeTextKeepNoContactDetails() {
    assertEquals(
        0,
        Tables.read(spark, run, "cases")
            .where(col("narrative").contains("@example.org").or(col("narrative").contains("+33 6")))
            .count());
    assertTrue(
        Tables.read(spark, run, "cases").where(col("narrative").contains("[phone:")).count() > 0);
    assertEquals(
        0,
        Tables.read(spark, run, "survey_responses")
            .where(col("answer").contains("@example.org"))
            .count());
  }

  @Test
  void casesShowCryptocurrencyRisingInFranceAndSpainAndTheSurveyAgrees() {
    for (String country : List.of("FRA", "ESP")) {
      List<Row> series =
          Tables.read(spark, run, "country_comparison")
              .where(
                  col("source_kind")
                      .equalTo("cases")
                      .and(col("country").equalTo(country))
                      .and(col("category").equalTo("cryptocurrency")))
              .orderBy("period")
              .collectAsList();
      assertEquals(3, series.size(), country + " " + series);
      Double first = series.get(0).getAs("share");
      Double last = series.get(2).getAs("share");
      assertNotNull(first, country + " 2022 suppressed: " + series.get(0));
      assertTrue(last > first * 1.5, country + ": " + first + " -> " + last);
      Row tri =
          Tables.read(spark, run, "triangulation")
              .where(
                  col("country")
                      .equalTo(country)
                      .and(col("period").equalTo("2024"))
                      .and(col("category").equalTo("cryptocurrency")))
              .first();
      assertEquals("up", tri.getAs("case_direction"), tri.toString());
      assertEquals("up", tri.getAs("survey_direction"), tri.toString());
      assertEquals("agree", tri.getAs("agreement"), tri.toString());
    }
  }

  @Test
  void everyClosedColumnHoldsOnlyItsDeclaredValues() {
    for (String table :
        List.of(
            "cases",
            "case_features",
            "aggregates",
            "survey_responses",
            "country_comparison",
            "triangulation")) {
      for (org.modus.schemas.FieldSpec f : org.modus.schemas.TableCatalog.table(table).fields()) {
        if (!f.isClosed()) {
          continue;
        }
        List<String> seen =
            Tables.read(spark, run, table)
                .select(f.name())
                .distinct()
                .where(col(f.name()).isNotNull())
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList();
        assertTrue(f.allowed().containsAll(seen), table + "." + f.name() + " holds " + seen);
      }
    }
  }

  @Test
  void smallCellsAreSuppressedAndRecordedInTheManifest() throws Exception {
    JsonNode d = new ObjectMapper().readTree(new File(run.manifest())).path("disclosure");
    assertEquals(11, d.path("threshold").asInt());
    JsonNode t = d.path("tables").path("country_comparison");
    assertTrue(t.path("primary").asInt() > 0 && t.path("secondary").asInt() > 0, t.toString());
    assertEquals(
        0,
        Tables.read(spark, run, "country_comparison")
            .where(col("count_low").lt(11).and(col("count_high").gt(0)))
            .count(),
        "no small count is published");
    assertTrue(
        Tables.read(spark, run, "country_comparison")
                .where(col("rate_per_100k").isNotNull())
                .count()
            > 0);
  }
}
