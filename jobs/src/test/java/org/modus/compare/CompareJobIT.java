package org.modus.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.RunContext;
import org.modus.engine.RunDir;
import org.modus.engine.SourceConfig;
import org.modus.engine.Tables;
import org.modus.testing.SparkTestSession;

/**
 * One small run with every source, built row by row, compared against figures worked out by hand in
 * the comments (threshold k = 11).
 */
class CompareJobIT {
  private static final SparkSession spark = SparkTestSession.get();
  @TempDir static Path dir;
  private static RunDir run;
  private static Map<String, Row> cc;
  private static Map<String, Row> tri;
  private static JsonNode disclosure;

  @BeforeAll
  static void runCompare() throws Exception {
    run = new RunDir(dir.resolve("run").toString());
    TestTables t = new TestTables(spark, run);
    // Ads, FRA. 2023: 100 ads, crypto in 30, gift cards in 20, one more crypto cue negated.
    // 2024: 100 ads, crypto in 45, gift cards in 15. Five ads without a country count nowhere.
    for (int year : new int[] {2023, 2024}) {
      for (int i = 0; i < 100; i++) {
        String id = "ad" + year + "-" + i;
        t.add(
            "ads",
            "ad_id",
            id,
            "source",
            "corpus",
            "country",
            "FRA",
            "posted_at",
            Date.valueOf(year + "-03-01"),
            "language",
            "fr",
            "text",
            "x",
            "duplicate_count",
            1,
            "quality_flags",
            List.of());
        int crypto = year == 2023 ? 30 : 45;
        int gift = year == 2023 ? 20 : 15;
        if (i < crypto) {
          feature(t, id, "ad", "payment_method", "cryptocurrency", false);
        } else if (i < crypto + gift) {
          feature(t, id, "ad", "payment_method", "gift_prepaid_card", false);
        } else if (i == crypto + gift) {
          feature(t, id, "ad", "payment_method", "cryptocurrency", true);
        }
      }
    }
    for (int i = 0; i < 5; i++) {
      t.add(
          "ads",
          "ad_id",
          "nowhere" + i,
          "source",
          "corpus",
          "posted_at",
          Date.valueOf("2024-01-01"),
          "language",
          "en",
          "text",
          "x",
          "duplicate_count",
          1,
          "quality_flags",
          List.of());
      feature(t, "nowhere" + i, "ad", "payment_method", "cryptocurrency", false);
    }
    // Cases. FRA 2023: 40 cases; sexual 25, forced labour 12, begging 3 (a partition); crypto in
    // 20.
    for (int i = 0; i < 40; i++) {
      String id = "c23-" + i;
      kase(t, id, "FRA", 2023);
      caseFeature(
          t,
          id,
          "exploitation_type",
          i < 25 ? "sexual_exploitation" : i < 37 ? "forced_labour" : "forced_begging");
      if (i < 20) {
        caseFeature(t, id, "payment_method", "cryptocurrency");
      }
    }
    // FRA 2024: 40 cases; crypto recorded for 29, found in the narrative of one more (and of one of
    // the
    // 29, which must not count twice): 30 of 40.
    for (int i = 0; i < 40; i++) {
      String id = "c24-" + i;
      kase(t, id, "FRA", 2024);
      if (i < 29) {
        caseFeature(t, id, "payment_method", "cryptocurrency");
      }
    }
    feature(t, "c24-29", "case_narrative", "payment_method", "cryptocurrency", false);
    feature(t, "c24-0", "case_narrative", "payment_method", "cryptocurrency", false);
    // ESP 2023: 8 cases in all: the total is below k.
    for (int i = 0; i < 8; i++) {
      kase(t, "e23-" + i, "ESP", 2023);
      caseFeature(t, "e23-" + i, "exploitation_type", "sexual_exploitation");
    }
    // Aggregates. FRA 2023: published total 120; sexual <5, forced labour 100, forced marriage 14,
    // other 18.
    agg(t, "glotip", "FRA", "Total", null, null, 120, 120.0, false);
    agg(
        t,
        "glotip",
        "FRA",
        "Sexual exploitation",
        "exploitation_type",
        "sexual_exploitation",
        0,
        4.0,
        true);
    agg(
        t,
        "glotip",
        "FRA",
        "Forced labour",
        "exploitation_type",
        "forced_labour",
        100,
        100.0,
        false);
    agg(
        t,
        "glotip",
        "FRA",
        "Forced marriage",
        "exploitation_type",
        "forced_marriage",
        14,
        14.0,
        false);
    agg(t, "glotip", "FRA", "Other purposes", null, null, 18, 18.0, false);
    // The same country from a second source listed later in the config: must not be added.
    agg(
        t,
        "eurostat",
        "FRA",
        "Forced labour",
        "exploitation_type",
        "forced_labour",
        95,
        95.0,
        false);
    // ESP 2023, no total row: sexual 30, forced marriage 25, forced labour <5, other 20 -> total
    // [75, 79].
    agg(
        t,
        "glotip",
        "ESP",
        "Sexual exploitation",
        "exploitation_type",
        "sexual_exploitation",
        30,
        30.0,
        false);
    agg(
        t,
        "glotip",
        "ESP",
        "Forced marriage",
        "exploitation_type",
        "forced_marriage",
        25,
        25.0,
        false);
    agg(t, "glotip", "ESP", "Forced labour", "exploitation_type", "forced_labour", 0, 4.0, true);
    agg(t, "glotip", "ESP", "Other purposes", null, null, 20, 20.0, false);
    // GLOTIP's sub-regional aggregate for Western Europe, listed first: a region is not a country,
    // so it
    // must not become a comparison cell nor hide FRA or ESP.
    t.add(
        "aggregates",
        "source",
        "glotip",
        "source_format",
        "glotip",
        "country",
        null,
        "geo_level",
        "subregion",
        "area_code",
        "WEU",
        "area_name",
        "Western Europe",
        "m49_code",
        "155",
        "region",
        "Europe",
        "year",
        2023,
        "indicator",
        "Detected trafficking victims",
        "indicator_id",
        "detected_victims",
        "dimension",
        "by form of exploitation",
        "category_raw",
        "Forced labour",
        "family",
        "exploitation_type",
        "category",
        "forced_labour",
        "sex",
        "total",
        "age",
        "total",
        "value_low",
        5000.0,
        "value_high",
        5000.0,
        "censored",
        false);
    // Survey 2024. FRA: 14 respondents; telegram 12, facebook 11, tiktok 3. Likert crypto: ten 4s,
    // four 5s
    // of which one has weight 2 -> (40 + 3*5 + 2*5) / 15 = 4.33: up. Likert gift cards: all 4: up.
    for (int i = 0; i < 14; i++) {
      String r = "fr" + i;
      double w = i == 13 ? 2.0 : 1.0;
      if (i < 12) {
        answer(t, r, "FRA", w, "q_platforms", "multi", "Telegram", null, "platform", "telegram");
      }
      if (i < 11) {
        answer(t, r, "FRA", w, "q_platforms", "multi", "Facebook", null, "platform", "facebook");
      }
      if (i < 3) {
        answer(t, r, "FRA", w, "q_platforms", "multi", "TikTok", null, "platform", "tiktok");
      }
      answer(
          t,
          r,
          "FRA",
          w,
          "q_crypto_up",
          "likert",
          "x",
          i < 10 ? 4.0 : 5.0,
          "payment_method",
          "cryptocurrency");
      answer(
          t, r, "FRA", w, "q_gift_up", "likert", "x", 4.0, "payment_method", "gift_prepaid_card");
    }
    // ESP: 5 respondents, all telegram, all "5" on crypto: fewer than k, so neither share nor mean
    // is shown.
    for (int i = 0; i < 5; i++) {
      answer(
          t,
          "es" + i,
          "ESP",
          1.0,
          "q_platforms",
          "multi",
          "Telegram",
          null,
          "platform",
          "telegram");
      answer(
          t,
          "es" + i,
          "ESP",
          1.0,
          "q_crypto_up",
          "likert",
          "x",
          5.0,
          "payment_method",
          "cryptocurrency");
    }
    t.write();
    Path pop = dir.resolve("population.csv");
    Files.writeString(pop, "country,year,population\nFR,2023,68000000\nESP,2023,48000000\n");
    List<SourceConfig> aggSources =
        List.of(
            new SourceConfig("glotip", "g.csv", "glotip", null, null, null, null, null),
            new SourceConfig("eurostat", "e.csv", "eurostat", null, null, null, null, null));
    RunContext ctx = TestTables.context(spark, run, TestTables.config(pop.toString(), aggSources));
    CompareJob.run(spark, ctx);
    ctx.manifest().save();
    cc = new HashMap<>();
    for (Row r : Tables.read(spark, run, "country_comparison").collectAsList()) {
      cc.put(
          key(r.getAs("source_kind"), r.getAs("country"), r.getAs("period"), r.getAs("category")),
          r);
    }
    tri = new HashMap<>();
    for (Row r : Tables.read(spark, run, "triangulation").collectAsList()) {
      tri.put(r.getAs("country") + "/" + r.getAs("period") + "/" + r.getAs("category"), r);
    }
    disclosure = new ObjectMapper().readTree(new File(run.manifest())).path("disclosure");
  }

