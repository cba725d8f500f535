package org.modus.notebooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Lays out one report notebook: title and provenance, a parameter cell (RUN_DIR, SparkSession), a
 * cell registering the run's tables as views, then per report section a heading and per figure a
 * markdown explanation and a code cell running the report's own SQL, with the report's result
 * stored as the cell's output so the notebook reads well before anyone runs it.
 */
final class ReportNotebook {
  /** Rows of a query result stored per cell; the full result is in the report CSV. */
  static final int MAX_STORED_ROWS = 200;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportNotebook() {}

  static final String CORRECTION_TEXT =
      "## Raw and corrected shares\n\n"
          + "Every trends figure carries two shares per cell: `share`, the share of ads in which the extractor "
          + "found the category (with its Wilson 95% interval `share_low`, `share_high`), and `corrected_share`, "
          + "that share corrected for the extractor's misclassification (Rogan-Gladen with the category's "
          + "sensitivity and specificity measured on a blind evaluation set), with a 95% interval "
          + "(`corrected_low`, `corrected_high`) carrying both the ads' sampling error and the evaluation's. "
          + "`correction_status` says why a category has no corrected share. The next cell recomputes every "
          + "published corrected share from the raw counts and the run's copy of the quality file, and stops "
          + "if one disagrees.";

  static ObjectNode build(
      Flavour flavour,
      ReportFigures report,
      List<FigureContent> figures,
      List<String> tables,
      JsonNode manifest,
      int threshold) {
    List<ObjectNode> cells = new ArrayList<>();
    String title =
        report.title() == null || report.title().isBlank() ? "Modus trend report" : report.title();
    cells.add(Nbformat.markdown("modus-title", titleText(flavour, title)));
    cells.add(Nbformat.markdown("modus-provenance", Provenance.markdown(manifest, threshold)));
    if (!report.findings().isEmpty()) {
      cells.add(Nbformat.markdown("modus-findings", findings(report)));
    }
    cells.add(
        Nbformat.code(
            "modus-parameters", template("parameters.py"), List.of(), List.of("parameters")));
    cells.add(
        Nbformat.code(
            "modus-setup-tables",
            template("setup-tables.py").replace("{{TABLES}}", pythonList(tables)),
            List.of(),
            List.of()));
    if (flavour == Flavour.PYSPARK) {
      cells.add(
          Nbformat.code("modus-plot-helper", template("plot-helper.py"), List.of(), List.of()));
    }
    if (tables.contains("trends")) {
      cells.add(Nbformat.markdown("modus-correction-md", CORRECTION_TEXT));
      cells.add(
          Nbformat.code(
              "modus-check-correction", template("check-correction.py"), List.of(), List.of()));
    }

    String section = null;
    for (FigureContent fc : figures) {
      ReportFigures.Figure f = fc.figure();
      if (!Objects.equals(section, f.section())) {
        section = f.section();
        cells.add(
            Nbformat.markdown(
                CellIds.of(section, "section"), "## " + Markdown.text(humanize(section))));
      }
      cells.add(explanation(flavour, fc));
      cells.add(
          Nbformat.code(
              CellIds.of(f.id(), "code"), code(flavour, f), outputs(flavour, fc), List.of()));
    }

    ObjectNode meta =
        metadata(
            title + " (" + flavour.label() + ")",
            flavour.name().toLowerCase(Locale.ROOT),
            threshold,
            manifest);
    ObjectNode modus = (ObjectNode) meta.get("modus");
    modus.put("report_version", report.reportVersion());
    modus.put("lang", report.lang());
    return Nbformat.notebook(meta, cells);
  }

  /** Notebook metadata: a Python kernel, the title, and where the notebook came from. */
  static ObjectNode metadata(String title, String flavour, int threshold, JsonNode manifest) {
    ObjectNode meta = Nbformat.NODES.objectNode();
    ObjectNode kernel = meta.putObject("kernelspec");
    kernel.put("name", "python3");
    kernel.put("display_name", "Python 3");
    ObjectNode lang = meta.putObject("language_info");
    lang.put("name", "python");
    lang.put("file_extension", ".py");
    lang.put("mimetype", "text/x-python");
    meta.put("title", title);
    ObjectNode modus = meta.putObject("modus");
    modus.put("flavour", flavour);
    modus.put("disclosure_threshold", threshold);
    if (manifest.hasNonNull("created")) {
      modus.put("run_created", manifest.get("created").asText());
    }
    return meta;
  }

