package org.modus.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.schemas.TableCatalog;

class NotebookExportTest {

  private static JsonNode notebook(NotebookExport.Result r, Flavour flavour) throws IOException {
    return ReportFixture.JSON.readTree(r.notebooks().get(flavour.fileName()));
  }

  private static JsonNode cell(JsonNode nb, String id) {
    for (JsonNode c : nb.path("cells")) {
      if (c.path("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no cell " + id);
  }

  private static List<JsonNode> codeCells(JsonNode nb) {
    List<JsonNode> out = new ArrayList<>();
    nb.path("cells")
        .forEach(
            c -> {
              if (c.path("cell_type").asText().equals("code")) {
                out.add(c);
              }
            });
    return out;
  }

  @Test
  void writesOneNotebookPerFlavourAndATablesNotebookEachValidAgainstTheNbformat45Schema(
      @TempDir Path dir) throws IOException {
    NotebookExport.Result r = ReportFixture.export(ReportFixture.standard(dir).write());
    assertEquals(
        List.of("report.ipynb", "report-sql.ipynb", "tables.ipynb"),
        List.copyOf(r.notebooks().keySet()));
    for (String name : r.notebooks().keySet()) {
      JsonNode nb = ReportFixture.JSON.readTree(r.notebooks().get(name));
      assertEquals(List.of(), NotebookValidator.problems(nb), name);
      assertEquals(4, nb.path("nbformat").asInt());
      assertEquals(5, nb.path("nbformat_minor").asInt());
    }
  }

  @Test
  void theValidatorRejectsANotebookThatBreaksTheSchema(@TempDir Path dir) throws IOException {
    NotebookExport.Result r = ReportFixture.export(ReportFixture.standard(dir).write());
    ObjectNode nb = (ObjectNode) notebook(r, Flavour.PYSPARK);
    ((ObjectNode) nb.path("cells").get(0)).put("id", "not a valid id!");
    assertFalse(NotebookValidator.problems(nb).isEmpty());
    ObjectNode nb2 = (ObjectNode) notebook(r, Flavour.SQL);
    ((ObjectNode) nb2.path("cells").get(1)).put("id", nb2.path("cells").get(0).path("id").asText());
    assertTrue(NotebookValidator.problems(nb2).stream().anyMatch(p -> p.contains("used twice")));
  }

  @Test
  void everyReportChartIsStoredAsTheFigureCellsPngOutput(@TempDir Path dir) throws IOException {
    ReportFixture fx = ReportFixture.standard(dir);
    fx.chart(
        "payment_method_share_country",
        "payment_methods",
        "Share by country",
        "small_multiples",
        "SELECT dimension_value, period, share FROM trends WHERE dimension = 'country'",
        List.of("dimension_value", "period", "share"),
        List.of(List.of("DE", "2024-Q1", 0.2)),
        Color.RED);
    NotebookExport.Result r = ReportFixture.export(fx.write());
    assertEquals(2, r.charts());
    JsonNode py = notebook(r, Flavour.PYSPARK);
    JsonNode sql = notebook(r, Flavour.SQL);
    for (String id : List.of("payment_method_share_all", "payment_method_share_country")) {
      String expected =
          Base64.getEncoder()
              .encodeToString(Files.readAllBytes(dir.resolve("report/charts/" + id + ".png")));
      JsonNode outputs = cell(py, CellIds.of(id, "code")).path("outputs");
      assertEquals(expected, outputs.get(0).path("data").path("image/png").asText(), id);
      JsonNode attachments = cell(sql, CellIds.of(id, "md")).path("attachments");
      assertEquals(
          expected, attachments.path(CellIds.of(id, "chart") + ".png").path("image/png").asText());
      assertTrue(
          Nbformat.text(cell(sql, CellIds.of(id, "md")).path("source"))
              .contains("(attachment:" + CellIds.of(id, "chart") + ".png)"));
    }
    JsonNode tableOutputs = cell(py, CellIds.of("crypto_by_country", "code")).path("outputs");
    assertEquals(1, tableOutputs.size(), "a table-kind figure stores its table only");
    assertTrue(tableOutputs.get(0).path("data").path("image/png").isMissingNode());
  }

  @Test
  void storedTablesComeFromTheReportCsvAsEscapedHtmlAndPlainText(@TempDir Path dir)
      throws IOException {
    ReportFixture fx = new ReportFixture(dir);
    fx.table(
        "labels",
        "other",
        "Labels",
        "SELECT category, count FROM trends",
        List.of("category", "count"),
        List.of(List.of("<b>bold</b> & co", 40L), List.of("=SUM(A1)", 12L)));
    JsonNode nb = notebook(ReportFixture.export(fx.write()), Flavour.SQL);
    JsonNode data = cell(nb, CellIds.of("labels", "code")).path("outputs").get(0).path("data");
    String html = Nbformat.text(data.path("text/html"));
    assertTrue(html.contains("<td>&lt;b&gt;bold&lt;/b&gt; &amp; co</td><td>40</td>"), html);
    assertFalse(html.contains("<b>bold"));
    // The report's apostrophe guards spreadsheets; the notebook shows the query's value.
    assertTrue(html.contains("<td>=SUM(A1)</td><td>12</td>"), html);
    String text = Nbformat.text(data.path("text/plain"));
    assertTrue(
        text.lines().anyMatch(l -> l.startsWith("=SUM(A1)") && l.strip().endsWith("12")), text);
  }

  @Test
  void storedOutputsHoldNoCountBelowTheThresholdNorAnythingShapedLikeAnIdentifier(@TempDir Path dir)
      throws IOException {
    ReportFixture fx = new ReportFixture(dir);
    fx.table(
        "small",
        "other",
        "Small cells",
        "SELECT dimension_value, count, share FROM trends",
        List.of("dimension_value", "count", "share"),
        List.of(
            List.of("DE", 37L, 0.31),
            List.of("LU", 3L, 0.02),
            List.of("contact me: jane.doe@example.org", 50L, 0.5)));
    NotebookExport.Result r = ReportFixture.export(fx.write());
    assertEquals(3, r.withheldCells(), "count 3, the share beside it, and the e-mail");
    assertTrue(
        r.warnings().stream().anyMatch(w -> w.contains("raw identifiers")),
        r.warnings().toString());
    for (Flavour f : Flavour.values()) {
      String stored =
          new String(r.notebooks().get(f.fileName()), java.nio.charset.StandardCharsets.UTF_8);
      assertFalse(stored.contains("jane.doe"), f.fileName());
      JsonNode data =
          cell(notebook(r, f), CellIds.of("small", "code")).path("outputs").get(0).path("data");
      String html = Nbformat.text(data.path("text/html"));
      assertTrue(html.contains("<td>DE</td><td>37</td><td>0.31</td>"), html);
      assertTrue(html.contains("<td>LU</td><td>suppressed</td><td>suppressed</td>"), html);
      assertFalse(html.contains("0.02"));
    }
  }

  @Test
  void codeCellsRunTheReportsSqlAndNameOnlyDeclaredTablesAndColumns(@TempDir Path dir)
      throws IOException {
    ReportFixture fx = ReportFixture.standard(dir);
    NotebookExport.Result r = ReportFixture.export(fx.write());
    assertEquals(List.of(), r.warnings());
    Set<String> declared = Set.copyOf(TableCatalog.names());
    for (Flavour f : Flavour.values()) {
      JsonNode nb = notebook(r, f);
      List<String> sqls = new ArrayList<>();
      for (JsonNode c : codeCells(nb)) {
        String code = Nbformat.text(c.path("source"));
        for (String sql : PySql.extract(code)) {
          sqls.add(sql);
          assertEquals(List.of(), SqlReferences.problems(sql), c.path("id").asText());
        }
        Matcher views = Pattern.compile("TABLES = \\[(.*)]").matcher(code);
        if (views.find()) {
          for (String t : views.group(1).replace("\"", "").split(",\\s*")) {
            assertTrue(declared.contains(t), "view of undeclared table " + t);
          }
        }
      }
      assertEquals(List.of(ReportFixture.LINE_SQL.strip(), ReportFixture.TABLE_SQL.strip()), sqls);
    }
  }

  @Test
  void theTablesNotebookCoversTheTablesTheRunHoldsAndStoresNoData(@TempDir Path dir)
      throws IOException {
    ReportFixture fx = ReportFixture.standard(dir);
    fx.write("tables/trend_tests/_SUCCESS", new byte[0]);
    fx.write("tables/ads/part-0.parquet", new byte[0]); // unpublished: no _SUCCESS, so not listed
    NotebookExport.Result r = ReportFixture.export(fx.write());
    JsonNode nb = ReportFixture.JSON.readTree(r.notebooks().get("tables.ipynb"));
    List<String> viewed = new ArrayList<>();
    for (JsonNode c : codeCells(nb)) {
      assertTrue(c.path("outputs").isEmpty(), "no stored outputs");
      for (String sql : PySql.extract(Nbformat.text(c.path("source")))) {
        assertEquals(List.of(), SqlReferences.problems(sql));
        viewed.addAll(SqlReferences.of(sql).tables());
      }
    }
    assertEquals(List.of("trends", "trend_tests"), viewed, "catalog order, published tables only");
    String trends = Nbformat.text(cell(nb, CellIds.of("trends", "table-md")).path("source"));
    for (String column : TableCatalog.table("trends").fieldNames()) {
      assertTrue(trends.contains("| `" + column + "` |"), column);
    }
    assertTrue(trends.contains("One of: `all`, `country`, `region`, `site`, `source`."), trends);
  }

  @Test
  void aRunWithNoPublishedTableGetsNoTablesNotebook(@TempDir Path dir) throws IOException {
    Path run = ReportFixture.standard(dir).write();
    Files.delete(run.resolve("tables/trends/_SUCCESS"));
    NotebookExport.Result r = ReportFixture.export(run);
    assertEquals(List.of("report.ipynb", "report-sql.ipynb"), List.copyOf(r.notebooks().keySet()));
    assertTrue(
        r.warnings().stream()
            .anyMatch(w -> w.contains("table 'trends' is not in this run's tables/")));
  }

  @Test
  void aFigureWhoseSqlNamesAnUndeclaredColumnIsReported(@TempDir Path dir) {
    ReportFixture fx = new ReportFixture(dir);
    fx.table(
        "bad",
        "other",
        "Bad",
        "SELECT category, phone_number FROM trends",
        List.of("category", "phone_number"),
        List.of(List.of("crypto", "x")));
    NotebookExport.Result r = ReportFixture.export(fx.write());
    assertTrue(
        r.warnings().stream().anyMatch(w -> w.contains("'phone_number'")), r.warnings().toString());
  }

  @Test
  void cellIdsDependOnlyOnTheFiguresSoTwoExportsDiffCellByCell(@TempDir Path a, @TempDir Path b)
      throws IOException {
    NotebookExport.Result first = ReportFixture.export(ReportFixture.standard(a).write());
    ReportFixture changed = new ReportFixture(b);
    changed.chart(
        "payment_method_share_all",
        "payment_methods",
        "Payment methods named in ads, share by quarter",
        "line",
        ReportFixture.LINE_SQL,
        List.of("period", "category", "share"),
        List.of(List.of("2024-Q1", "crypto", 0.5)),
        Color.GREEN);
    changed.table(
        "crypto_by_country",
        "payment_methods",
        "Ads naming cryptocurrency payment, by country",
        ReportFixture.TABLE_SQL,
        List.of("country", "ads"),
        List.of(List.of("IT", 300L)));
    changed.finding(1, "Something else.");
    NotebookExport.Result second = ReportFixture.export(changed.write());
    for (Flavour f : Flavour.values()) {
      List<String> ids1 = ids(notebook(first, f));
      assertEquals(ids1, ids(notebook(second, f)));
      assertEquals(ids1.size(), new HashSet<>(ids1).size());
      assertTrue(ids1.contains("payment_method_share_all-code"));
    }
    // And the same input gives byte-identical files.
    NotebookExport.Result again = ReportFixture.export(a);
    for (Map.Entry<String, byte[]> e : first.notebooks().entrySet()) {
      assertEquals(new String(e.getValue()), new String(again.notebooks().get(e.getKey())));
    }
  }

  private static List<String> ids(JsonNode nb) {
    List<String> ids = new ArrayList<>();
    nb.path("cells").forEach(c -> ids.add(c.path("id").asText()));
    return ids;
  }

  @Test
  void theNotebookOpensWithTitleProvenanceAndAParameterCell(@TempDir Path dir) throws IOException {
    JsonNode nb =
        notebook(ReportFixture.export(ReportFixture.standard(dir).write()), Flavour.PYSPARK);
    String provenance = Nbformat.text(cell(nb, "modus-provenance").path("source"));
    assertTrue(
        provenance.contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
    assertTrue(provenance.contains("samples/ads.csv"));
    assertTrue(provenance.contains("**Disclosure threshold:** 11"));
    assertTrue(provenance.contains("spark_version: `4.1.1`"));
    assertTrue(provenance.contains("\"disclosure_threshold\" : 11"), provenance);
    JsonNode params = cell(nb, "modus-parameters");
    assertEquals("parameters", params.path("metadata").path("tags").get(0).asText());
    assertTrue(Nbformat.text(params.path("source")).contains("RUN_DIR = \"..\""));
    String setup = Nbformat.text(cell(nb, "modus-setup-tables").path("source"));
    assertTrue(setup.contains("TABLES = [\"trends\"]"), setup);
    assertTrue(
        setup.contains(
            "spark.read.parquet(f\"{RUN_DIR}/tables/{name}\").createOrReplaceTempView(name)"));
    assertTrue(
        Nbformat.text(cell(nb, "modus-findings").path("source"))
            .contains("1. Cryptocurrency payment rose"));
  }

  @Test
  void theSqlFlavourUsesNoPlottingLibrary(@TempDir Path dir) throws IOException {
    JsonNode nb = notebook(ReportFixture.export(ReportFixture.standard(dir).write()), Flavour.SQL);
    for (JsonNode c : codeCells(nb)) {
      String code = Nbformat.text(c.path("source"));
      assertFalse(
          code.contains("matplotlib") || code.contains("toPandas") || code.contains("%sql"), code);
    }
    assertNotNull(cell(nb, CellIds.of("payment_method_share_all", "code")));
  }

  @Test
  void aTableOfManifestFactsNeedsNoSqlAndRaisesNoWarning(@TempDir Path dir) throws IOException {
    ReportFixture fx = ReportFixture.standard(dir);
    ObjectNode fig = (ObjectNode) fx.figures.get(0);
    fig.remove("sql");
    fig.putArray("tables");
    NotebookExport.Result r = ReportFixture.export(fx.write());
    assertTrue(
        r.warnings().stream().noneMatch(w -> w.contains("'payment_method_share_all'")),
        r.warnings().toString());
  }

  @Test
  void aFigureWithoutSqlIsStillShownWithItsStoredResultAndAWarning(@TempDir Path dir)
      throws IOException {
    ReportFixture fx = ReportFixture.standard(dir);
    ((ObjectNode) fx.figures.get(0)).remove("sql");
    NotebookExport.Result r = ReportFixture.export(fx.write());
    assertTrue(
        r.warnings().stream().anyMatch(w -> w.contains("'payment_method_share_all' has no sql")),
        r.warnings().toString());
    for (Flavour f : Flavour.values()) {
      JsonNode nb = notebook(r, f);
      assertEquals(List.of(), NotebookValidator.problems(nb));
      JsonNode code = cell(nb, CellIds.of("payment_method_share_all", "code"));
      assertEquals(List.of(), PySql.extract(Nbformat.text(code.path("source"))));
      assertFalse(code.path("outputs").isEmpty());
    }
  }

  @Test
  void aRunWithoutAReportFailsNamingTheStageToRun(@TempDir Path dir) {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> NotebookExport.build(RunFiles.local(dir), ReportFixture.manifest(), 11));
    assertTrue(e.getMessage().contains("./modus report"), e.getMessage());
  }

  @Test
  void aFigureWhoseCsvIsMissingFailsNamingTheFile(@TempDir Path dir) throws IOException {
    Path run = ReportFixture.standard(dir).write();
    Files.delete(run.resolve("report/tables/crypto_by_country.csv"));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ReportFixture.export(run));
    assertTrue(e.getMessage().contains("report/tables/crypto_by_country.csv"), e.getMessage());
  }

  /**
   * A notebook over the trends table recomputes the corrected shares itself: Rogan-Gladen from the
   * raw counts and the run's copy of the quality file, clamped to [0, 1], asserted against
   * corrected_share, after the tables are registered; in both flavours, as Python that parses.
   */
  @Test
  void aNotebookOverTrendsRecomputesTheCorrectedSharesFromTheRawCountsAndTheQualityFile(
      @TempDir Path dir) throws Exception {
    NotebookExport.Result r = ReportFixture.export(ReportFixture.standard(dir).write());
    for (Flavour flavour : Flavour.values()) {
      JsonNode nb = notebook(r, flavour);
      List<String> ids = new ArrayList<>();
      nb.path("cells").forEach(c -> ids.add(c.path("id").asText()));
      assertTrue(
          ids.indexOf("modus-check-correction") > ids.indexOf("modus-setup-tables"),
          ids.toString());
      String code = Nbformat.text(cell(nb, "modus-check-correction").path("source"));
      assertTrue(code.contains("f\"{RUN_DIR}/report/extraction-quality.json\""), code);
      assertTrue(
          code.contains(
              "point = min(1.0, max(0.0, (r[\"count\"] / r[\"total\"] + sp - 1) / (se + sp - 1)))"),
          code);
      assertTrue(code.contains("assert abs(point - r[\"corrected_share\"]) < 1e-9"), code);
      assertTrue(
          Nbformat.text(cell(nb, "modus-correction-md").path("source"))
              .contains("`corrected_share`"));
      if (new java.io.File("/usr/bin/python3").canExecute()) {
        Process p =
            new ProcessBuilder(
                    "/usr/bin/python3", "-c", "import ast, sys; ast.parse(sys.stdin.read())")
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().write(code.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out =
            new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
      }
    }
  }
}