  @Test
  void adSharesCountDistinctNonNegatedAdsOfTheCountryAndYear() {
    Row crypto23 = cc.get(key("ads", "FRA", "2023", "cryptocurrency"));
    assertEquals(30.0, crypto23.<Double>getAs("count_low"));
    assertEquals(100.0, crypto23.<Double>getAs("total"));
    assertEquals(0.30, crypto23.<Double>getAs("share"), 1e-12);
    assertEquals("Europe", crypto23.getAs("region"));
    Row crypto24 = cc.get(key("ads", "FRA", "2024", "cryptocurrency"));
    assertEquals(0.45 - 0.30, crypto24.<Double>getAs("change"), 1e-12);
    assertEquals(1, crypto24.<Integer>getAs("rank"));
    assertNull(crypto23.getAs("change"), "no 2022 to compare with");
    assertTrue(
        crypto23.<String>getAs("coverage_note").startsWith("ads: 100 ads from corpus"),
        crypto23.<String>getAs("coverage_note"));
  }

  @Test
  void caseCountsAddNarrativeFeaturesWithoutCountingACaseTwice() {
    Row crypto24 = cc.get(key("cases", "FRA", "2024", "cryptocurrency"));
    assertEquals(30.0, crypto24.<Double>getAs("count_low"));
    assertEquals(30.0 / 40, crypto24.<Double>getAs("share"), 1e-12);
    assertEquals(30.0 / 40 - 20.0 / 40, crypto24.<Double>getAs("change"), 1e-12);
  }

