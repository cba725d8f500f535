package org.modus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.modus.stats.Reference.close;
import static org.modus.stats.Reference.closeP;

import org.junit.jupiter.api.Test;

/** Fixtures: output of jobs/src/test/resources/stats/reference_values.py ("Mann-Kendall" block). */
class MannKendallTest {

  private static void check(double[] x, double s, double varS, double z, double p) {
    MannKendall.Result r = MannKendall.test(x);
    assertEquals(x.length, r.n());
    close(s, r.s(), "S");
    close(varS, r.varS(), "Var S");
    close(z, r.z(), "z");
    closeP(p, r.pValue(), "p");
  }

  @Test
  void risingSeriesWithoutTiesMatchesTheTextbookStatistic() {
    check(
        new double[] {0.10, 0.12, 0.11, 0.15, 0.14, 0.18, 0.20, 0.19, 0.22, 0.25, 0.24, 0.27},
        58.0,
        212.66666666666666,
        3.9086352435453273,
        9.281898133684614e-05);
  }

  @Test
  void tiesReduceTheVarianceOfS() {
    check(
        new double[] {1, 2, 2, 3, 3, 3, 2, 4, 4, 5},
        32.0,
        116.66666666666667,
        2.8700423092949094,
        0.004104168791341118);
  }

  @Test
  void fallingSeriesWithTiesHasNegativeZ() {
    check(
        new double[] {5, 5, 4, 4, 4, 3, 3, 1, 1, 0},
        -39.0,
        118.33333333333333,
        -3.493253054304605,
        0.0004771740932766843);
  }

  @Test
  void seriesOfMostlyZerosIsNotSignificant() {
    check(
        new double[] {0, 0, 0, 0.05, 0, 0.1, 0, 0.1},
        11.0,
        47.666666666666664,
        1.4484136487558028,
        0.14750139990263272);
  }

  @Test
  void flatNoisySeriesIsNotSignificant() {
    check(
        new double[] {0.10, 0.12, 0.09, 0.11, 0.10, 0.12, 0.08, 0.11, 0.10, 0.09, 0.12, 0.10},
        -3.0,
        198.33333333333334,
        -0.14201432049934526,
        0.8870686942118248);
  }

  @Test
  void allEqualSeriesHasZeroVarianceAndPValueOne() {
    check(new double[] {0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2}, 0.0, 0.0, 0.0, 1.0);
  }

  @Test
  void aSingleValueCannotBeTested() {
    assertThrows(IllegalArgumentException.class, () -> MannKendall.test(new double[] {0.3}));
  }
}
