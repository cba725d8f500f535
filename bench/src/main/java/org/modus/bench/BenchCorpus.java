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
 * A deterministic benchmark corpus of N ads (~125 tokens each, en/fr/es, 12 quarters, eight
 * countries, fictional contacts in some), generated in parallel by Spark so that 1M or 5M ads take
 * seconds, and written as CSV with its own column names, the way users bring corpora. Ad i depends
 * only on (seed, i).
 */
public final class BenchCorpus {
  static final String[] COUNTRIES = {
    "France", "Spain", "Belgium", "United Kingdom", "USA", "Canada", "Mexico", "Colombia"
  };
  static final String[] SITES = {"jobs-portal", "classifieds-one", "city-board", "social-market"};
  static final String[] LANGS = {"en", "fr", "es"};
  static final int SENTENCES = 5;

  /** The columns written, and the ingest mapping onto Modus's canonical ad fields. */
  public static final StructType SCHEMA =
      new StructType()
          .add("listing_id", DataTypes.StringType)
          .add("headline", DataTypes.StringType)
          .add("body", DataTypes.StringType)
          .add("published", DataTypes.StringType)
          .add("where", DataTypes.StringType)
          .add("portal", DataTypes.StringType);

  public static final Map<String, String> MAPPING =
      Map.of(
          "ad_id",
          "listing_id",
          "title",
          "headline",
          "text",
          "body",
          "posted_at",
          "published",
          "country",
          "where",
          "site",
          "portal");

  private BenchCorpus() {}

  record Phrases(
      Map<String, List<String>> neutral,
      Map<String, List<String>> cue,
      Map<String, List<String>> vocabulary)
      implements java.io.Serializable {}

