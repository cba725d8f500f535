package org.modus.reports.model;

import java.util.Locale;

/** How a figure is drawn; {@link #TABLE} figures have no chart, only their table. */
public enum FigureKind {
  LINE,
  STACKED,
  HEATMAP,
  SMALL_MULTIPLES,
  TABLE;

  /** The name used in figures.json. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
