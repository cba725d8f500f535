package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The committed model (data-schemas/classifier/ads-classifier.tsv): trained on the rules of the
 * lexicon in the tree, and better than the rules alone on the dev half of the blind ad set that
 * never trained it (ad set v10, frozen after v9, the first model's judge, was spent; its test half
 * is never scored here).
 */
class ClassifierModelTest {
  static final Path MODEL = ExtractionGoldTest.locate("data-schemas/classifier/ads-classifier.tsv");
  static final Path JUDGE = ExtractionGoldTest.locate("eval/blind/ads-v10.jsonl");

  @Test
  void theModelWasTrainedOnTheRulesOfTheCurrentLexicon() {
    // The rules' labels are features: a model of other rules reads them wrong. Retrain with the
    // command in data-schemas/classifier/README.md after every lexicon change.
    assertEquals(
        Lexicon.load().version(),
        LinearModel.load(MODEL).provenance().lexiconVersion(),
        MODEL::toString);
  }

  @Test
  void rulesPlusClassifierBeatTheRulesOnTheBlindSetsDevHalf() {
    List<GoldDocument> docs =
        ExtractionEvaluation.readGold(JUDGE, null).stream()
            .filter(d -> d.split().equals("dev"))
            .map(EvaluateExtractionCommand.asIngested())
            .toList();
    DocumentExtractor extractor = DocumentExtractor.defaults();
    List<Set<String>> rules =
        docs.stream().map(d -> ExtractionEvaluation.ruleLabels(d, extractor)).toList();
    List<Set<String>> rulesScored =
        java.util.stream.IntStream.range(0, docs.size())
            .mapToObj(i -> ExtractionEvaluation.scored(docs.get(i), rules.get(i)))
            .toList();
    ExtractionEvaluation.SplitResult alone =
        ExtractionEvaluation.evaluateSplit("dev", docs, rulesScored);
    ExtractionEvaluation.SplitResult stacked =
        ExtractionEvaluation.evaluateSplit(
            "dev",
            docs,
            StackedEvaluation.apply(StackedClassifier.load(MODEL), docs, rules).predictions());
    String report =
        "rules alone "
            + alone.micro().f1()
            + "\n"
            + ExtractionEvaluation.format(Map.of("dev", stacked), false);
    // measured 2026-12-07: 0.846 alone, 0.865 stacked (ad set v10's 356 dev ads; on v9's dev
    // half, its judge before: 0.844, 0.868)
    assertTrue(stacked.micro().f1() >= 0.86, report);
    assertTrue(stacked.micro().f1() >= alone.micro().f1() + 0.015, report);
  }
}