  @Test
  void smallCaseCellsAreSuppressedWithTheirComplement() {
    Row begging = cc.get(key("cases", "FRA", "2023", "forced_begging"));
    assertEquals("primary", begging.getAs("suppression"));
    assertNull(begging.getAs("count_low"));
    assertNull(begging.getAs("share"));
    // total 40 - sexual 25 = 15 would reveal begging 3 if forced labour 12 were shown.
    Row labour = cc.get(key("cases", "FRA", "2023", "forced_labour"));
    assertEquals("secondary", labour.getAs("suppression"));
    assertNull(labour.getAs("count_low"));
    Row sexual = cc.get(key("cases", "FRA", "2023", "sexual_exploitation"));
    assertEquals("none", sexual.getAs("suppression"));
    assertEquals(25.0 / 40, sexual.<Double>getAs("share"), 1e-12);
    assertEquals(40.0, sexual.<Double>getAs("total"));
    // 25 cases per 68 million people, per 100,000
    assertEquals(25 / 68_000_000.0 * 100_000, sexual.<Double>getAs("rate_per_100k"), 1e-12);
  }

  @Test
  void aSourceWithFewerThanKRecordsShowsNoNumbers() {
    Row esp = cc.get(key("cases", "ESP", "2023", "sexual_exploitation"));
    assertEquals("total", esp.getAs("suppression"));
    assertNull(esp.getAs("total"));
    assertNull(esp.getAs("total_low"));
    assertTrue(
        esp.<String>getAs("coverage_note").contains("fewer than 11"),
        esp.<String>getAs("coverage_note"));
    assertEquals("total", cc.get(key("survey", "ESP", "2024", "telegram")).getAs("suppression"));
  }

