package org.modus.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.ModusException;
import org.modus.engine.RunConfig;
import org.modus.engine.RunContext;
import org.modus.engine.StageReport;
import org.modus.notebooks.NotebookValidator;
import org.modus.notebooks.PySql;
import org.modus.pipeline.Pipeline;
import org.modus.pipeline.RunContexts;
import org.modus.testing.SparkTestSession;

/**
 * The notebook's SQL is the report's SQL: a run with a small trends table gets a report figure made
 * the way the report stage makes it, the notebook is exported, and the statement read back from the
 * notebook, run by Spark over the run's Parquet, reproduces the report's CSV.
 */
class NotebookJobIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FIGURE = ReportedRun.FIGURE;
  private final SparkSession spark = SparkTestSession.get();

  private Path runWithTrends(Path dir) {
    return ReportedRun.withTrends(spark, dir);
  }

  private void reportFigure(Path run) throws IOException {
    ReportedRun.reportFigure(spark, run);
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"), "report CSVs carry a byte-order mark");
    try (Reader r = new java.io.StringReader(text.substring(1))) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(r)
          .getRecords();
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
  void theSqlInTheNotebookRecomputesTheReportsFigureFromTheRunsParquet(@TempDir Path dir)
      throws IOException {
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
        spark
            .read()
            .parquet(run.resolve("tables/" + table).toString())
            .createOrReplaceTempView(table);
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
    assertEquals(
        List.of("2024-Q1/crypto/0.12", "2024-Q1/gift_card/0.07", "2024-Q2/crypto/0.18"),
        rows.stream()
            .map(r -> r.get("period") + "/" + r.get("category") + "/" + r.get("share"))
            .toList());
  }

  @Test
  void theExportIsRecordedInTheManifestAndEmbedsTheReportChart(@TempDir Path dir)
      throws IOException {
    Path run = runWithTrends(dir);
    reportFigure(run);
    RunContext ctx = RunContexts.open(spark, run.toString(), RunConfig.defaults(), null);
    Pipeline.exportNotebook(spark, ctx);
    JsonNode manifest = JSON.readTree(run.resolve("manifest.json").toFile());
    JsonNode stage = manifest.path("stages").path("export-notebook");
    assertEquals("complete", stage.path("status").asText());
    assertEquals(1, stage.path("details").path("charts_embedded").asInt());

    JsonNode nb = JSON.readTree(run.resolve("notebooks/report.ipynb").toFile());
    String png =
        Base64.getEncoder()
            .encodeToString(Files.readAllBytes(run.resolve("report/charts/" + FIGURE + ".png")));
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
