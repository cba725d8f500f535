package org.modus.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.modus.ads.contacts.ContactDetector;
import org.modus.ads.contacts.Redactor;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.engine.ModusException;
import org.modus.engine.Pseudonymizer;
import org.modus.engine.RunConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./modus evaluate-extraction --gold FILE}: precision, recall and F1 of the extractor per
 * split.
 */
@Command(
    name = "evaluate-extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Score the lexicon extractor against a labelled gold set (JSON Lines: id, lang, split, "
          + "text, labels, negated_labels): precision, recall, F1 micro, per family and per category, "
          + "for each split (dev, test). Runs without Spark. Optional fields per line: title (read before "
          + "the text), country (ISO code: places abroad are judged against it), labelled_families (only these "
          + "families are scored), row_index (text taken from --corpus).",
      "Example: ./modus evaluate-extraction --gold eval/extraction-gold.jsonl"
    })
public final class EvaluateExtractionCommand implements Callable<Integer> {
  @Option(
      names = "--gold",
      required = true,
      paramLabel = "FILE",
      description = "Gold set (JSON Lines).")
  Path gold;

  @Option(
      names = "--corpus",
      paramLabel = "FILE",
      description =
          "A ';'-separated corpus (row index; text; ...) that gold lines with a row_index and no "
              + "text refer to: real text stays outside the repository, only indices and labels inside.")
  Path corpus;

  @Option(
      names = "--split",
      paramLabel = "dev|test",
      description =
          "Score one split only (tune on dev; the test half of a blind set is scored at the end).")
  String split;

  @Option(
      names = "--raw",
      description =
          "Score the text as written. By default each text first goes "
              + "through ingest's redaction (as ingest-ads does, with a throwaway key), so contacts become the "
              + "placeholders extraction sees in a run.")
  boolean raw;

  @Option(names = "--errors", description = "Also list each false positive and false negative.")
  boolean errors;

  @Option(
      names = "--annotators",
      paramLabel = "LIST",
      description =
          "Extra CoreNLP annotators, as in the run config (e.g. pos,lemma; needs the models jar).")
  String annotators;

  @Option(
      names = "--write-quality",
      paramLabel = "FILE",
      description =
          "Also write the per-category and per-family document counts (TP, FP, FN, TN), sensitivity "
              + "and specificity, with the gold file's SHA-256, split, lexicon version and date, as JSON: the input "
              + "of the trends stage's misclassification correction (data-schemas/lexicon/extraction-quality.json). "
              + "Needs --split dev: a test half is never measured for use. With --classifier, the "
              + "rules + classifier are measured (data-schemas/classifier/extraction-quality.json for "
              + "the bundled model).")
  Path writeQuality;

  @Option(
      names = "--classifier",
      paramLabel = "FILE",
      description =
          "Also apply the stacked classifier (from train-classifier): a category it models is "
              + "present when its probability exceeds 0.5, any other keeps the rules' verdict; the "
              + "figures are those of rules + classifier, with the rules' micro figures beside them. "
              + "With --errors, each label the classifier added or removed is listed with its top "
              + "features. Refuses ad set v2, and ad set v10 unless --split dev, but with "
              + "--score-held-out or --write-quality (a calibration, on a dev half).")
  Path classifier;

  @Option(
      names = "--score-held-out",
      description =
          "With --classifier: score a held-out set (ad set v2, ad set v10's test half) anyway. "
              + "Done once, at the end of the classifier's round, to report (eval/README.md).")
  boolean scoreHeldOut;

  /** The document as a run would hold it: identifiers replaced by ingest's typed placeholders. */
  public static java.util.function.UnaryOperator<GoldDocument> asIngested() {
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    Redactor redactor =
        new Redactor(
            new ContactDetector(AdsIngestSettings.defaults().contacts()), new Pseudonymizer(key));
    return d ->
        new GoldDocument(
            d.id(),
            d.lang(),
            d.split(),
            redactor.redact(d.text(), d.country()).text(),
            d.labels(),
            d.negatedLabels(),
            d.country(),
            d.families(),
            d.unscored());
  }

