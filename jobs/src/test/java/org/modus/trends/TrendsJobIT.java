package org.modus.trends;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.RunConfig;
import org.modus.engine.RunContext;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;
import org.modus.extract.ExtractionQuality;
import org.modus.pipeline.RunContexts;
import org.modus.sample.PlantedTrend;
import org.modus.testing.SparkTestSession;

/**
 * The trends stage on a small planted corpus: 12 quarters (2022-Q1 to 2024-Q4), 40 ads per quarter
 * in each of FRA, ESP and MEX, plus ads with no country and ads with no date.
 *
 * <ul>
 *   <li>platform/telegram rises in FRA from 4 to 26 of 40 ads (planted increasing);
 *   <li>payment_method/cash alternates 12, 14, 12, ... in every country (flat);
 *   <li>platform/telegram stays at 5 of 40 in ESP (small cells: suppressed);
 *   <li>platform/tor is in 12 MEX ads per quarter up to 2022-Q4, then absent (zero-count periods,
 *       planted decreasing);
 *   <li>payment_method/gift_prepaid_card: 2 MEX ads per quarter, then 20 in 2024-Q4 (planted
 *       emerging);
 *   <li>negated telegram rows and case-narrative rows, which must not count.
 * </ul>
 *
 * Expected counts are computed here from the generated lists, not by the code under test.
 */
class TrendsJobIT {
  private static final String[] COUNTRIES = {"FRA", "ESP", "MEX"};
  private static final Map<String, String> REGION =
      Map.of("FRA", "Europe", "ESP", "Europe", "MEX", "Americas");
  private static final int QUARTERS = 12;
  private static final int PER_CELL = 40;
  private static final ExtractionQuality QUALITY = ExtractionQuality.load();
  private static final CorrectionSettings CORRECTION = CorrectionSettings.load();

  record Ad(String id, String country, String site, LocalDate posted) {}

  record Feature(String adId, String docKind, String family, String category, boolean negated) {}

  @TempDir static Path dir;
  private static final SparkSession spark = SparkTestSession.get();
  private static final List<Ad> ads = new ArrayList<>();
  private static final List<Feature> features = new ArrayList<>();
  private static StageReport report;
  private static RunContext ctx;
  private static List<Row> trends;
  private static List<Row> trendTests;
  private static List<Row> signals;

  @BeforeAll
  static void runStage() {
    int n = 0;
    for (int q = 0; q < QUARTERS; q++) {
      LocalDate day = LocalDate.of(2022 + q / 4, (q % 4) * 3 + 1, 1).plusDays(10 + q);
      for (String country : COUNTRIES) {
        for (int i = 0; i < PER_CELL; i++) {
          String id = "ad-" + (n++);
          ads.add(new Ad(id, country, i % 2 == 0 ? "site-a" : "site-b", day.plusDays(i % 60)));
          if (country.equals("FRA") && i < 4 + 2 * q) {
            features.add(new Feature(id, "ad", "platform", "telegram", false));
          } else if (country.equals("FRA") && i < 30) {
            features.add(
                new Feature(id, "ad", "platform", "telegram", true)); // "never via telegram"
          }
          if (country.equals("ESP") && i < 5) {
            features.add(new Feature(id, "ad", "platform", "telegram", false));
            features.add(new Feature(id, "ad", "platform", "telegram", false)); // two cues, one ad
          }
          if (i >= 20 && i < 20 + (q % 2 == 0 ? 12 : 14)) {
            features.add(new Feature(id, "ad", "payment_method", "cash", false));
          }
          if (country.equals("MEX") && q < 4 && i < 12) {
            features.add(new Feature(id, "ad", "platform", "tor", false));
          }
          if (country.equals("MEX") && i < (q == QUARTERS - 1 ? 20 : 2)) {
            features.add(new Feature(id, "ad", "payment_method", "gift_prepaid_card", false));
          }
        }
      }
      for (int i = 0; i < 3; i++) { // location unknown: in 'all' and in the site series only
        String id = "ad-" + (n++);
        ads.add(new Ad(id, null, "site-a", day));
        features.add(new Feature(id, "ad", "payment_method", "cash", false));
      }
    }
    for (int i = 0; i < 7; i++) { // no date: left out, counted in a warning
      String id = "ad-" + (n++);
      ads.add(new Ad(id, "FRA", "site-a", null));
      features.add(new Feature(id, "ad", "platform", "telegram", false));
    }
    features.add(new Feature("case-1", "case_narrative", "platform", "telegram", false));

    ctx = RunContexts.open(spark, dir.toString(), RunConfig.defaults(), null);
    Tables.write(adsFrame(), ctx.runDir(), "ads");
    Tables.write(featuresFrame(), ctx.runDir(), "ad_features");
    report = TrendsJob.run(spark, ctx);
    trends = Tables.read(spark, ctx.runDir(), "trends").collectAsList();
    trendTests = Tables.read(spark, ctx.runDir(), "trend_tests").collectAsList();
    signals = Tables.read(spark, ctx.runDir(), "emerging_signals").collectAsList();
  }

