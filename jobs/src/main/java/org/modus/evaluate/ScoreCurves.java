package org.modus.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How well a score ranks labelled records: ROC and precision-recall curves, the area under the ROC
 * curve (AUC, the Mann-Whitney probability that a positive outscores a negative, ties counting one
 * half) and average precision (scikit-learn's step-wise sum of precision times recall increments).
 * Pure: no Spark. Scores of Modus are weighted sums over few categories, so they take few distinct
 * values; the work is done on counts per distinct score, which also makes the bootstrap cheap.
 */
public final class ScoreCurves {
  /** One labelled record's score. */
  public record Scored(boolean positive, double score) {}

  /** Predicting positive at score >= threshold gives these rates. */
  public record RocPoint(double threshold, double falsePositiveRate, double truePositiveRate) {}

  /** Predicting positive at score >= threshold gives this recall and precision. */
  public record PrPoint(double threshold, double recall, double precision) {}

  /** A percentile bootstrap interval of the AUC. */
  public record AucInterval(double low, double high, int resamples, double confidence) {}

  private final double[] levels;
  private final long[] positivesAt;
  private final long[] negativesAt;
  private final int[] levelOfPositive;
  private final int[] levelOfNegative;

  private ScoreCurves(List<Scored> scored) {
    // + 0.0 folds -0.0 into 0.0: they are one score, and must tie.
    levels = scored.stream().mapToDouble(s -> s.score() + 0.0).distinct().sorted().toArray();
    positivesAt = new long[levels.length];
    negativesAt = new long[levels.length];
    List<Integer> pos = new ArrayList<>();
    List<Integer> neg = new ArrayList<>();
    for (Scored s : scored) {
      if (Double.isNaN(s.score())) {
        throw new IllegalArgumentException("a score is NaN");
      }
      int level = Arrays.binarySearch(levels, s.score() + 0.0);
      if (s.positive()) {
        positivesAt[level]++;
        pos.add(level);
      } else {
        negativesAt[level]++;
        neg.add(level);
      }
    }
    levelOfPositive = pos.stream().mapToInt(Integer::intValue).toArray();
    levelOfNegative = neg.stream().mapToInt(Integer::intValue).toArray();
  }

  public static ScoreCurves of(List<Scored> scored) {
    return new ScoreCurves(scored);
  }

  public long positives() {
    return levelOfPositive.length;
  }

  public long negatives() {
    return levelOfNegative.length;
  }

  /** True when both classes are present, without which no curve or AUC is defined. */
  public boolean defined() {
    return positives() > 0 && negatives() > 0;
  }

  public double auc() {
    return auc(positivesAt, negativesAt, positives(), negatives());
  }

  private static double auc(long[] pos, long[] neg, long nPos, long nNeg) {
    if (nPos == 0 || nNeg == 0) {
      return Double.NaN;
    }
    double wins = 0;
    long negativesBelow = 0;
    for (int i = 0; i < pos.length; i++) {
      wins += pos[i] * (negativesBelow + 0.5 * neg[i]);
      negativesBelow += neg[i];
    }
    return wins / ((double) nPos * nNeg);
  }

  /** From the strictest threshold (nothing predicted positive) to the loosest (everything). */
  public List<RocPoint> roc() {
    List<RocPoint> out = new ArrayList<>();
    out.add(new RocPoint(Double.POSITIVE_INFINITY, 0, 0));
    long tp = 0;
    long fp = 0;
    for (int i = levels.length - 1; i >= 0; i--) {
      tp += positivesAt[i];
      fp += negativesAt[i];
      out.add(new RocPoint(levels[i], rate(fp, negatives()), rate(tp, positives())));
    }
    return out;
  }

  /**
   * One point per distinct score, strictest first; precision is defined wherever something is
   * predicted.
   */
  public List<PrPoint> precisionRecall() {
    List<PrPoint> out = new ArrayList<>();
    long tp = 0;
    long fp = 0;
    for (int i = levels.length - 1; i >= 0; i--) {
      tp += positivesAt[i];
      fp += negativesAt[i];
      out.add(new PrPoint(levels[i], rate(tp, positives()), rate(tp, tp + fp)));
    }
    return out;
  }

  /**
   * Sum over thresholds of (recall gained) x precision there; the base rate for an uninformative
   * score.
   */
  public double averagePrecision() {
    if (positives() == 0) {
      return Double.NaN;
    }
    double ap = 0;
    double previousRecall = 0;
    for (PrPoint p : precisionRecall()) {
      ap += (p.recall() - previousRecall) * p.precision();
      previousRecall = p.recall();
    }
    return ap;
  }

  /**
   * Stratified percentile bootstrap of the AUC: positives and negatives are resampled separately,
   * each to its own count, as pROC does by default (Robin et al., BMC Bioinformatics 12:77, 2011),
   * so every resample has both classes. Seeded: the same data give the same interval.
   */
  public AucInterval bootstrapAuc(int resamples, long seed, double confidence) {
    if (!defined() || resamples < 1) {
      return null;
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] aucs = new double[resamples];
    long[] pos = new long[levels.length];
    long[] neg = new long[levels.length];
    for (int b = 0; b < resamples; b++) {
      Arrays.fill(pos, 0);
      Arrays.fill(neg, 0);
      for (int i = 0; i < levelOfPositive.length; i++) {
        pos[levelOfPositive[random.nextInt(levelOfPositive.length)]]++;
      }
      for (int i = 0; i < levelOfNegative.length; i++) {
        neg[levelOfNegative[random.nextInt(levelOfNegative.length)]]++;
      }
      aucs[b] = auc(pos, neg, positives(), negatives());
    }
    Arrays.sort(aucs);
    double tail = (1 - confidence) / 2;
    return new AucInterval(quantile(aucs, tail), quantile(aucs, 1 - tail), resamples, confidence);
  }

  /** Linear interpolation between order statistics (numpy's default, "linear"). */
  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private static double rate(long count, long total) {
    return total == 0 ? Double.NaN : (double) count / total;
  }
}
