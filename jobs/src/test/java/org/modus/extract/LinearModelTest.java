package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearModelTest {
  private static final String FEE = "deceptive_recruitment/upfront_fee";

  static LinearModel model() {
    return new LinearModel(
        new LinearModel.Provenance(
            List.of("eval/blind/ads.jsonl 00ff"), "lex-1", "2026-12-08", 400, 0.01),
        Map.of(
            FEE,
            new LinearModel.Category(
                FEE,
                -2.5,
                Map.of(
                    "r=" + FEE,
                    6.0,
                    "w=fee",
                    2.0,
                    "w=free",
                    -3.0,
                    "w=visa",
                    0.5,
                    "w=ignored",
                    9.0))));
  }

  @Test
  void savingAndLoadingGivesTheSameModel(@TempDir Path dir) {
    Path file = dir.resolve("classifier.tsv");
    model().save(file);
    assertEquals(model(), LinearModel.load(file));
  }

  @Test
  void predictsTheLogisticOfBiasPlusScaledTextWeightsPlusRuleWeights() {
    // four text features fire (w=fee, w=visa, b=fee_visa, ...): each counts 1/sqrt(3)
    DocumentFeatures doc = ClassifierFeatures.of("fee visa", Set.of(FEE));
    double z = -2.5 + 6.0 + (2.0 + 0.5) / Math.sqrt(3);
    assertEquals(1 / (1 + Math.exp(-z)), model().predict(doc).get(FEE), 1e-12);
  }

  @Test
  void theExplanationListsTheFiredFeaturesWithTheLargestContributionFirst() {
    DocumentFeatures doc = ClassifierFeatures.of("fee free visa", Set.of(FEE));
    List<LinearModel.Contribution> why = model().explain(doc, FEE);
    double t = 1 / Math.sqrt(5); // w=fee, w=free, w=visa, b=fee_free, b=free_visa
    assertEquals(
        List.of("r=" + FEE, "w=free", "w=fee", "w=visa"),
        why.stream().map(LinearModel.Contribution::feature).toList());
    assertEquals(-3.0 * t, why.get(1).value(), 1e-12);
    assertEquals(List.of(), model().explain(doc, "ad_indicator/youth"));
  }

  @Test
  void aModelledCategoryFollowsTheClassifierAndAnyOtherKeepsTheRule() {
    assertEquals(
        Set.of("platform/whatsapp", FEE),
        StackedLabels.combine(
            Set.of("platform/whatsapp", "ad_indicator/youth"),
            Map.of(FEE, 0.7, "ad_indicator/youth", 0.2)));
  }
}
