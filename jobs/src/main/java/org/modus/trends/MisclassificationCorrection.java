package org.modus.trends;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.modus.extract.ExtractionQuality;

/**
 * A published share corrected for the extractor's misclassification: the share of ads that truly
 * contain a category, estimated from the share in which the extractor found it and the extractor's
 * sensitivity (Se) and specificity (Sp) for that category, measured on the blind dev half ({@link
 * ExtractionQuality}, {@code data-schemas/lexicon/extraction-quality.json}).
 *
 * <p><b>Point estimate</b>: Rogan and Gladen (1978), "Estimating prevalence from the results of a
 * screening test", Am J Epidemiol 107:71-76: with p the observed share, {@code (p + Sp - 1) / (Se +
 * Sp - 1)}, with Se and Sp the evaluation's TP/(TP+FN) and TN/(TN+FP), clamped to [0, 1] (outside
 * it when p is below the false-positive rate 1 - Sp or above Se).
 *
 * <p><b>Interval</b>: Monte Carlo propagation of both sources of error (Greenland 2004, "Interval
 * estimation by simulation as an alternative to and extension of confidence intervals", Int J
 * Epidemiol 33:1389-1397). Each of {@code resamples} draws takes Se ~ Beta(TP + a, FN + a), Sp ~
 * Beta(TN + a, FP + a) (the evaluation's error) and the observed share ~ Beta(k + a, n - k + a)
 * (the ads' binomial sampling error, k of n ads flagged), a = {@code prior} (0.5: Jeffreys, whose
 * interval for a binomial share Brown, Cai and DasGupta 2001, Stat Sci 16:101-133, recommend),
 * applies Rogan-Gladen and clamps; the interval is the (1 - confidence)/2 and (1 + confidence)/2
 * percentiles of the draws. This is the posterior of the corrected share under independent Jeffreys
 * priors on the apparent share, Se and Sp. Flor et al. (2020), "Comparison of Bayesian and
 * frequentist methods for prevalence estimation under misclassification", BMC Public Health
 * 20:1135, found Bayesian intervals of this kind and the closed form of Lang and Reiczigel (2014),
 * "Confidence limits for prevalence of disease adjusted for estimated sensitivity and specificity",
 * Prev Vet Med 113:13-22, near nominal coverage where the classical Wald intervals under-cover;
 * {@code MisclassificationCorrectionTest} checks the coverage by simulation. Draws with Se + Sp
 * &lt;= 1 say nothing about the share and are left out.
 *
 * <p>Each cell's random stream is seeded from {@code seed} and the numbers it is computed from (k,
 * n and the four evaluation counts), so equal inputs give equal intervals whatever the order or
 * partitioning of cells, and a run is reproducible.
 *
 * <p>Status: {@code corrected}; {@code too_few_cases} when the evaluation holds fewer than {@code
 * min_positive_cases} documents with the category or {@code min_negative_cases} without it; {@code
 * not_identifiable} when Se + Sp &lt;= 1 (the extractor is no better than chance, and the formula
 * divides by zero or flips sign); {@code not_evaluated} when the category has no evaluation at all
 * (its family is not labelled in the gold set). Only {@code corrected} has a share and an interval.
 */
