package org.modus.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Trains one L2-regularised logistic regression per category on sparse binary features, then prunes
 * each to its strongest text weights so the model file stays small and readable.
 */
public final class LogisticTrainer {

  /** A training document: its features, its gold labels and the families its annotator labelled. */
  public record Example(
      DocumentFeatures features, Set<String> labels, Set<String> labelledFamilies) {
    public Example {
      labels = Set.copyOf(labels);
      labelledFamilies = Set.copyOf(labelledFamilies);
    }

    /** Whether the annotator judged {@code family} here (an empty set: every family). */
    boolean judges(String family) {
      return labelledFamilies.isEmpty() || labelledFamilies.contains(family);
    }
  }

  /**
   * lambda: L2 strength on the summed (not averaged) loss, as in the study; minPositives: a
   * category with fewer positive documents keeps the rules alone; minDocuments: a text feature must
   * fire in at least this many documents (a feature of one ad can only memorise that ad); families:
   * the families modelled (platforms are named outright, the rules need no help there).
   */
  public record Settings(
      double lambda,
      int iterations,
      int minPositives,
      int topK,
      int minDocuments,
      Set<String> families) {
    public static Settings defaults() {
      return new Settings(
          0.01,
          200,
          15,
          400,
          2,
          Set.of("recruitment_channel", "payment_method", "deceptive_recruitment", "ad_indicator"));
    }

    public Settings withTopK(int k) {
      return new Settings(lambda, iterations, minPositives, k, minDocuments, families);
    }

    public Settings withLambda(double l) {
      return new Settings(l, iterations, minPositives, topK, minDocuments, families);
    }

    public Settings withMinPositives(int m) {
      return new Settings(lambda, iterations, m, topK, minDocuments, families);
    }
  }

  private static final double GRADIENT_TOLERANCE = 1e-3;

  private final Settings settings;

  public LogisticTrainer(Settings settings) {
    this.settings = settings;
  }

  /** The categories with enough positive documents, in label order. */
  public List<String> categories(List<Example> examples) {
    Map<String, Integer> positives = new TreeMap<>();
    for (Example e : examples) {
      for (String l : e.labels()) {
        if (settings.families().contains(family(l))) {
          positives.merge(l, 1, Integer::sum);
        }
      }
    }
    return positives.entrySet().stream()
        .filter(e -> e.getValue() >= settings.minPositives())
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Trains every category with enough positives; provenance is copied into the model. */
  public LinearModel train(List<Example> examples, LinearModel.Provenance provenance) {
    Index index = Index.of(examples, settings.minDocuments());
    List<String> categories = categories(examples);
    // Categories are independent, so they train in parallel; each one's arithmetic is sequential,
    // hence the same weights on every run.
    List<LinearModel.Category> trained =
        IntStream.range(0, categories.size())
            .parallel()
            .mapToObj(k -> trainOne(categories.get(k), examples, index))
            .toList();
    Map<String, LinearModel.Category> out = new TreeMap<>();
    trained.forEach(c -> out.put(c.label(), c));
    return new LinearModel(provenance, out);
  }

  private LinearModel.Category trainOne(String category, List<Example> examples, Index index) {
    String family = family(category);
    List<int[]> rows = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      if (e.judges(family)) {
        rows.add(index.columns().get(i));
        values.add(index.values().get(i));
        ys.add(e.labels().contains(category));
      }
    }
    int d = index.features().size();
    int n = rows.size();
    double lambda = settings.lambda();
    long pos = ys.stream().filter(b -> b).count();
    Lbfgs.Objective objective =
        (x, grad) -> {
          java.util.Arrays.fill(grad, 0);
          double loss = 0;
          for (int i = 0; i < n; i++) {
            int[] cols = rows.get(i);
            double[] vals = values.get(i);
            double z = x[d];
            for (int j = 0; j < cols.length; j++) {
              z += x[cols[j]] * vals[j];
            }
            double y = ys.get(i) ? 1 : 0;
            loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y * z;
            double r = 1.0 / (1.0 + Math.exp(-z)) - y;
            for (int j = 0; j < cols.length; j++) {
              grad[cols[j]] += r * vals[j];
            }
            grad[d] += r;
          }
          for (int j = 0; j < d; j++) { // the intercept is not penalised
            loss += 0.5 * lambda * x[j] * x[j];
            grad[j] += lambda * x[j];
          }
          return loss;
        };
    double[] start = new double[d + 1];
    start[d] = Math.log((pos + 1e-3) / (n - pos + 1e-3)); // start at the base rate
    double[] w = Lbfgs.minimise(objective, start, settings.iterations(), GRADIENT_TOLERANCE);
    return prune(category, w, index);
  }

  /**
   * The top-K text weights by |w| (ties by name) and every rule weight: the rule features are few
   * and carry most of the stacked model, the text tail adds little and makes the file unreadable.
   * Weights are rounded to 1e-6 so the saved file is exactly the model.
   */
  private LinearModel.Category prune(String category, double[] w, Index index) {
    Map<String, Double> kept = new TreeMap<>();
    List<Integer> text = new ArrayList<>();
    for (int j = 0; j < index.features().size(); j++) {
      String f = index.features().get(j);
      if (f.startsWith(ClassifierFeatures.RULE)) {
        putRounded(kept, f, w[j]);
      } else {
        text.add(j);
      }
    }
    text.stream()
        .sorted(
            Comparator.comparingDouble((Integer j) -> -Math.abs(w[j]))
                .thenComparing(j -> index.features().get(j)))
        .limit(settings.topK())
        .forEach(j -> putRounded(kept, index.features().get(j), w[j]));
    return new LinearModel.Category(category, round(w[w.length - 1]), kept);
  }

  private static void putRounded(Map<String, Double> kept, String feature, double w) {
    double r = round(w);
    if (r != 0) {
      kept.put(feature, r);
    }
  }

  private static double round(double w) {
    return Math.round(w * 1e6) / 1e6;
  }

  private static String family(String label) {
    return label.substring(0, label.indexOf('/'));
  }

  /** The feature columns and each document's sparse row (column ids and values). */
  private record Index(List<String> features, List<int[]> columns, List<double[]> values) {
    static Index of(List<Example> examples, int minDocuments) {
      Map<String, Integer> df = new HashMap<>();
      examples.forEach(e -> e.features().text().forEach(f -> df.merge(f, 1, Integer::sum)));
      TreeSet<String> kept = new TreeSet<>();
      df.forEach(
          (f, c) -> {
            if (c >= minDocuments) {
              kept.add(f);
            }
          });
      examples.forEach(e -> kept.addAll(e.features().rules()));
      List<String> features = List.copyOf(kept);
      Map<String, Integer> id = new HashMap<>();
      for (int j = 0; j < features.size(); j++) {
        id.put(features.get(j), j);
      }
      List<int[]> columns = new ArrayList<>();
      List<double[]> values = new ArrayList<>();
      for (Example e : examples) {
        DocumentFeatures f = e.features();
        List<String> fired = new ArrayList<>();
        f.rules().forEach(fired::add);
        f.text().stream().filter(id::containsKey).forEach(fired::add);
        int[] cols = new int[fired.size()];
        double[] vals = new double[fired.size()];
        for (int j = 0; j < cols.length; j++) {
          cols[j] = id.get(fired.get(j));
          vals[j] = f.value(fired.get(j));
        }
        columns.add(cols);
        values.add(vals);
      }
      return new Index(features, columns, values);
    }
  }
}
