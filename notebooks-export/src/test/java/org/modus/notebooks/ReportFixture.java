package org.modus.notebooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.modus.reports.csv.SafeCsv;

/**
 * A run directory as the report stage leaves it (figures.json, CSVs written with SafeCsv, chart
 * PNGs, manifest.json), built in a test's temporary folder. The figures use synthetic, aggregate
 * data.
 */
final class ReportFixture {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String LINE_SQL =
      """
      SELECT period, category, share
      FROM trends
      WHERE family = 'payment_method' AND dimension = 'all' AND NOT suppressed
      ORDER BY period, category""";
  static final String TABLE_SQL =
      """
      SELECT t.dimension_value AS country, SUM(t.count) AS ads
      FROM trends t
      WHERE t.dimension = 'country' AND t.category = 'crypto'
      GROUP BY t.dimension_value
      ORDER BY ads DESC""";

  final Path run;
  final ArrayNode figures = JSON.createArrayNode();
  final ArrayNode findings = JSON.createArrayNode();

  ReportFixture(Path run) {
    this.run = run;
  }

  /** The default fixture: a line chart and a table, both over trends. */
  static ReportFixture standard(Path run) {
    ReportFixture f = new ReportFixture(run);
    f.chart(
        "payment_method_share_all",
        "payment_methods",
        "Payment methods named in ads, share by quarter",
        "line",
        LINE_SQL,
        List.of("period", "category", "share"),
        List.of(
            List.of("2024-Q1", "crypto", 0.12),
            List.of("2024-Q1", "gift_card", 0.05),
            List.of("2024-Q2", "crypto", 0.18),
            List.of("2024-Q2", "gift_card", 0.04)),
        Color.BLUE);
    f.table(
        "crypto_by_country",
        "payment_methods",
        "Ads naming cryptocurrency payment, by country",
        TABLE_SQL,
        List.of("country", "ads"),
        List.of(List.of("DE", 140L), List.of("FR", 95L)));
    f.finding(1, "Cryptocurrency payment rose from 12% to 18% of ads between 2024-Q1 and 2024-Q2.");
    return f;
  }

  ReportFixture chart(
      String id,
      String section,
      String title,
      String kind,
      String sql,
      List<String> header,
      List<List<?>> rows,
      Color color) {
    ObjectNode fig = figure(id, section, title, kind, sql, header, rows);
    fig.put("png", "charts/" + id + ".png");
    fig.put("svg", "charts/" + id + ".svg");
    write("report/charts/" + id + ".png", png(color));
    return this;
  }

  ReportFixture table(
      String id,
      String section,
      String title,
      String sql,
      List<String> header,
      List<List<?>> rows) {
    ObjectNode fig = figure(id, section, title, "table", sql, header, rows);
    fig.putNull("png");
    fig.putNull("svg");
    return this;
  }

  ReportFixture finding(int rank, String text) {
    ObjectNode f = findings.addObject();
    f.put("rank", rank);
    f.put("text", text);
    return this;
  }

  private ObjectNode figure(
      String id,
      String section,
      String title,
      String kind,
      String sql,
      List<String> header,
      List<List<?>> rows) {
    ObjectNode fig = figures.addObject();
    fig.put("id", id);
    fig.put("section", section);
    fig.put("title", title);
    fig.put("kind", kind);
    fig.put("csv", "tables/" + id + ".csv");
    fig.put("alt", title + ", as computed from the run's trends table.");
    fig.put("sql", sql);
    fig.putArray("tables").add("trends");
    SafeCsv.write(run.resolve("report/tables/" + id + ".csv"), header, rows);
    return fig;
  }

  /**
   * Writes figures.json, manifest.json and a published trends table marker; returns the run dir.
   */
  Path write() {
    ObjectNode root = JSON.createObjectNode();
    root.put("report_version", 1);
    root.put("lang", "en");
    root.set("figures", figures);
    root.set("findings", findings);
    try {
      write("report/figures.json", JSON.writeValueAsBytes(root));
      write("manifest.json", JSON.writeValueAsBytes(manifest()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    write("tables/trends/_SUCCESS", new byte[0]);
    return run;
  }

  static ObjectNode manifest() {
    ObjectNode m = JSON.createObjectNode();
    m.put("manifest_version", 1);
    m.put("created", "2026-01-15T10:00:00Z");
    ObjectNode build = m.putObject("build");
    build.put("modus_version", "0.1.0-SNAPSHOT");
    build.put("spark_version", "4.1.1");
    build.put("taxonomy_version", "v1");
    ObjectNode in = m.putArray("inputs").addObject();
    in.put("kind", "ads");
    in.put("source", "sample_ads");
    in.put("path", "samples/ads.csv");
    in.put("bytes", 123456);
    in.put("sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    m.putObject("config").put("disclosure_threshold", 11);
    m.putObject("disclosure").put("threshold", 11);
    return m;
  }

  void write(String rel, byte[] bytes) {
    try {
      Path p = run.resolve(rel);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A small solid-colour PNG standing in for a chart; the colour makes charts tell apart. */
  static byte[] png(Color color) {
    BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, 40, 20);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static NotebookExport.Result export(Path run) {
    try {
      return NotebookExport.build(
          RunFiles.local(run), JSON.readTree(run.resolve("manifest.json").toFile()), 11);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