  static Phrases load() {
    Map<String, List<String>> neutral = new java.util.HashMap<>();
    Map<String, List<String>> cue = new java.util.HashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                BenchCorpus.class.getResourceAsStream("/bench/phrases.tsv"),
                StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", 3);
        (f[1].equals("cue") ? cue : neutral)
            .computeIfAbsent(f[0], k -> new ArrayList<>())
            .add(f[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, List<String>> vocabulary = new java.util.HashMap<>();
    neutral.forEach(
        (lang, sentences) ->
            vocabulary.put(
                lang,
                sentences.stream()
                    .flatMap(
                        x ->
                            java.util.Arrays.stream(x.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")))
                    .filter(w -> w.length() > 1)
                    .distinct()
                    .sorted()
                    .toList()));
    return new Phrases(neutral, cue, vocabulary);
  }

  /** One generated ad; {@code lang} is known to the generator though the CSV does not carry it. */
  record BenchAd(
      String id,
      String lang,
      String title,
      String body,
      String published,
      String where,
      String portal) {
    /** The ad as ingest reads it from the corpus: its columns, by the corpus's own names. */
    org.modus.ads.read.RawRecord toRawRecord(long ordinal) {
      Map<String, String> fields = new java.util.LinkedHashMap<>();
      fields.put("listing_id", id);
      fields.put("headline", title);
      fields.put("body", body);
      fields.put("published", published);
      fields.put("where", where);
      fields.put("portal", portal);
      return org.modus.ads.read.RawRecord.ok(ordinal, "bench.csv:" + (ordinal + 2), fields, null);
    }

    Row toRow() {
      return RowFactory.create(id, title, body, published, where, portal);
    }
  }

  /** Share of ads (percent) reposted from a template with small edits: organized posting. */
  static final int TEMPLATED_PERCENT = 15;

  /** Templates the reposted ads are drawn from, whatever the corpus size. */
  static final int TEMPLATES = 5_000;

  /** Words of filler per ad besides the sentences, drawn from the language's vocabulary. */
  static final int FILLER_WORDS = 60;

  /**
   * One ad, a pure function of (seed, id): a few sentences (cue sentences first) and filler words
   * drawn from the language's vocabulary (the words of its sentences), so that unrelated ads share
   * few word triples as in real corpora, and 15% of ads reposted from one of 5,000 templates with a
   * few words changed, so near-duplicate grouping has realistic work.
   */
  static BenchAd ad(Phrases phrases, long seed, long id) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + id);
    String[] body;
    if (r.nextInt(100) < TEMPLATED_PERCENT) {
      long template = r.nextInt(TEMPLATES);
      body = body(phrases, new SplittableRandom(~(seed * 1_000_003L + template)));
      String[] words = body[1].split(" ");
      List<String> vocabulary = phrases.vocabulary().get(body[0]);
      for (int e = 1 + r.nextInt(3); e > 0; e--) {
        words[r.nextInt(words.length)] = vocabulary.get(r.nextInt(vocabulary.size()));
      }
      body[1] = String.join(" ", words);
    } else {
      body = body(phrases, r);
    }
    String lang = body[0];
    StringBuilder text = new StringBuilder(body[1]);
    if (r.nextInt(5) == 0) {
      text.append(
          String.format(
              Locale.ROOT,
              " Call 555-01%02d or write to desk%d@example.org.",
              r.nextInt(100),
              r.nextInt(5000)));
    }
    LocalDate posted = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(3 * 365));
    return new BenchAd(
        "b" + id,
        lang,
        "Listing " + id,
        text.toString(),
        posted.toString(),
        COUNTRIES[r.nextInt(COUNTRIES.length)],
        SITES[r.nextInt(SITES.length)]);
  }

  /** {language, text} of an ad body drawn with {@code r}. */
  private static String[] body(Phrases phrases, SplittableRandom r) {
    String lang = LANGS[r.nextInt(LANGS.length)];
    List<String> neutral = phrases.neutral().get(lang);
    List<String> cues = phrases.cue().get(lang);
    List<String> vocabulary = phrases.vocabulary().get(lang);
    StringBuilder body = new StringBuilder();
    int cueCount = r.nextInt(4);
    for (int s = 0; s < SENTENCES; s++) {
      if (s == cueCount + 1) {
        for (int w = 0; w < FILLER_WORDS; w++) {
          body.append(vocabulary.get(r.nextInt(vocabulary.size())))
              .append(w % 12 == 11 ? ". " : " ");
        }
      }
      List<String> bank = s < cueCount ? cues : neutral;
      body.append(bank.get(r.nextInt(bank.size()))).append(' ');
    }
    return new String[] {lang, body.toString().strip()};
  }

  /** Writes {@code ads} ads as CSV files (header, multi-line safe quoting) under {@code dir}. */
  public static void write(SparkSession spark, String dir, long ads, long seed, int files) {
    write(spark, dir, ads, seed, files, false);
  }

  /**
   * Writes {@code ads} ads under {@code dir}: CSV files, or JSON Lines when {@code jsonLines} (the
   * format of the ingest-floor comparison, whose plain Spark job reads it with a given schema).
   */
  public static void write(
      SparkSession spark, String dir, long ads, long seed, int files, boolean jsonLines) {
    Phrases phrases = load();
    Dataset<Row> rows =
        spark
            .range(0, ads, 1, files)
            .map(
                (MapFunction<Long, Row>) id -> ad(phrases, seed, id).toRow(),
                ExpressionEncoder.apply(SCHEMA));
    if (jsonLines) {
      rows.write().mode(SaveMode.Overwrite).json(dir);
    } else {
      rows.write()
          .mode(SaveMode.Overwrite)
          .option("header", "true")
          .option("escape", "\"")
          .csv(dir);
    }
  }

  /** Case records written alongside the ads: one per this many ads. */
  static final int ADS_PER_CASE = 10;

  /** Survey respondents grow by the sample's panel for every this many ads. */
  static final int ADS_PER_SURVEY_PANEL = 25_000;

  /**
   * Usage: BenchCorpus [--json] OUT_DIR ADS [SEED] [CASES_DIR]. With CASES_DIR, also writes case
   * records in the CTDC layout (ADS/10, in CASES_DIR/ctdc.csv) and a country questionnaire whose
   * panel grows with ADS (CASES_DIR/survey/), so end-to-end runs scale every input together. With
   * {@code --json} the ads are JSON Lines instead of CSV.
   */
  public static void main(String[] argv) {
    boolean json = argv.length > 0 && argv[0].equals("--json");
    String[] args = json ? java.util.Arrays.copyOfRange(argv, 1, argv.length) : argv;
    long ads = Long.parseLong(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
    SparkSession spark =
        org.modus.engine.SparkSessions.create("modus bench corpus", null, Map.of());
    try {
      write(spark, args[0], ads, seed, (int) Math.max(2, ads / 100_000), json);
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
      System.out.println(
          "wrote " + cases + " case records and " + panels + " survey panels to " + dir);
    }
  }
}
