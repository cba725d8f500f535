package org.modus.reports.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * Everything the report says, already in its language: the renderers only lay it out. Headlines
 * open the report (the summary section, each with its chart: a figure of the annex); all findings
 * go in the annex section. With no headline the summary shows {@code noFindingsText}.
 */
public record ReportModel(
    String lang,
    String title,
    String subtitle,
    String generatedLine,
    List<Headline> headlines,
    List<Finding> findings,
    String noFindingsText,
    List<Section> sections) {

  public ReportModel {
    headlines = List.copyOf(headlines);
    findings = List.copyOf(findings);
    sections = List.copyOf(sections);
    List<String> ids =
        sections.stream().flatMap(s -> s.figures().stream()).map(Figure::id).toList();
    if (ids.size() != ids.stream().distinct().count()) {
      throw new IllegalArgumentException("Figure ids must be unique: " + ids);
    }
    for (Headline h : headlines) {
      if (!ids.contains(h.figureId())) {
        throw new IllegalArgumentException(
            "Headline " + h.rank() + " names a figure that is not in the report: " + h.figureId());
      }
    }
  }

  /** The headline that covers a finding, by the finding's rank; 0 when only the annex tells it. */
  public int headlineOf(int findingRank) {
    return headlines.stream()
        .filter(h -> h.findingRanks().contains(findingRank))
        .mapToInt(Headline::rank)
        .findFirst()
        .orElse(0);
  }

  public Stream<Figure> figures() {
    return sections.stream().flatMap(s -> s.figures().stream());
  }
}
