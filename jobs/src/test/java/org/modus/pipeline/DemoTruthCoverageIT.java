package org.modus.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.modus.trends.PeriodKind;

/**
 * The correction for misclassification, proved on the demo's corpus, whose truth is known by
 * construction (the generator writes it to {@code truth/ad_categories.csv}). The extractor's sensitivity
 * and specificity are measured with the project's evaluator on the generator's evaluation sample
 * ({@code truth/evaluation.jsonl}, disjoint from the corpus), written as a quality file and given to the
 * run through {@code trends.extraction_quality}; then the demo's ads go through ingest, extract and
 * trends in a real local Spark session. Over every published (not suppressed) corrected category x
 * quarter cell of the 'all' series of a tracked category:
 * <ul>
 *   <li>the corrected share is closer to the true share than the raw share in most cells;
 *   <li>the 95% interval covers the true share in 90-99% of them (nominal 95%, with slack for a finite
 *       number of cells that share one evaluation sample, hence correlated errors).
 * </ul>
 */
class DemoTruthCoverageIT {
  private static final long DEMO_SEED = 20240917L; // DemoCommand.DEMO_SEED
  private static final int DEMO_ADS = 6000; // DemoCommand.DEMO_ADS

  @TempDir static Path dir;

  @Test
  void correctedSharesAreCloserToTheTruthAndTheirIntervalsCoverIt() throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path input = dir.resolve("input");
    Path run = dir.resolve("run");
    SampleGenerator.Result sample = SampleGenerator.generate(input, DEMO_ADS, DEMO_SEED, run);

    // Se and Sp of the demo's extractor, measured as ./modus evaluate-extraction --write-quality does
    Path gold = input.resolve("truth/evaluation.jsonl");
    List<GoldDocument> docs = ExtractionEvaluation.readGold(gold).stream()
        .map(EvaluateExtractionCommand.asIngested()).toList();
    DocumentExtractor extractor = DocumentExtractor.defaults();
    ExtractionQuality quality = ExtractionQuality.measure(docs, ExtractionEvaluation.predictions(docs, extractor),
        "truth/evaluation.jsonl", ExtractionQuality.sha256(gold), "dev", "ingested",
        extractor.lexicon().version(), "2026-12-06");
    Path qualityFile = input.resolve("truth/extraction-quality.json");
    Files.writeString(qualityFile, quality.toJson("DemoTruthCoverageIT"));

    Path key = input.resolve("demo.key");
    KeySource.generate(key);
    RunConfig loaded = RunConfig.load(sample.configFile());
    RunConfig config = new RunConfig(loaded.output(), key.toString(), loaded.disclosureThreshold(),
        loaded.period(), loaded.maxQuarantineShare(), "en", loaded.ads(), List.of(), List.of(), List.of(), null,
        loaded.extract(), Map.of("extraction_quality", qualityFile.toString(), "dimensions", "all"),
        loaded.spark());
    var ctx = RunContexts.open(spark, run.toString(), config, null);
    Pipeline.ingestAds(spark, ctx);
    Pipeline.extract(spark, ctx);
    Pipeline.trends(spark, ctx);

    RunDir runDir = new RunDir(run.toString());
    Map<String, Long> truthCounts = truthCounts(spark, runDir, input.resolve("truth/ad_categories.csv"));
    List<Row> cells = Tables.read(spark, runDir, "trends")
        .filter(col("dimension").equalTo("all").and(col("suppressed").equalTo(false))
            .and(col("correction_status").equalTo("corrected")))
        .collectAsList();

    int scored = 0;
    int closer = 0;
    int ties = 0;
    int covered = 0;
    List<String> misses = new ArrayList<>();
    Set<String> categories = new java.util.TreeSet<>();
    for (Row r : cells) {
      String label = r.<String>getAs("family") + "/" + r.<String>getAs("category");
      if (!ExtractorErrors.inScope(label)) {
        continue;
      }
      categories.add(label);
      long total = r.getAs("total");
      double truth = truthCounts.getOrDefault(label + "@" + r.getAs("period"), 0L) / (double) total;
      double raw = r.getAs("share");
      double corrected = r.getAs("corrected_share");
      scored++;
      // a category measured without error (Se = Sp = 1 on the evaluation sample) is not corrected at
      // all: such a cell is a tie, counted apart, not a win for either
      if (Math.abs(corrected - raw) < 1e-12) {
        ties++;
      } else if (Math.abs(corrected - truth) < Math.abs(raw - truth)) {
        closer++;
      }
      if ((double) r.getAs("corrected_low") <= truth && truth <= (double) r.getAs("corrected_high")) {
        covered++;
      } else {
        misses.add(String.format(Locale.ROOT, "%s %s truth %.4f raw %.4f corrected %.4f [%.4f, %.4f]", label,
            r.getAs("period"), truth, raw, corrected, r.getAs("corrected_low"), r.getAs("corrected_high")));
      }
    }
    double closerShare = closer / (double) Math.max(1, scored - ties);
    double coverage = covered / (double) scored;
    String summary = String.format(Locale.ROOT,
        "demo truth: %d published corrected category x quarter cells of %d categories %s; %d unchanged by "
            + "the correction; of the others, corrected closer to the truth than raw in %d (%.1f%%); 95%% interval covers the truth in %d (%.1f%%); not "
            + "covered: %s", scored, categories.size(), categories, ties, closer, 100 * closerShare, covered,
        100 * coverage, misses);
    System.out.println(summary);
    assertTrue(scored >= 36, "too few cells to judge: " + summary);
    assertTrue(closerShare > 0.5, summary);
    assertTrue(coverage >= 0.90 && coverage <= 0.99, summary);
  }

  /** True counts per family/category@period over the ingested ads (duplicates collapsed, rejects out). */
  private static Map<String, Long> truthCounts(SparkSession spark, RunDir run, Path truthCsv) {
    Dataset<Row> truth = spark.read().option("header", "true").schema("ad_id string, family string, category string")
        .csv(truthCsv.toString())
        // the run's ad_id is source:id; the generator's J ids are the job board's, C ids the classifieds'
        .withColumn("ad_id", concat(when(col("ad_id").startsWith("J"), lit("jobboard:"))
            .otherwise(lit("classifieds:")), col("ad_id")));
    Dataset<Row> ads = Tables.read(spark, run, "ads").filter(col("posted_at").isNotNull())
        .select(col("ad_id"), PeriodKind.QUARTER.label(PeriodKind.QUARTER.start(col("posted_at"))).as("period"));
    Map<String, Long> out = new HashMap<>();
    for (Row r : ads.join(truth, "ad_id").groupBy("family", "category", "period").agg(count(lit(1)))
        .collectAsList()) {
      out.put(r.getString(0) + "/" + r.getString(1) + "@" + r.getString(2), r.getLong(3));
    }
    return out;
  }
}
