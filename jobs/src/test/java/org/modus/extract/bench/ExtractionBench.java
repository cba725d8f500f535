package org.modus.extract.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.modus.engine.DeclaredSchemas;
import org.modus.engine.Manifest;
import org.modus.engine.RunConfig;
import org.modus.engine.RunContext;
import org.modus.engine.RunDir;
import org.modus.engine.SparkSessions;
import org.modus.engine.Tables;
import org.modus.extract.DocumentExtractor;
import org.modus.extract.ExtractJob;
import org.modus.extract.NlpOptions;
import org.modus.extract.NlpPipelines;

/**
 * Throughput of the extraction stage (a benchmark, not a test: nothing is asserted). Measures, on a
 * synthetic corpus of short en/fr/es ads: CoreNLP tokenize+ssplit alone and the full per-document
 * extractor, single thread; then, with {@code --spark}, ExtractJob end to end on local[2] with Parquet
 * output. Run (after {@code ./mvnw -q -DskipTests package}) with:
 *
 * <pre>./mvnw -q -B -pl jobs exec:java ...</pre>
 * or see docs/extraction.md for the plain java command.
 */
public final class ExtractionBench {
  private static final String[][] FRAGMENTS = {
      {"en", "Work abroad in Dubai", "free flight and housing", "no experience needed", "earn 3000 a week",
          "contact me on WhatsApp [phone:3f9a01]", "payment in bitcoin or USDT only", "no fees",
          "new in town, 100% real", "line cook wanted for our restaurant", "cash paid daily",
          "available 24/7", "apply on Indeed", "beware of ads asking for gift cards", "start tomorrow"},
      {"fr", "Travail à l'étranger", "billet d'avion payé", "logement fourni", "sans expérience",
          "gagnez 3000€ par semaine", "contactez-moi sur Telegram", "paiement en crypto (BTC, USDT)",
          "pas de frais", "nouvelle en ville, photos réelles", "serveuse pour restaurant",
          "payé en espèces", "dispo 24h/24", "méfiez-vous des coupons PCS", "début immédiat"},
      {"es", "Trabajo en el extranjero", "pasaje pagado", "alojamiento incluido", "sin experiencia",
          "gana 2000 euros a la semana", "escríbeme por WhatsApp", "pago con bitcoin", "sin depósito",
          "recién llegada, 100% real", "camarera para bar", "pago en efectivo", "disponible 24 horas",
          "cuidado con las tarjetas regalo", "empieza mañana"}};

  private ExtractionBench() {}

  static List<String[]> corpus(int n, long seed) {
    Random rnd = new Random(seed);
    List<String[]> ads = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String[] lang = FRAGMENTS[i % FRAGMENTS.length];
      StringBuilder b = new StringBuilder();
      int parts = 4 + rnd.nextInt(5);
      for (int p = 0; p < parts; p++) {
        b.append(lang[1 + rnd.nextInt(lang.length - 1)]).append(rnd.nextBoolean() ? ". " : ", ");
      }
      ads.add(new String[] {"ad-" + i, lang[0], b.toString().strip()});
    }
    return ads;
  }

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 6000;
    boolean spark = List.of(args).contains("--spark");
    List<String[]> ads = corpus(n, 42);
    DocumentExtractor x = DocumentExtractor.defaults();
    for (String[] a : ads.subList(0, Math.min(500, n))) {
      x.extract(a[1], a[2]);
    }
    long t0 = System.nanoTime();
    long tokens = 0;
    for (String[] a : ads) {
      tokens += NlpPipelines.tokenize(a[1], a[2], NlpOptions.defaults()).size();
    }
    double tokSec = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    long features = 0;
    for (String[] a : ads) {
      features += x.extract(a[1], a[2]).features().size();
    }
    double fullSec = (System.nanoTime() - t1) / 1e9;
    System.out.printf(Locale.ROOT, "ads=%d tokens=%d features=%d%n", n, tokens, features);
    System.out.printf(Locale.ROOT, "single thread, tokenize+ssplit only : %8.0f ads/s%n", n / tokSec);
    System.out.printf(Locale.ROOT, "single thread, full extraction      : %8.0f ads/s (matching adds %.1f%%)%n",
        n / fullSec, 100.0 * (fullSec - tokSec) / tokSec);
    if (spark) {
      sparkRun(ads);
    }
  }

  private static void sparkRun(List<String[]> ads) throws Exception {
    SparkSession spark = SparkSessions.create("extraction-bench", "local[2]",
        Map.of("spark.sql.shuffle.partitions", "4"));
    Path dir = Files.createTempDirectory("modus-extract-bench");
    try {
      RunDir run = new RunDir(dir.toString());
      List<Row> rows = new ArrayList<>();
      for (String[] a : ads) {
        rows.add(RowFactory.create(a[0], "bench", null, null, null, null, null, null, null, a[1], null, a[2],
            1, null, scala.jdk.javaapi.CollectionConverters.asScala(List.<String>of()).toSeq(), null));
      }
      Tables.write(spark.createDataFrame(rows, DeclaredSchemas.of("ads")).repartition(2), run, "ads");
      RunContext ctx = new RunContext(run, RunConfig.defaults(),
          Manifest.openOrCreate(run, spark.sparkContext().hadoopConfiguration()), () -> null);
      long t = System.nanoTime();
      var report = ExtractJob.run(spark, ctx);
      double sec = (System.nanoTime() - t) / 1e9;
      System.out.printf(Locale.ROOT, "spark local[2], ExtractJob end to end: %d ads in %.1f s = %.0f ads/s; %s%n",
          ads.size(), sec, ads.size() / sec, report.outputs());
    } finally {
      spark.stop();
    }
  }
}
