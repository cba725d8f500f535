package org.modus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.RunConfig;
import org.modus.engine.RunDir;
import org.modus.engine.StageReport;
import org.modus.pipeline.RunContexts;
import org.modus.testing.SparkTestSession;
import org.modus.testing.TableFixtures;

/**
 * The report stage end to end on a run directory holding small trends, trend_tests,
 * emerging_signals and country_comparison tables (triangulation absent), rendered in English and in
 * French.
 */
class ReportJobIT {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String FORMULA = "=HYPERLINK(\"http://x.example\",\"open\")";
  static final String[] QUARTERS = {"2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"};

  /**
   * Crypto payment mentions per 1000 ads in FRA: a clear rise. Gift cards: Q2 suppressed (5 < 11).
   */
  static final long[] CRYPTO_FRA = {40, 60, 85, 110};

  static final long[] GIFT_ALL = {30, 5, 28, 25};

  static final SparkSession spark = SparkTestSession.get();
  @TempDir static Path run;
  @TempDir static Path copies;
  static StageReport reportEn;
  static Path reportDir;
  static Path reportDirFr;
  static Document html;
  static String pdf;
  static JsonNode figures;

  @BeforeAll
  static void runReports() throws IOException {
    writeTables(run);
    reportEn =
        ReportJob.run(spark, RunContexts.open(spark, run.toString(), RunConfig.defaults(), null));
    reportDir = copies.resolve("en");
    copyTree(run.resolve("report"), reportDir);
    // the French run re-renders over the same tables; the English copy above stays for the other
    // tests
    RunConfig fr =
        new RunConfig(
            null, null, null, null, null, "fr", null, null, null, null, null, null, null, null);
    ReportJob.run(spark, RunContexts.open(spark, run.toString(), fr, null));
    reportDirFr = run.resolve("report");
    html = Jsoup.parse(reportDir.resolve("index.html").toFile(), "UTF-8");
    pdf = pdfText(reportDir.resolve("report.pdf"));
    figures = new ObjectMapper().readTree(reportDir.resolve("figures.json").toFile());
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  static Object[] r(Object... cells) {
    return cells;
  }

  /** The columns the fixtures below give, by name; declared columns they do not give are null. */
  static final Map<String, List<String>> FIXTURE_COLUMNS =
      Map.of(
          "trends",
              List.of(
                  "family",
                  "category",
                  "period",
                  "period_start",
                  "dimension",
                  "dimension_value",
                  "count",
                  "total",
                  "share",
                  "share_low",
                  "share_high",
                  "suppressed"),
          "trend_tests",
              List.of(
                  "family",
                  "category",
                  "dimension",
                  "dimension_value",
                  "status",
                  "n_periods",
                  "first_period",
                  "last_period",
                  "first_share",
                  "last_share",
                  "mk_s",
                  "mk_var_s",
                  "mk_z",
                  "p_value",
                  "q_value",
                  "sen_slope",
                  "sen_low",
                  "sen_high",
                  "direction"),
          "emerging_signals",
              List.of(
                  "family",
                  "category",
                  "dimension",
                  "dimension_value",
                  "period",
                  "count",
                  "total",
                  "baseline_count",
                  "baseline_total",
                  "rate_ratio",
                  "rr_low",
                  "rr_high",
                  "p_value",
                  "q_value",
                  "status"),
          "country_comparison",
              List.of(
                  "country",
                  "region",
                  "period",
                  "source_kind",
                  "family",
                  "category",
                  "count_low",
                  "count_high",
                  "total",
                  "share",
                  "rate_per_100k",
                  "rank",
                  "change",
                  "coverage_note",
                  "suppressed"));

  static void write(Path run, String table, List<Object[]> rows) {
    TableFixtures.write(spark, new RunDir(run.toString()), table, FIXTURE_COLUMNS.get(table), rows);
  }

  static Object[] trend(
      String family,
      String category,
      int quarter,
      String dimension,
      String value,
      long count,
      long total,
      boolean suppressed) {
    double p = (double) count / total;
    return r(
        family,
        category,
        QUARTERS[quarter],
        Date.valueOf(String.format("2023-%02d-01", 1 + 3 * quarter)),
        dimension,
        value,
        suppressed ? null : count,
        total,
        suppressed ? null : p,
        suppressed ? null : p - 0.01,
        suppressed ? null : p + 0.01,
        suppressed);
  }

  static void writeTables(Path run) {
    List<Object[]> trends = new ArrayList<>();
    for (int q = 0; q < 4; q++) {
      trends.add(
          trend(
              "payment_method",
              "cryptocurrency",
              q,
              "all",
              "all",
              CRYPTO_FRA[q] + 20,
              2000,
              false));
      trends.add(
          trend(
              "payment_method",
              "gift_prepaid_card",
              q,
              "all",
              "all",
              GIFT_ALL[q],
              2000,
              GIFT_ALL[q] < 11));
      trends.add(
          trend(
              "payment_method", "cryptocurrency", q, "country", "FRA", CRYPTO_FRA[q], 1000, false));
      trends.add(trend("payment_method", "cryptocurrency", q, "country", "ESP", 20, 1000, false));
      trends.add(
          trend(
              "recruitment_channel", "messaging_app", q, "all", "all", 300 + 10 * q, 2000, false));
      trends.add(trend("recruitment_channel", "messaging_app", q, "site", SCRIPT, 50, 500, false));
    }
    write(run, "trends", trends);
    write(
        run,
        "trend_tests",
        List.of(
            r(
                "payment_method",
                "cryptocurrency",
                "country",
                "FRA",
                "tested",
                4,
                "2023-Q1",
                "2023-Q4",
                0.04,
                0.11,
                6.0,
                8.67,
                1.7,
                0.0012,
                0.004,
                0.0233,
                0.015,
                0.03,
                "increasing"),
            r(
                "payment_method",
                "gift_prepaid_card",
                "all",
                "all",
                "tested",
                4,
                "2023-Q1",
                "2023-Q4",
                0.015,
                0.0125,
                -2.0,
                8.67,
                -0.34,
                0.73,
                0.73,
                -0.001,
                -0.01,
                0.01,
                "no_trend"),
            r(
                "recruitment_channel",
                "messaging_app",
                "site",
                SCRIPT,
                "tested",
                4,
                "2023-Q1",
                "2023-Q4",
                0.1,
                0.1,
                6.0,
                8.67,
                1.7,
                0.01,
                0.03,
                0.0,
                0.0,
                0.0,
                "increasing")));
    write(
        run,
        "emerging_signals",
        List.of(
            r(
                "recruitment_channel",
                "messaging_app",
                "all",
                "all",
                "2023-Q4",
                330L,
                2000L,
                930L,
                6000L,
                1.06,
                0.9,
                1.2,
                0.5,
                0.6,
                "stable"),
            r(
                "payment_method",
                "cryptocurrency",
                "country",
                "FRA",
                "2023-Q4",
                110L,
                1000L,
                185L,
                3000L,
                1.78,
                1.4,
                2.3,
                0.00001,
                0.0002,
                "emerging")));
    write(
        run,
        "country_comparison",
        List.of(
            r(
                "FRA",
                "Europe",
                "2023-Q4",
                "ads",
                "payment_method",
                "cryptocurrency",
                110.0,
                110.0,
                1000.0,
                0.11,
                null,
                1,
                0.025,
                FORMULA,
                false),
            r(
                "ESP",
                "Europe",
                "2023-Q4",
                "ads",
                "payment_method",
                "cryptocurrency",
                20.0,
                20.0,
                1000.0,
                0.02,
                null,
                2,
                0.0,
                SCRIPT,
                false),
            r(
                "ESP",
                "Europe",
                "2023-Q4",
                "ads",
                "payment_method",
                "gift_prepaid_card",
                null,
                null,
                1000.0,
                null,
                null,
                null,
                null,
                "ads",
                true),
            r(
                "FRA",
                "Europe",
                "2023-Q4",
                "ads",
                "recruitment_channel",
                "messaging_app",
                160.0,
                160.0,
                1000.0,
                0.16,
                null,
                1,
                0.01,
                "ads",
                false),
            r(
                "ESP",
                "Europe",
                "2023-Q4",
                "ads",
                "recruitment_channel",
                "messaging_app",
                150.0,
                150.0,
                1000.0,
                0.15,
                null,
                2,
                0.0,
                "ads",
                false)));
  }

  static String pdfText(Path file) throws IOException {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      return normalize(new PDFTextStripper().getText(doc));
    }
  }

