package org.modus.extract;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./modus evaluate-extraction --gold FILE}: precision, recall and F1 of the extractor per split. */
@Command(name = "evaluate-extraction", mixinStandardHelpOptions = true,
    description = {"Score the lexicon extractor against a labelled gold set (JSON Lines: id, lang, split, "
        + "text, labels, negated_labels): precision, recall, F1 micro, per family and per category, "
        + "for each split (dev, test). Runs without Spark. Optional fields per line: title (read before "
        + "the text), country (ISO code: places abroad are judged against it), labelled_families (only these "
        + "families are scored), row_index (text taken from --corpus).",
        "Example: ./modus evaluate-extraction --gold eval/extraction-gold.jsonl"})
public final class EvaluateExtractionCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold set (JSON Lines).")
  Path gold;

  @Option(names = "--corpus", paramLabel = "FILE",
      description = "A ';'-separated corpus (row index; text; ...) that gold lines with a row_index and no "
          + "text refer to: real text stays outside the repository, only indices and labels inside.")
  Path corpus;

  @Option(names = "--split", paramLabel = "dev|test",
      description = "Score one split only (tune on dev; the test half of a blind set is scored at the end).")
  String split;

  @Option(names = "--errors", description = "Also list each false positive and false negative.")
  boolean errors;

  @Option(names = "--annotators", paramLabel = "LIST",
      description = "Extra CoreNLP annotators, as in the run config (e.g. pos,lemma; needs the models jar).")
  String annotators;

  @Override
  public Integer call() {
    DocumentExtractor extractor = new DocumentExtractor(Lexicon.load(), ScoreWeights.load(),
        NlpOptions.fromConfig(annotators == null ? Map.of() : Map.of(NlpOptions.CONFIG_KEY, annotators)));
    Map<String, ExtractionEvaluation.SplitResult> results =
        ExtractionEvaluation.evaluate(ExtractionEvaluation.readGold(gold, corpus).stream()
            .filter(d -> split == null || d.split().equals(split)).toList(), extractor);
    System.out.println("lexicon " + extractor.lexicon().version() + ", gold " + gold);
    System.out.print(ExtractionEvaluation.format(results, errors));
    return 0;
  }
}