  @Test
  void aggregatesUseThePublishedTotalAndKeepCensoredCellsAsIntervals() {
    Row labour = cc.get(key("aggregates", "FRA", "2023", "forced_labour"));
    assertEquals(100.0, labour.<Double>getAs("count_low"), "the later-listed source is not added");
    assertEquals(100.0 / 120, labour.<Double>getAs("share"), 1e-12);
    assertEquals(100 / 68_000_000.0 * 100_000, labour.<Double>getAs("rate_per_100k"), 1e-12);
    assertEquals(
        "primary",
        cc.get(key("aggregates", "FRA", "2023", "sexual_exploitation")).getAs("suppression"));
    assertEquals(
        "secondary",
        cc.get(key("aggregates", "FRA", "2023", "forced_marriage")).getAs("suppression"));
  }

  @Test
  void regionalAggregateRowsNeverBecomeCountryCells() {
    assertTrue(
        cc.values().stream().noneMatch(r -> r.getAs("country") == null),
        "no cell without a country");
    assertEquals(
        Set.of("FRA", "ESP"),
        cc.values().stream()
            .filter(r -> r.getAs("source_kind").equals("aggregates"))
            .map(r -> r.<String>getAs("country"))
            .collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void withoutAPublishedTotalTheTotalIsTheIntervalSumOfTheBreakdown() {
    // 30 + 25 + [0, 4] + 20 = [75, 79]; share of 30 between 30/79 and 30/75, 30/77 at the midpoint.
    Row sexual = cc.get(key("aggregates", "ESP", "2023", "sexual_exploitation"));
    assertEquals(75.0, sexual.<Double>getAs("total_low"));
    assertEquals(79.0, sexual.<Double>getAs("total_high"));
    assertEquals(77.0, sexual.<Double>getAs("total"));
    assertEquals(30.0 / 77, sexual.<Double>getAs("share"), 1e-12);
    assertEquals(30.0 / 79, sexual.<Double>getAs("share_low"), 1e-12);
    assertEquals(30.0 / 75, sexual.<Double>getAs("share_high"), 1e-12);
    assertTrue(
        sexual.<String>getAs("coverage_note").contains("[75, 79]"),
        sexual.<String>getAs("coverage_note"));
    assertEquals(
        1,
        sexual.<Integer>getAs("rank"),
        "FRA's sexual exploitation cell is hidden, so ESP ranks first");
    assertEquals(
        "primary", cc.get(key("aggregates", "ESP", "2023", "forced_labour")).getAs("suppression"));
    assertEquals(
        "secondary",
        cc.get(key("aggregates", "ESP", "2023", "forced_marriage")).getAs("suppression"));
  }

  @Test
  void surveySharesAreRespondentsOverRespondents() {
    Row telegram = cc.get(key("survey", "FRA", "2024", "telegram"));
    assertEquals(12.0 / 14, telegram.<Double>getAs("share"), 1e-12);
    assertEquals("primary", cc.get(key("survey", "FRA", "2024", "tiktok")).getAs("suppression"));
    assertEquals(
        "secondary", cc.get(key("survey", "FRA", "2024", "facebook")).getAs("suppression"));
  }

  @Test
  void triangulationPutsTheThreeSignalsSideBySide() {
    Row crypto = tri.get("FRA/2024/cryptocurrency");
    assertEquals(0.45, crypto.<Double>getAs("ad_share"), 1e-12);
    assertEquals("up", crypto.getAs("ad_direction"));
    assertEquals(0.75, crypto.<Double>getAs("case_share"), 1e-12);
    assertEquals("up", crypto.getAs("case_direction"));
    assertEquals("up", crypto.getAs("survey_direction"));
    assertEquals(3, crypto.<Integer>getAs("sources"));
    assertEquals("agree", crypto.getAs("agreement"));
    // ads: gift cards 0.20 -> 0.15 (down 25%); the survey says up.
    Row gift = tri.get("FRA/2024/gift_prepaid_card");
    assertEquals("down", gift.getAs("ad_direction"));
    assertEquals("up", gift.getAs("survey_direction"));
    assertEquals("disagree", gift.getAs("agreement"));
    assertEquals("single_source", tri.get("FRA/2023/cryptocurrency").getAs("agreement"));
    assertNull(tri.get("ESP/2024/cryptocurrency"), "five respondents: their mean is not published");
  }

  @Test
  void theManifestRecordsTheThresholdAndEverySuppressedCell() {
    assertEquals(11, disclosure.path("threshold").asInt());
    JsonNode table = disclosure.path("tables").path("country_comparison");
    // primary: begging, FRA sexual <5, ESP forced labour <5, tiktok; secondary: their complements;
    // total: ESP cases, ESP survey.
    assertEquals(4, table.path("primary").asInt());
    assertEquals(4, table.path("secondary").asInt());
    assertEquals(2, table.path("total").asInt());
    assertEquals(10, table.path("suppressed_cells").size());
  }

  @Test
  void withNoSourceTablesTheStageWritesEmptyTablesAndSaysWhy(@TempDir Path empty) {
    RunDir emptyRun = new RunDir(empty.toString());
    org.modus.engine.StageReport r =
        CompareJob.run(spark, TestTables.context(spark, emptyRun, TestTables.config(null, null)));
    assertEquals(0, Tables.read(spark, emptyRun, "country_comparison").count());
    assertEquals(0, Tables.read(spark, emptyRun, "triangulation").count());
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("no ads")), r.warnings().toString());
  }

