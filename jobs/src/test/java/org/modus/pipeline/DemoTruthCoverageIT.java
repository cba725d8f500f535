package org.modus.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.ConfigFixtures;
import org.modus.engine.KeySource;
import org.modus.engine.RunConfig;
import org.modus.engine.RunDir;
import org.modus.engine.Tables;
import org.modus.extract.DocumentExtractor;
import org.modus.extract.EvaluateExtractionCommand;
import org.modus.extract.ExtractionEvaluation;
import org.modus.extract.ExtractionQuality;
import org.modus.extract.GoldDocument;
import org.modus.sample.ExtractorErrors;
import org.modus.sample.SampleGenerator;
import org.modus.testing.SparkTestSession;
import org.modus.trends.CorrectionCoverage;
import org.modus.trends.PeriodKind;

/**
 * The correction for misclassification, proved on the demo's corpus, whose truth is known by
 * construction. The extractor's sensitivity and specificity are measured with the project's
 * evaluator on the generator's evaluation sample ({@code truth/evaluation.jsonl}, disjoint from the
 * corpus), written as a quality file and given to the run through {@code
 * trends.extraction_quality}; then the demo's ads go through ingest, extract and trends in a real
 * local Spark session. Over every published (not suppressed) corrected category x quarter cell of
 * the 'all', country and source series of a tracked category:
 *
 * <ul>
 *   <li>the corrected share is closer than the raw share to the <em>realized</em> true share of the
 *       cell's own ads ({@code truth/ad_categories.csv}) in most cells the correction changes: the
 *       point estimate is judged on the very ads it describes;
 *   <li>the 95% interval covers the <em>expected</em> true share in 90-99% of them (nominal 95%,
 *       with slack for a finite number of cells that share one evaluation sample, hence correlated
 *       errors). The expected share is the mean over the cell's ads of the probability with which
 *       the generator gave each ad the category ({@code truth/ad_expected.csv}): the interval
 *       includes the ads' sampling error, so it is an interval for the share the ads were drawn
 *       from; the realized share of the same ads has no sampling error relative to itself, and
 *       would inflate coverage by construction.
 * </ul>
 *
 * The measurement is committed as {@link CorrectionCoverage#RESOURCE} for the report's method
 * section; the test fails when the committed file differs from it, and rewrites it when run with
 * {@code -Dmodus.writeCorrectionCoverage=true}.
 */
class DemoTruthCoverageIT {
  private static final long DEMO_SEED = 20240917L; // DemoCommand.DEMO_SEED
  private static final int DEMO_ADS = 6000; // DemoCommand.DEMO_ADS
  private static final List<String> DIMENSIONS = List.of("all", "country", "source");
  static final String COMMAND =
      "./mvnw -B -q -o test -pl jobs -am -Dtest=DemoTruthCoverageIT "
          + "-Dsurefire.failIfNoSpecifiedTests=false -Dmodus.writeCorrectionCoverage=true";

  /** The committed file, from the jobs module's directory (where surefire runs). */
  private static final Path COMMITTED = Path.of("..", "data-schemas", CorrectionCoverage.RESOURCE);

  @TempDir static Path dir;

  @Test
  void correctedSharesAreCloserToTheTruthAndTheirIntervalsCoverIt() throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path input = dir.resolve("input");
    Path run = dir.resolve("run");
    SampleGenerator.Result sample = SampleGenerator.generate(input, DEMO_ADS, DEMO_SEED, run);

    // Se and Sp of the demo's extractor, measured as ./modus evaluate-extraction --write-quality
    // does
    Path gold = input.resolve("truth/evaluation.jsonl");
    List<GoldDocument> docs =
        ExtractionEvaluation.readGold(gold).stream()
            .map(EvaluateExtractionCommand.asIngested())
            .toList();
    DocumentExtractor extractor = DocumentExtractor.defaults();
    ExtractionQuality quality =
        ExtractionQuality.measure(
            docs,
            ExtractionEvaluation.predictions(docs, extractor),
            "truth/evaluation.jsonl",
            ExtractionQuality.sha256(gold),
            "dev",
            "ingested",
            extractor.lexicon().version(),
            "none",
            "2026-12-06");
    Path qualityFile = input.resolve("truth/extraction-quality.json");
    Files.writeString(qualityFile, quality.toJson("DemoTruthCoverageIT"));