  private static Dataset<Row> adsFrame() {
    StructType schema =
        new StructType()
            .add("ad_id", DataTypes.StringType)
            .add("country", DataTypes.StringType)
            .add("site", DataTypes.StringType)
            .add("posted_at", DataTypes.DateType);
    List<Row> rows =
        ads.stream()
            .map(
                a ->
                    RowFactory.create(
                        a.id(),
                        a.country(),
                        a.site(),
                        a.posted() == null ? null : Date.valueOf(a.posted())))
            .toList();
    Dataset<Row> df = spark.createDataFrame(rows, schema);
    Dataset<Row> regions =
        spark.createDataFrame(
            REGION.entrySet().stream()
                .map(e -> RowFactory.create(e.getKey(), e.getValue()))
                .toList(),
            new StructType().add("iso", DataTypes.StringType).add("region", DataTypes.StringType));
    return df.join(regions, df.col("country").equalTo(regions.col("iso")), "left")
        .drop("iso")
        .withColumn("source", lit("fixture"))
        .withColumn("category", lit(null).cast("string"))
        .withColumn("subregion", lit(null).cast("string"))
        .withColumn("city", lit(null).cast("string"))
        .withColumn("language", lit("en"))
        .withColumn("title", lit(null).cast("string"))
        .withColumn("text", lit("synthetic ad text"))
        .withColumn("duplicate_count", lit(1))
        .withColumn("near_dup_cluster", lit(null).cast("string"))
        .withColumn("quality_flags", array().cast("array<string>"))
        .withColumn("attributes", lit(null).cast("map<string,string>"))
        .withColumn("metadata", lit(null).cast("map<string,string>"));
  }

  private static Dataset<Row> featuresFrame() {
    StructType schema =
        new StructType()
            .add("ad_id", DataTypes.StringType)
            .add("doc_kind", DataTypes.StringType)
            .add("family", DataTypes.StringType)
            .add("category", DataTypes.StringType)
            .add("negated", DataTypes.BooleanType);
    List<Row> rows =
        features.stream()
            .map(
                f ->
                    RowFactory.create(f.adId(), f.docKind(), f.family(), f.category(), f.negated()))
            .toList();
    return spark
        .createDataFrame(rows, schema)
        .withColumn("lexicon_entry", lit("fixture"))
        .withColumn("language", lit("en"))
        .withColumn("token_start", lit(0))
        .withColumn("token_end", lit(1))
        .withColumn("snippet", lit(null).cast("string"))
        .withColumn("weight", lit(null).cast("double"))
        .withColumn("overruled", lit(false))
        .withColumn("classifier", lit(null).cast("string"));
  }

  private static String quarter(LocalDate d) {
    return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
  }