  private static String titleText(Flavour flavour, String title) {
    String needs =
        flavour == Flavour.PYSPARK
            ? "PySpark with pandas and matplotlib"
            : "PySpark only (every query goes through `spark.sql(...)`, so it runs on any Spark notebook server)";
    return "# "
        + Markdown.text(title)
        + " ("
        + flavour.label()
        + ")\n\n"
        + "This notebook recomputes every figure of the report from the run's Parquet tables. "
        + "Each figure's code cell runs exactly the Spark SQL the report ran; its stored output is the "
        + "report's own result, so the notebook reads before anyone runs it, and running it replaces "
        + "the output with a fresh computation.\n\n"
        + "Needs: "
        + needs
        + ". Set `RUN_DIR` in the parameters cell if the notebook is not in the "
        + "run's `notebooks/` folder.";
  }

  private static String findings(ReportFigures report) {
    StringBuilder s = new StringBuilder("## Key findings\n\n");
    report.findings().stream()
        .sorted(Comparator.comparingInt(ReportFigures.Finding::rank))
        .forEach(f -> s.append(f.rank()).append(". ").append(Markdown.text(f.text())).append('\n'));
    return s.toString().stripTrailing();
  }

  private static ObjectNode explanation(Flavour flavour, FigureContent fc) {
    ReportFigures.Figure f = fc.figure();
    StringBuilder s = new StringBuilder("### ").append(Markdown.text(f.title())).append("\n\n");
    if (f.alt() != null && !f.alt().isBlank()) {
      s.append(Markdown.text(f.alt())).append("\n\n");
    }
    Map<String, String> attachments = new LinkedHashMap<>();
    if (flavour == Flavour.SQL && fc.pngBase64() != null) {
      String name = CellIds.of(f.id(), "chart") + ".png";
      attachments.put(name, fc.pngBase64());
      s.append("![")
          .append(Markdown.text(f.title()))
          .append("](attachment:")
          .append(name)
          .append(")\n\n");
    }
    s.append("Kind: ")
        .append(Markdown.text(f.kind().replace('_', ' ')))
        .append(". Tables: ")
        .append(String.join(", ", f.tables().stream().map(Markdown::code).toList()))
        .append('.');
    List<String> files = new ArrayList<>();
    if (f.hasCsv()) {
      files.add(Markdown.code("report/" + f.csv()));
    }
    if (f.hasChart()) {
      files.add(Markdown.code("report/" + f.png()));
    }
    if (!files.isEmpty()) {
      s.append(" Report files: ").append(String.join(", ", files)).append('.');
    }
    if (fc.withheldCells() > 0) {
      s.append("\n\nThe stored output withholds ")
          .append(fc.withheldCells())
          .append(
              " cell(s) under the disclosure rules; running the cell shows the unprotected result.");
    }
    return Nbformat.markdown(CellIds.of(f.id(), "md"), s.toString(), attachments);
  }

  private static String code(Flavour flavour, ReportFigures.Figure f) {
    if (!f.hasSql()) {
      return "# The report made this figure without Spark SQL (figures.json gives none), so there is\n"
          + "# nothing to recompute here; the stored output is the report's result.";
    }
    String sql = "df = " + PySql.call(f.sql()) + "\n";
    if (flavour == Flavour.SQL) {
      return sql + "df.show(" + MAX_STORED_ROWS + ", truncate=False)";
    }
    String draw =
        f.hasChart()
            ? "plot_figure(pdf, " + pyString(f.kind()) + ", " + pyString(f.title()) + ")\n"
            : "";
    return sql + "pdf = df.toPandas()\n" + draw + "pdf";
  }

  private static List<ObjectNode> outputs(Flavour flavour, FigureContent fc) {
    List<ObjectNode> out = new ArrayList<>();
    if (flavour == Flavour.PYSPARK && fc.pngBase64() != null) {
      Map<String, String> chart = new LinkedHashMap<>();
      chart.put("image/png", fc.pngBase64());
      chart.put("text/plain", "<Figure: " + fc.figure().title() + ">");
      out.add(Nbformat.displayData(chart));
    }
    if (fc.table() != null) {
      Map<String, String> table = new LinkedHashMap<>();
      table.put("text/html", HtmlTable.html(fc.table(), MAX_STORED_ROWS));
      table.put("text/plain", HtmlTable.text(fc.table(), MAX_STORED_ROWS));
      out.add(Nbformat.displayData(table));
    }
    return out;
  }

  static String humanize(String id) {
    String s = id.replace('_', ' ').replace('-', ' ').strip();
    return s.isEmpty() ? id : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String template(String name) {
    try (InputStream in = ReportNotebook.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing notebook template " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON string is a valid Python string literal. */
  static String pyString(String s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pythonList(List<String> items) {
    return "[" + String.join(", ", items.stream().map(ReportNotebook::pyString).toList()) + "]";
  }
}
