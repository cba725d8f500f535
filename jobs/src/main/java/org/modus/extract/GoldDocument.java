package org.modus.extract;

import java.util.List;

/**
 * One labelled document of an extraction evaluation set: the labels are the family/category
 * features present; negated_labels the ones mentioned only in a negation or warning (informational:
 * they must not be predicted as present). {@code country} is the ad's ISO alpha-2 country when
 * known (null otherwise); {@code families} the families its annotator labelled (empty: every
 * family), so a set labelled for five families does not count the others' predictions as false
 * positives; {@code unscored} labels the annotator gave that are not scored (a platform the
 * taxonomy did not list when the set was frozen): predicting one is neither right nor wrong.
 */
public record GoldDocument(
    String id,
    String lang,
    String split,
    String text,
    List<String> labels,
    List<String> negatedLabels,
    String country,
    List<String> families,
    List<String> unscored) {

  public GoldDocument(
      String id,
      String lang,
      String split,
      String text,
      List<String> labels,
      List<String> negatedLabels) {
    this(id, lang, split, text, labels, negatedLabels, null, List.of(), List.of());
  }

  /** Whether this document's annotator labelled {@code family}. */
  public boolean labels(String family) {
    return families.isEmpty() || families.contains(family);
  }
}
