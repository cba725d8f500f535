package org.modus.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.modus.reports.NumberStyle;
import org.modus.reports.ReportTexts;
import org.modus.reports.model.ChartSpec;
import org.modus.reports.model.Figure;
import org.modus.reports.model.Headline;
import org.modus.reports.model.TableData;

/**
 * Builds the JFreeChart of a figure from its table, reading the columns its {@link ChartSpec}
 * names. Suppressed values (null) are left out of lines and bars and marked in heat maps; they are
 * never drawn as a number. Series keys are the taxonomy labels in the report's language.
 */
public final class ChartBuilder {
  private static final Color SUPPRESSED_CELL = new Color(0xDDDDDD);
  private static final Font CELL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

  private final ReportTexts texts;
  private final NumberStyle numbers;

  public ChartBuilder(ReportTexts texts) {
    this.texts = texts;
    this.numbers = new NumberStyle(texts.lang());
  }

  public JFreeChart build(Figure figure) {
    return switch (figure.kind()) {
      case LINE -> line(figure);
      case SMALL_MULTIPLES -> smallMultiples(figure);
      case STACKED -> stacked(figure);
      case HEATMAP -> heatmap(figure);
      case TABLE ->
          throw new IllegalArgumentException("Figure " + figure.id() + " is a table, not a chart");
    };
  }

  /** Distinct values of a column in the order they first appear (queries order their rows). */
  static List<String> distinct(TableData data, String column) {
    Set<String> seen = new LinkedHashSet<>();
    for (List<Object> row : data.rows()) {
      Object v = data.value(row, column);
      seen.add(v == null ? "" : v.toString());
    }
    return new ArrayList<>(seen);
  }

  /** Period labels (2024-Q1, 2024-03, 2024) sort in time order as text. */
  static List<String> periods(TableData data, String column) {
    return distinct(data, column).stream().sorted().toList();
  }

  private String seriesLabel(ChartSpec spec, Object id) {
    return texts.categoryLabel(spec.seriesFamily(), id == null ? "" : id.toString());
  }

  private static Double number(Object v) {
    return v instanceof Number n ? n.doubleValue() : null;
  }

  /** How one drawn series looks: the category's colour, and whether it is the raw share. */
  record Drawn(int category, boolean raw) {}

  /** The series of a line chart and how each is drawn, in dataset order. */
  record Lines(YIntervalSeriesCollection dataset, List<Drawn> styles) {}

  /**
   * One interval series per category over the period axis, for the rows passing {@code panel}. With
   * a raw share in the spec, each corrected category has two: the corrected share with its
   * interval, then the raw share (drawn lighter, without band); a category without correction has
   * its raw share with its Wilson interval only, named as not corrected. Which categories are
   * corrected is read from the whole table, so that the panels of small multiples share one legend.
   */
  private Lines intervalSeries(
      Figure f, List<String> xs, List<String> seriesIds, String panelValue) {
    ChartSpec spec = f.chart();
    TableData data = f.data();
    ChartSpec.RawShare raw = spec.raw();
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    List<Drawn> styles = new ArrayList<>();
    for (int i = 0; i < seriesIds.size(); i++) {
      String id = seriesIds.get(i);
      String label = seriesLabel(spec, id);
      if (raw == null) {
        dataset.addSeries(points(f, id, panelValue, spec.y(), spec.low(), spec.high(), label));
        styles.add(new Drawn(i, false));
        continue;
      }
      boolean corrected =
          data.rows().stream()
              .filter(r -> id.equals(String.valueOf(data.value(r, spec.series()))))
              .noneMatch(
                  r ->
                      data.value(r, raw.status()) != null
                          && !org.modus.reports.model.CorrectedShare.CORRECTED.equals(
                              data.value(r, raw.status())));
      if (corrected) {
        dataset.addSeries(
            points(
                f,
                id,
                panelValue,
                spec.y(),
                spec.low(),
                spec.high(),
                texts.fill("chart.series.corrected", Map.of("series", label))));
        styles.add(new Drawn(i, false));
        dataset.addSeries(
            points(
                f,
                id,
                panelValue,
                raw.share(),
                null,
                null,
                texts.fill("chart.series.raw", Map.of("series", label))));
        styles.add(new Drawn(i, true));
      } else {
        dataset.addSeries(
            points(
                f,
                id,
                panelValue,
                raw.share(),
                raw.low(),
                raw.high(),
                texts.fill("chart.series.not_corrected", Map.of("series", label))));
        styles.add(new Drawn(i, true));
      }
    }
    return new Lines(dataset, styles);
  }

