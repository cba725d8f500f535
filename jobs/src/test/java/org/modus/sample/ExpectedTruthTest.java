package org.modus.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link AdCorpusGenerator#expectedTruth} is the generator's own model: over a large generated
 * corpus, the ads that truly contain a category number the sum of their probabilities, give or take
 * binomial noise, for each source; and no ad contains a category its probabilities give no chance.
 * A draw changed in {@code Corpus.ad} without its term here (say the share of cash from 2% to 2.7%)
 * moves a count by six or more standard deviations at this size and fails the test.
 */
class ExpectedTruthTest {
  private static final int ADS = 40_000;

  /** Five standard deviations: 28 comparisons never fail by chance, a wrong term still does. */
  private static final double Z = 5;

  @Test
  void realizedTruthCountsMatchTheSumOfTheProbabilitiesPerSourceAndCategory() {
    long seed = 42;
    List<AdCorpusGenerator.Ad> ads =
        new AdCorpusGenerator.Corpus(
                new Random(seed), new Random(seed ^ AdCorpusGenerator.NOISE_SEED), "")
            .generate(ADS).stream()
                .filter(
                    a ->
                        !a.id()
                            .endsWith("R")) // a repost repeats its original's truth: not a new draw
                .toList();
    Map<String, double[]> byLabel =
        new TreeMap<>(); // source|label -> {realized, sum p, sum p(1-p)}
    List<String> wrong = new ArrayList<>();
    for (AdCorpusGenerator.Ad a : ads) {
      Map<String, Double> p =
          AdCorpusGenerator.expectedTruth(
              a.job(), a.country(), AdCorpusGenerator.quarterOf(a.posted()));
      for (String label : a.truth()) {
        if (p.getOrDefault(label, 0.0) <= 0) {
          wrong.add(a.id() + " contains " + label + " that its probabilities give no chance");
        }
      }
      for (Map.Entry<String, Double> e : p.entrySet()) {
        double[] acc =
            byLabel.computeIfAbsent(
                (a.job() ? "jobboard|" : "classifieds|") + e.getKey(), k -> new double[3]);
        acc[0] += a.truth().contains(e.getKey()) ? 1 : 0;
        acc[1] += e.getValue();
        acc[2] += e.getValue() * (1 - e.getValue());
      }
    }
    StringBuilder table = new StringBuilder();
    for (Map.Entry<String, double[]> e : byLabel.entrySet()) {
      double[] acc = e.getValue();
      double z = (acc[0] - acc[1]) / Math.sqrt(acc[2]);
      table.append(
          String.format(
              Locale.ROOT,
              "%n%s realized %.0f expected %.1f z %.2f",
              e.getKey(),
              acc[0],
              acc[1],
              z));
      if (Math.abs(z) > Z) {
        wrong.add(e.getKey() + String.format(Locale.ROOT, " z = %.2f", z));
      }
    }
    assertTrue(byLabel.size() >= 20, "too few categories compared:" + table);
    assertTrue(wrong.isEmpty(), wrong + "\n" + table);
  }

  @Test
  void quarterOfCountsQuartersFromTheFirstDay() {
    // the generator posts an ad of quarter q on one of the 90 days from the quarter's first day
    assertEquals(0, AdCorpusGenerator.quarterOf(AdCorpusGenerator.FIRST_DAY));
    assertEquals(
        1, AdCorpusGenerator.quarterOf(AdCorpusGenerator.FIRST_DAY.plusMonths(3).plusDays(89)));
    assertEquals(
        11, AdCorpusGenerator.quarterOf(AdCorpusGenerator.FIRST_DAY.plusMonths(33).plusDays(89)));
  }
}
