package org.modus.extract;

import java.io.Serializable;

/**
 * One row of {@code ad_features} before the document id is attached: a cue found, with its
 * evidence.
 */
public record ExtractedFeature(
    String family,
    String category,
    boolean negated,
    String lexiconEntry,
    String language,
    int tokenStart,
    int tokenEnd,
    String snippet,
    Double weight)
    implements Serializable {

  public String label() {
    return family + "/" + category;
  }
}
