package org.modus.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.modus.engine.RunContext;
import org.modus.engine.RunDir;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;
import org.modus.extract.ExtractJob;
import org.modus.extract.ExtractionQuality;

/**
 * The trends stage ({@code ./modus trends --run DIR}): counts and shares of each taxonomy category
 * per period and dimension value with Wilson intervals ({@code trends}), a Mann-Kendall test with
 * Sen's slope per series ({@code trend_tests}) and the latest period against its trailing baseline
 * ({@code emerging_signals}), both FDR-controlled with Benjamini-Hochberg.
 *
 * <p>Inputs: {@code ads}, {@code ad_features}. Options: run config {@code period} and {@code
 * trends:} (see {@link TrendOptions}); the method is described in {@code
 * docs/trends-statistics.md}.
 *
 * <p>Counting runs in Spark; the per-series tests run on the driver over the aggregated cells,
 * whose number is categories x dimension values x periods (tens of thousands), not ads.
 */
public final class TrendsJob {
  private TrendsJob() {}

  public static StageReport run(SparkSession spark, RunContext ctx) {
    RunDir run = ctx.runDir();
    TrendOptions options = TrendOptions.load(ctx.config());
    PeriodKind period = PeriodKind.of(ctx.config().period());
    int threshold = ctx.config().disclosureThreshold();

    Dataset<Row> ads = Tables.read(spark, run, "ads");
    Dataset<Row> features = Tables.read(spark, run, "ad_features");
    Row sizes = ads.agg(count(lit(1)), count(when(col("posted_at").isNull(), lit(1)))).first();
    long adsRead = sizes.getLong(0);
    long undated = sizes.getLong(1);

    // Sensitivity and specificity per category, measured on the blind dev half for the lexicon
    // version
    // named in the file (or on the file trends.extraction_quality names); a run extracted with
    // another
    // version is corrected with figures not its own.
    String runLexicon = ctx.manifest().root().path("build").path("lexicon_version").asText("");
    String runClassifier = ExtractJob.classifierOf(ctx.manifest());
    ExtractionQuality quality = options.quality(runClassifier);

    Dataset<Row> cells =
        TrendCells.compute(ads, features, period, options.dimensions())
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Map<String, Long> outputs = new LinkedHashMap<>();
      MisclassificationCorrection correction =
          new MisclassificationCorrection(CorrectionSettings.load(ctx.config()), quality);
      outputs.put(
          "trends",
          Tables.write(TrendCells.published(cells, threshold, correction), run, "trends"));
      // trends are judged on the corrected shares where the category has them, on raw shares
      // elsewhere
      SeriesAnalysis.Result result =
          SeriesAnalysis.analyse(
              collect(cells),
              options,
              threshold,
              c -> correction.point(c.family(), c.category(), c.count(), c.total()));
      outputs.put(
          "trend_tests",
          Tables.write(
              DeclaredRows.of(
                  spark,
                  "trend_tests",
                  result.trendTests().stream().map(TrendTestRow::columns).toList()),
              run,
              "trend_tests"));
      outputs.put(
          "emerging_signals",
          Tables.write(
              DeclaredRows.of(
                  spark,
                  "emerging_signals",
                  result.signals().stream().map(EmergingSignalRow::columns).toList()),
              run,
              "emerging_signals"));

      List<String> warnings = new ArrayList<>();
      if (undated > 0) {
        warnings.add(
            String.format(
                Locale.ROOT,
                "%,d of %,d ads have no posted_at and are left out of trends",
                undated,
                adsRead));
      }
      if (!runLexicon.isEmpty() && !runLexicon.equals(quality.lexiconVersion())) {
        warnings.add(
            "corrected shares use the extraction quality measured for lexicon "
                + quality.lexiconVersion()
                + " but this run was extracted with "
                + runLexicon
                + "; regenerate "
                + ExtractionQuality.RESOURCE
                + " (docs/trends-statistics.md)");
      }
      if (!runClassifier.equals(quality.classifier())) {
        warnings.add(
            "corrected shares use the extraction quality measured with classifier "
                + quality.classifier()
                + " but this run was extracted with classifier "
                + runClassifier
                + "; measure it with ./modus evaluate-extraction --classifier FILE --write-quality "
                + "and name the file in trends.extraction_quality (docs/trends-statistics.md)");
      }
      if (result.trendTests().isEmpty()) {
        warnings.add(
            "no dated ad has a feature: trends, trend_tests and emerging_signals are empty");
      }
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("period", period.name().toLowerCase(Locale.ROOT));
      details.put("fdr", options.fdr());
      details.put("ads_without_date", undated);
      details.put(
          "correction_quality",
          quality.gold()
              + " "
              + quality.split()
              + " sha256:"
              + quality.goldSha256()
              + ", lexicon "
              + quality.lexiconVersion()
              + ", classifier "
              + quality.classifier()
              + ", measured "
              + quality.date());
      details.put("series", result.trendTests().size());
      details.put(
          "series_tested", result.trendTests().stream().filter(t -> t.qValue() != null).count());
      details.put("trends_increasing", countDirection(result.trendTests(), "increasing"));
      details.put("trends_decreasing", countDirection(result.trendTests(), "decreasing"));
      details.put(
          "signals_tested", result.signals().stream().filter(s -> s.qValue() != null).count());
      details.put(
          "signals_emerging",
          result.signals().stream().filter(s -> "emerging".equals(s.status())).count());
      details.put(
          "signals_declining",
          result.signals().stream().filter(s -> "declining".equals(s.status())).count());
      return new StageReport(adsRead, adsRead, 0, outputs, warnings, details);
    } finally {
      cells.unpersist();
    }
  }

  private static long countDirection(List<TrendTestRow> tests, String direction) {
    return tests.stream().filter(t -> direction.equals(t.direction())).count();
  }

  private static List<Cell> collect(Dataset<Row> cells) {
    return cells
        .select(
            "family",
            "category",
            "dimension",
            "dimension_value",
            "period",
            "period_index",
            "count",
            "total")
        .collectAsList()
        .stream()
        .map(
            r ->
                new Cell(
                    r.getString(0),
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    r.getInt(5),
                    r.getLong(6),
                    r.getLong(7)))
        .toList();
  }
}
