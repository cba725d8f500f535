package org.modus.trends;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One published row of trend_tests. Boxed fields are null when the series was not tested (or, for
 * the first and last share, when that cell is suppressed).
 */
public record TrendTestRow(
    SeriesKey series,
    String status,
    String insufficientReason,
    int nPeriods,
    int nNonzeroPeriods,
    double meanTotal,
    String firstPeriod,
    String lastPeriod,
    Double firstShare,
    Double lastShare,
    Double mkS,
    Double mkVarS,
    Double mkZ,
    Double pValue,
    Double qValue,
    Double senSlope,
    Double senLow,
    Double senHigh,
    String direction,
    double fdr,
    String basis) {

  public static final String TESTED = "tested";
  public static final String INSUFFICIENT = "insufficient_data";

  /**
   * The series tested: shares corrected for misclassification, or raw where there is no correction.
   */
  public static final String CORRECTED = "corrected";

  public static final String RAW = "raw";

  TrendTestRow withQ(double q) {
    String dir = q < fdr ? (mkS > 0 ? "increasing" : "decreasing") : "no_trend";
    return new TrendTestRow(
        series,
        status,
        insufficientReason,
        nPeriods,
        nNonzeroPeriods,
        meanTotal,
        firstPeriod,
        lastPeriod,
        firstShare,
        lastShare,
        mkS,
        mkVarS,
        mkZ,
        pValue,
        q,
        senSlope,
        senLow,
        senHigh,
        dir,
        fdr,
        basis);
  }

  /** Column name to value, named as in data-schemas/tables/trend_tests.json. */
  public Map<String, Object> columns() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("family", series.family());
    m.put("category", series.category());
    m.put("dimension", series.dimension());
    m.put("dimension_value", series.dimensionValue());
    m.put("status", status);
    m.put("n_periods", nPeriods);
    m.put("first_period", firstPeriod);
    m.put("last_period", lastPeriod);
    m.put("first_share", firstShare);
    m.put("last_share", lastShare);
    m.put("mk_s", mkS);
    m.put("mk_var_s", mkVarS);
    m.put("mk_z", mkZ);
    m.put("p_value", pValue);
    m.put("q_value", qValue);
    m.put("sen_slope", senSlope);
    m.put("sen_low", senLow);
    m.put("sen_high", senHigh);
    m.put("direction", direction);
    m.put("n_nonzero_periods", nNonzeroPeriods);
    m.put("mean_total", meanTotal);
    m.put("insufficient_reason", insufficientReason);
    m.put("fdr", fdr);
    m.put("basis", basis);
    return m;
  }
}