  @Override
  public Integer call() {
    if (writeQuality != null && !"dev".equals(split)) {
      throw new ModusException(
          "--write-quality needs --split dev: extraction quality for use is measured on "
              + "the dev half only; a test half is scored once, to report (eval/README.md)");
    }
    // Writing a quality file calibrates (as the rules' own file does on ad set v2's dev half, which
    // never trains the classifier); it is not a score to tune on, so the held-out guard is for
    // plain scoring only.
    if (classifier != null && writeQuality == null) {
      HeldOutSets.requireMeasurable(gold, split, scoreHeldOut);
    }
    StackedClassifier model = classifier == null ? null : StackedClassifier.load(classifier);
    DocumentExtractor extractor =
        new DocumentExtractor(
            Lexicon.load(),
            ScoreWeights.load(),
            NlpOptions.fromConfig(
                annotators == null ? Map.of() : Map.of(NlpOptions.CONFIG_KEY, annotators)));
    List<GoldDocument> all =
        ExtractionEvaluation.readGold(gold, corpus).stream()
            .filter(d -> split == null || d.split().equals(split))
            .map(raw ? d -> d : asIngested())
            .toList();
    // Each split is scored on predictions made once, shared with the quality file when one is
    // written.
    Map<String, ExtractionEvaluation.SplitResult> results = new TreeMap<>();
    Map<String, List<Set<String>>> predictions = new TreeMap<>();
    Map<String, ExtractionEvaluation.SplitResult> rulesAlone = new TreeMap<>();
    Map<String, List<String>> changes = new TreeMap<>();
    for (String s : List.of("dev", "test")) {
      List<GoldDocument> docs = all.stream().filter(d -> d.split().equals(s)).toList();
      if (docs.isEmpty()) {
        continue;
      }
      if (model == null) {
        predictions.put(s, ExtractionEvaluation.predictions(docs, extractor));
      } else {
        List<Set<String>> rules =
            docs.stream().map(d -> ExtractionEvaluation.ruleLabels(d, extractor)).toList();
        List<Set<String>> rulesScored = new java.util.ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
          rulesScored.add(ExtractionEvaluation.scored(docs.get(i), rules.get(i)));
        }
        rulesAlone.put(s, ExtractionEvaluation.evaluateSplit(s, docs, rulesScored));
        StackedEvaluation.Result stacked = StackedEvaluation.apply(model, docs, rules);
        predictions.put(s, stacked.predictions());
        changes.put(s, stacked.changes());
      }
      results.put(s, ExtractionEvaluation.evaluateSplit(s, docs, predictions.get(s)));
    }
    System.out.println("lexicon " + extractor.lexicon().version() + ", gold " + gold);
    if (model != null) {
      System.out.println(
          "rules + classifier "
              + classifier
              + " ("
              + model.model().categories().size()
              + " categories modelled, p > 0.5)");
      rulesAlone.forEach(
          (s, r) ->
              System.out.print(
                  ExtractionEvaluation.row("rules alone, split " + s + ", micro", r.micro())));
    }
    System.out.print(ExtractionEvaluation.format(results, errors));
    if (model != null && errors) {
      changes.forEach(
          (s, lines) -> {
            System.out.println(
                "-- split "
                    + s
                    + ": labels the classifier changed (+ added, - removed), top features");
            lines.forEach(l -> System.out.println("  " + l));
          });
    }
    if (writeQuality != null) {
      String name = displayPath(gold);
      ExtractionQuality quality =
          ExtractionQuality.measure(
              all,
              predictions.getOrDefault("dev", List.of()),
              name,
              ExtractionQuality.sha256(gold),
              "dev",
              raw ? "raw" : "ingested",
              extractor.lexicon().version(),
              model == null ? RunConfig.NO_CLASSIFIER : model.id(),
              LocalDate.now(ZoneOffset.UTC).toString());
      String command =
          "./modus evaluate-extraction --gold "
              + name
              + (corpus == null ? "" : " --corpus " + displayPath(corpus))
              + " --split dev"
              + (raw ? " --raw" : "")
              + (annotators == null ? "" : " --annotators " + annotators)
              + (classifier == null ? "" : " --classifier " + displayPath(classifier))
              + " --write-quality "
              + displayPath(writeQuality);
      try {
        Path parent = writeQuality.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(writeQuality, quality.toJson(command), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ModusException("Cannot write " + writeQuality + ": " + e.getMessage());
      }
      System.out.println(
          "wrote "
              + writeQuality
              + " ("
              + quality.categories().size()
              + " categories, "
              + quality.families().size()
              + " families, "
              + quality.documents()
              + " dev documents)");
    }
    return 0;
  }

  /**
   * A path relative to the working directory when inside it (no local directory names in the file).
   */
  static String displayPath(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath().normalize();
    Path shown = abs.startsWith(here) ? here.relativize(abs) : abs.getFileName();
    return shown.toString().replace('\\', '/');
  }
}
