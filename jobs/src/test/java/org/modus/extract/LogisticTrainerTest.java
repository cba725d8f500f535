package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogisticTrainerTest {
  private static final String FEE = "deceptive_recruitment/upfront_fee";

  /** Ads that mention a fee are labelled upfront_fee, the others not: separable on w=fee. */
  static List<LogisticTrainer.Example> separable() {
    List<LogisticTrainer.Example> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String filler = (i % 2 == 0 ? "job abroad" : "work in town") + " " + "x".repeat(1 + i % 3);
      out.add(example("pay the fee first " + filler, Set.of(FEE)));
      out.add(example("no money asked " + filler, Set.of()));
    }
    return out;
  }

  static LogisticTrainer.Example example(String text, Set<String> labels) {
    return new LogisticTrainer.Example(ClassifierFeatures.of(text, Set.of()), labels, Set.of());
  }

  static LinearModel train(List<LogisticTrainer.Example> examples) {
    return new LogisticTrainer(LogisticTrainer.Settings.defaults().withLambda(1.0))
        .train(
            examples, new LinearModel.Provenance(List.of("synthetic"), "test", "today", 400, 1.0));
  }

  @Test
  void learnsAPositiveWeightForTheWordThatMarksTheCategoryAndANegativeOneForItsAbsence() {
    LinearModel model = train(separable());
    LinearModel.Category fee = model.categories().get(FEE);
    assertTrue(fee.weights().get("w=fee") > 0, fee.weights().toString());
    assertTrue(fee.weights().get("w=money") < 0, fee.weights().toString());
    assertTrue(model.predict(ClassifierFeatures.of("a fee first", Set.of())).get(FEE) > 0.5);
    assertTrue(model.predict(ClassifierFeatures.of("no money asked", Set.of())).get(FEE) < 0.5);
  }

  @Test
  void trainingTwiceGivesTheSameWeights() {
    assertEquals(train(separable()), train(separable()));
  }

  @Test
  void aCategoryWithTooFewPositivesIsNotModelledSoTheRulesKeepIt() {
    List<LogisticTrainer.Example> examples = new ArrayList<>(separable());
    examples.add(example("bitcoin only", Set.of("payment_method/cryptocurrency")));
    LinearModel model = train(examples);
    assertEquals(Set.of(FEE), model.categories().keySet());
  }

  @Test
  void platformsAreNotModelled() {
    List<LogisticTrainer.Example> examples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      examples.add(example("write on whatsapp " + i, Set.of("platform/whatsapp")));
    }
    assertTrue(train(examples).categories().isEmpty());
  }

  @Test
  void keepsOnlyTheTopKTextWeightsButEveryRuleWeight() {
    List<LogisticTrainer.Example> examples = new ArrayList<>();
    for (LogisticTrainer.Example e : separable()) {
      examples.add(
          new LogisticTrainer.Example(
              new DocumentFeatures(
                  e.features().text(),
                  new java.util.TreeSet<>(e.labels().isEmpty() ? Set.of() : Set.of("r=" + FEE))),
              e.labels(),
              Set.of()));
    }
    LinearModel model =
        new LogisticTrainer(LogisticTrainer.Settings.defaults().withTopK(3).withLambda(1.0))
            .train(examples, new LinearModel.Provenance(List.of(), "test", "today", 3, 1.0));
    Set<String> kept = model.categories().get(FEE).weights().keySet();
    assertEquals(3, kept.stream().filter(f -> !f.startsWith("r=")).count(), kept.toString());
    assertTrue(kept.contains("r=" + FEE), kept.toString());
  }
}
