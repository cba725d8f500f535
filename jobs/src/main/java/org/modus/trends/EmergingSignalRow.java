package org.modus.trends;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One emerging_signals row. It holds the true counts (which the test used); {@link #columns()}
 * gives the published form, where suppressed counts and whatever would reveal them are null.
 */
public record EmergingSignalRow(
    SeriesKey series,
    String period,
    long count,
    long total,
    long baselineCount,
    long baselineTotal,
    int baselinePeriods,
    boolean countHidden,
    boolean baselineHidden,
    String insufficientReason,
    Double rateRatio,
    Double rrLow,
    Double rrHigh,
    Double pValue,
    Double qValue,
    String status,
    double fdr) {

  public static final String INSUFFICIENT = "insufficient_data";

  public boolean suppressed() {
    return countHidden || baselineHidden;
  }

  EmergingSignalRow withQ(double q) {
    String s =
        q < fdr && rateRatio > 1 ? "emerging" : q < fdr && rateRatio < 1 ? "declining" : "stable";
    return new EmergingSignalRow(
        series,
        period,
        count,
        total,
        baselineCount,
        baselineTotal,
        baselinePeriods,
        countHidden,
        baselineHidden,
        insufficientReason,
        rateRatio,
        rrLow,
        rrHigh,
        pValue,
        q,
        s,
        fdr);
  }

  /** Published columns, named as in data-schemas/tables/emerging_signals.json. */
  public Map<String, Object> columns() {
    boolean hidden = suppressed();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("family", series.family());
    m.put("category", series.category());
    m.put("dimension", series.dimension());
    m.put("dimension_value", series.dimensionValue());
    m.put("period", period);
    m.put("count", countHidden ? null : count);
    m.put("total", total);
    m.put("baseline_count", baselineHidden ? null : baselineCount);
    m.put("baseline_total", baselineTotal);
    // With both totals public, the ratio, its interval and the exact p-value each give the hidden
    // count
    // back, so they go with it; q-value and status stay, being what a finding must cite.
    m.put("rate_ratio", hidden ? null : rateRatio);
    m.put("rr_low", hidden ? null : rrLow);
    m.put("rr_high", hidden ? null : rrHigh);
    m.put("p_value", hidden ? null : pValue);
    m.put("q_value", qValue);
    m.put("status", status);
    m.put("share", countHidden || total == 0 ? null : (double) count / total);
    m.put(
        "baseline_share",
        baselineHidden || baselineTotal == 0 ? null : (double) baselineCount / baselineTotal);
    m.put("baseline_periods", baselinePeriods);
    m.put("suppressed", hidden);
    m.put("insufficient_reason", insufficientReason);
    m.put("fdr", fdr);
    return m;
  }
}
