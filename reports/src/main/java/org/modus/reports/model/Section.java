package org.modus.reports.model;

import java.util.List;

/** A report section: heading, paragraphs, notes (e.g. a missing table) and figures, in order. */
public record Section(
    String id, String heading, List<String> paragraphs, List<String> notes, List<Figure> figures) {
  public Section {
    paragraphs = List.copyOf(paragraphs);
    notes = List.copyOf(notes);
    figures = List.copyOf(figures);
  }
}