public final class MisclassificationCorrection implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String CORRECTED = "corrected";
  public static final String TOO_FEW_CASES = "too_few_cases";
  public static final String NOT_IDENTIFIABLE = "not_identifiable";
  public static final String NOT_EVALUATED = "not_evaluated";

  /** A corrected share; share, low and high are null unless status is {@link #CORRECTED}. */
  public record Estimate(String status, Double share, Double low, Double high)
      implements Serializable {
    static Estimate without(String status) {
      return new Estimate(status, null, null, null);
    }
  }

  private final CorrectionSettings settings;
  private final Map<String, ExtractionQuality.Entry> byLabel;

  public MisclassificationCorrection(CorrectionSettings settings, ExtractionQuality quality) {
    this.settings = settings;
    this.byLabel = new HashMap<>();
    quality.categories().forEach(e -> byLabel.put(e.family() + "/" + e.category(), e));
  }

  /** The committed quality file and settings. */
  public static MisclassificationCorrection load() {
    return new MisclassificationCorrection(CorrectionSettings.load(), ExtractionQuality.load());
  }

  public CorrectionSettings settings() {
    return settings;
  }

  /** The corrected share of a cell: {@code count} of {@code total} ads with the category found. */
  public Estimate estimate(String family, String category, long count, long total) {
    return estimate(byLabel.get(family + "/" + category), count, total, settings);
  }

  /**
   * The corrected share of {@code count} flagged ads out of {@code total}, given the category's
   * evaluation counts ({@code evaluation} null: never evaluated).
   */
  public static Estimate estimate(
      ExtractionQuality.Entry evaluation, long count, long total, CorrectionSettings settings) {
    if (total <= 0 || count < 0 || count > total) {
      throw new IllegalArgumentException(
          "need 0 <= count <= total and total > 0, got " + count + " of " + total);
    }
    String status = status(evaluation, settings);
    if (!CORRECTED.equals(status)) {
      return Estimate.without(status);
    }
    double se = evaluation.sensitivity();
    double sp = evaluation.specificity();
    double point = roganGladen(count / (double) total, se, sp);

    double a = settings.prior();
    RandomGenerator rng = new Well19937c(seed(settings.seed(), count, total, evaluation));
    BetaDistribution seDraw = new BetaDistribution(rng, evaluation.tp() + a, evaluation.fn() + a);
    BetaDistribution spDraw = new BetaDistribution(rng, evaluation.tn() + a, evaluation.fp() + a);
    BetaDistribution observedDraw = new BetaDistribution(rng, count + a, total - count + a);
    double[] draws = new double[settings.resamples()];
    int kept = 0;
    for (int i = 0; i < draws.length; i++) {
      double seB = seDraw.sample();
      double spB = spDraw.sample();
      double observed = observedDraw.sample();
      if (seB + spB > 1) {
        draws[kept++] = roganGladen(observed, seB, spB);
      }
    }
    if (kept == 0) {
      return Estimate.without(NOT_IDENTIFIABLE);
    }
    double[] sorted = Arrays.copyOf(draws, kept);
    Arrays.sort(sorted);
    double tail = (1 - settings.confidence()) / 2;
    return new Estimate(CORRECTED, point, percentile(sorted, tail), percentile(sorted, 1 - tail));
  }

  /**
   * The point estimate alone (no interval: what the trend tests run on), or null when the category
   * has no correction; equal to {@link #estimate}'s share.
   */
  public Double point(String family, String category, long count, long total) {
    ExtractionQuality.Entry e = byLabel.get(family + "/" + category);
    if (total <= 0 || !CORRECTED.equals(status(e, settings))) {
      return null;
    }
    return roganGladen(count / (double) total, e.sensitivity(), e.specificity());
  }

  /** Whether a category's evaluation allows a correction, and if not why (before any draw). */
  static String status(ExtractionQuality.Entry evaluation, CorrectionSettings settings) {
    if (evaluation == null) {
      return NOT_EVALUATED;
    }
    if (evaluation.positives() < settings.minPositiveCases()
        || evaluation.negatives() < settings.minNegativeCases()) {
      return TOO_FEW_CASES;
    }
    if (evaluation.sensitivity() + evaluation.specificity() <= 1) {
      return NOT_IDENTIFIABLE;
    }
    return CORRECTED;
  }

  /** Rogan-Gladen, clamped to [0, 1]; needs se + sp &gt; 1. */
  public static double roganGladen(double observed, double se, double sp) {
    return Math.min(1, Math.max(0, (observed + sp - 1) / (se + sp - 1)));
  }

  /** Percentile of sorted values, linear between order statistics (R's default, type 7). */
  static double percentile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** SplitMix64 finalizer over the inputs: well-spread seeds for neighbouring counts. */
  private static long seed(long base, long count, long total, ExtractionQuality.Entry e) {
    long h = base;
    for (long v : new long[] {count, total, e.tp(), e.fp(), e.fn(), e.tn()}) {
      h = mix(h * 0x9E3779B97F4A7C15L + v);
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
