package org.modus.extract;

import java.util.SortedSet;

/**
 * The binary features one document fires: text features ({@code w=}, {@code b=}) and the rules' own
 * labels ({@code r=}). Text features are scaled by 1/sqrt(how many fired) so a long ad does not
 * outvote a short one; rule features keep weight 1, since each is one strong, already-distilled
 * signal (the feasibility study's normalisation).
 */
public record DocumentFeatures(SortedSet<String> text, SortedSet<String> rules) {
  public DocumentFeatures {
    text = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(text));
    rules = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(rules));
  }

  /** The value a fired text feature takes in the dot product. */
  public double textValue() {
    return 1.0 / Math.sqrt(Math.max(1, text.size()));
  }

  /** The value {@code feature} takes in this document: 0 when it did not fire. */
  public double value(String feature) {
    if (rules.contains(feature)) {
      return 1.0;
    }
    return text.contains(feature) ? textValue() : 0.0;
  }
}
