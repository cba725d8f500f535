package org.modus.trends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.modus.stats.BenjaminiHochberg;
import org.modus.stats.MannKendall;
import org.modus.stats.RateRatio;
import org.modus.stats.SenSlope;

/**
 * The testing half of the trends stage, pure Java over the (small) aggregated cells: a Mann-Kendall
 * test with Sen's slope per series, an emerging-signal test of the latest period against its
 * trailing baseline, and Benjamini-Hochberg across all series tested, separately for each of the
 * two families of tests. Series too short or too sparse are marked insufficient_data and take no
 * part in the FDR.
 */
public final class SeriesAnalysis {
  private SeriesAnalysis() {}

  public record Result(List<TrendTestRow> trendTests, List<EmergingSignalRow> signals) {}

  /**
   * A cell's share corrected for misclassification, or null when its category has no correction
   * ({@link MisclassificationCorrection#point}).
   */
  @FunctionalInterface
  public interface Correction {
    Double share(Cell cell);

    /** No correction: every series is tested on its raw shares. */
    Correction NONE = cell -> null;
  }

  /** Trend tests on the raw shares. */
  public static Result analyse(List<Cell> cells, TrendOptions options, int disclosureThreshold) {
    return analyse(cells, options, disclosureThreshold, Correction.NONE);
  }

  /**
   * Trend tests on the corrected shares of each series whose every cell has one (the correction is
   * a property of the category, so a series has it everywhere or nowhere), on the raw shares
   * otherwise; each test names its basis. Emerging signals compare counts and stay raw.
   */
  public static Result analyse(
      List<Cell> cells, TrendOptions options, int disclosureThreshold, Correction correction) {
    Map<SeriesKey, List<Cell>> bySeries = new TreeMap<>(SeriesKey.ORDER);
    for (Cell c : cells) {
      bySeries.computeIfAbsent(c.series(), k -> new ArrayList<>()).add(c);
    }
    Cell latest = cells.stream().max(Comparator.comparingInt(Cell::periodIndex)).orElse(null);
    List<TrendTestRow> tests = new ArrayList<>();
    List<EmergingSignalRow> signals = new ArrayList<>();
    for (Map.Entry<SeriesKey, List<Cell>> e : bySeries.entrySet()) {
      List<Cell> series = new ArrayList<>(e.getValue());
      series.sort(Comparator.comparingInt(Cell::periodIndex));
      tests.add(trendTest(e.getKey(), series, options, disclosureThreshold, correction));
      signals.add(
          signal(
              e.getKey(),
              series,
              latest.period(),
              latest.periodIndex(),
              options,
              disclosureThreshold));
    }
    return new Result(adjustTests(tests), adjustSignals(signals));
  }

  /** The insufficient-data rule of trend_tests, first failing condition named. */
  static String trendInsufficiency(int nPeriods, int nNonzero, double meanTotal, TrendOptions o) {
    if (nPeriods < o.minPeriods()) {
      return "too_few_periods";
    }
    if (nNonzero < o.minNonzeroPeriods()) {
      return "too_few_nonzero_periods";
    }
    if (meanTotal < o.minTotalPerPeriod()) {
      return "low_volume";
    }
    return null;
  }

  static TrendTestRow trendTest(SeriesKey key, List<Cell> series, TrendOptions o, int threshold) {
    return trendTest(key, series, o, threshold, Correction.NONE);
  }

  static TrendTestRow trendTest(
      SeriesKey key, List<Cell> series, TrendOptions o, int threshold, Correction correction) {
    int n = series.size();
    int nonzero = (int) series.stream().filter(c -> c.count() > 0).count();
    double meanTotal = series.stream().mapToLong(Cell::total).average().orElse(0);
    List<Double> corrected = series.stream().map(correction::share).toList();
    boolean onCorrected = corrected.stream().allMatch(java.util.Objects::nonNull);
    String basis = onCorrected ? TrendTestRow.CORRECTED : TrendTestRow.RAW;
    double[] x =
        onCorrected
            ? corrected.stream().mapToDouble(Double::doubleValue).toArray()
            : series.stream().mapToDouble(Cell::share).toArray();
    Cell first = series.get(0);
    Cell last = series.get(n - 1);
    Double firstShare = PrimarySuppression.hides(first.count(), threshold) ? null : x[0];
    Double lastShare = PrimarySuppression.hides(last.count(), threshold) ? null : x[n - 1];
    String reason = trendInsufficiency(n, nonzero, meanTotal, o);
    if (reason != null) {
      return new TrendTestRow(
          key,
          TrendTestRow.INSUFFICIENT,
          reason,
          n,
          nonzero,
          meanTotal,
          first.period(),
          last.period(),
          firstShare,
          lastShare,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          o.fdr(),
          basis);
    }
    double[] t = series.stream().mapToDouble(Cell::periodIndex).toArray();
    MannKendall.Result mk = MannKendall.test(x);
    SenSlope.Result sen = SenSlope.estimate(x, t);
    return new TrendTestRow(
        key,
        TrendTestRow.TESTED,
        null,
        n,
        nonzero,
        meanTotal,
        first.period(),
        last.period(),
        firstShare,
        lastShare,
        mk.s(),
        mk.varS(),
        mk.z(),
        mk.pValue(),
        null,
        sen.slope(),
        sen.low(),
        sen.high(),
        null,
        o.fdr(),
        basis);
  }