  /** Expected (count, total) per "dimension|value|period|category", from the lists above. */
  private static Map<String, long[]> expectedCells() {
    Set<String> present = new HashSet<>();
    for (Feature f : features) {
      if (f.docKind().equals("ad") && !f.negated()) {
        present.add(f.adId() + "|" + f.category());
      }
    }
    Set<String> categories = Set.of("telegram", "cash", "tor", "gift_prepaid_card");
    Map<String, long[]> cells = new HashMap<>();
    for (Ad a : ads) {
      if (a.posted() == null) {
        continue;
      }
      List<String> dims = new ArrayList<>(List.of("all|all", "site|" + a.site(), "source|fixture"));
      if (a.country() != null) {
        dims.add("country|" + a.country());
        dims.add("region|" + REGION.get(a.country()));
      }
      for (String dim : dims) {
        for (String c : categories) {
          long[] cell =
              cells.computeIfAbsent(dim + "|" + quarter(a.posted()) + "|" + c, k -> new long[2]);
          cell[1]++;
          if (present.contains(a.id() + "|" + c)) {
            cell[0]++;
          }
        }
      }
    }
    return cells;
  }

  private static List<Row> series(
      List<Row> table, String category, String dimension, String value) {
    return table.stream()
        .filter(
            r ->
                r.getAs("category").equals(category)
                    && r.getAs("dimension").equals(dimension)
                    && r.getAs("dimension_value").equals(value))
        .toList();
  }

  private static Row testRow(String category, String dimension, String value) {
    List<Row> rows = series(trendTests, category, dimension, value);
    assertEquals(1, rows.size(), category + " " + dimension + " " + value);
    return rows.get(0);
  }

  private static Row signalRow(String category, String dimension, String value) {
    List<Row> rows = series(signals, category, dimension, value);
    assertEquals(1, rows.size(), category + " " + dimension + " " + value);
    return rows.get(0);
  }

  @Test
  void everyPublishedCellMatchesCountsComputedIndependentlyOrIsSuppressed() {
    Map<String, long[]> expected = expectedCells();
    List<Row> published = trends;
    assertEquals(
        expected.size(), published.size(), "one cell per category x dimension value x period");
    for (Row r : published) {
      String key =
          r.getAs("dimension")
              + "|"
              + r.getAs("dimension_value")
              + "|"
              + r.getAs("period")
              + "|"
              + r.getAs("category");
      long[] want = expected.get(key);
      assertNotNull(want, "unexpected cell " + key);
      assertEquals(want[1], (long) r.getAs("total"), key + " total");
      boolean small = want[0] > 0 && want[0] < RunConfig.DEFAULT_DISCLOSURE_THRESHOLD;
      assertEquals(small, r.getAs("suppressed"), key + " suppressed");
      // The committed evaluation of the category decides its status: enough documents with and
      // without it.
      ExtractionQuality.Entry eval =
          QUALITY.category(r.getAs("family"), r.getAs("category")).orElseThrow();
      boolean measured =
          eval.positives() >= CORRECTION.minPositiveCases()
              && eval.negatives() >= CORRECTION.minNegativeCases();
      assertEquals(measured ? "corrected" : "too_few_cases", r.getAs("correction_status"), key);
      if (small) {
        for (String hidden :
            List.of(
                "count",
                "share",
                "share_low",
                "share_high",
                "corrected_share",
                "corrected_low",
                "corrected_high")) {
          assertTrue(r.isNullAt(r.fieldIndex(hidden)), key + " " + hidden + " must be suppressed");
        }
      } else {
        assertEquals(want[0], (long) r.getAs("count"), key + " count");
        assertEquals((double) want[0] / want[1], r.getAs("share"), 1e-12, key + " share");
        double lo = r.getAs("share_low");
        double hi = r.getAs("share_high");
        assertTrue(
            lo <= (double) r.getAs("share") && (double) r.getAs("share") <= hi, key + " interval");
        if (measured) {
          double se = eval.tp() / (double) eval.positives();
          double sp = eval.tn() / (double) eval.negatives();
          double corrected =
              Math.min(1, Math.max(0, ((double) want[0] / want[1] + sp - 1) / (se + sp - 1)));
          assertEquals(corrected, r.getAs("corrected_share"), 1e-12, key + " corrected share");
          assertTrue(
              (double) r.getAs("corrected_low") <= corrected
                  && corrected <= (double) r.getAs("corrected_high"),
              key + " corrected interval");
        } else {
          assertTrue(
              r.isNullAt(r.fieldIndex("corrected_share"))
                  && r.isNullAt(r.fieldIndex("corrected_low"))
                  && r.isNullAt(r.fieldIndex("corrected_high")),
              key + ": no correction without enough evaluation");
        }
      }
    }
  }