  /** The non-null values of one series' {@code y} column with their interval (none: zero width). */
  private static YIntervalSeries points(
      Figure f, String id, String panelValue, String y, String low, String high, String name) {
    ChartSpec spec = f.chart();
    TableData data = f.data();
    List<String> xs = periods(data, spec.x());
    YIntervalSeries out = new YIntervalSeries(name);
    for (List<Object> row : data.rows()) {
      if (!id.equals(String.valueOf(data.value(row, spec.series())))
          || panelValue != null
              && !panelValue.equals(String.valueOf(data.value(row, spec.panel())))) {
        continue;
      }
      Double v = number(data.value(row, y));
      if (v == null) {
        continue;
      }
      Double lo = low == null ? null : number(data.value(row, low));
      Double hi = high == null ? null : number(data.value(row, high));
      out.add(
          xs.indexOf(String.valueOf(data.value(row, spec.x()))),
          v,
          lo == null ? v : lo,
          hi == null ? v : hi);
    }
    return out;
  }

  /**
   * Corrected (or only) series in their category's colour, dash and marker; a raw series beside a
   * corrected one in a paler tint of that colour, thin and short-dashed, without markers, so that
   * the eye reads the corrected line first and the legend tells the two apart without colour.
   */
  private DeviationRenderer lineRenderer(List<Drawn> styles) {
    DeviationRenderer r = new DeviationRenderer(true, true);
    r.setAlpha(0.18f);
    for (int i = 0; i < styles.size(); i++) {
      Drawn d = styles.get(i);
      r.setSeriesPaint(
          i, d.raw() ? SeriesStyle.pale(d.category()) : SeriesStyle.color(d.category()));
      r.setSeriesFillPaint(i, SeriesStyle.color(d.category()));
      r.setSeriesStroke(i, d.raw() ? SeriesStyle.rawStroke() : SeriesStyle.stroke(d.category()));
      r.setSeriesShape(i, SeriesStyle.shape(d.category()));
      r.setSeriesShapesVisible(i, !d.raw());
    }
    r.setDrawSeriesLineAsPath(true);
    return r;
  }

