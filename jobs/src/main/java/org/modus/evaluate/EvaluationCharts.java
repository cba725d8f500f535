package org.modus.evaluate;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.modus.reports.chart.ChartFiles;

/**
 * The ROC and precision-recall charts of one score, as PNG and SVG, with the chance line for
 * reference.
 */
final class EvaluationCharts {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 480;

  private EvaluationCharts() {}

  private static double figure(Map<String, Object> figures, String key) {
    return ((Number) figures.get(key)).doubleValue();
  }

  static void write(
      Path folder,
      String score,
      ScoreCurves curves,
      Map<String, Object> figures,
      double confidence) {
    XYSeries roc =
        new XYSeries(
            String.format(
                Locale.ROOT,
                "%s (AUC %.3f, %d%% interval %.3f-%.3f)",
                score,
                figure(figures, "auc"),
                Math.round(100 * confidence),
                figure(figures, "auc_low"),
                figure(figures, "auc_high")),
            false);
    curves.roc().forEach(p -> roc.add(p.falsePositiveRate(), p.truePositiveRate()));
    XYSeries chance = new XYSeries("chance", false);
    chance.add(0, 0);
    chance.add(1, 1);
    save(
        folder,
        "roc-" + score,
        chart("ROC curve: " + score, "false positive rate", "true positive rate", roc, chance));

    XYSeries pr =
        new XYSeries(
            String.format(
                Locale.ROOT,
                "%s (average precision %.3f)",
                score,
                figure(figures, "average_precision")),
            false);
    curves.precisionRecall().forEach(p -> pr.add(p.recall(), p.precision()));
    double base = (double) curves.positives() / (curves.positives() + curves.negatives());
    XYSeries baseline = new XYSeries(String.format(Locale.ROOT, "positive rate %.3f", base), false);
    baseline.add(0, base);
    baseline.add(1, base);
    save(
        folder,
        "pr-" + score,
        chart("Precision-recall curve: " + score, "recall", "precision", pr, baseline));
  }

  private static JFreeChart chart(
      String title, String x, String y, XYSeries curve, XYSeries reference) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(curve);
    data.addSeries(reference);
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            title, x, y, data, PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.getDomainAxis().setRange(0, 1);
    plot.getRangeAxis().setRange(0, 1.02);
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
    r.setSeriesPaint(0, new Color(0x1f, 0x77, 0xb4));
    r.setSeriesStroke(0, new BasicStroke(2f));
    r.setSeriesPaint(1, Color.GRAY);
    r.setSeriesShapesVisible(1, false);
    r.setSeriesStroke(
        1,
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
    plot.setRenderer(r);
    return chart;
  }

  private static void save(Path folder, String name, JFreeChart chart) {
    ChartFiles.writePng(chart, folder.resolve(name + ".png"), WIDTH, HEIGHT);
    ChartFiles.writeSvg(chart, folder.resolve(name + ".svg"), WIDTH, HEIGHT);
  }
}
