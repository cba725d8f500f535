package org.modus.reports.model;

import java.util.List;

/**
 * One figure or table of the report: its data (the result of {@code sql} over the run's tables,
 * with disclosure control applied in the query), how to draw it and how to describe it to a reader
 * who cannot see it. {@code sql} is null for tables taken from the manifest rather than from a
 * query.
 */
public record Figure(
    String id,
    String section,
    String title,
    FigureKind kind,
    String alt,
    String family,
    TableData data,
    ChartSpec chart,
    String sql,
    List<String> tables) {

  public Figure {
    if (!id.matches("[a-z0-9_]+")) {
      throw new IllegalArgumentException(
          "Figure id must be lowercase ascii with underscores: " + id);
    }
    if (kind != FigureKind.TABLE && (chart == null || alt == null || alt.isBlank())) {
      throw new IllegalArgumentException("Chart figure " + id + " needs a chart spec and alt text");
    }
    tables = List.copyOf(tables);
  }

  /**
   * A table whose rows the report step builds itself (from the manifest, from quality files), not
   * from a query: no chart, no SQL, no input tables.
   */
  public static Figure table(String id, String section, String title, TableData data) {
    return new Figure(
        id, section, title, FigureKind.TABLE, null, null, data, null, null, List.of());
  }

  /** The section of shares of case records; every other section's shares are of ads. */
  public static final String CASE_RECORDS_SECTION = "case_records";

  /**
   * What the shares of a section's figures are of, naming the texts {@code chart.share_<unit>} and
   * {@code alt.unit_<unit>}: "cases" in the case-records section, "ads" elsewhere.
   */
  public static String shareUnit(String section) {
    return CASE_RECORDS_SECTION.equals(section) ? "cases" : "ads";
  }

  public String shareUnit() {
    return shareUnit(section);
  }

  public boolean hasChart() {
    return kind != FigureKind.TABLE;
  }

  public String png() {
    return hasChart() ? "charts/" + id + ".png" : null;
  }

  public String svg() {
    return hasChart() ? "charts/" + id + ".svg" : null;
  }

  public String csv() {
    return "tables/" + id + ".csv";
  }
}
