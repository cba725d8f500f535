package org.modus.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.DeclaredSchemas;
import org.modus.engine.ModusException;
import org.modus.engine.RunConfig;
import org.modus.engine.RunContext;
import org.modus.engine.RunDir;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;
import org.modus.notebooks.NotebookValidator;
import org.modus.notebooks.PySql;
import org.modus.pipeline.Pipeline;
import org.modus.pipeline.RunContexts;
import org.modus.reports.csv.SafeCsv;
import org.modus.testing.SparkTestSession;

/**
 * The notebook's SQL is the report's SQL: a run with a small trends table gets a report figure made
 * the way the report stage makes it, the notebook is exported, and the statement read back from the
 * notebook, run by Spark over the run's Parquet, reproduces the report's CSV.
 */
class NotebookJobIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FIGURE = "payment_method_share_all";
  private static final String SQL = """
      SELECT period, category, count, total, share
      FROM trends
      WHERE family = 'payment_method' AND dimension = 'all' AND NOT suppressed
      ORDER BY period, category""";

  private final SparkSession spark = SparkTestSession.get();

  /** Counts out of 200 ads per quarter; gift cards in Q2 fall below the threshold and are suppressed. */
  private Path runWithTrends(Path dir) {
    List<Row> rows = new ArrayList<>();
    rows.add(trend("crypto", "2024-Q1", "2024-01-01", 24L, 200L, false));
    rows.add(trend("crypto", "2024-Q2", "2024-04-01", 36L, 200L, false));
    rows.add(trend("gift_card", "2024-Q1", "2024-01-01", 14L, 200L, false));
    rows.add(trend("gift_card", "2024-Q2", "2024-04-01", null, 200L, true));
    Tables.write(spark.createDataFrame(rows, DeclaredSchemas.of("trends")), new RunDir(dir.toString()), "trends");
    return dir;
  }

  private static Row trend(String category, String period, String start, Long count, long total,
      boolean suppressed) {
    Double share = count == null ? null : count / (double) total;
    return RowFactory.create("payment_method", category, period, Date.valueOf(start), "all", "all", count,
        total, share, share == null ? null : share - 0.01, share == null ? null : share + 0.01, suppressed);
  }

  /** What the report stage does for one figure: SQL over temp views, CSV with SafeCsv, a PNG. */
  private void reportFigure(Path run) throws IOException {
    Tables.read(spark, new RunDir(run.toString()), "trends").createOrReplaceTempView("trends");
    List<Row> result = spark.sql(SQL).collectAsList();
    List<List<?>> csvRows = new ArrayList<>();
    for (Row r : result) {
      List<Object> cells = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        cells.add(r.get(i));
      }
      csvRows.add(cells);
    }
    SafeCsv.write(run.resolve("report/tables/" + FIGURE + ".csv"),
        List.of("period", "category", "count", "total", "share"), csvRows);
    Files.createDirectories(run.resolve("report/charts"));
    ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "png",
        run.resolve("report/charts/" + FIGURE + ".png").toFile());
    ObjectNode root = JSON.createObjectNode();
    root.put("report_version", 1);
    root.put("lang", "en");
    ObjectNode fig = root.putArray("figures").addObject();
    fig.put("id", FIGURE);
    fig.put("section", "payment_methods");
    fig.put("title", "Payment methods named in ads");
    fig.put("kind", "line");
    fig.put("png", "charts/" + FIGURE + ".png");
    fig.put("svg", "charts/" + FIGURE + ".svg");
    fig.put("csv", "tables/" + FIGURE + ".csv");
    fig.put("alt", "Share of ads naming each payment method, by quarter.");
    fig.put("sql", SQL);
    fig.putArray("tables").add("trends");
    root.putArray("findings");
    Files.write(run.resolve("report/figures.json"), JSON.writeValueAsBytes(root));
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"), "report CSVs carry a byte-order mark");
    try (Reader r = new java.io.StringReader(text.substring(1))) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
  }

  private static String figureCode(JsonNode nb) {
    for (JsonNode c : nb.path("cells")) {
      if (c.path("id").asText().equals(FIGURE + "-code")) {
        StringBuilder s = new StringBuilder();
        c.path("source").forEach(l -> s.append(l.asText()));
        return s.toString();
      }
    }
    throw new AssertionError("no code cell for " + FIGURE);
  }

  private static List<String> setupTables(JsonNode nb) {
    for (JsonNode c : nb.path("cells")) {
      if (c.path("id").asText().equals("modus-setup-tables")) {
        StringBuilder s = new StringBuilder();
        c.path("source").forEach(l -> s.append(l.asText()));
        Matcher m = Pattern.compile("TABLES = \\[(.*)]").matcher(s);
        assertTrue(m.find(), s.toString());
        return List.of(m.group(1).replace("\"", "").split(",\\s*"));
      }
    }
    throw new AssertionError("no setup cell");
  }

  @Test
  void theSqlInTheNotebookRecomputesTheReportsFigureFromTheRunsParquet(@TempDir Path dir) throws IOException {
    Path run = runWithTrends(dir);
    reportFigure(run);
    RunContext ctx = RunContexts.open(spark, run.toString(), RunConfig.defaults(), null);
    StageReport report = Pipeline.exportNotebook(spark, ctx);
    assertEquals(1, report.accepted());
    assertEquals(List.of(), report.warnings());

    for (String name : List.of("report.ipynb", "report-sql.ipynb")) {
      Path file = run.resolve("notebooks/" + name);
      JsonNode nb = JSON.readTree(file.toFile());
      assertEquals(List.of(), NotebookValidator.problems(nb), name);
      assertFalse(Files.exists(run.resolve("notebooks/." + name + ".crc")), "no Hadoop side files");

      // What a reader does: register the setup cell's tables from the run dir, run the cell's SQL.
      spark.catalog().dropTempView("trends");
      for (String table : setupTables(nb)) {
        spark.read().parquet(run.resolve("tables/" + table).toString()).createOrReplaceTempView(table);
      }
      List<String> statements = PySql.extract(figureCode(nb));
      assertEquals(1, statements.size());
      List<Row> recomputed = spark.sql(statements.get(0)).collectAsList();

      List<CSVRecord> expected = csv(run.resolve("report/tables/" + FIGURE + ".csv"));
      assertEquals(expected.size(), recomputed.size(), name);
      for (int i = 0; i < expected.size(); i++) {
        CSVRecord e = expected.get(i);
        Row a = recomputed.get(i);
        assertEquals(e.get("period"), a.getAs("period"));
        assertEquals(e.get("category"), a.getAs("category"));
        assertEquals(Long.parseLong(e.get("count")), (long) a.<Long>getAs("count"));
        assertEquals(Long.parseLong(e.get("total")), (long) a.<Long>getAs("total"));
        assertEquals(Double.parseDouble(e.get("share")), a.<Double>getAs("share"), 1e-12);
      }
    }
    // The CSV itself holds the shares the fixture planted (count / 200), suppressed row left out.
    List<CSVRecord> rows = csv(run.resolve("report/tables/" + FIGURE + ".csv"));
    assertEquals(List.of("2024-Q1/crypto/0.12", "2024-Q1/gift_card/0.07", "2024-Q2/crypto/0.18"),
        rows.stream().map(r -> r.get("period") + "/" + r.get("category") + "/" + r.get("share")).toList());
  }

  @Test
  void theExportIsRecordedInTheManifestAndEmbedsTheReportChart(@TempDir Path dir) throws IOException {
    Path run = runWithTrends(dir);
    reportFigure(run);
    RunContext ctx = RunContexts.open(spark, run.toString(), RunConfig.defaults(), null);
    Pipeline.exportNotebook(spark, ctx);
    JsonNode manifest = JSON.readTree(run.resolve("manifest.json").toFile());
    JsonNode stage = manifest.path("stages").path(Pipeline.EXPORT_NOTEBOOK);
    assertEquals("complete", stage.path("status").asText());
    assertEquals(1, stage.path("details").path("charts_embedded").asInt());

    JsonNode nb = JSON.readTree(run.resolve("notebooks/report.ipynb").toFile());
    String png = Base64.getEncoder().encodeToString(Files.readAllBytes(run.resolve("report/charts/" + FIGURE + ".png")));
    boolean embedded = false;
    for (JsonNode c : nb.path("cells")) {
      for (JsonNode out : c.path("outputs")) {
        embedded |= png.equals(out.path("data").path("image/png").asText());
      }
    }
    assertTrue(embedded, "the report's chart is the figure cell's stored output");
    String provenance = nb.path("cells").get(1).path("source").toString();
    assertTrue(provenance.contains("Disclosure threshold:** 11"), provenance);
  }

  @Test
  void aRunWithoutAReportFailsWithTheStageToRunFirst(@TempDir Path dir) {
    RunContext ctx = RunContexts.open(spark, dir.toString(), RunConfig.defaults(), null);
    ModusException e = assertThrows(ModusException.class, () -> NotebookJob.run(spark, ctx));
    assertTrue(e.getMessage().contains("./modus report --run DIR"), e.getMessage());
  }
}
