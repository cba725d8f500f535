package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quality gate: the extractor on the held-out test split of the gold set (never tuned on) must
 * keep micro-F1 at least 0.95 and every family at least 0.85, so a lexicon regression fails the
 * build.
 */
class ExtractionGoldTest {
  static final Path GOLD = locate("eval/extraction-gold.jsonl");
  static final double MIN_MICRO_F1 = 0.95;
  static final double MIN_FAMILY_F1 = 0.85;

  static Path locate(String relative) {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(relative))) {
        return p.resolve(relative);
      }
    }
    throw new IllegalStateException(relative + " not found above " + here);
  }

  @Test
  void theGoldSetIsLargeAndCoversEnFrEsInBothSplits() {
    List<GoldDocument> gold = ExtractionEvaluation.readGold(GOLD);
    assertTrue(gold.size() >= 300, "gold size " + gold.size());
    for (String split : List.of("dev", "test")) {
      for (String lang : List.of("en", "fr", "es")) {
        long n =
            gold.stream().filter(d -> d.split().equals(split) && d.lang().equals(lang)).count();
        assertTrue(n >= 30, split + "/" + lang + " has only " + n);
      }
    }
  }

  @Test
  void heldOutTestSplitMeetsTheF1Targets() {
    Map<String, ExtractionEvaluation.SplitResult> results =
        ExtractionEvaluation.evaluate(
            ExtractionEvaluation.readGold(GOLD), DocumentExtractor.defaults());
    ExtractionEvaluation.SplitResult test = results.get("test");
    assertTrue(
        test.micro().f1() >= MIN_MICRO_F1,
        "micro F1 " + test.micro().f1() + "\n" + ExtractionEvaluation.format(results, true));
    List<String> weak = new ArrayList<>();
    test.byFamily()
        .forEach(
            (family, c) -> {
              if (c.f1() < MIN_FAMILY_F1) {
                weak.add(family + "=" + c.f1());
              }
            });
    assertEquals(List.of(), weak, "families under " + MIN_FAMILY_F1);
  }

  @Test
  void countsGiveTheTextbookPrecisionRecallAndF1() {
    ExtractionEvaluation.Counts c = new ExtractionEvaluation.Counts(6, 2, 4);
    assertEquals(0.75, c.precision(), 1e-12);
    assertEquals(0.6, c.recall(), 1e-12);
    assertEquals(2 * 0.75 * 0.6 / 1.35, c.f1(), 1e-12);
  }

  @Test
  void aDocumentScoresPerLabelAgainstItsGold() {
    GoldDocument d =
        new GoldDocument(
            "x",
            "en",
            "dev",
            "Pay in bitcoin. Line cook wanted.",
            List.of("payment_method/cryptocurrency", "labour_sector/hospitality", "platform/line"),
            List.of());
    ExtractionEvaluation.SplitResult r =
        ExtractionEvaluation.evaluateSplit("dev", List.of(d), DocumentExtractor.defaults());
    assertEquals(
        new ExtractionEvaluation.Counts(2, 0, 1), r.micro(), "line is correctly not found");
    assertEquals(List.of("x FN platform/line"), r.errors());
  }
}
