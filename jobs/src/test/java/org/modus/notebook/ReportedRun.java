package org.modus.notebook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.modus.engine.RunDir;
import org.modus.engine.Tables;
import org.modus.reports.csv.SafeCsv;
import org.modus.testing.TableFixtures;

/**
 * A run directory with a small trends table and one report figure made the way the report stage
 * makes it: the figure's SQL run by Spark over temp views, its result written with SafeCsv, a PNG
 * and figures.json beside it.
 */
final class ReportedRun {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportedRun() {}

  static final String FIGURE = "payment_method_share_all";
  static final String SQL =
      """
      SELECT period, category, count, total, share
      FROM trends
      WHERE family = 'payment_method' AND dimension = 'all' AND NOT suppressed
      ORDER BY period, category""";

  /**
   * Counts out of 200 ads per quarter; gift cards in Q2 fall below the threshold and are
   * suppressed.
   */
  static Path withTrends(SparkSession spark, Path dir) {
    List<Object[]> rows = new ArrayList<>();
    rows.add(trend("crypto", "2024-Q1", "2024-01-01", 24L, 200L, false));
    rows.add(trend("crypto", "2024-Q2", "2024-04-01", 36L, 200L, false));
    rows.add(trend("gift_card", "2024-Q1", "2024-01-01", 14L, 200L, false));
    rows.add(trend("gift_card", "2024-Q2", "2024-04-01", null, 200L, true));
    TableFixtures.write(
        spark,
        new RunDir(dir.toString()),
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
        rows);
    return dir;
  }

  private static Object[] trend(
      String category, String period, String start, Long count, long total, boolean suppressed) {
    Double share = count == null ? null : count / (double) total;
    return new Object[] {
      "payment_method",
      category,
      period,
      Date.valueOf(start),
      "all",
      "all",
      count,
      total,
      share,
      share == null ? null : share - 0.01,
      share == null ? null : share + 0.01,
      suppressed
    };
  }

  /** What the report stage does for one figure: SQL over temp views, CSV with SafeCsv, a PNG. */
  static void reportFigure(SparkSession spark, Path run) throws IOException {
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
    SafeCsv.write(
        run.resolve("report/tables/" + FIGURE + ".csv"),
        List.of("period", "category", "count", "total", "share"),
        csvRows);
    Files.createDirectories(run.resolve("report/charts"));
    ImageIO.write(
        new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB),
        "png",
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
}