    Path key = input.resolve("demo.key");
    KeySource.generate(key);
    RunConfig loaded = RunConfig.load(sample.configFile());
    RunConfig config =
        new RunConfig(
            loaded.output(),
            key.toString(),
            loaded.disclosureThreshold(),
            loaded.period(),
            loaded.maxQuarantineShare(),
            "en",
            loaded.ads(),
            List.of(),
            List.of(),
            List.of(),
            null,
            loaded.extract(),
            null,
            loaded.spark());
    ObjectNode trends = JsonNodeFactory.instance.objectNode();
    trends
        .putObject("trends")
        .put("extraction_quality", qualityFile.toString())
        .put("dimensions", String.join(",", DIMENSIONS));
    config = ConfigFixtures.withSettings(config, trends.toString());
    var ctx = RunContexts.open(spark, run.toString(), config, null);
    Pipeline.ingestAds(spark, ctx);
    Pipeline.extract(spark, ctx);
    Pipeline.trends(spark, ctx);

    RunDir runDir = new RunDir(run.toString());
    Map<String, Double> realized =
        perCell(spark, runDir, input.resolve("truth/ad_categories.csv"), false);
    Map<String, Double> expected =
        perCell(spark, runDir, input.resolve("truth/ad_expected.csv"), true);
    List<Row> cells =
        Tables.read(spark, runDir, "trends")
            .filter(
                col("dimension")
                    .isin(DIMENSIONS.toArray())
                    .and(col("suppressed").equalTo(false))
                    .and(col("correction_status").equalTo("corrected")))
            .collectAsList();

