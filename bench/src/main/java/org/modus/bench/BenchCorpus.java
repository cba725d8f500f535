package org.modus.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A deterministic benchmark corpus of N ads (~125 tokens each, en/fr/es, 12 quarters, eight countries,
 * fictional contacts in some), generated in parallel by Spark so that 1M or 5M ads take seconds, and
 * written as CSV with its own column names, the way users bring corpora. Ad i depends only on (seed, i).
 */
public final class BenchCorpus {
  static final String[] COUNTRIES = {"France", "Spain", "Belgium", "United Kingdom", "USA", "Canada",
      "Mexico", "Colombia"};
  static final String[] SITES = {"jobs-portal", "classifieds-one", "city-board", "social-market"};
  static final String[] LANGS = {"en", "fr", "es"};
  static final int SENTENCES = 9;

  /** The columns written, and the ingest mapping onto Modus's canonical ad fields. */
  public static final StructType SCHEMA = new StructType()
      .add("listing_id", DataTypes.StringType)
      .add("headline", DataTypes.StringType)
      .add("body", DataTypes.StringType)
      .add("published", DataTypes.StringType)
      .add("where", DataTypes.StringType)
      .add("portal", DataTypes.StringType);
  public static final Map<String, String> MAPPING = Map.of("ad_id", "listing_id", "title", "headline",
      "text", "body", "posted_at", "published", "country", "where", "site", "portal");

  private BenchCorpus() {}

  record Phrases(Map<String, List<String>> neutral, Map<String, List<String>> cue) implements java.io.Serializable {}

  static Phrases load() {
    Map<String, List<String>> neutral = new java.util.HashMap<>();
    Map<String, List<String>> cue = new java.util.HashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        BenchCorpus.class.getResourceAsStream("/bench/phrases.tsv"), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", 3);
        (f[1].equals("cue") ? cue : neutral).computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Phrases(neutral, cue);
  }

  /** One generated ad; {@code lang} is known to the generator though the CSV does not carry it. */
  record BenchAd(String id, String lang, String title, String body, String published, String where,
      String portal) {
    Row toRow() {
      return RowFactory.create(id, title, body, published, where, portal);
    }
  }

  /** One ad, a pure function of (seed, id). */
  static BenchAd ad(Phrases phrases, long seed, long id) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + id);
    String lang = LANGS[r.nextInt(LANGS.length)];
    List<String> neutral = phrases.neutral().get(lang);
    List<String> cues = phrases.cue().get(lang);
    StringBuilder body = new StringBuilder();
    int cueCount = r.nextInt(4);
    for (int s = 0; s < SENTENCES; s++) {
      List<String> bank = s < cueCount ? cues : neutral;
      body.append(bank.get(r.nextInt(bank.size()))).append(' ');
    }
    if (r.nextInt(5) == 0) {
      body.append(String.format(Locale.ROOT, "Call 555-01%02d or write to desk%d@example.org.", r.nextInt(100),
          r.nextInt(5000)));
    }
    LocalDate posted = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(3 * 365));
    return new BenchAd("b" + id, lang, "Listing " + id, body.toString().strip(), posted.toString(),
        COUNTRIES[r.nextInt(COUNTRIES.length)], SITES[r.nextInt(SITES.length)]);
  }

  /** Writes {@code ads} ads as CSV files (header, multi-line safe quoting) under {@code dir}. */
  public static void write(SparkSession spark, String dir, long ads, long seed, int files) {
    Phrases phrases = load();
    Dataset<Row> rows = spark.range(0, ads, 1, files)
        .map((MapFunction<Long, Row>) id -> ad(phrases, seed, id).toRow(), ExpressionEncoder.apply(SCHEMA));
    rows.write().mode(SaveMode.Overwrite).option("header", "true").option("escape", "\"").csv(dir);
  }

  /** Case records written alongside the ads: one per this many ads. */
  static final int ADS_PER_CASE = 10;
  /** Survey respondents grow by the sample's panel for every this many ads. */
  static final int ADS_PER_SURVEY_PANEL = 25_000;

  /**
   * Usage: BenchCorpus OUT_DIR ADS [SEED] [CASES_DIR]. With CASES_DIR, also writes case records in the
   * CTDC layout (ADS/10, in CASES_DIR/ctdc.csv) and a country questionnaire whose panel grows with ADS
   * (CASES_DIR/survey/), so end-to-end runs scale every input together.
   */
  public static void main(String[] args) {
    long ads = Long.parseLong(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
    SparkSession spark = org.modus.engine.SparkSessions.create("modus bench corpus", null, Map.of());
    try {
      write(spark, args[0], ads, seed, (int) Math.max(2, ads / 100_000));
      System.out.println("wrote " + ads + " ads to " + args[0]);
    } finally {
      spark.stop();
    }
    if (args.length > 3) {
      java.nio.file.Path dir = java.nio.file.Path.of(args[3]);
      int cases = (int) Math.max(1, ads / ADS_PER_CASE);
      org.modus.sample.CaseSampleGenerator.writeCtdc(dir.resolve("ctdc.csv"), cases, seed);
      int panels = (int) Math.max(1, ads / ADS_PER_SURVEY_PANEL);
      org.modus.sample.SurveySampleGenerator.writeScaled(dir, panels, seed);
      System.out.println("wrote " + cases + " case records and " + panels + " survey panels to " + dir);
    }
  }
}
