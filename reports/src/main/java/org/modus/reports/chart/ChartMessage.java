package org.modus.reports.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.modus.reports.NumberStyle;
import org.modus.reports.ReportTexts;
import org.modus.reports.model.ChartSpec;
import org.modus.reports.model.FigureKind;
import org.modus.reports.model.TableData;

/**
 * The main message of a chart in one sentence, for its text alternative: a reader who cannot see
 * the chart should learn what a sighted reader takes from it, not only that it exists. For lines,
 * the series that changed most between its first and last published period; for heat maps and
 * stacked bars, the highest published share and how many cells were suppressed. Computed from the
 * figure's own table, so it never says more than the table publishes (suppressed values are
 * skipped).
 */
public final class ChartMessage {
  private final ReportTexts texts;
  private final NumberStyle numbers;

  public ChartMessage(ReportTexts texts) {
    this.texts = texts;
    this.numbers = new NumberStyle(texts.lang());
  }

  /** One series' first and last published value in period order. */
  record Change(
      String series,
      String panel,
      String firstPeriod,
      double first,
      String lastPeriod,
      double last) {
    double size() {
      return Math.abs(last - first);
    }
  }

  /**
   * The sentence; {@code unit} is what shares are of ("ads", "cases"), naming the text {@code
   * alt.unit_<unit>}. Null when the table publishes nothing to say.
   */
  public String message(FigureKind kind, TableData data, ChartSpec spec, String unit) {
    String of = texts.text("alt.unit_" + unit);
    return switch (kind) {
      case LINE, SMALL_MULTIPLES ->
          largestChange(data, spec)
              .map(
                  c ->
                      texts.fill(
                          c.last() > c.first()
                              ? "alt.rose"
                              : c.last() < c.first() ? "alt.fell" : "alt.flat",
                          Map.of(
                              "unit",
                              of,
                              "series",
                              label(spec, c.series()),
                              "panel",
                              c.panel() == null
                                  ? ""
                                  : texts.fill("alt.in_panel", Map.of("panel", c.panel())),
                              "from",
                              numbers.percent(c.first()),
                              "to",
                              numbers.percent(c.last()),
                              "first",
                              c.firstPeriod(),
                              "last",
                              c.lastPeriod())))
              .orElse(null);
      case HEATMAP, STACKED -> highest(data, spec, of);
      case TABLE -> null;
    };
  }

  private String label(ChartSpec spec, String series) {
    return texts.categoryLabel(spec.seriesFamily(), series);
  }

  static java.util.Optional<Change> largestChange(TableData data, ChartSpec spec) {
    Map<List<String>, List<List<Object>>> bySeries = new java.util.LinkedHashMap<>();
    for (List<Object> row : data.rows()) {
      if (data.value(row, spec.y()) instanceof Number) {
        String panel = spec.panel() == null ? null : String.valueOf(data.value(row, spec.panel()));
        bySeries
            .computeIfAbsent(
                java.util.Arrays.asList(String.valueOf(data.value(row, spec.series())), panel),
                k -> new ArrayList<>())
            .add(row);
      }
    }
    Change best = null;
    for (Map.Entry<List<String>, List<List<Object>>> e : bySeries.entrySet()) {
      List<List<Object>> rows = new ArrayList<>(e.getValue());
      if (rows.size() < 2) {
        continue;
      }
      // period labels (2024-Q1, 2024-03, 2024) sort in time order as text
      rows.sort(java.util.Comparator.comparing(r -> String.valueOf(data.value(r, spec.x()))));
      List<Object> a = rows.get(0);
      List<Object> b = rows.get(rows.size() - 1);
      Change c =
          new Change(
              e.getKey().get(0),
              e.getKey().get(1),
              String.valueOf(data.value(a, spec.x())),
              ((Number) data.value(a, spec.y())).doubleValue(),
              String.valueOf(data.value(b, spec.x())),
              ((Number) data.value(b, spec.y())).doubleValue());
      if (best == null || c.size() > best.size()) {
        best = c;
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  private String highest(TableData data, ChartSpec spec, String of) {
    List<Object> top = null;
    long suppressed = 0;
    for (List<Object> row : data.rows()) {
      Object y = data.value(row, spec.y());
      if (!(y instanceof Number)) {
        suppressed +=
            data.hasColumn("suppressed") && Boolean.TRUE.equals(data.value(row, "suppressed"))
                ? 1
                : 0;
      } else if (top == null
          || ((Number) y).doubleValue() > ((Number) data.value(top, spec.y())).doubleValue()) {
        top = row;
      }
    }
    if (top == null) {
      return null;
    }
    return texts.fill(
        "alt.highest",
        Map.of(
            "unit",
            of,
            "series",
            label(spec, String.valueOf(data.value(top, spec.series()))),
            "where",
            String.valueOf(data.value(top, spec.x())),
            "value",
            numbers.percent(((Number) data.value(top, spec.y())).doubleValue()),
            "suppressed",
            numbers.integer(suppressed),
            "cells",
            numbers.integer(data.rows().size())));
  }
}