  /**
   * The correction lands in its columns: with cash measured at Se = 0.8 (80 of 100) and Sp = 0.9
   * (90 of 100), a quarter with 12 of 40 FRA ads flagged (0.30) is corrected to (0.30 + 0.9 - 1) /
   * 0.7 = 2/7 and one with 14 of 40 (0.35) to 0.25 / 0.7; telegram, not in this evaluation, is
   * not_evaluated.
   */
  @Test
  void correctedSharesComeFromTheCategorysSensitivityAndSpecificity() {
    ExtractionQuality quality =
        new ExtractionQuality(
            "g",
            "sha",
            "dev",
            "ingested",
            "v",
            "none",
            "2026-01-01",
            200,
            List.of(),
            List.of(new ExtractionQuality.Entry("payment_method", "cash", 80, 10, 20, 90)));
    List<Row> cash =
        TrendCells.published(
                TrendCells.compute(
                    adsFrame(), featuresFrame(), PeriodKind.QUARTER, List.of("country")),
                RunConfig.DEFAULT_DISCLOSURE_THRESHOLD,
                new MisclassificationCorrection(CORRECTION, quality))
            .filter("dimension_value = 'FRA' AND category IN ('cash', 'telegram')")
            .collectAsList();
    assertEquals(2 * QUARTERS, cash.size());
    for (Row r : cash) {
      if (r.getAs("category").equals("telegram")) {
        assertEquals("not_evaluated", r.getAs("correction_status"));
        assertTrue(r.isNullAt(r.fieldIndex("corrected_share")));
        continue;
      }
      double share = r.getAs("share");
      assertEquals("corrected", r.getAs("correction_status"));
      assertEquals(
          share == 0.3 ? 2.0 / 7 : 0.25 / 0.7, r.getAs("corrected_share"), 1e-12, r.toString());
      double low = r.getAs("corrected_low");
      double high = r.getAs("corrected_high");
      assertTrue(
          low < (double) r.getAs("corrected_share") && (double) r.getAs("corrected_share") < high,
          r.toString());
      // Dividing by Se + Sp - 1 = 0.7 and adding the evaluation's error: wider than the raw Wilson
      // interval.
      assertTrue(
          high - low > (double) r.getAs("share_high") - (double) r.getAs("share_low"),
          r.toString());
    }
  }

  @Test
  void periodsWithoutTheCategoryAreZeroCountCells() {
    List<Row> torMex =
        series(trends, "tor", "country", "MEX").stream()
            .sorted(java.util.Comparator.comparingInt(r -> r.<Integer>getAs("period_index")))
            .toList();
    assertEquals(QUARTERS, torMex.size());
    assertEquals(12L, (long) torMex.get(3).getAs("count"));
    for (Row r : torMex.subList(4, QUARTERS)) {
      assertEquals(0L, (long) r.getAs("count"), "zeros are shown, not suppressed: " + r);
      assertEquals(0.0, r.getAs("share"));
      assertEquals(PER_CELL, (long) r.getAs("total"));
    }
    assertEquals("2022-Q1", torMex.get(0).getAs("period"));
    assertEquals(Date.valueOf("2022-01-01"), torMex.get(0).getAs("period_start"));
  }

