package org.modus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Applies a classifier to the rules' labels of a gold split: the scored predictions of "rules +
 * classifier", and, per label the classifier added or removed, why (its top features).
 */
public final class StackedEvaluation {
  private StackedEvaluation() {}

  /** Scored predictions in the order of the documents, and one line per changed label. */
  public record Result(List<Set<String>> predictions, List<String> changes) {}

  /** {@code ruleLabels}: every non-negated rule label per document (not yet filtered to scored). */
  public static Result apply(
      StackedClassifier classifier, List<GoldDocument> docs, List<Set<String>> ruleLabels) {
    List<Set<String>> predictions = new ArrayList<>();
    List<String> changes = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      GoldDocument d = docs.get(i);
      Set<String> rules = ruleLabels.get(i);
      DocumentFeatures features = ClassifierFeatures.of(d.text(), rules);
      Map<String, Double> p = classifier.probabilities(features);
      Set<String> stacked = ExtractionEvaluation.scored(d, StackedLabels.combine(rules, p));
      Set<String> before = ExtractionEvaluation.scored(d, rules);
      predictions.add(stacked);
      Set<String> changed = new TreeSet<>(stacked);
      changed.addAll(before);
      for (String l : changed) {
        boolean added = stacked.contains(l);
        if (added == before.contains(l)) {
          continue;
        }
        // a removal is right when the gold set does not hold the label, an addition when it does
        boolean right = d.labels().contains(l) == added;
        changes.add(
            String.format(
                Locale.ROOT,
                "%s %s%s p=%.2f %s: %s",
                d.id(),
                added ? "+" : "-",
                l,
                p.get(l),
                right ? "right" : "wrong",
                classifier.model().explain(features, l).stream()
                    .map(LinearModel.Contribution::toString)
                    .collect(Collectors.joining(", "))));
      }
    }
    return new Result(predictions, changes);
  }
}
