package org.modus.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYZDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.modus.reports.ReportTexts;
import org.modus.reports.model.ChartSpec;
import org.modus.reports.model.Figure;
import org.modus.reports.model.FigureKind;
import org.modus.reports.model.TableData;
import org.modus.schemas.Taxonomy;

class ChartBuilderTest {
  private final ReportTexts en = ReportTexts.of("en");
  private final ChartBuilder charts = new ChartBuilder(en);

  private static final TableData SHARES =
      new TableData(
          List.of("category", "period", "share", "share_low", "share_high", "suppressed"),
          List.of(
              List.of("cash", "2024-Q2", 0.20, 0.18, 0.22, false),
              List.of("cash", "2024-Q1", 0.10, 0.08, 0.12, false),
              java.util.Arrays.asList("bank_transfer", "2024-Q1", null, null, null, true),
              List.of("bank_transfer", "2024-Q2", 0.05, 0.03, 0.07, false)));

  private Figure figure(FigureKind kind, ChartSpec spec) {
    return new Figure(
        "f", "s", "title", kind, "alt", "payment_method", SHARES, spec, "SELECT 1", List.of());
  }

  @Test
  void lineChartHoldsTheInputSharesAndIntervalsPerCategoryInPeriodOrder() {
    JFreeChart chart =
        charts.build(
            figure(
                FigureKind.LINE,
                ChartSpec.lines(
                    "category", "period", "share", "share_low", "share_high", "payment_method")));
    YIntervalSeriesCollection data =
        (YIntervalSeriesCollection) ((XYPlot) chart.getPlot()).getDataset();
    assertEquals(2, data.getSeriesCount());
    assertEquals(Taxonomy.v1().categoryLabel("payment_method", "cash", "en"), data.getSeriesKey(0));
    // x is the period's position on the time axis: 2024-Q1 = 0 although the rows list Q2 first
    assertEquals(2, data.getItemCount(0));
    assertEquals(0.0, data.getXValue(0, 0));
    assertEquals(0.10, data.getYValue(0, 0));
    assertEquals(0.08, data.getStartYValue(0, 0));
    assertEquals(0.12, data.getEndYValue(0, 0));
    assertEquals(0.20, data.getYValue(0, 1));
    assertEquals(1, data.getItemCount(1), "the suppressed bank transfer share is not drawn");
    assertEquals(1.0, data.getXValue(1, 0));
    assertEquals(0.05, data.getYValue(1, 0));
  }

  @Test
  void seriesDifferInDashAndShapeNotOnlyInColour() {
    JFreeChart chart =
        charts.build(
            figure(
                FigureKind.LINE,
                ChartSpec.lines(
                    "category", "period", "share", "share_low", "share_high", "payment_method")));
    XYItemRenderer r = ((XYPlot) chart.getPlot()).getRenderer();
    assertNotEquals(r.getSeriesStroke(0), r.getSeriesStroke(1));
    assertFalse(
        new java.awt.geom.Area(r.getSeriesShape(0))
            .equals(new java.awt.geom.Area(r.getSeriesShape(1))));
  }

  @Test
  void stackedBarsLeaveSuppressedValuesEmpty() {
    JFreeChart chart =
        charts.build(
            figure(
                FigureKind.STACKED,
                new ChartSpec("category", "period", "share", null, null, null, "payment_method")));
    CategoryDataset data = ((CategoryPlot) chart.getPlot()).getDataset();
    String bank = Taxonomy.v1().categoryLabel("payment_method", "bank_transfer", "en");
    assertEquals(null, data.getValue(bank, "2024-Q1"));
    assertEquals(0.05, data.getValue(bank, "2024-Q2").doubleValue());
  }

  @Test
  void heatMapCellsCarryTheirValueAndSuppressedCellsCarryNone() {
    JFreeChart chart =
        charts.build(
            figure(
                FigureKind.HEATMAP,
                new ChartSpec("category", "period", "share", null, null, null, "payment_method")));
    XYZDataset data = (XYZDataset) ((XYPlot) chart.getPlot()).getDataset();
    assertEquals(4, data.getItemCount(0));
    assertEquals(0.20, data.getZValue(0, 0));
    assertTrue(Double.isNaN(data.getZValue(0, 2)));
    assertEquals(4, ((XYPlot) chart.getPlot()).getAnnotations().size(), "every cell is labelled");
  }

  @Test
  void aHeatMapSaysWhatItsSharesAreOfInItsScale() {
    ChartSpec spec =
        new ChartSpec("category", "period", "share", null, null, null, "payment_method");
    assertEquals("Share of ads", scaleLabel(charts.build(figure(FigureKind.HEATMAP, spec))));
    Figure cases =
        new Figure(
            "c",
            Figure.CASE_RECORDS_SECTION,
            "title",
            FigureKind.HEATMAP,
            "alt",
            "payment_method",
            SHARES,
            spec,
            "SELECT 1",
            List.of());
    assertEquals("Share of case records", scaleLabel(charts.build(cases)));
  }

