package org.modus.pipeline;

import static org.modus.engine.Stage.COMPARE;
import static org.modus.engine.Stage.EXPORT_NOTEBOOK;
import static org.modus.engine.Stage.EXTRACT;
import static org.modus.engine.Stage.INGEST_ADS;
import static org.modus.engine.Stage.INGEST_AGGREGATES;
import static org.modus.engine.Stage.INGEST_CASES;
import static org.modus.engine.Stage.INGEST_SURVEY;
import static org.modus.engine.Stage.REPORT;
import static org.modus.engine.Stage.TRENDS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.modus.ads.IngestAdsJob;
import org.modus.aggregates.IngestAggregatesJob;
import org.modus.cases.IngestCasesJob;
import org.modus.compare.CompareJob;
import org.modus.engine.RunContext;
import org.modus.engine.Stage;
import org.modus.engine.StageReport;
import org.modus.engine.StageRunner;
import org.modus.extract.ExtractJob;
import org.modus.notebook.NotebookJob;
import org.modus.report.ReportJob;
import org.modus.survey.IngestSurveyJob;
import org.modus.trends.TrendsJob;

/**
 * The stages in order, each run through {@link StageRunner} so the manifest records it. A stage
 * whose sources the config does not declare is skipped, and later stages work with what exists.
 */
public final class Pipeline {
  /**
   * The stages whose tables each stage reads: what a stage records at its start, and what makes it
   * stale when one of them runs again ({@link org.modus.engine.Manifest#staleness}).
   */
  static final Map<Stage, List<Stage>> READS =
      Map.of(
          EXTRACT, List.of(INGEST_ADS, INGEST_CASES, INGEST_SURVEY),
          TRENDS, List.of(INGEST_ADS, EXTRACT),
          COMPARE, List.of(INGEST_CASES, INGEST_AGGREGATES, INGEST_SURVEY, EXTRACT),
          REPORT,
              List.of(
                  INGEST_ADS,
                  INGEST_CASES,
                  INGEST_AGGREGATES,
                  INGEST_SURVEY,
                  EXTRACT,
                  TRENDS,
                  COMPARE),
          EXPORT_NOTEBOOK, List.of(REPORT, TRENDS, COMPARE));

  private Pipeline() {}

  private static StageReport derived(
      SparkSession spark,
      RunContext ctx,
      Stage stage,
      boolean refuseStale,
      java.util.function.Supplier<StageReport> body) {
    return StageRunner.run(spark, ctx, stage, READS.get(stage), refuseStale, body);
  }

  public static List<StageReport> runAll(SparkSession spark, RunContext ctx) {
    List<StageReport> reports = new ArrayList<>();
    if (!ctx.config().ads().isEmpty()) {
      reports.add(ingestAds(spark, ctx));
    }
    if (!ctx.config().cases().isEmpty()) {
      reports.add(ingestCases(spark, ctx));
    }
    if (!ctx.config().aggregates().isEmpty()) {
      reports.add(ingestAggregates(spark, ctx));
    }
    if (!ctx.config().surveys().isEmpty()) {
      reports.add(ingestSurvey(spark, ctx));
    }
    reports.add(extract(spark, ctx));
    reports.add(trends(spark, ctx));
    reports.add(compare(spark, ctx));
    reports.add(report(spark, ctx));
    reports.add(exportNotebook(spark, ctx));
    return reports;
  }

  public static StageReport ingestAds(SparkSession spark, RunContext ctx) {
    return StageRunner.run(
        spark, ctx, INGEST_ADS, () -> IngestAdsJob.run(spark, ctx, ctx.config().ads()));
  }

  public static StageReport ingestCases(SparkSession spark, RunContext ctx) {
    return StageRunner.run(
        spark, ctx, INGEST_CASES, () -> IngestCasesJob.run(spark, ctx, ctx.config().cases()));
  }

  public static StageReport ingestAggregates(SparkSession spark, RunContext ctx) {
    return StageRunner.run(
        spark,
        ctx,
        INGEST_AGGREGATES,
        () -> IngestAggregatesJob.run(spark, ctx, ctx.config().aggregates()));
  }

  public static StageReport ingestSurvey(SparkSession spark, RunContext ctx) {
    return StageRunner.run(
        spark, ctx, INGEST_SURVEY, () -> IngestSurveyJob.run(spark, ctx, ctx.config().surveys()));
  }

  public static StageReport extract(SparkSession spark, RunContext ctx) {
    return derived(spark, ctx, EXTRACT, false, () -> ExtractJob.run(spark, ctx));
  }

  public static StageReport trends(SparkSession spark, RunContext ctx) {
    return derived(spark, ctx, TRENDS, false, () -> TrendsJob.run(spark, ctx));
  }

  public static StageReport compare(SparkSession spark, RunContext ctx) {
    return derived(spark, ctx, COMPARE, false, () -> CompareJob.run(spark, ctx));
  }

  public static StageReport report(SparkSession spark, RunContext ctx) {
    return report(spark, ctx, false);
  }

  /**
   * The report refuses stale inputs: a policy unit must not read figures from two different runs.
   */
  public static StageReport report(SparkSession spark, RunContext ctx, boolean allowStale) {
    return derived(spark, ctx, REPORT, !allowStale, () -> ReportJob.run(spark, ctx));
  }

  public static StageReport exportNotebook(SparkSession spark, RunContext ctx) {
    return derived(spark, ctx, EXPORT_NOTEBOOK, false, () -> NotebookJob.run(spark, ctx));
  }
}
