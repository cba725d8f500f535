package org.modus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.modus.testing.DemoRun;
import org.modus.testing.ModusProcess;

/**
 * The README's main command, end to end through the command line, on the bundled sample data: every
 * stage completes, and the report it prints the path of says what the label files and the run's
 * data say. (The headlines' wording and that they name every planted trend, on the page and the
 * PDF's first page, are DemoHeadlinesIT's; the rendering of each figure kind from known tables is
 * ReportJobIT's.)
 */
class DemoIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The demo feeds every source family, so its report has every section, in this order. */
  private static final List<String> SECTIONS =
      List.of(
          "summary",
          "recruitment_channels",
          "payment_methods",
          "platforms",
          "deceptive",
          "country_comparison",
          "case_records",
          "source_discrepancies",
          "data_method",
          "annex");

  private static Properties labels() throws IOException {
    Properties en = new Properties();
    try (Reader in =
        Files.newBufferedReader(Path.of("../data-schemas/labels/report_en.properties"))) {
      en.load(in);
    }
    return en;
  }

  private static Document page() throws IOException {
    return Jsoup.parse(DemoRun.dir().resolve("report/index.html").toFile(), "UTF-8");
  }

  private static JsonNode figuresJson() throws IOException {
    return JSON.readTree(DemoRun.dir().resolve("report/figures.json").toFile());
  }

  /**
   * Without whitespace: the PDF breaks lines (and site names after their dot) where the page does
   * not.
   */
  private static String squeezed(String s) {
    return s.replaceAll("[\\s\u00a0]+", "");
  }

  @Test
  void demoCompletesEveryStageAndPrintsWhereTheReportIs() throws Exception {
    Path run = DemoRun.dir();
    assertTrue(
        DemoRun.result().stdout().contains("Report: " + run.resolve("report/index.html")),
        DemoRun.result().stdout());

    JsonNode stages = JSON.readTree(run.resolve("manifest.json").toFile()).path("stages");
    for (String stage :
        new String[] {
          "ingest-ads",
          "ingest-cases",
          "ingest-aggregates",
          "ingest-survey",
          "extract",
          "trends",
          "compare",
          "report",
          "export-notebook"
        }) {
      assertEquals(
          "complete",
          stages.path(stage).path("status").asText(),
          stage + ": " + stages.path(stage));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = stages.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> s = it.next();
      assertTrue(
          s.getValue().path("reconciles").asBoolean(),
          s.getKey() + " read != accepted + quarantined");
    }
  }

  @Test
  void theManifestRecordsInputsWithChecksumsAndNeverTheKey() throws Exception {
    Path run = DemoRun.dir();
    JsonNode manifest = JSON.readTree(run.resolve("manifest.json").toFile());
    assertTrue(manifest.path("inputs").size() >= 4, manifest.path("inputs").toString());
    for (JsonNode in : manifest.path("inputs")) {
      assertTrue(in.path("sha256").asText().matches("[0-9a-f]{64}"), in.toString());
    }
    String key = Files.readString(run.resolve("input/demo.key")).strip();
    assertTrue(!Files.readString(run.resolve("manifest.json")).contains(key));
    assertTrue(manifest.path("config").path("key_file").isMissingNode());
  }

  @Test
  void sqlAnswersAQueryOverTheRun() throws Exception {
    Path run = DemoRun.dir();
    Path csv = run.resolve("sql-answer.csv");
    ModusProcess.Result r =
        ModusProcess.run(
            Map.of(),
            "sql",
            "--run",
            run.toString(),
            "SELECT language, count(*) AS ads FROM ads GROUP BY language ORDER BY language",
            "--csv",
            csv.toString());
    assertEquals(0, r.exitCode(), r.stderr());
    String answer = Files.readString(csv);
    assertTrue(answer.contains("language,ads"), answer);
    assertTrue(
        answer.contains("\nen,") && answer.contains("\nfr,") && answer.contains("\nes,"), answer);
  }

  @Test
  void aSecondParquetReaderReadsTheTables() throws Exception {
    Path run = DemoRun.dir();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*), count(DISTINCT family) FROM read_parquet('"
                    + run.resolve("tables/ad_features")
                    + "/*.parquet') WHERE NOT negated")) {
      assertTrue(rs.next());
      assertTrue(rs.getLong(1) > 1000, "features: " + rs.getLong(1));
      assertTrue(rs.getLong(2) >= 5, "families: " + rs.getLong(2));
    }
  }

  @Test
  void theReportPageHasTheTitleAndEverySectionHeadedAsTheLabelsSayInOrder() throws Exception {
    Properties en = labels();
    Document page = page();
    assertEquals("en", page.select("html").attr("lang"));
    assertEquals(en.getProperty("report.title"), page.title());
    assertEquals(en.getProperty("report.title"), page.select("header h1").text());
    assertEquals(en.getProperty("report.subtitle"), page.select("header .subtitle").text());

    assertEquals(SECTIONS, page.select("section[id]").eachAttr("id"));
    List<String> headings = new ArrayList<>();
    for (String id : SECTIONS) {
      headings.add(en.getProperty("section." + id));
    }
    assertEquals(headings, page.select("section[id] > h2").eachText());
    assertEquals(headings, page.select("nav.toc a").eachText(), "the contents list every section");

    String absent = en.getProperty("report.missing_table").split("\\{table}")[1].split("\\.")[0];
    assertTrue(
        !page.text().contains(absent.strip()), "the demo runs every stage, so no table is absent");
    assertEquals(en.getProperty("findings.heading"), page.select("#annex #key-findings").text());
  }

  @Test
  void everyFigureHasItsCsvWithItsColumnsAsHeaderAndItsRowsAndAPageTableShowingThem()
      throws Exception {
    Path report = DemoRun.dir().resolve("report");
    Document page = page();
    JsonNode figures = figuresJson().path("figures");
    assertTrue(figures.size() >= 30, "figures: " + figures.size());
    for (JsonNode f : figures) {
      String id = f.path("id").asText();
      String text =
          Files.readString(report.resolve(f.path("csv").asText()), StandardCharsets.UTF_8);
      assertEquals(
          '\uFEFF', text.charAt(0), id + ": a byte-order mark, so spreadsheets read UTF-8");
      List<String> columns = new ArrayList<>();
      f.path("columns").forEach(c -> columns.add(c.asText()));
      List<CSVRecord> records =
          CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
      assertEquals(
          columns, records.get(0).toList(), id + ": the CSV header is the figure's columns");
      int rows = f.path("rows").asInt();
      assertEquals(rows, records.size() - 1, id + ": the CSV holds every row");
      assertTrue(rows > 0, id + ": the demo's data fill every table");
      for (CSVRecord r : records) {
        assertEquals(columns.size(), r.size(), id + " line " + r.getRecordNumber());
      }

      String section = f.path("section").asText();
      assertTrue(SECTIONS.contains(section), id + ": " + section);
      // figures.json files each figure under the section of the page that prints it
      Element block = page.selectFirst("#" + section + " #fig-" + id);
      assertTrue(block != null, id + " is in its section of the page");
      assertEquals(
          columns.size(), block.select("table thead th").size(), id + ": one heading per column");
      int shown = block.select("table tbody tr").size();
      assertTrue(
          shown == rows
              || (shown > 0
                  && shown < rows
                  && block.select(".rows-note").text().contains("of " + rows + " rows")),
          id + ": " + shown + " of " + rows + " rows shown, " + block.select(".rows-note"));
      if (!f.path("png").isNull()) {
        assertTrue(Files.size(report.resolve(f.path("png").asText())) > 0, id);
        assertTrue(Files.readString(report.resolve(f.path("svg").asText())).contains("<svg"), id);
        assertTrue(
            !block.select("img[src=" + f.path("png").asText() + "]").attr("alt").isBlank(), id);
      }
    }
  }

  @Test
  void thePdfHasTheTitleEverySectionHeadingAndEveryChartTitle() throws Exception {
    Properties en = labels();
    String pdf;
    try (PDDocument doc = Loader.loadPDF(DemoRun.dir().resolve("report/report.pdf").toFile())) {
      assertTrue(doc.getNumberOfPages() >= 10, "pages: " + doc.getNumberOfPages());
      pdf = squeezed(new PDFTextStripper().getText(doc));
    }
    assertTrue(
        pdf.startsWith(
            squeezed(en.getProperty("report.title") + en.getProperty("report.subtitle"))),
        pdf.substring(0, 200));
    for (String id : SECTIONS) {
      assertTrue(
          pdf.contains(squeezed(en.getProperty("section." + id))), "the PDF lacks section " + id);
    }
    for (JsonNode f : figuresJson().path("figures")) {
      if (!f.path("png").isNull()) {
        assertTrue(
            pdf.contains(squeezed(f.path("title").asText())),
            "the PDF lacks figure " + f.path("title"));
      }
    }
  }

  @Test
  void figuresJsonIndexesEveryFigureOfThePageAndTheFindingsOfTheAnnex() throws Exception {
    JsonNode index = figuresJson();
    List<String> keys = new ArrayList<>();
    index.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("report_version", "lang", "figures", "headlines", "findings"), keys);
    assertEquals(1, index.path("report_version").asInt());
    assertEquals("en", index.path("lang").asText());

    Document page = page();
    Set<String> ids = new HashSet<>();
    for (JsonNode f : index.path("figures")) {
      for (String key : List.of("id", "section", "title", "kind", "csv")) {
        assertTrue(!f.path(key).asText().isBlank(), f.path("id") + " has no " + key);
      }
      assertTrue(
          Set.of("line", "small_multiples", "stacked", "heatmap", "table")
              .contains(f.path("kind").asText()),
          f.toString());
      assertTrue(
          f.path("sql").isTextual() || "data_method".equals(f.path("section").asText()),
          f.path("id") + ": only tables from the manifest have no SQL");
      assertTrue(ids.add(f.path("id").asText()), "figure id twice: " + f.path("id"));
    }
    Set<String> onPage = new HashSet<>();
    page.select("div.figure-block").forEach(b -> onPage.add(b.id().substring("fig-".length())));
    assertEquals(ids, onPage, "figures.json and the page list the same figures");

    JsonNode headlines = index.path("headlines");
    assertTrue(headlines.size() >= 1 && headlines.size() <= 7, headlines.toString());
    for (JsonNode h : headlines) {
      assertTrue(ids.contains(h.path("figure").asText()), "headline's figure: " + h);
    }
    JsonNode findings = index.path("findings");
    List<String> annex = page.select("#annex ol.findings li .finding-text").eachText();
    assertEquals(findings.size(), annex.size());
    for (int i = 0; i < findings.size(); i++) {
      JsonNode f = findings.get(i);
      assertEquals(i + 1, f.path("rank").asInt(), "ranked 1..n");
      assertEquals(annex.get(i), f.path("text").asText());
      assertTrue(
          f.path("q_value").asDouble() > 0 && f.path("q_value").asDouble() < 1, f.toString());
    }
  }
}
