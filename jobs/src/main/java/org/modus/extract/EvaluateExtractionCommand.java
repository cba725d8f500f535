package org.modus.extract;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.modus.ads.AdsIngestSettings;
import org.modus.ads.contacts.ContactDetector;
import org.modus.ads.contacts.Redactor;
import org.modus.engine.Pseudonymizer;
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

  @Option(names = "--raw", description = "Score the text as written. By default each text first goes "
      + "through ingest's redaction (as ingest-ads does, with a throwaway key), so contacts become the "
      + "placeholders extraction sees in a run.")
  boolean raw;

  @Option(names = "--errors", description = "Also list each false positive and false negative.")
  boolean errors;

  @Option(names = "--annotators", paramLabel = "LIST",
      description = "Extra CoreNLP annotators, as in the run config (e.g. pos,lemma; needs the models jar).")
  String annotators;

  /** The document as a run would hold it: identifiers replaced by ingest's typed placeholders. */
  static java.util.function.UnaryOperator<GoldDocument> asIngested() {
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    Redactor redactor = new Redactor(new ContactDetector(AdsIngestSettings.defaults().contacts()),
        new Pseudonymizer(key));
    return d -> new GoldDocument(d.id(), d.lang(), d.split(), redactor.redact(d.text(), d.country()).text(),
        d.labels(), d.negatedLabels(), d.country(), d.families(), d.unscored());
  }

  @Override
  public Integer call() {
    DocumentExtractor extractor = new DocumentExtractor(Lexicon.load(), ScoreWeights.load(),
        NlpOptions.fromConfig(annotators == null ? Map.of() : Map.of(NlpOptions.CONFIG_KEY, annotators)));
    Map<String, ExtractionEvaluation.SplitResult> results =
        ExtractionEvaluation.evaluate(ExtractionEvaluation.readGold(gold, corpus).stream()
            .filter(d -> split == null || d.split().equals(split)).map(raw ? d -> d : asIngested()).toList(),
            extractor);
    System.out.println("lexicon " + extractor.lexicon().version() + ", gold " + gold);
    System.out.print(ExtractionEvaluation.format(results, errors));
    return 0;
  }
}