  @Test
  void plantedRisingShareInOneCountryIsAnIncreasingTrend() {
    Row fra = testRow("telegram", "country", "FRA");
    assertEquals("tested", fra.getAs("status"));
    assertEquals("increasing", fra.getAs("direction"));
    assertTrue((double) fra.getAs("q_value") < 0.05, "q " + fra.getAs("q_value"));
    assertNull(fra.getAs("first_share"), "4 ads in the first quarter: suppressed");
    // Tested on the corrected shares when the committed evaluation corrects telegram: Rogan-Gladen
    // is
    // linear, (p + Sp - 1) / (Se + Sp - 1), so the last share is corrected and the slope divided by
    // Se + Sp - 1 (no quarter's share, 4 to 26 in 40, lies below the false-positive rate 1 - Sp,
    // where
    // it would be clamped to 0). Without a correction the test is on the raw shares.
    ExtractionQuality.Entry eval = QUALITY.category("platform", "telegram").orElseThrow();
    boolean corrected =
        eval.positives() >= CORRECTION.minPositiveCases()
            && eval.negatives() >= CORRECTION.minNegativeCases()
            && eval.sensitivity() + eval.specificity() > 1;
    assertEquals(corrected ? "corrected" : "raw", fra.getAs("basis"));
    double scale = corrected ? eval.sensitivity() + eval.specificity() - 1 : 1;
    assertTrue(!corrected || 4.0 / PER_CELL > 1 - eval.specificity(), "no clamping in this series");
    double lastShare =
        corrected
            ? MisclassificationCorrection.roganGladen(
                26.0 / PER_CELL, eval.sensitivity(), eval.specificity())
            : 26.0 / PER_CELL;
    assertEquals(lastShare, fra.getAs("last_share"), 1e-12);
    // every pair of quarters rises: S = 12 * 11 / 2 and Sen's slope is 2 ads in 40 per quarter
    // (raw)
    assertEquals(66.0, fra.getAs("mk_s"), 0.0);
    assertEquals(2.0 / PER_CELL / scale, fra.getAs("sen_slope"), 1e-12);
    assertTrue((double) fra.getAs("sen_low") > 0);
  }

  @Test
  void flatSeriesAreNotTrends() {
    for (String country : COUNTRIES) {
      Row cash = testRow("cash", "country", country);
      assertEquals("tested", cash.getAs("status"));
      assertEquals("no_trend", cash.getAs("direction"), country);
      assertTrue((double) cash.getAs("q_value") >= 0.05);
    }
  }

  @Test
  void sparseSeriesAreInsufficientDataAndNotTested() {
    Row torFra = testRow("tor", "country", "FRA");
    assertEquals("insufficient_data", torFra.getAs("status"));
    assertEquals("too_few_nonzero_periods", torFra.getAs("insufficient_reason"));
    assertNull(torFra.getAs("p_value"));
    assertNull(torFra.getAs("q_value"));
    assertNull(torFra.getAs("direction"));
  }

  @Test
  void sharesOfSuppressedCellsAreNotShownInTrendTests() {
    Row esp = testRow("telegram", "country", "ESP");
    assertNull(esp.getAs("first_share"));
    assertNull(esp.getAs("last_share"));
    assertEquals("no_trend", esp.getAs("direction")); // tested on the hidden counts all the same
  }

