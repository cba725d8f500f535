package org.modus.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modus.stats.MannKendall;
import org.modus.stats.RateRatio;

class SeriesAnalysisTest {
  private static final TrendOptions OPTIONS = TrendOptions.defaultOptions();
  private static final int THRESHOLD = 11;

  /** One series of cells in consecutive quarters from 2021-Q1 (index 2021 * 4). */
  private static List<Cell> series(String category, String country, long total, long... counts) {
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      int index = 2021 * 4 + i;
      cells.add(
          new Cell(
              "platform",
              category,
              "country",
              country,
              (index / 4) + "-Q" + (index % 4 + 1),
              index,
              counts[i],
              total));
    }
    return cells;
  }

  private static List<Cell> concat(List<Cell> a, List<Cell> b) {
    List<Cell> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static TrendTestRow test(SeriesAnalysis.Result r, String category) {
    return r.trendTests().stream()
        .filter(t -> t.series().category().equals(category))
        .findFirst()
        .orElseThrow();
  }

  private static EmergingSignalRow signal(SeriesAnalysis.Result r, String category) {
    return r.signals().stream()
        .filter(t -> t.series().category().equals(category))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void shortSeriesIsInsufficientDataAndTakesNoPartInTheFdr() {
    SeriesAnalysis.Result r =
        SeriesAnalysis.analyse(
            concat(
                series("rising", "FRA", 100, 10, 20, 30, 40, 50, 60, 70, 80),
                series("short", "ESP", 100, 10, 20, 30, 40, 50)),
            OPTIONS,
            THRESHOLD);
    TrendTestRow shortOne = test(r, "short");
    assertEquals("insufficient_data", shortOne.status());
    assertEquals("too_few_periods", shortOne.insufficientReason());
    assertNull(shortOne.pValue());
    assertNull(shortOne.qValue());
    assertNull(shortOne.direction());
    TrendTestRow rising = test(r, "rising");
    // alone in the FDR family, its q-value is its p-value
    assertEquals(rising.pValue(), rising.qValue());
    assertEquals("increasing", rising.direction());
  }

  @Test
  void sparseAndLowVolumeSeriesAreNotTested() {
    SeriesAnalysis.Result r =
        SeriesAnalysis.analyse(
            concat(
                series("sparse", "FRA", 100, 0, 0, 12, 0, 0, 0, 15, 0),
                series("thin", "ESP", 8, 1, 2, 3, 4, 5, 6, 7, 8)),
            OPTIONS,
            THRESHOLD);
    assertEquals("too_few_nonzero_periods", test(r, "sparse").insufficientReason());
    assertEquals("low_volume", test(r, "thin").insufficientReason());
    assertEquals(2, test(r, "sparse").nNonzeroPeriods());
  }

  @Test
  void qValuesAreBenjaminiHochbergAcrossAllTestedSeries() {
    SeriesAnalysis.Result r =
        SeriesAnalysis.analyse(
            concat(
                series("rising", "FRA", 100, 10, 20, 30, 40, 50, 60, 70, 80),
                series("flat", "ESP", 100, 20, 22, 19, 21, 20, 22, 18, 21)),
            OPTIONS,
            THRESHOLD);
    double pRising = MannKendall.test(new double[] {.1, .2, .3, .4, .5, .6, .7, .8}).pValue();
    double pFlat = MannKendall.test(new double[] {.20, .22, .19, .21, .20, .22, .18, .21}).pValue();
    assertTrue(pRising < pFlat);
    assertEquals(Math.min(pRising * 2, pFlat), test(r, "rising").qValue(), 1e-15);
    assertEquals(pFlat, test(r, "flat").qValue(), 1e-15);
    assertEquals("no_trend", test(r, "flat").direction());
  }

  @Test
  void periodsWithoutDocumentsLeaveGapsAndTheSlopeStaysPerPeriod() {
    List<Cell> gappy = new ArrayList<>();
    long[] counts = {10, 20, 30, 40, 50, 60};
    for (int i = 0; i < counts.length; i++) {
      gappy.add(new Cell("platform", "gappy", "country", "FRA", "p" + i, 2 * i, counts[i], 100));
    }
    TrendTestRow t = test(SeriesAnalysis.analyse(gappy, OPTIONS, THRESHOLD), "gappy");
    assertEquals(6, t.nPeriods());
    assertEquals(0.05, t.senSlope(), 1e-12);
  }

  @Test
  void firstAndLastSharesOfSuppressedCellsAreNotShown() {
    TrendTestRow t =
        test(
            SeriesAnalysis.analyse(
                series("c", "FRA", 100, 5, 20, 30, 40, 50, 60, 70, 0), OPTIONS, THRESHOLD),
            "c");
    assertNull(t.firstShare(), "5 is below the threshold");
    assertEquals(0.0, t.lastShare(), "0 is shown");
  }

  @Test
  void emergingSignalComparesTheLatestPeriodWithTheTrailingBaseline() {
    // 8 quarters; the baseline is quarters 4..7 (the trailing 4), not the whole history
    SeriesAnalysis.Result r =
        SeriesAnalysis.analyse(
            series("new", "FRA", 100, 90, 90, 90, 90, 12, 12, 12, 12, 40), OPTIONS, THRESHOLD);
    EmergingSignalRow s = signal(r, "new");
    RateRatio.Result expected = RateRatio.compare(40, 100, 48, 400);
    assertEquals(48, s.baselineCount());
    assertEquals(400, s.baselineTotal());
    assertEquals(4, s.baselinePeriods());
    assertEquals(expected.ratio(), s.rateRatio(), 1e-15);
    assertEquals(expected.pValue(), s.pValue(), 1e-15);
    assertEquals("emerging", s.status());
    assertEquals("2023-Q1", s.period());
  }

  @Test
  void signalInsufficiencyReasons() {
    List<Cell> cells = new ArrayList<>(series("long", "FRA", 100, 20, 20, 20, 20, 20, 20));
    cells.addAll(series("ended", "ESP", 100, 20, 20, 20)); // no cell in the latest period
    cells.addAll(series("rare", "MEX", 100, 1, 0, 0, 0, 0, 2));
    cells.add(new Cell("platform", "young", "country", "ITA", "2022-Q2", 2021 * 4 + 5, 30, 100));
    SeriesAnalysis.Result r = SeriesAnalysis.analyse(cells, OPTIONS, THRESHOLD);
    assertEquals("stable", signal(r, "long").status());
    assertEquals("latest_period_missing", signal(r, "ended").insufficientReason());
    assertEquals("too_few_events", signal(r, "rare").insufficientReason());
    assertEquals("short_baseline", signal(r, "young").insufficientReason());
    assertEquals("insufficient_data", signal(r, "young").status());
    assertNull(signal(r, "young").qValue());
  }

  @Test
  void aBaselineWithASuppressedPeriodCellIsHiddenWithTheRatioThatWouldRevealIt() {
    EmergingSignalRow s =
        signal(
            SeriesAnalysis.analyse(series("c", "FRA", 100, 20, 20, 20, 5, 40), OPTIONS, THRESHOLD),
            "c");
    assertEquals(65, s.baselineCount(), "the test uses the true counts");
    assertTrue(s.suppressed());
    Map<String, Object> published = s.columns();
    assertNull(published.get("baseline_count"));
    assertNull(published.get("baseline_share"));
    assertNull(published.get("rate_ratio"));
    assertNull(published.get("rr_low"));
    assertNull(published.get("p_value"));
    assertEquals(40L, published.get("count"));
    assertEquals(s.qValue(), published.get("q_value"));
    assertEquals(true, published.get("suppressed"));
  }

  @Test
  void aSmallLatestCountIsHidden() {
    EmergingSignalRow s =
        signal(
            SeriesAnalysis.analyse(series("c", "FRA", 100, 20, 20, 20, 20, 3), OPTIONS, THRESHOLD),
            "c");
    Map<String, Object> published = s.columns();
    assertNull(published.get("count"));
    assertNull(published.get("share"));
    assertEquals(80L, published.get("baseline_count"));
    assertEquals(100L, published.get("total"));
    assertFalse(s.pValue() == null, "still tested");
  }

  /**
   * With a correction (here Se = 0.8, Sp = 0.9 for "rising" only), the test, Sen's slope and the
   * end shares are on the corrected shares, (p - 0.1) / 0.7: the slope is the raw one divided by
   * 0.7. A category without correction is tested on its raw shares, and each test names its basis.
   */
  @Test
  void seriesWithACorrectionAreTestedOnTheCorrectedSharesTheOthersOnRawOnes() {
    List<Cell> cells =
        concat(
            series("rising", "FRA", 100, 20, 25, 30, 35, 40, 45, 50, 55),
            series("flat", "ESP", 100, 20, 25, 30, 35, 40, 45, 50, 55));
    SeriesAnalysis.Correction correction =
        c ->
            c.category().equals("rising")
                ? MisclassificationCorrection.roganGladen(c.share(), 0.8, 0.9)
                : null;
    SeriesAnalysis.Result raw = SeriesAnalysis.analyse(cells, OPTIONS, THRESHOLD);
    SeriesAnalysis.Result r = SeriesAnalysis.analyse(cells, OPTIONS, THRESHOLD, correction);
    TrendTestRow rising = test(r, "rising");
    assertEquals("corrected", rising.basis());
    assertEquals((0.20 - 0.1) / 0.7, rising.firstShare(), 1e-12);
    assertEquals((0.55 - 0.1) / 0.7, rising.lastShare(), 1e-12);
    assertEquals(test(raw, "rising").senSlope() / 0.7, rising.senSlope(), 1e-12);
    assertEquals("corrected", rising.columns().get("basis"));
    TrendTestRow flat = test(r, "flat");
    assertEquals("raw", flat.basis());
    assertEquals(0.20, flat.firstShare(), 1e-12);
    assertEquals(test(raw, "flat").senSlope(), flat.senSlope(), 1e-12);
    assertEquals("raw", test(raw, "rising").basis(), "without a correction everything is raw");
  }
}
