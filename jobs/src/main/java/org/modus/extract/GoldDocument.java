package org.modus.extract;

import java.util.List;

/**
 * One labelled document of the extraction gold set ({@code eval/extraction-gold.jsonl}): the labels
 * are the family/category features present; negated_labels the ones mentioned only in a negation or
 * warning (informational: they must not be predicted as present).
 */
public record GoldDocument(
    String id, String lang, String split, String text, List<String> labels, List<String> negatedLabels) {}
