package org.modus.reports.model;

import java.util.List;

/**
 * One of the summary's few headline findings: a sentence a reader takes in at a glance, the chart
 * beside it ({@code figureId}, a figure of the annex with its data table) and the ranks of the
 * annex findings it covers.
 */
public record Headline(
    int rank,
    String text,
    String figureId,
    String family,
    String category,
    List<Integer> findingRanks) {
  /** Ids of headline charts: headline_1, headline_2, ... */
  public static final String FIGURE_PREFIX = "headline_";

  /** A headline's chart is drawn small, to sit beside its sentence on the summary page. */
  public static boolean isHeadlineFigure(String figureId) {
    return figureId.startsWith(FIGURE_PREFIX);
  }

  public Headline {
    findingRanks = List.copyOf(findingRanks);
  }
}
