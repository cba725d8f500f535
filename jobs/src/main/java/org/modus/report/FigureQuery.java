package org.modus.report;

import java.util.List;
import java.util.Map;
import org.modus.reports.model.ChartSpec;
import org.modus.reports.model.FigureKind;

/**
 * A figure before it is run: the Spark SQL statement over temp views named like the run's tables
 * (disclosure control applied in the statement), the tables it needs, and how to draw the result.
 * {@code titleKey} and {@code altKey} name report texts; {@code {family}} in them is the family
 * label, other placeholders are filled from {@code textValues}.
 */
record FigureQuery(
    String id,
    String section,
    FigureKind kind,
    String family,
    String sql,
    List<String> tables,
    ChartSpec chart,
    String titleKey,
    String altKey,
    Map<String, String> textValues) {

  FigureQuery(
      String id,
      String section,
      FigureKind kind,
      String family,
      String sql,
      List<String> tables,
      ChartSpec chart,
      String titleKey,
      String altKey) {
    this(id, section, kind, family, sql, tables, chart, titleKey, altKey, Map.of());
  }
}
