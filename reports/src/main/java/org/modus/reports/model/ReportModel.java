package org.modus.reports.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * Everything the report says, already in its language: the renderers only lay it out. Findings go in
 * the summary section; an empty list is shown with {@code noFindingsText}.
 */
public record ReportModel(
    String lang,
    String title,
    String subtitle,
    String generatedLine,
    List<Finding> findings,
    String noFindingsText,
    List<Section> sections) {

  public ReportModel {
    findings = List.copyOf(findings);
    sections = List.copyOf(sections);
    List<String> ids = sections.stream().flatMap(s -> s.figures().stream()).map(Figure::id).toList();
    if (ids.size() != ids.stream().distinct().count()) {
      throw new IllegalArgumentException("Figure ids must be unique: " + ids);
    }
  }

  public Stream<Figure> figures() {
    return sections.stream().flatMap(s -> s.figures().stream());
  }
}