  static String normalize(String s) {
    return s.replace('\u00a0', ' ').replaceAll("-\\s*\\n", "-").replaceAll("\\s+", " ");
  }

  static List<CSVRecord> csv(String relative) throws IOException {
    String text = Files.readString(reportDir.resolve(relative), StandardCharsets.UTF_8);
    assertEquals('\uFEFF', text.charAt(0), relative + " starts with a byte-order mark");
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new java.io.StringReader(text.substring(1)))
        .getRecords();
  }

  @Test
  void everyChartReferencedByThePageExistsWithAltTextAndEveryTableHasHeaders() {
    assertFalse(html.select("img").isEmpty());
    for (Element img : html.select("img")) {
      assertTrue(Files.isRegularFile(reportDir.resolve(img.attr("src"))), img.attr("src"));
      assertFalse(img.attr("alt").isBlank(), img.attr("src"));
    }
    for (Element table : html.select("table")) {
      assertFalse(table.select("th").isEmpty());
    }
    for (JsonNode f : figures.path("figures")) {
      assertTrue(
          Files.isRegularFile(reportDir.resolve(f.path("csv").asText())), f.path("csv").asText());
      if (!f.path("png").isNull()) {
        assertTrue(Files.isRegularFile(reportDir.resolve(f.path("svg").asText())));
        assertFalse(
            html.select("img[src=" + f.path("png").asText() + "]").isEmpty(),
            f.path("png").asText());
      }
    }
  }

  @Test
  void findingsComeOnlyFromSignificantTestsRankedByQAndAreInHtmlAndPdf() {
    List<String> shown = html.select("ol.findings li .finding-text").eachText();
    // significant: the FRA crypto signal (q 0.0002), the FRA crypto trend (q 0.004), the site trend
    // (q 0.03);
    // the stable signal and the no_trend test are not findings
    assertEquals(3, shown.size(), shown.toString());
    assertTrue(shown.get(0).contains("1.78 times the baseline rate"), shown.get(0));
    assertEquals(
        "Mentions of Cryptocurrency rose from 4% to 11% of ads in France between 2023-Q1 and 2023-Q4 "
            + "(Sen slope +2.33 pp per quarter, q = 0.004).",
        shown.get(1));
    assertTrue(shown.get(2).contains("on " + SCRIPT), shown.get(2));
    for (String f : shown) {
      assertTrue(pdf.contains(normalize(f)), "PDF lacks: " + f);
    }
    assertEquals(shown.get(1), figures.path("findings").get(1).path("text").asText());
    assertEquals(3, reportEn.outputs().get("report_findings"));
  }

  @Test
  void scriptFromInputTextIsEscapedInHtmlAndOnlyTextInPdf() throws IOException {
    String raw = Files.readString(reportDir.resolve("index.html"));
    assertFalse(raw.contains(SCRIPT));
    assertTrue(raw.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(html.select("script").isEmpty());
    assertTrue(pdf.contains(SCRIPT), "visible as literal text in the PDF");
  }

  @Test
  void formulaCellsAreNeutralizedInTheCsv() throws IOException {
    List<String> notes =
        csv("tables/country_comparison_latest.csv").stream()
            .map(r -> r.get("coverage_note"))
            .toList();
    assertTrue(notes.contains("'" + FORMULA), notes.toString());
    assertFalse(notes.contains(FORMULA));
  }

  @Test
  void theLineChartDataAreTheInputSharesAndSuppressedCellsStayHidden() throws IOException {
    List<CSVRecord> rows = csv("tables/payment_method_share_all.csv");
    assertEquals(8, rows.size());
    for (int q = 0; q < 4; q++) {
      CSVRecord crypto = rows.get(q);
      assertEquals("cryptocurrency", crypto.get("category"), "most mentioned category first");
      assertEquals(QUARTERS[q], crypto.get("period"));
      assertEquals((CRYPTO_FRA[q] + 20) / 2000.0, Double.parseDouble(crypto.get("share")), 1e-12);
    }
    CSVRecord suppressed = rows.get(5);
    assertEquals("2023-Q2", suppressed.get("period"));
    assertEquals("true", suppressed.get("suppressed"));
    for (String c : List.of("count", "share", "share_low", "share_high")) {
      assertEquals("", suppressed.get(c), c + " of a suppressed cell");
    }
    Element td =
        html.select("#fig-payment_method_share_all tbody tr").get(5).select("th, td").get(4);
    assertEquals("suppressed", td.text());
  }

  @Test
  void figureSqlRecomputesItsCsvForOneFigureOfEachKind() throws IOException {
    java.util.Set<String> kindsChecked = new java.util.HashSet<>();
    for (JsonNode f : figures.path("figures")) {
      if (f.path("sql").isNull()) {
        assertEquals("data_method", f.path("section").asText(), "only manifest tables have no SQL");
        continue;
      }
      if (!kindsChecked.add(f.path("kind").asText())) {
        continue; // the stage itself ran every statement; one per kind shows the CSV is its result
      }
      List<CSVRecord> rows = csv(f.path("csv").asText());
      List<Row> again = spark.sql(f.path("sql").asText()).collectAsList();
      assertEquals(again.size(), rows.size(), f.path("id").asText());
      for (int i = 0; i < again.size(); i++) {
        for (int c = 0; c < again.get(i).size(); c++) {
          Object v = again.get(i).get(c);
          String expected = v == null ? "" : org.modus.reports.csv.SafeCsv.neutralize(v);
          assertEquals(
              expected, rows.get(i).get(c), f.path("id").asText() + " row " + i + " column " + c);
        }
      }
    }
    assertEquals(
        java.util.Set.of("line", "small_multiples", "stacked", "heatmap", "table"), kindsChecked);
  }

  @Test
  void anAbsentTableIsNamedInItsSection() {
    assertTrue(
        html.select("#country_comparison .note")
            .text()
            .contains("The triangulation table is absent"));
    assertTrue(reportEn.warnings().stream().anyMatch(w -> w.contains("triangulation")));
  }

  @Test
  void theFrenchReportTakesItsHeadingsFromTheFrenchLabels() throws IOException {
    Properties fr = new Properties();
    try (Reader in =
        Files.newBufferedReader(Path.of("../data-schemas/labels/report_fr.properties"))) {
      fr.load(in);
    }
    Path dir = reportDirFr;
    Document page = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
    assertEquals("fr", page.select("html").attr("lang"));
    List<String> headings = page.select("section > h2").eachText();
    List<String> expected = new ArrayList<>();
    for (String id :
        Arrays.asList(
            "summary",
            "recruitment_channels",
            "payment_methods",
            "platforms",
            "deceptive",
            "country_comparison",
            "data_method",
            "annex")) {
      expected.add(fr.getProperty("section." + id));
    }
    assertEquals(expected, headings);
    assertEquals("Synthèse", headings.get(0));
    String frPdf = pdfText(dir.resolve("report.pdf"));
    assertTrue(frPdf.contains("Données et méthode"), "accents survive in the PDF text");
    String second = page.select("ol.findings li .finding-text").get(1).text();
    assertTrue(
        second.startsWith(
            "Les mentions de la catégorie « Cryptomonnaies » sont passées de 4 % à 11 %"),
        second);
    assertTrue(frPdf.contains(normalize(second)));
    List<String> headlines = page.select("#summary li.headline .headline-text").eachText();
    assertEquals(2, headlines.size(), headlines.toString());
    assertTrue(
        headlines
            .get(0)
            .startsWith(
                "Les mentions de la catégorie « Cryptomonnaies » (France) ont bondi en "
                    + "2023-Q4 à 1,78 fois leur taux antérieur"),
        headlines.get(0));
    assertEquals(
        List.of("(constat principal 1)", "(constat principal 1)", "(constat principal 2)"),
        page.select("ol.findings li .in-headline").eachText());
  }

  @Test
  void theReportOpensWithOneHeadlinePerCategoryEachWithItsChartAndData() throws IOException {
    // the FRA crypto signal and trend tell one change: one headline; the site's channel trend
    // another
    List<String> headlines =
        html.select("#summary ol.headlines li.headline .headline-text").eachText();
    assertEquals(
        List.of(
            "Mentions of Cryptocurrency in France jumped in 2023-Q4 to 1.78 times their earlier rate.",
            "Mentions of Messaging apps rose from 10% to 10% of ads on "
                + SCRIPT
                + " between 2023-Q1 and 2023-Q4."),
        headlines);
    JsonNode listed = figures.path("headlines");
    assertEquals(2, listed.size());
    assertEquals(
        "[1,2]", listed.get(0).path("findings").toString(), "the signal and the trend of France");
    for (int i = 0; i < listed.size(); i++) {
      Element img = html.select("#summary li.headline").get(i).selectFirst("img");
      assertEquals("charts/headline_" + (i + 1) + ".png", img.attr("src"));
      assertTrue(Files.isRegularFile(reportDir.resolve(img.attr("src"))));
      assertFalse(
          html.select("#annex #fig-headline_" + (i + 1) + " table").isEmpty(),
          "its data in the annex");
    }
    List<CSVRecord> chart = csv("tables/headline_1.csv");
    assertEquals(4, chart.size(), "one line, France, over four quarters");
    assertEquals("France", chart.get(0).get("series"));
    assertEquals(CRYPTO_FRA[3] / 1000.0, Double.parseDouble(chart.get(3).get("share")), 1e-12);
    String first;
    try (PDDocument doc = Loader.loadPDF(reportDir.resolve("report.pdf").toFile())) {
      PDFTextStripper page1 = new PDFTextStripper();
      page1.setEndPage(1);
      first = normalize(page1.getText(doc));
    }
    for (String h : headlines) {
      assertTrue(first.contains(normalize(h)), "the PDF's first page lacks: " + h);
    }
  }

  @Test
  void breakdownValuesAreQuotedAsSqlTextNeverAsSql() {
    String value = "Côte d'Ivoire \\ ' OR 1=1 --";
    assertEquals(value, spark.sql("SELECT " + ReportQueries.quote(value)).first().getString(0));
  }
}
