package org.modus.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.modus.engine.ModusException;
import org.modus.engine.RunConfig;
import org.modus.schemas.ModusResources;

/**
 * The optional statistical layer as a run applies it ({@code extract: {classifier: bundled}}, or a
 * model file from {@code ./modus train-classifier}): per category it models, the stacked logistic
 * model of {@link LinearModel} decides presence from the ad's words and the rules' labels; every
 * other category keeps the rules' verdict ({@link StackedLabels}). Evaluation and the Spark job go
 * through {@link #probabilities} and {@link #apply}, so they see the same decisions.
 *
 * <p>It is trained on ads, and applied to ads only: case narratives and survey answers keep the
 * rules' labels.
 */
public final class StackedClassifier implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String RESOURCE = "classifier/ads-classifier.tsv";

  /** How a row the classifier added names its evidence in {@code lexicon_entry}. */
  public static final String ENTRY_PREFIX = "classifier:";

  /** How many contributions explain a decision. */
  static final int EXPLAINED_FEATURES = 5;

  private final String id;
  private final LinearModel model;

  /** Built on first use where the ads are: a task deserializes its own copy of this object. */
  private transient volatile Index index;

  public StackedClassifier(String id, LinearModel model) {
    this.id = id;
    this.model = model;
  }

  /**
   * The model's file name and the first 12 hex digits of its SHA-256: recorded in the run's
   * manifest, in each row it adds ({@code classifier:ID}) and in a quality file measured with it.
   */
  public String id() {
    return id;
  }

  public LinearModel model() {
    return model;
  }

  /**
   * The classifier the extract config names, if any: {@code bundled}, or the path of a model file
   * (read on the driver, which broadcasts it: executors need no copy of the file).
   */
  public static Optional<StackedClassifier> fromConfig(Map<String, String> extractConfig) {
    String choice = extractConfig == null ? null : extractConfig.get(RunConfig.EXTRACT_CLASSIFIER);
    if (RunConfig.namesModelFile(choice)) {
      return Optional.of(load(Path.of(choice.strip())));
    }
    return choice != null && choice.strip().equalsIgnoreCase(RunConfig.BUNDLED_CLASSIFIER)
        ? Optional.of(bundled())
        : Optional.empty();
  }

  /** The model shipped with Modus (data-schemas/classifier/ads-classifier.tsv). */
  public static StackedClassifier bundled() {
    try (InputStream in = ModusResources.open(RESOURCE)) {
      return of(in.readAllBytes(), "ads-classifier.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read modus/" + RESOURCE, e);
    }
  }

  public static StackedClassifier load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ModusException(
          "extract.classifier: no model file "
              + file.toAbsolutePath()
              + "; use 'bundled' for the model shipped with Modus, or write one with ./modus "
              + "train-classifier");
    }
    try {
      return of(Files.readAllBytes(file), file.getFileName().toString());
    } catch (IOException e) {
      throw new ModusException("Cannot read classifier " + file + ": " + e.getMessage());
    }
  }

  private static StackedClassifier of(byte[] bytes, String fileName) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    LinearModel model = LinearModel.parse(text.lines().toList(), fileName);
    return new StackedClassifier(
        fileName + "@" + ExtractionQuality.sha256(bytes).substring(0, 12), model);
  }

  /**
   * The probability of each modelled category: the model's own {@link LinearModel#predict}, summed
   * in the same order from an index by feature, so that an ad costs one lookup per fired feature
   * instead of one per feature and category.
   */
  public Map<String, Double> probabilities(DocumentFeatures doc) {
    Index index = this.index;
    if (index == null) {
      index = new Index(model);
      this.index = index;
    }
    double[] z = index.biases.clone();
    for (String f : doc.rules()) {
      index.add(z, f, 1.0);
    }
    double textValue = doc.textValue();
    for (String f : doc.text()) {
      index.add(z, f, textValue);
    }
    Map<String, Double> out = new TreeMap<>();
    for (int c = 0; c < z.length; c++) {
      out.put(index.labels.get(c), 1.0 / (1.0 + Math.exp(-z[c])));
    }
    return out;
  }

  /**
   * The rules' result with the classifier's say: a rule feature of a modelled category judged
   * absent is kept, overruled, with the reason; a modelled category judged present that no rule
   * found gets a row of its own ({@code classifier:ID}, no tokens, the category's score weight);
   * scores and the feature count are recomputed over what is present.
   */
  public DocumentResult apply(String text, DocumentResult rules, ScoreWeights weights) {
    Set<String> ruleLabels = new LinkedHashSet<>();
    for (ExtractedFeature f : rules.features()) {
      if (f.present()) {
        ruleLabels.add(f.label());
      }
    }
    DocumentFeatures doc = ClassifierFeatures.of(text, ruleLabels);
    Map<String, Double> p = probabilities(doc);
    Set<String> decided = StackedLabels.combine(ruleLabels, p);
    List<ExtractedFeature> out = new ArrayList<>(rules.features().size() + 2);
    Map<String, String> says = new HashMap<>();
    for (ExtractedFeature f : rules.features()) {
      if (f.present() && !decided.contains(f.label())) {
        out.add(f.overruledBecause(says.computeIfAbsent(f.label(), l -> say(doc, l, p.get(l)))));
      } else {
        out.add(f);
      }
    }
    for (String label : decided) {
      if (!ruleLabels.contains(label)) {
        int slash = label.indexOf('/');
        String family = label.substring(0, slash);
        String category = label.substring(slash + 1);
        out.add(
            new ExtractedFeature(
                family,
                category,
                false,
                ENTRY_PREFIX + id,
                rules.language(),
                -1,
                -1,
                null,
                weights.weightOf(family, category),
                false,
                say(doc, label, p.get(label))));
      }
    }
    return DocumentExtractor.score(rules.language(), out);
  }

  /** "p=0.83: w=visa +0.41, r=..." : the probability and the features that moved it most. */
  String say(DocumentFeatures doc, String label, double probability) {
    return String.format(Locale.ROOT, "p=%.2f: ", probability)
        + model.explain(doc, label, EXPLAINED_FEATURES).stream()
            .map(LinearModel.Contribution::toString)
            .collect(Collectors.joining(", "));
  }

  /** The model's weights by feature. */
  private static final class Index {
    final List<String> labels;
    final double[] biases;
    final Map<String, int[]> categoriesOf = new HashMap<>();
    final Map<String, double[]> weightsOf = new HashMap<>();

    private Index(LinearModel model) {
      labels = List.copyOf(model.categories().keySet());
      biases = new double[labels.size()];
      Map<String, List<Integer>> cats = new HashMap<>();
      Map<String, List<Double>> ws = new HashMap<>();
      for (int c = 0; c < labels.size(); c++) {
        LinearModel.Category category = model.categories().get(labels.get(c));
        biases[c] = category.bias();
        for (Map.Entry<String, Double> e : category.weights().entrySet()) {
          cats.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(c);
          ws.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
      }
      cats.forEach(
          (f, cs) -> {
            categoriesOf.put(f, cs.stream().mapToInt(Integer::intValue).toArray());
            weightsOf.put(f, ws.get(f).stream().mapToDouble(Double::doubleValue).toArray());
          });
    }

    void add(double[] z, String feature, double value) {
      int[] cs = categoriesOf.get(feature);
      if (cs == null) {
        return;
      }
      double[] ws = weightsOf.get(feature);
      for (int i = 0; i < cs.length; i++) {
        z[cs[i]] += ws[i] * value;
      }
    }
  }
}
