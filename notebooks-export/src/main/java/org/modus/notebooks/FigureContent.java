package org.modus.notebooks;

/**
 * One figure as the notebook stores it: the report's description, its query result already passed
 * through {@link OutputGuard} (null if the report gave no CSV), and its chart as base64 PNG (null
 * for table-kind figures).
 */
record FigureContent(
    ReportFigures.Figure figure, CsvTable table, String pngBase64, int withheldCells) {}