  private static String scaleLabel(JFreeChart chart) {
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      if (chart.getSubtitle(i) instanceof org.jfree.chart.title.PaintScaleLegend legend) {
        return legend.getAxis().getLabel();
      }
    }
    throw new AssertionError("no colour scale");
  }

  @Test
  void smallMultiplesHaveOnePanelPerPanelValue() {
    TableData byCountry =
        new TableData(
            List.of("country", "category", "period", "share"),
            List.of(
                List.of("FRA", "cash", "2024-Q1", 0.1), List.of("ESP", "cash", "2024-Q1", 0.2)));
    Figure f =
        new Figure(
            "m",
            "s",
            "t",
            FigureKind.SMALL_MULTIPLES,
            "alt",
            "payment_method",
            byCountry,
            new ChartSpec("category", "period", "share", null, null, "country", "payment_method"),
            null,
            List.of());
    JFreeChart chart = charts.build(f);
    List<?> panels = ((org.jfree.chart.plot.CombinedDomainXYPlot) chart.getPlot()).getSubplots();
    assertEquals(2, panels.size());
    XYPlot esp = (XYPlot) panels.get(1);
    assertEquals("ESP", esp.getRangeAxis().getLabel());
    assertEquals(0.2, esp.getDataset().getYValue(0, 0));
  }

  /** A line chart of payment-method shares by period. */
  private static Figure shareLines(TableData data) {
    return new Figure(
        "m",
        "s",
        "t",
        FigureKind.LINE,
        "alt",
        "payment_method",
        data,
        ChartSpec.lines("category", "period", "share", null, null, "payment_method"),
        null,
        List.of());
  }

  @Test
  void markupInASeriesNameIsEscapedInTheSvg(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    // an id the taxonomy does not know is shown as it is, so it could carry anything
    Figure f =
        shareLines(
            new TableData(
                List.of("category", "period", "share"),
                List.of(List.of("<script>alert(1)</script>", "2024-Q1", 0.1))));
    java.nio.file.Path svg = dir.resolve("m.svg");
    ChartFiles.writeSvg(charts.build(f), svg, 600, 300);
    String text = java.nio.file.Files.readString(svg);
    assertFalse(text.contains("<script"), "no script element in the SVG");
    assertTrue(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name is drawn as text");
  }

  @Test
  void theSameChartWritesTheSameSvgBytesWithNoClockDigitsInItsIds(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    Figure f =
        shareLines(
            new TableData(
                List.of("category", "period", "share"),
                List.of(List.of("cash", "2024-Q1", 0.1), List.of("cash", "2024-Q2", 0.2))));
    java.nio.file.Path first = dir.resolve("a").resolve("trend.svg");
    java.nio.file.Path second = dir.resolve("b").resolve("trend.svg");
    ChartFiles.writeSvg(charts.build(f), first, 600, 300);
    ChartFiles.writeSvg(charts.build(f), second, 600, 300);
    String text = java.nio.file.Files.readString(first);
    assertEquals(text, java.nio.file.Files.readString(second));
    assertTrue(text.contains("url(#_trend-"), "ids carry the file's name");
    assertFalse(text.matches("(?s).*[#'\"]_[0-9]{6,}.*"), "no clock digits in an id");
    java.util.regex.Matcher longFloat =
        java.util.regex.Pattern.compile(".{0,40}[0-9]\\.[0-9]{3}.{0,20}").matcher(text);
    assertFalse(
        longFloat.find(),
        () ->
            "coordinates in hundredths of a pixel, not a float's every digit: "
                + longFloat.group());
    assertTrue(text.contains("<path"), "the chart is drawn");
  }

  private static final TableData CORRECTED =
      new TableData(
          List.of(
              "category",
              "period",
              "corrected_share",
              "corrected_low",
              "corrected_high",
              "share",
              "share_low",
              "share_high",
              "correction_status",
              "suppressed"),
          List.of(
              List.of("cash", "2024-Q1", 0.25, 0.20, 0.31, 0.22, 0.20, 0.24, "corrected", false),
              List.of("cash", "2024-Q2", 0.35, 0.29, 0.41, 0.30, 0.28, 0.32, "corrected", false),
              java.util.Arrays.asList(
                  "bank_transfer",
                  "2024-Q1",
                  null,
                  null,
                  null,
                  0.05,
                  0.03,
                  0.07,
                  "not_identifiable",
                  false),
              java.util.Arrays.asList(
                  "bank_transfer",
                  "2024-Q2",
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  "not_identifiable",
                  true)));

  @Test
  void aCorrectedChartDrawsTheCorrectedShareWithItsBandAndTheRawShareBesideItWithoutOne() {
    Figure f =
        new Figure(
            "f",
            "s",
            "title",
            FigureKind.LINE,
            "alt",
            "payment_method",
            CORRECTED,
            ChartSpec.corrected("category", "period", null, "payment_method"),
            "SELECT 1",
            List.of());
    XYPlot plot = (XYPlot) charts.build(f).getPlot();
    YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
    String cash = Taxonomy.v1().categoryLabel("payment_method", "cash", "en");
    String bank = Taxonomy.v1().categoryLabel("payment_method", "bank_transfer", "en");
    assertEquals(
        List.of(
            cash + ", corrected (95% interval)", cash + ", raw", bank + ", raw (not corrected)"),
        java.util.stream.IntStream.range(0, data.getSeriesCount())
            .mapToObj(i -> data.getSeriesKey(i))
            .toList(),
        "the legend says which line is which");
    assertEquals(0.35, data.getYValue(0, 1));
    assertEquals(0.29, data.getStartYValue(0, 1));
    assertEquals(0.41, data.getEndYValue(0, 1));
    assertEquals(0.30, data.getYValue(1, 1), "raw beside corrected");
    assertEquals(
        0.30, data.getStartYValue(1, 1), "no band around the raw line beside a corrected one");
    // the category that cannot be corrected: its raw share with its Wilson interval, never a
    // made-up
    // corrected value, and its suppressed period left out
    assertEquals(1, data.getItemCount(2));
    assertEquals(0.05, data.getYValue(2, 0));
    assertEquals(0.03, data.getStartYValue(2, 0));
    XYItemRenderer r = plot.getRenderer();
    assertNotEquals(
        r.getSeriesStroke(0), r.getSeriesStroke(1), "raw is dashed apart from corrected");
    assertNotEquals(r.getSeriesPaint(0), r.getSeriesPaint(1), "and paler");
  }
}
