package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.ModusException;

/**
 * The classifier as a run applies it: what it adds, what it overrules, what it leaves alone, and
 * that its fast scoring is the model's own.
 */
class StackedClassifierTest {
  private static final String FEE = "deceptive_recruitment/upfront_fee";
  private static final ScoreWeights WEIGHTS = ScoreWeights.load();

  private static StackedClassifier classifier(double bias, Map<String, Double> weights) {
    return new StackedClassifier(
        "test.tsv@000000000000",
        new LinearModel(
            new LinearModel.Provenance(List.of(), "lex", "2026-12-07", 400, 0.01),
            Map.of(FEE, new LinearModel.Category(FEE, bias, weights))));
  }

  private static ExtractedFeature rule(String family, String category, boolean negated) {
    return new ExtractedFeature(
        family,
        category,
        negated,
        "entry-1",
        "en",
        3,
        5,
        "the evidence",
        WEIGHTS.weightOf(family, category));
  }

  private static DocumentResult rules(ExtractedFeature... features) {
    return DocumentExtractor.score("en", List.of(features));
  }

  @Test
  void aModelledCategoryNoRuleFoundGetsARowOfItsOwnWithItsReasonAndTheCategorysWeight() {
    StackedClassifier c = classifier(-2.5, Map.of("w=deposit", 9.0));

    DocumentResult r = c.apply("deposit", rules(), WEIGHTS);

    assertEquals(1, r.features().size());
    ExtractedFeature added = r.features().get(0);
    assertEquals(FEE, added.label());
    assertEquals("classifier:test.tsv@000000000000", added.lexiconEntry());
    assertEquals(List.of(-1, -1), List.of(added.tokenStart(), added.tokenEnd()));
    assertNull(added.snippet(), "no tokens, so no text to show");
    assertEquals("p=1.00: w=deposit +9.00", added.classifier());
    assertTrue(added.present());
    assertEquals(1, r.featureCount());
    assertEquals(
        WEIGHTS.weightOf("deceptive_recruitment", "upfront_fee"),
        r.deceptiveRecruitmentScore(),
        1e-9);
  }

  @Test
  void aRuleTheModelJudgesAbsentIsKeptWithItsEvidenceButNoLongerCounts() {
    StackedClassifier c = classifier(-5.0, Map.of("r=" + FEE, 1.0));

    DocumentResult r =
        c.apply(
            "a fee is mentioned",
            rules(rule("deceptive_recruitment", "upfront_fee", false)),
            WEIGHTS);

    ExtractedFeature kept = r.features().get(0);
    assertTrue(kept.overruled());
    assertFalse(kept.present());
    assertEquals("the evidence", kept.snippet());
    assertEquals("p=0.02: r=" + FEE + " +1.00", kept.classifier());
    assertEquals(0, r.featureCount());
    assertEquals(0.0, r.deceptiveRecruitmentScore());
  }

  @Test
  void categoriesTheModelDoesNotCoverAndNegatedRowsKeepTheRulesVerdict() {
    StackedClassifier c = classifier(-5.0, Map.of());
    ExtractedFeature telegram = rule("platform", "telegram", false);
    ExtractedFeature negatedFee = rule("deceptive_recruitment", "upfront_fee", true);

    DocumentResult r = c.apply("no fee, telegram", rules(telegram, negatedFee), WEIGHTS);

    assertEquals(List.of(telegram, negatedFee), r.features());
    assertEquals(1, r.featureCount());
  }

  @Test
  void itsScoringIsTheModelsOwnPredictionToTheLastBit() {
    StackedClassifier bundled = StackedClassifier.bundled();
    for (String text :
        List.of(
            "Work abroad, flight and visa paid, send 200 EUR for the file. WhatsApp only.",
            "Serveuse, logement fourni, salaire 1 800 € net, contact par Telegram",
            "Chicas nuevas, pago en efectivo o bizum, escríbeme [phone:3f9a]")) {
      for (Set<String> ruleLabels :
          List.of(Set.<String>of(), Set.of(FEE, "payment_method/cash", "platform/whatsapp"))) {
        DocumentFeatures doc = ClassifierFeatures.of(text, ruleLabels);
        assertEquals(bundled.model().predict(doc), bundled.probabilities(doc), text);
      }
    }
  }

  @Test
  void theRunConfigNamesTheBundledModelAFileOrNone(@TempDir Path dir) {
    assertTrue(StackedClassifier.fromConfig(Map.of()).isEmpty());
    assertTrue(StackedClassifier.fromConfig(Map.of("classifier", "none")).isEmpty());
    String id = StackedClassifier.fromConfig(Map.of("classifier", "bundled")).orElseThrow().id();
    assertTrue(id.matches("ads-classifier\\.tsv@[0-9a-f]{12}"), id);

    Path file = dir.resolve("mine.tsv");
    LinearModelTest.model().save(file);
    assertTrue(
        StackedClassifier.fromConfig(Map.of("classifier", file.toString()))
            .orElseThrow()
            .id()
            .startsWith("mine.tsv@"));

    ModusException missing =
        assertThrows(
            ModusException.class,
            () ->
                StackedClassifier.fromConfig(
                    Map.of("classifier", dir.resolve("no.tsv").toString())));
    assertTrue(missing.getMessage().contains("'bundled'"), missing.getMessage());
  }
}