  @Test
  void plantedEmergingCategoryIsASignalWhoseSmallBaselineStaysHidden() {
    Row gift = signalRow("gift_prepaid_card", "country", "MEX");
    assertEquals("2024-Q4", gift.getAs("period"));
    assertEquals("emerging", gift.getAs("status"));
    assertTrue((double) gift.getAs("q_value") < 0.05);
    assertEquals(20L, (long) gift.getAs("count"));
    assertEquals(4 * PER_CELL, (long) gift.getAs("baseline_total"));
    assertTrue(
        (boolean) gift.getAs("suppressed"), "baseline cells of 2 ads are below the threshold");
    assertNull(gift.getAs("baseline_count"));
    assertNull(gift.getAs("rate_ratio"));
    assertNull(gift.getAs("p_value"));
    Row cash = signalRow("cash", "country", "FRA");
    assertEquals("stable", cash.getAs("status"));
    assertFalse((boolean) cash.getAs("suppressed"));
    assertEquals(14L, (long) cash.getAs("count"));
    assertEquals(12L + 14 + 12 + 14, (long) cash.getAs("baseline_count"));
    assertEquals((14.0 / 40) / (52.0 / 160), cash.getAs("rate_ratio"), 1e-12);
  }

  @Test
  void plantedTrendCheckRecoversBothPlantedTrends() {
    List<PlantedTrend> planted =
        List.of(
            new PlantedTrend(
                "platform", "telegram", "country", "FRA", "increasing", "rising in France"),
            new PlantedTrend(
                "payment_method",
                "gift_prepaid_card",
                "country",
                "MEX",
                "emerging",
                "new in Mexico"),
            new PlantedTrend(
                "platform", "tor", "country", "MEX", "decreasing", "gone from Mexico"));
    PlantedTrendCheck.Outcome outcome = PlantedTrendCheck.check(planted, spark, ctx.runDir());
    assertTrue(outcome.allRecovered(), "missed " + outcome.missed());
    assertTrue(
        outcome.unrelatedFindings().isEmpty(), "unplanted findings " + outcome.unrelatedFindings());
    PlantedTrend wrongWay =
        new PlantedTrend("platform", "telegram", "country", "FRA", "decreasing", "");
    assertFalse(PlantedTrendCheck.check(List.of(wrongWay), spark, ctx.runDir()).allRecovered());
  }

  @Test
  void monthAndYearPeriodsHaveTheirOwnLabelsStartsAndConsecutiveIndexes() {
    Dataset<Row> threeAds =
        adsFrame()
            .filter(
                org.apache
                    .spark
                    .sql
                    .functions
                    .col("ad_id")
                    .isin("ad-0", "ad-123", "ad-615")); // the first FRA ad of quarters 0, 1 and 5
    for (PeriodKind kind : List.of(PeriodKind.MONTH, PeriodKind.YEAR)) {
      List<Row> cells =
          TrendCells.compute(threeAds, featuresFrame(), kind, List.of("all"))
              .filter("category = 'telegram'")
              .orderBy("period_index")
              .collectAsList();
      List<String> labels = cells.stream().map(r -> r.<String>getAs("period")).toList();
      List<Integer> indexes = cells.stream().map(r -> r.<Integer>getAs("period_index")).toList();
      List<Date> starts = cells.stream().map(r -> r.<Date>getAs("period_start")).toList();
      // posted 2022-01-11, 2022-04-12 and 2023-04-16
      if (kind == PeriodKind.MONTH) {
        assertEquals(List.of("2022-01", "2022-04", "2023-04"), labels);
        assertEquals(List.of(2022 * 12, 2022 * 12 + 3, 2023 * 12 + 3), indexes);
        assertEquals(Date.valueOf("2022-04-01"), starts.get(1));
      } else {
        assertEquals(List.of("2022", "2023"), labels);
        assertEquals(List.of(2022, 2023), indexes);
        assertEquals(2L, (long) cells.get(0).getAs("total"));
      }
    }
  }

  @Test
  void undatedAdsAreLeftOutAndCountedInAWarning() {
    assertEquals(7L, report.details().get("ads_without_date"));
    assertTrue(
        report.warnings().stream().anyMatch(w -> w.startsWith("7 of")),
        report.warnings().toString());
    assertTrue(report.reconciles());
  }
}
