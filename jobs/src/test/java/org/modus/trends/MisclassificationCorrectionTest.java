package org.modus.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.modus.extract.ExtractionQuality.Entry;
import org.modus.trends.MisclassificationCorrection.Estimate;

class MisclassificationCorrectionTest {
  private static final CorrectionSettings SETTINGS = CorrectionSettings.load();

  /** Se = 80/100 = 0.8, Sp = 90/100 = 0.9. */
  private static final Entry SE80_SP90 = evaluation(80, 10, 20, 90);

  private static Entry evaluation(int tp, int fp, int fn, int tn) {
    return new Entry("platform", "telegram", tp, fp, fn, tn);
  }

  private static Estimate estimate(Entry e, long count, long total) {
    return MisclassificationCorrection.estimate(e, count, total, SETTINGS);
  }

  @Test
  void roganGladenByHand() {
    // 30 of 100 ads flagged: (0.30 + 0.9 - 1) / (0.8 + 0.9 - 1) = 0.2 / 0.7.
    Estimate e = estimate(SE80_SP90, 30, 100);
    assertEquals("corrected", e.status());
    assertEquals(2.0 / 7.0, e.share(), 1e-12);
    assertTrue(e.low() < e.share() && e.share() < e.high(), e.toString());
    // 10% of ads flagged is exactly the false-positive rate 1 - Sp: nothing is truly there.
    assertEquals(0.0, estimate(SE80_SP90, 10, 100).share(), 1e-12);
  }

  @Test
  void clampsToZeroAndOneWhereTheFormulaLeavesTheUnitInterval() {
    // 5%: (0.05 - 0.1) / 0.7 < 0; 90%: (0.9 - 0.1) / 0.7 > 1. Each draw is clamped too.
    Estimate low = estimate(SE80_SP90, 5, 100);
    assertEquals(0.0, low.share());
    assertEquals(0.0, low.low());
    assertTrue(low.high() > 0 && low.high() < 0.2, low.toString());
    Estimate high = estimate(SE80_SP90, 90, 100);
    assertEquals(1.0, high.share());
    assertEquals(1.0, high.high());
    assertTrue(high.low() < 1 && high.low() > 0.8, high.toString());
  }

  @Test
  void saysWhyNoCorrectedShareIsGiven() {
    // Se 0.4 + Sp 0.55 <= 1: no better than chance. Se 0.5 + Sp 0.5 = 1: the formula divides by
    // zero.
    assertEquals(
        new Estimate("not_identifiable", null, null, null),
        estimate(evaluation(40, 45, 60, 55), 30, 100));
    assertEquals("not_identifiable", estimate(evaluation(50, 50, 50, 50), 30, 100).status());
    // min_positive_cases / min_negative_cases (10 each in the settings) count documents, not
    // errors.
    assertEquals(10, SETTINGS.minPositiveCases());
    assertEquals(10, SETTINGS.minNegativeCases());
    assertEquals("too_few_cases", estimate(evaluation(9, 0, 0, 250), 30, 100).status());
    assertEquals("too_few_cases", estimate(evaluation(50, 0, 0, 9), 30, 100).status());
    assertEquals("corrected", estimate(evaluation(10, 0, 0, 10), 30, 100).status());
    Estimate never = estimate(null, 30, 100);
    assertEquals("not_evaluated", never.status());
    assertNull(never.share());
  }

  @Test
  void
      withSensitivityAndSpecificityKnownAlmostExactlyTheIntervalIsTheJeffreysIntervalOfTheObservedShareCorrected() {
    CorrectionSettings many = SETTINGS.withResamples(40_000);
    Estimate e =
        MisclassificationCorrection.estimate(
            evaluation(8_000_000, 1_000_000, 2_000_000, 9_000_000), 30, 100, many);
    BetaDistribution jeffreys = new BetaDistribution(30.5, 70.5);
    double low = (jeffreys.inverseCumulativeProbability(0.025) - 0.1) / 0.7;
    double high = (jeffreys.inverseCumulativeProbability(0.975) - 0.1) / 0.7;
    assertEquals(low, e.low(), 0.005);
    assertEquals(high, e.high(), 0.005);
  }