    int scored = 0;
    int closer = 0;
    int changed = 0;
    int covered = 0;
    int coveredRealized = 0;
    Map<String, int[]> byDimension = new TreeMap<>(); // dimension -> {cells, covered}
    List<String> misses = new ArrayList<>();
    Set<String> categories = new java.util.TreeSet<>();
    for (Row r : cells) {
      String label = r.<String>getAs("family") + "/" + r.<String>getAs("category");
      if (!ExtractorErrors.inScope(label)) {
        continue;
      }
      categories.add(label);
      String cell =
          label
              + "@"
              + r.getAs("dimension")
              + "="
              + r.getAs("dimension_value")
              + "@"
              + r.getAs("period");
      long total = r.getAs("total");
      double truth = realized.getOrDefault(cell, 0.0) / total;
      double target = expected.getOrDefault(cell, 0.0) / total;
      double raw = r.getAs("share");
      double corrected = r.getAs("corrected_share");
      double low = r.getAs("corrected_low");
      double high = r.getAs("corrected_high");
      scored++;
      int[] dim = byDimension.computeIfAbsent(r.getAs("dimension"), d -> new int[2]);
      dim[0]++;
      // a category measured without error (Se = Sp = 1 on the evaluation sample) is not corrected
      // at
      // all: such a cell is a tie, left out of the comparison, not a win for either
      if (Math.abs(corrected - raw) >= 1e-12) {
        changed++;
        if (Math.abs(corrected - truth) < Math.abs(raw - truth)) {
          closer++;
        }
      }
      if (low <= truth && truth <= high) {
        coveredRealized++;
      }
      if (low <= target && target <= high) {
        covered++;
        dim[1]++;
      } else {
        misses.add(
            String.format(
                Locale.ROOT,
                "%s expected %.4f realized %.4f raw %.4f corrected %.4f [%.4f, %.4f]",
                cell,
                target,
                truth,
                raw,
                corrected,
                low,
                high));
      }
    }
    int cellCount = scored; // for the assertions' lambdas
    CorrectionCoverage measured =
        new CorrectionCoverage(
            LocalDate.now(ZoneOffset.UTC).toString(),
            COMMAND,
            "demo sample (org.modus.sample.SampleGenerator, seed "
                + DEMO_SEED
                + ", "
                + DEMO_ADS
                + " ads)",
            DIMENSIONS,
            0.95,
            "expected true share: mean over the cell's ads of the generator's probability (truth/ad_expected.csv)",
            scored,
            covered,
            changed,
            closer);
    StringBuilder dims = new StringBuilder();
    byDimension.forEach(
        (d, c) ->
            dims.append(
                String.format(
                    Locale.ROOT, " %s %d/%d (%.1f%%);", d, c[1], c[0], 100.0 * c[1] / c[0])));
    String summary =
        String.format(
            Locale.ROOT,
            "demo truth: %d published corrected category x quarter cells of %d categories %s over %s; %d unchanged by "
                + "the correction; of the %d others, corrected closer than raw to the realized truth in %d (%.1f%%); "
                + "95%% interval covers the expected true share in %d (%.1f%%), by dimension:%s (it covers the realized "
                + "share in %d, %.1f%%); not covering the expected share: %s",
            scored,
            categories.size(),
            categories,
            DIMENSIONS,
            scored - changed,
            changed,
            closer,
            100 * measured.closerShare(),
            covered,
            100 * measured.coverage(),
            dims,
            coveredRealized,
            100.0 * coveredRealized / scored,
            misses);
    System.out.println(summary);
    if (Boolean.getBoolean("modus.writeCorrectionCoverage")) {
      Files.writeString(COMMITTED, measured.toJson());
    }
    // the source file, not the classpath copy: the one a commit holds
    CorrectionCoverage committed;
    try (var in = Files.newInputStream(COMMITTED)) {
      committed = CorrectionCoverage.read(in, COMMITTED.toString());
    }
    assertAll(
        () -> assertTrue(cellCount >= 36, "too few cells to judge: " + summary),
        () -> assertTrue(measured.closerShare() > 0.5, summary),
        () -> assertTrue(measured.coverage() >= 0.90 && measured.coverage() <= 0.99, summary),
        () ->
            assertEquals(
                measured.dated(committed.date()),
                committed,
                "data-schemas/"
                    + CorrectionCoverage.RESOURCE
                    + " is stale (the report quotes it): rerun "
                    + COMMAND
                    + "\nmeasured: "
                    + measured.toJson()));
  }

  /**
   * Per cell ({@code family/category@dimension=value@period}), the sum over the cell's dated
   * ingested ads (duplicates collapsed, rejects out) of the truth file's {@code p_true} ({@code
   * probability}) or of its rows (each a category the ad truly contains).
   */
  private static Map<String, Double> perCell(
      SparkSession spark, RunDir run, Path truthCsv, boolean probability) {
    Dataset<Row> truth =
        spark
            .read()
            .option("header", "true")
            .schema(
                "ad_id string, family string, category string"
                    + (probability ? ", p_true double" : ""))
            .csv(truthCsv.toString())
            // the run's ad_id is source:id; the generator's J ids are the job board's, C ids the
            // classifieds'
            .withColumn(
                "ad_id",
                concat(
                    when(col("ad_id").startsWith("J"), lit("jobboard:"))
                        .otherwise(lit("classifieds:")),
                    col("ad_id")))
            .withColumn("weight", probability ? col("p_true") : lit(1.0));
    Dataset<Row> ads =
        Tables.read(spark, run, "ads")
            .filter(col("posted_at").isNotNull())
            .select(
                col("ad_id"),
                col("country"),
                col("source"),
                PeriodKind.QUARTER.label(PeriodKind.QUARTER.start(col("posted_at"))).as("period"));
    Dataset<Row> joined = ads.join(truth, "ad_id");
    Map<String, Double> out = new HashMap<>();
    for (String dimension : DIMENSIONS) {
      var value = dimension.equals("all") ? lit("all") : col(dimension);
      for (Row r :
          joined
              .filter(value.isNotNull())
              .groupBy(col("family"), col("category"), value.as("value"), col("period"))
              .agg(sum("weight"))
              .collectAsList()) {
        out.put(
            r.getString(0)
                + "/"
                + r.getString(1)
                + "@"
                + dimension
                + "="
                + r.getString(2)
                + "@"
                + r.getString(3),
            r.getDouble(4));
      }
    }
    return out;
  }
}
