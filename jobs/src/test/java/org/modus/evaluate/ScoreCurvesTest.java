package org.modus.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.modus.evaluate.ScoreCurves.Scored;

/** Worked by hand: positives scored 3, 2, 2, 0; negatives 2, 1, 0, 0, 0. */
class ScoreCurvesTest {
  private static final List<Scored> SMALL =
      List.of(
          new Scored(true, 3),
          new Scored(true, 2),
          new Scored(true, 2),
          new Scored(true, 0),
          new Scored(false, 2),
          new Scored(false, 1),
          new Scored(false, 0),
          new Scored(false, 0),
          new Scored(false, 0));

  @Test
  void aucIsTheShareOfPositiveNegativePairsWonCountingTiesAsHalf() {
    // 3 beats all 5 negatives (5); each 2 ties one and beats four (4.5 x 2); 0 ties three (1.5):
    // 15.5 of 20.
    assertEquals(0.775, ScoreCurves.of(SMALL).auc(), 1e-12);
  }

  @Test
  void rocStepsFromNothingPredictedToEverythingOnePointPerDistinctScore() {
    List<ScoreCurves.RocPoint> roc = ScoreCurves.of(SMALL).roc();
    assertEquals(5, roc.size());
    double[][] expected = {{0, 0}, {0, 0.25}, {0.2, 0.75}, {0.4, 0.75}, {1, 1}};
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i][0], roc.get(i).falsePositiveRate(), 1e-12, "fpr at point " + i);
      assertEquals(expected[i][1], roc.get(i).truePositiveRate(), 1e-12, "tpr at point " + i);
    }
    assertEquals(2.0, roc.get(2).threshold());
  }

  @Test
  void trapezoidsUnderTheRocCurveGiveTheSameAuc() {
    List<ScoreCurves.RocPoint> roc = ScoreCurves.of(SMALL).roc();
    double area = 0;
    for (int i = 1; i < roc.size(); i++) {
      area +=
          (roc.get(i).falsePositiveRate() - roc.get(i - 1).falsePositiveRate())
              * (roc.get(i).truePositiveRate() + roc.get(i - 1).truePositiveRate())
              / 2;
    }
    assertEquals(0.775, area, 1e-12);
  }

  @Test
  void averagePrecisionSumsPrecisionOverRecallGained() {
    // thresholds 3, 2, 1, 0: recall .25, .75, .75, 1 at precision 1, 3/4, 3/5, 4/9.
    double expected = 0.25 * 1 + 0.5 * 0.75 + 0 * 0.6 + 0.25 * 4.0 / 9;
    assertEquals(expected, ScoreCurves.of(SMALL).averagePrecision(), 1e-12);
    List<ScoreCurves.PrPoint> pr = ScoreCurves.of(SMALL).precisionRecall();
    assertEquals(0.6, pr.get(2).precision(), 1e-12);
  }

  @Test
  void aPerfectRankingScoresOneAndAReversedOneZero() {
    List<Scored> perfect = List.of(new Scored(true, 5), new Scored(true, 4), new Scored(false, 1));
    assertEquals(1.0, ScoreCurves.of(perfect).auc());
    List<Scored> reversed =
        List.of(new Scored(true, 0), new Scored(false, 4), new Scored(false, 1));
    assertEquals(0.0, ScoreCurves.of(reversed).auc());
  }

  @Test
  void withOneClassOnlyNothingIsDefined() {
    ScoreCurves one = ScoreCurves.of(List.of(new Scored(true, 1), new Scored(true, 2)));
    assertFalse(one.defined());
    assertTrue(Double.isNaN(one.auc()));
    assertNull(one.bootstrapAuc(100, 1, 0.95));
  }

  @Test
  void theBootstrapIntervalIsReproducibleAndHoldsTheAucOfAnInformativeScore() {
    Random r = new Random(7);
    List<Scored> data = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      boolean positive = i % 4 == 0;
      data.add(new Scored(positive, Math.round((positive ? 1.0 : 0.0) + r.nextGaussian())));
    }
    ScoreCurves curves = ScoreCurves.of(data);
    ScoreCurves.AucInterval a = curves.bootstrapAuc(1000, 42, 0.95);
    assertEquals(a, curves.bootstrapAuc(1000, 42, 0.95));
    assertTrue(a.low() < curves.auc() && curves.auc() < a.high(), a + " around " + curves.auc());
    assertTrue(a.low() > 0.5, "an informative score's interval excludes chance: " + a);
    assertTrue(a.high() - a.low() < 0.2, "400 records give a usable width: " + a);
  }

  @Test
  void quantilesInterpolateBetweenOrderStatisticsAsNumpyDoes() {
    double[] sorted = {1, 2, 3, 4};
    assertEquals(1.075, ScoreCurves.quantile(sorted, 0.025), 1e-12);
    assertEquals(3.925, ScoreCurves.quantile(sorted, 0.975), 1e-12);
  }
}
