package org.modus.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./modus train-classifier --gold FILES --out FILE}: trains the stacked classifier on
 * labelled ad sets, each document read by the rule extractor as evaluate-extraction reads it.
 */
@Command(
    name = "train-classifier",
    mixinStandardHelpOptions = true,
    description = {
      "Train the optional statistical layer: per category (with enough positive documents), an L2 "
          + "logistic regression over folded word unigrams, bigrams and number sizes, stacked on the "
          + "categories the rules found. Writes a TSV (feature, category, weight) that "
          + "evaluate-extraction --classifier reads. Every record of every file trains; ad sets v2 "
          + "and v10 (the blind set of the current model) are refused.",
      "Example: ./modus train-classifier --gold eval/blind/ads.jsonl,eval/blind/ads-v3.jsonl "
          + "--out data-schemas/classifier/ads-classifier.tsv"
    })
public final class TrainClassifierCommand implements Callable<Integer> {
  @Option(
      names = "--gold",
      required = true,
      split = ",",
      paramLabel = "FILE[,FILE...]",
      description = "Labelled sets (JSON Lines, as evaluate-extraction reads them).")
  List<Path> gold;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Model file.")
  Path out;

  @Option(
      names = "--top-k",
      paramLabel = "K",
      description = "Text weights kept per category, largest |w| first (default ${DEFAULT-VALUE}).")
  int topK = LogisticTrainer.Settings.defaults().topK();

  @Option(
      names = "--lambda",
      paramLabel = "L",
      description = "L2 strength (default ${DEFAULT-VALUE}).")
  double lambda = LogisticTrainer.Settings.defaults().lambda();

  @Option(
      names = "--raw",
      description = "Read the texts as written instead of after ingest's redaction (the default).")
  boolean raw;

  @Override
  public Integer call() {
    gold.forEach(HeldOutSets::requireTrainable);
    long start = System.nanoTime();
    DocumentExtractor extractor = DocumentExtractor.defaults();
    List<LogisticTrainer.Example> examples = new ArrayList<>();
    List<String> training = new ArrayList<>();
    for (Path file : gold) {
      List<GoldDocument> docs =
          ExtractionEvaluation.readGold(file, null).stream()
              .map(raw ? d -> d : EvaluateExtractionCommand.asIngested())
              .toList();
      for (GoldDocument d : docs) {
        Set<String> rules = ExtractionEvaluation.ruleLabels(d, extractor);
        examples.add(
            new LogisticTrainer.Example(
                ClassifierFeatures.of(d.text(), rules),
                Set.copyOf(d.labels()),
                Set.copyOf(d.families())));
      }
      training.add(
          EvaluateExtractionCommand.displayPath(file) + " " + ExtractionQuality.sha256(file));
    }
    long extracted = System.nanoTime();
    LogisticTrainer trainer =
        new LogisticTrainer(LogisticTrainer.Settings.defaults().withTopK(topK).withLambda(lambda));
    LinearModel model =
        trainer.train(
            examples,
            new LinearModel.Provenance(
                training,
                extractor.lexicon().version(),
                LocalDate.now(ZoneOffset.UTC).toString(),
                topK,
                lambda));
    long trained = System.nanoTime();
    model.save(out);
    int weights = model.categories().values().stream().mapToInt(c -> c.weights().size()).sum();
    System.out.printf(
        Locale.ROOT,
        "%d documents from %d files; rules %.1fs, training %.1fs; %d categories, %d weights -> %s%n",
        examples.size(),
        gold.size(),
        (extracted - start) / 1e9,
        (trained - extracted) / 1e9,
        model.categories().size(),
        weights,
        out);
    return 0;
  }
}
