package org.modus.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modus.reports.ReportTexts;
import org.modus.reports.model.ChartSpec;
import org.modus.reports.model.FigureKind;
import org.modus.reports.model.TableData;

class ChartMessageTest {
  private static final ChartSpec LINES =
      ChartSpec.lines("category", "period", "share", null, null, "payment_method");
  private static final ChartSpec HEAT =
      new ChartSpec("category", "country", "share", null, null, null, "control_coercion");

  private static List<Object> row(Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }

  private static TableData shares(List<Object>... rows) {
    return new TableData(List.of("category", "period", "share", "suppressed"), List.of(rows));
  }

  @Test
  void aLineChartSaysWhichSeriesChangedMostFromWhereToWhereAndWhen() {
    TableData data =
        shares(
            row("cash", "2023", 0.20, false), row("cash", "2025", 0.19, false),
            // rows come in any order: the periods decide first and last
            row("cryptocurrency", "2025", 0.09, false), row("cryptocurrency", "2023", 0.03, false));

    assertEquals(
        "The share of ads with Cryptocurrency rose from 3% to 9% between 2023 and 2025.",
        new ChartMessage(ReportTexts.of("en")).message(FigureKind.LINE, data, LINES, "ads"));
  }

  @Test
  void suppressedValuesAreNeverTheEndsOfTheChangeTold() {
    TableData data =
        shares(
            row("cryptocurrency", "2023", null, true),
            row("cryptocurrency", "2024", 0.05, false),
            row("cryptocurrency", "2025", 0.04, false));

    String m = new ChartMessage(ReportTexts.of("en")).message(FigureKind.LINE, data, LINES, "ads");
    assertEquals(
        "The share of ads with Cryptocurrency fell from 5% to 4% between 2024 and 2025.", m);
  }

  @Test
  void aHeatMapNamesItsHighestPublishedCellAndCountsTheSuppressedOnes() {
    TableData data =
        new TableData(
            List.of("country", "category", "share", "suppressed"),
            List.of(
                row("FRA", "threatens_family", 0.31, false),
                row("ESP", "threatens_family", null, true),
                row("ESP", "debt_bondage", 0.52, false)));

    String en =
        new ChartMessage(ReportTexts.of("en")).message(FigureKind.HEATMAP, data, HEAT, "cases");
    String expectedLabel = ReportTexts.of("en").categoryLabel("control_coercion", "debt_bondage");
    assertEquals(
        "The highest share of case records is "
            + expectedLabel
            + " in ESP, 52%; 1 of 3 cells are suppressed.",
        en);
    String fr =
        new ChartMessage(ReportTexts.of("fr")).message(FigureKind.HEATMAP, data, HEAT, "cases");
    assertEquals(true, fr.contains("52 %") && fr.contains("dossiers"), fr);
  }

  @Test
  void aChartWithNothingPublishedHasNoMessage() {
    TableData data = shares(row("cash", "2023", null, true), row("cash", "2024", null, true));

    assertNull(new ChartMessage(ReportTexts.of("en")).message(FigureKind.LINE, data, LINES, "ads"));
  }
}