  private NumberAxis shareAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(texts.locale()));
    axis.setAutoRangeIncludesZero(true);
    return axis;
  }

  private SymbolAxis periodAxis(List<String> xs) {
    SymbolAxis axis = new SymbolAxis(texts.text("chart.period"), xs.toArray(String[]::new));
    axis.setVerticalTickLabels(xs.size() > 8);
    axis.setGridBandsVisible(false);
    return axis;
  }

  private JFreeChart line(Figure f) {
    ChartSpec spec = f.chart();
    List<String> xs = periods(f.data(), spec.x());
    List<String> series = distinct(f.data(), spec.series());
    Lines lines = intervalSeries(f, xs, series, null);
    XYPlot plot =
        new XYPlot(
            lines.dataset(),
            periodAxis(xs),
            shareAxis(texts.text("chart.share_" + f.shareUnit())),
            lineRenderer(lines.styles()));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    if (Headline.isHeadlineFigure(f.id())) {
      return compact(plot, xs);
    }
    return finish(new JFreeChart(f.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true));
  }

  /**
   * A headline's chart, a third of the page wide beside its sentence: no title (the sentence and
   * the annex caption say what it shows) and no axis names (periods and percentages speak for
   * themselves), so that the lines keep the room; lettering large enough to survive the scaling
   * down.
   */
  private static JFreeChart compact(XYPlot plot, List<String> xs) {
    Font ticks = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    // at most six period labels, level: every other one (or fewer) is left blank
    int step = Math.max(1, (xs.size() + 5) / 6);
    String[] shown = new String[xs.size()];
    for (int i = 0; i < xs.size(); i++) {
      shown[i] = i % step == 0 ? xs.get(i) : "";
    }
    SymbolAxis periods = new SymbolAxis(null, shown);
    periods.setGridBandsVisible(false);
    plot.setDomainAxis(periods);
    plot.getRangeAxis().setLabel(null);
    plot.getDomainAxis().setTickLabelFont(ticks);
    plot.getRangeAxis().setTickLabelFont(ticks);
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.getLegend().setItemFont(ticks);
    chart.getLegend().setPosition(RectangleEdge.RIGHT);
    return finish(chart);
  }

  private JFreeChart smallMultiples(Figure f) {
    ChartSpec spec = f.chart();
    List<String> xs = periods(f.data(), spec.x());
    List<String> series = distinct(f.data(), spec.series());
    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(periodAxis(xs));
    combined.setGap(12);
    LegendItemCollection legend = null;
    for (String panel : distinct(f.data(), spec.panel())) {
      Lines lines = intervalSeries(f, xs, series, panel);
      XYPlot sub =
          new XYPlot(lines.dataset(), null, shareAxis(panel), lineRenderer(lines.styles()));
      sub.setBackgroundPaint(Color.WHITE);
      sub.setRangeGridlinePaint(Color.LIGHT_GRAY);
      combined.add(sub, 1);
      if (legend == null) {
        legend = sub.getLegendItems();
      }
    }
    if (legend != null) {
      combined.setFixedLegendItems(legend);
    }
    return finish(new JFreeChart(f.title(), JFreeChart.DEFAULT_TITLE_FONT, combined, true));
  }

  private JFreeChart stacked(Figure f) {
    ChartSpec spec = f.chart();
    TableData data = f.data();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<String> series = distinct(data, spec.series());
    for (String id : series) {
      for (String x : distinct(data, spec.x())) {
        dataset.addValue(null, seriesLabel(spec, id), x);
      }
    }
    for (List<Object> row : data.rows()) {
      Double y = number(data.value(row, spec.y()));
      if (y != null) {
        dataset.setValue(
            y,
            seriesLabel(spec, data.value(row, spec.series())),
            String.valueOf(data.value(row, spec.x())));
      }
    }
    CategoryAxis xAxis = new CategoryAxis(texts.text("chart.country"));
    xAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    StackedBarRenderer r = new StackedBarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(true);
    for (int i = 0; i < series.size(); i++) {
      r.setSeriesPaint(i, SeriesStyle.hatch(i));
      r.setSeriesOutlinePaint(i, SeriesStyle.color(i));
      r.setSeriesOutlineStroke(i, new BasicStroke(1f));
    }
    CategoryPlot plot =
        new CategoryPlot(dataset, xAxis, shareAxis(texts.text("chart.share_" + f.shareUnit())), r);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    return finish(new JFreeChart(f.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true));
  }

  /**
   * Light-to-dark blue by value; the value is also written in each cell, so colour is not needed.
   */
  record ShadeScale(double upper) implements PaintScale {
    @Override
    public double getLowerBound() {
      return 0;
    }

    @Override
    public double getUpperBound() {
      return upper;
    }

    @Override
    public Paint getPaint(double value) {
      if (Double.isNaN(value)) {
        return SUPPRESSED_CELL;
      }
      double t = upper <= 0 ? 0 : Math.max(0, Math.min(1, value / upper));
      return new Color((int) (235 - 200 * t), (int) (242 - 160 * t), (int) (250 - 110 * t));
    }
  }

  private JFreeChart heatmap(Figure f) {
    ChartSpec spec = f.chart();
    TableData data = f.data();
    List<String> columns = distinct(data, spec.series());
    List<String> rows = distinct(data, spec.x());
    int n = data.rows().size();
    double[] xv = new double[n];
    double[] yv = new double[n];
    double[] zv = new double[n];
    double max = 0;
    List<XYTextAnnotation> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Object> row = data.rows().get(i);
      xv[i] = columns.indexOf(String.valueOf(data.value(row, spec.series())));
      yv[i] = rows.indexOf(String.valueOf(data.value(row, spec.x())));
      Double z = number(data.value(row, spec.y()));
      zv[i] = z == null ? Double.NaN : z;
      if (z != null) {
        max = Math.max(max, z);
      }
    }
    ShadeScale scale = new ShadeScale(max == 0 ? 1 : max);
    for (int i = 0; i < n; i++) {
      boolean suppressed = Double.isNaN(zv[i]);
      XYTextAnnotation a =
          new XYTextAnnotation(
              suppressed ? texts.text("report.suppressed") : numbers.percent(zv[i]), xv[i], yv[i]);
      a.setFont(CELL_FONT);
      a.setPaint(!suppressed && zv[i] > 0.6 * scale.upper() ? Color.WHITE : Color.BLACK);
      labels.add(a);
    }
    DefaultXYZDataset dataset = new DefaultXYZDataset();
    dataset.addSeries(f.id(), new double[][] {xv, yv, zv});
    SymbolAxis xAxis =
        new SymbolAxis(
            texts.text("chart.category"),
            columns.stream().map(c -> seriesLabel(spec, c)).toArray(String[]::new));
    xAxis.setVerticalTickLabels(columns.size() > 6);
    xAxis.setGridBandsVisible(false);
    SymbolAxis yAxis = new SymbolAxis(texts.text("chart.country"), rows.toArray(String[]::new));
    yAxis.setGridBandsVisible(false);
    yAxis.setInverted(true);
    XYBlockRenderer r = new XYBlockRenderer();
    r.setPaintScale(scale);
    XYPlot plot = new XYPlot(dataset, xAxis, yAxis, r);
    plot.setBackgroundPaint(new Color(0xF4F4F4));
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    labels.forEach(plot::addAnnotation);
    JFreeChart chart = new JFreeChart(f.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    NumberAxis scaleAxis = shareAxis(texts.text("chart.share_" + f.shareUnit()));
    scaleAxis.setRange(0, scale.upper());
    PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setMargin(4, 4, 4, 4);
    chart.addSubtitle(legend);
    return finish(chart);
  }

  private static JFreeChart finish(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    return chart;
  }
}
