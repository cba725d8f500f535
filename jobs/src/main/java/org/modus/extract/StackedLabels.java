package org.modus.extract;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The rules' labels with the classifier's say on the categories it models. */
public final class StackedLabels {
  private StackedLabels() {}

  /** The decision threshold the feasibility study measured the stacked model at. */
  public static final double THRESHOLD = 0.5;

  /**
   * A modelled category is present when its probability exceeds {@link #THRESHOLD} (the rule's own
   * verdict is one of its features); any other category keeps the rule's verdict.
   */
  public static Set<String> combine(Set<String> ruleLabels, Map<String, Double> probabilities) {
    Set<String> out = new TreeSet<>();
    for (String l : ruleLabels) {
      if (!probabilities.containsKey(l)) {
        out.add(l);
      }
    }
    probabilities.forEach(
        (l, p) -> {
          if (p > THRESHOLD) {
            out.add(l);
          }
        });
    return out;
  }
}