  @Test
  void fewerEvaluationDocumentsGiveAWiderInterval() {
    Estimate small = estimate(evaluation(16, 4, 4, 36), 300, 1000);
    Estimate large = estimate(evaluation(800, 100, 200, 900), 300, 1000);
    assertEquals(small.share(), large.share(), 1e-12);
    assertTrue(
        small.high() - small.low() > 2 * (large.high() - large.low()), small + " vs " + large);
  }

  @Test
  void equalInputsGiveEqualIntervalsAndTheSeedMatters() {
    assertEquals(estimate(SE80_SP90, 30, 100), estimate(SE80_SP90, 30, 100));
    CorrectionSettings other =
        new CorrectionSettings(
            SETTINGS.resamples(),
            SETTINGS.seed() + 1,
            SETTINGS.confidence(),
            SETTINGS.prior(),
            SETTINGS.minPositiveCases(),
            SETTINGS.minNegativeCases());
    assertNotEquals(
        estimate(SE80_SP90, 30, 100).low(),
        MisclassificationCorrection.estimate(SE80_SP90, 30, 100, other).low());
  }

  /**
   * Known truth: each replication draws an evaluation (positives and negatives of a fixed design,
   * the extractor right with probability Se and Sp) and a period of ads whose flagged count follows
   * the apparent share pi Se + (1 - pi)(1 - Sp). The 95% interval must cover pi in about 95% of
   * 1,000 replications (binomial sd of the coverage ~0.7 points; 8,000 replications of the first
   * case gave 0.948). Where the extractor's misses bias the raw share well beyond its noise (first
   * case: 0.246 expected for a truth of 0.30), the corrected share must also be nearer the truth on
   * average; at a low share with few evaluation positives (second case) the correction mostly adds
   * variance, and only its coverage is required.
   */
  @Test
  void theIntervalCoversTheTrueShareInAbout95PercentOfSimulatedRuns() {
    assertCoverage(0.30, 0.75, 0.97, 40, 200, 400, 1, true);
    assertCoverage(0.10, 0.70, 0.98, 30, 230, 800, 2, false);
  }

  private static void assertCoverage(
      double truth,
      double se,
      double sp,
      int positives,
      int negatives,
      int ads,
      long seed,
      boolean correctionMustBeNearer) {
    RandomGenerator rng = new Well19937c(seed);
    int replications = 1000;
    int covered = 0;
    double rawError = 0;
    double correctedError = 0;
    double apparent = truth * se + (1 - truth) * (1 - sp);
    for (int r = 0; r < replications; r++) {
      int tp = new BinomialDistribution(rng, positives, se).sample();
      int tn = new BinomialDistribution(rng, negatives, sp).sample();
      int flagged = new BinomialDistribution(rng, ads, apparent).sample();
      Estimate e = estimate(evaluation(tp, negatives - tn, positives - tp, tn), flagged, ads);
      assertEquals("corrected", e.status());
      if (e.low() <= truth && truth <= e.high()) {
        covered++;
      }
      rawError += Math.abs(flagged / (double) ads - truth);
      correctedError += Math.abs(e.share() - truth);
    }
    double coverage = covered / (double) replications;
    String what =
        String.format(
            "pi=%.2f Se=%.2f Sp=%.2f: coverage %.3f, mean |raw - pi| %.4f, "
                + "mean |corrected - pi| %.4f",
            truth, se, sp, coverage, rawError / replications, correctedError / replications);
    System.out.println(what);
    assertTrue(coverage >= 0.90 && coverage <= 0.99, what);
    if (correctionMustBeNearer) {
      assertTrue(correctedError < rawError, what);
    }
  }
}
