package org.modus.extract;

import java.io.Serializable;

/**
 * One row of {@code ad_features} before the document id is attached: a cue found, with its
 * evidence.
 *
 * @param overruled true when the stacked classifier ({@link StackedClassifier}) judged the category
 *     absent from the document although this cue matched: the row keeps its evidence but does not
 *     count as present
 * @param classifier the classifier's say on a row it added or overruled (its probability and the
 *     features that moved it most); null on every other row
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
    Double weight,
    boolean overruled,
    String classifier)
    implements Serializable {

  /** A feature of the rules, before any classifier had its say. */
  public ExtractedFeature(
      String family,
      String category,
      boolean negated,
      String lexiconEntry,
      String language,
      int tokenStart,
      int tokenEnd,
      String snippet,
      Double weight) {
    this(
        family,
        category,
        negated,
        lexiconEntry,
        language,
        tokenStart,
        tokenEnd,
        snippet,
        weight,
        false,
        null);
  }

  public String label() {
    return family + "/" + category;
  }

  /** Whether the row counts its category as present in the document. */
  public boolean present() {
    return !negated && !overruled;
  }

  /** This row with the classifier's verdict that its category is absent, and why. */
  ExtractedFeature overruledBecause(String say) {
    return new ExtractedFeature(
        family,
        category,
        negated,
        lexiconEntry,
        language,
        tokenStart,
        tokenEnd,
        snippet,
        weight,
        true,
        say);
  }
}
