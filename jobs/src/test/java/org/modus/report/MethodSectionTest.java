package org.modus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modus.reports.NumberStyle;
import org.modus.reports.ReportTexts;
import org.modus.trends.CorrectionCoverage;

class MethodSectionTest {
  private static final CorrectionCoverage C =
      new CorrectionCoverage(
          "2026-12-06",
          "cmd",
          "demo",
          List.of("all", "country"),
          0.95,
          "expected",
          200,
          188,
          120,
          90);

  /**
   * The sentence quotes the counts and the shares they make (188/200 = 94%, 90/120 = 75%), in each
   * language.
   */
  @Test
  void correctionCoverageQuotesTheCountsBehindEachShare() {
    String en = MethodSection.correctionCoverage(ReportTexts.of("en"), C);
    for (String part :
        List.of(
            "95% intervals",
            "in 188 of 200 published cells (94%, measured 2026-12-06)",
            "in 90 of 120 cells (75%)")) {
      assertTrue(en.contains(part), part + " not in: " + en);
    }
    String fr = MethodSection.correctionCoverage(ReportTexts.of("fr"), C);
    for (String part :
        List.of(
            "à 95 %",
            "dans 188 cellules publiées sur 200 (94 %, mesuré le 2026-12-06)",
            "dans 90 cellules sur 120 (75 %)")) {
      assertTrue(fr.contains(part), part + " not in: " + fr);
    }
  }

  private static org.modus.extract.ExtractionQuality measured(String classifier) {
    return new org.modus.extract.ExtractionQuality(
        "g",
        "sha",
        "dev",
        "ingested",
        "v2.7.8",
        classifier,
        "2026-12-07",
        288,
        List.of(),
        List.of(
            new org.modus.extract.ExtractionQuality.Entry("payment_method", "cash", 8, 1, 2, 20)));
  }

  /** A reader learns which extractor the quality figures measure: the rules, or rules + model. */
  @Test
  void theQualityParagraphNamesTheClassifierWhenTheRunUsedOne() {
    for (String lang : List.of("en", "fr")) {
      ReportTexts texts = ReportTexts.of(lang);
      NumberStyle n = new NumberStyle(lang);
      org.modus.extract.ExtractionQuality rules = measured("none");
      org.modus.extract.ExtractionQuality stacked = measured("ads-classifier.tsv@f7a282c4a960");
      List<String> alone =
          MethodSection.quality(
              texts, n, rules, ExtractionQualityTable.perFamily(rules.categories()));
      List<String> both =
          MethodSection.quality(
              texts, n, stacked, ExtractionQualityTable.perFamily(stacked.categories()));
      assertEquals(1, alone.size(), lang);
      assertEquals(2, both.size(), lang);
      assertTrue(both.get(1).contains("ads-classifier.tsv@f7a282c4a960"), both.get(1));
    }
  }
}