  private static String key(String kind, String country, String period, String category) {
    return kind + "/" + country + "/" + period + "/" + category;
  }

  private static void feature(
      TestTables t, String id, String kind, String family, String category, boolean negated) {
    t.add(
        "ad_features",
        "ad_id",
        id,
        "doc_kind",
        kind,
        "family",
        family,
        "category",
        category,
        "negated",
        negated,
        "lexicon_entry",
        "test",
        "language",
        "en",
        "token_start",
        0,
        "token_end",
        1);
  }

  private static void kase(TestTables t, String id, String country, int year) {
    t.add(
        "cases",
        "case_id",
        id,
        "source",
        "ctdc",
        "source_format",
        "ctdc",
        "year",
        year,
        "country_exploitation",
        country);
  }

  private static void caseFeature(TestTables t, String id, String family, String category) {
    t.add(
        "case_features",
        "case_id",
        id,
        "family",
        family,
        "category",
        category,
        "source_field",
        "test");
  }

  private static void agg(
      TestTables t,
      String source,
      String country,
      String categoryRaw,
      String family,
      String category,
      double low,
      Double high,
      boolean censored) {
    t.add(
        "aggregates",
        "source",
        source,
        "source_format",
        source.equals("glotip") ? "glotip" : "eurostat",
        "country",
        country,
        "geo_level",
        "country",
        "area_code",
        country,
        "year",
        2023,
        "indicator",
        "Detected trafficking victims",
        "indicator_id",
        "detected_victims",
        "dimension",
        "by form of exploitation",
        "category_raw",
        categoryRaw,
        "family",
        family,
        "category",
        category,
        "sex",
        "total",
        "age",
        "total",
        "value_low",
        low,
        "value_high",
        high,
        "censored",
        censored);
  }

  private static void answer(
      TestTables t,
      String respondent,
      String country,
      double weight,
      String question,
      String type,
      String answer,
      Double numeric,
      String family,
      String category) {
    t.add(
        "survey_responses",
        "survey",
        "greta",
        "respondent_id",
        respondent,
        "respondent_type",
        "ngo",
        "country",
        country,
        "year",
        2024,
        "question_id",
        question,
        "question_type",
        type,
        "answer",
        answer,
        "numeric_value",
        numeric,
        "family",
        family,
        "category",
        category,
        "weight",
        weight);
  }
}