  static EmergingSignalRow signal(
      SeriesKey key,
      List<Cell> series,
      String latestPeriod,
      int latestIndex,
      TrendOptions o,
      int threshold) {
    Cell now = series.stream().filter(c -> c.periodIndex() == latestIndex).findFirst().orElse(null);
    List<Cell> baseline =
        series.stream()
            .filter(
                c ->
                    c.periodIndex() < latestIndex
                        && c.periodIndex() >= latestIndex - o.baselinePeriods())
            .toList();
    long count = now == null ? 0 : now.count();
    long total = now == null ? 0 : now.total();
    long baselineCount = baseline.stream().mapToLong(Cell::count).sum();
    long baselineTotal = baseline.stream().mapToLong(Cell::total).sum();
    boolean countHidden = PrimarySuppression.hides(count, threshold);
    // A baseline sum next to its published period cells would give a hidden cell back by
    // subtraction.
    boolean baselineHidden =
        PrimarySuppression.hides(baselineCount, threshold)
            || baseline.stream().anyMatch(c -> PrimarySuppression.hides(c.count(), threshold));
    String reason =
        now == null
            ? "latest_period_missing"
            : total < o.minTotalPerPeriod()
                ? "low_volume"
                : baseline.size() < o.minBaselinePeriods()
                    ? "short_baseline"
                    : count + baselineCount < o.minSignalEvents() ? "too_few_events" : null;
    if (reason != null) {
      return new EmergingSignalRow(
          key,
          latestPeriod,
          count,
          total,
          baselineCount,
          baselineTotal,
          baseline.size(),
          countHidden,
          baselineHidden,
          reason,
          null,
          null,
          null,
          null,
          null,
          EmergingSignalRow.INSUFFICIENT,
          o.fdr());
    }
    RateRatio.Result rr = RateRatio.compare(count, total, baselineCount, baselineTotal);
    return new EmergingSignalRow(
        key,
        latestPeriod,
        count,
        total,
        baselineCount,
        baselineTotal,
        baseline.size(),
        countHidden,
        baselineHidden,
        null,
        rr.ratio(),
        rr.low(),
        rr.high(),
        rr.pValue(),
        null,
        null,
        o.fdr());
  }

  private static List<TrendTestRow> adjustTests(List<TrendTestRow> tests) {
    return withQValues(tests, TrendTestRow::pValue, TrendTestRow::withQ);
  }

  private static List<EmergingSignalRow> adjustSignals(List<EmergingSignalRow> signals) {
    return withQValues(signals, EmergingSignalRow::pValue, EmergingSignalRow::withQ);
  }

  /**
   * The rows with Benjamini-Hochberg q-values over those that have a p-value; a row without one
   * (too few periods to test) is neither counted in the family nor given a q.
   */
  private static <T> List<T> withQValues(
      List<T> rows,
      java.util.function.Function<T, Double> pValue,
      java.util.function.BiFunction<T, Double, T> withQ) {
    List<Integer> tested = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (pValue.apply(rows.get(i)) != null) {
        tested.add(i);
      }
    }
    double[] q =
        BenjaminiHochberg.qValues(
            tested.stream().mapToDouble(i -> pValue.apply(rows.get(i))).toArray());
    List<T> out = new ArrayList<>(rows);
    for (int j = 0; j < tested.size(); j++) {
      out.set(tested.get(j), withQ.apply(rows.get(tested.get(j)), q[j]));
    }
    return out;
  }
}
