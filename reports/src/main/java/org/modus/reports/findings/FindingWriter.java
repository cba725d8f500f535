package org.modus.reports.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modus.reports.NumberStyle;
import org.modus.reports.ReportTexts;
import org.modus.reports.model.Finding;
import org.modus.schemas.geo.Countries;
import org.modus.schemas.geo.Country;

/**
 * Turns significant test results into ranked sentences. Only trend tests whose direction is
 * increasing or decreasing and signals whose status is emerging or declining, each with a q-value
 * below the false discovery rate (1 = trust the direction the trends stage set at its own rate),
 * become findings: no finding without a significant test behind it. Ranked by q-value, then by
 * effect size (absolute Sen slope, or absolute log rate ratio).
 */
public final class FindingWriter {
  private final ReportTexts texts;
  private final NumberStyle numbers;
  private final double fdr;

  public FindingWriter(ReportTexts texts, double fdr) {
    if (!(fdr > 0 && fdr <= 1)) {
      throw new IllegalArgumentException("FDR must be in (0, 1], got " + fdr);
    }
    this.texts = texts;
    this.numbers = new NumberStyle(texts.lang());
    this.fdr = fdr;
  }

  private record Candidate(double q, double effect, Finding finding) {}

  public List<Finding> findings(List<TrendTest> trends, List<Signal> signals) {
    List<Candidate> candidates = new ArrayList<>();
    for (TrendTest t : trends) {
      if (isSignificantTrend(t)) {
        candidates.add(
            new Candidate(
                t.qValue(),
                Math.abs(t.senSlope()),
                new Finding(
                    0,
                    trendText(t),
                    t.family(),
                    t.category(),
                    t.dimension(),
                    t.dimensionValue(),
                    t.qValue(),
                    t.direction(),
                    trendPublishable(t),
                    trendLead(t))));
      }
    }
    for (Signal s : signals) {
      if (isSignificantSignal(s)) {
        double effect = s.rateRatio() == null ? 0.0 : Math.abs(Math.log(s.rateRatio()));
        candidates.add(
            new Candidate(
                s.qValue(),
                effect,
                new Finding(
                    0,
                    signalText(s),
                    s.family(),
                    s.category(),
                    s.dimension(),
                    s.dimensionValue(),
                    s.qValue(),
                    s.status(),
                    signalPublishable(s),
                    signalLead(s))));
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Candidate::q)
            .thenComparing(Comparator.comparingDouble(Candidate::effect).reversed())
            .thenComparing(c -> c.finding().text()));
    List<Finding> ranked = new ArrayList<>();
    for (Candidate c : candidates) {
      Finding f = c.finding();
      ranked.add(
          new Finding(
              ranked.size() + 1,
              f.text(),
              f.family(),
              f.category(),
              f.dimension(),
              f.dimensionValue(),
              f.qValue(),
              f.direction(),
              f.publishable(),
              f.lead()));
    }
    return ranked;
  }

  boolean isSignificantTrend(TrendTest t) {
    boolean directed = "increasing".equals(t.direction()) || "decreasing".equals(t.direction());
    return directed
        && t.qValue() != null
        && t.qValue() < fdr
        && t.senSlope() != null
        && t.firstPeriod() != null
        && t.lastPeriod() != null;
  }

  boolean isSignificantSignal(Signal s) {
    boolean directed = "emerging".equals(s.status()) || "declining".equals(s.status());
    return directed && s.qValue() != null && s.qValue() < fdr;
  }

  /**
   * Disclosure control left at least one end share of the trend, so it can be told with a figure
   * ("fell from 7.6% ... to a share too small to publish").
   */
  static boolean trendPublishable(TrendTest t) {
    return t.firstShare() != null || t.lastShare() != null;
  }

  /** The ratio and its interval survived disclosure control. */
  static boolean signalPublishable(Signal s) {
    return s.rateRatio() != null && s.rrLow() != null && s.rrHigh() != null && s.rateRatio() > 0;
  }

  /** A trend whose first or last share was suppressed is still reported, without those shares. */
  String trendText(TrendTest t) {
    String sentence = trendSentence("finding.trend.", t);
    // the reader must know whether the shares and slope are corrected for the extractor's errors
    return t.basis() == null ? sentence : sentence + " " + texts.text("finding.basis." + t.basis());
  }

  /**
   * The opening of a headline: what changed, where and when, without the statistics. An end share
   * that disclosure control withheld is said to be too small to publish; the other is given.
   */
  String trendLead(TrendTest t) {
    if (t.firstShare() != null && t.lastShare() == null) {
      return trendSentence("headline.trend.", ".first_only", t);
    }
    if (t.firstShare() == null && t.lastShare() != null) {
      return trendSentence("headline.trend.", ".last_only", t);
    }
    return trendSentence("headline.trend.", ".masked", t);
  }

  private String trendSentence(String prefix, TrendTest t) {
    return trendSentence(prefix, ".masked", t);
  }

  private String trendSentence(String prefix, String partial, TrendTest t) {
    Map<String, Object> values =
        new HashMap<>(
            Map.of(
                "category", texts.categoryLabel(t.family(), t.category()),
                "where", where(t.dimension(), t.dimensionValue()),
                "first_period", t.firstPeriod(),
                "last_period", t.lastPeriod(),
                "slope", numbers.percentagePoints(t.senSlope()),
                "unit", texts.text("unit." + periodUnit(t.lastPeriod())),
                "q", numbers.q(t.qValue())));
    if (t.firstShare() != null) {
      values.put("first_share", numbers.percent(t.firstShare()));
    }
    if (t.lastShare() != null) {
      values.put("last_share", numbers.percent(t.lastShare()));
    }
    if (t.firstShare() == null || t.lastShare() == null) {
      return texts.fill(prefix + t.direction() + partial, values);
    }
    return texts.fill(prefix + t.direction(), values);
  }

  /**
   * A signal whose ratio was withheld by disclosure control (a baseline cell was small: the ratio
   * with the published totals would reveal it) is still a finding: its test stands, its figures are
   * not shown.
   */
  String signalText(Signal s) {
    return signalSentence("finding.signal.", s);
  }

  String signalLead(Signal s) {
    return signalSentence("headline.signal.", s);
  }

  private String signalSentence(String prefix, Signal s) {
    if (!signalPublishable(s)) {
      return texts.fill(
          prefix + s.status() + ".masked",
          Map.of(
              "category", texts.categoryLabel(s.family(), s.category()),
              "where", where(s.dimension(), s.dimensionValue()),
              "period", s.period(),
              "q", numbers.q(s.qValue())));
    }
    return texts.fill(
        prefix + s.status(),
        Map.of(
            "category", texts.categoryLabel(s.family(), s.category()),
            "where", where(s.dimension(), s.dimensionValue()),
            "period", s.period(),
            "ratio", numbers.ratio(s.rateRatio()),
            "low", numbers.ratio(s.rrLow()),
            "high", numbers.ratio(s.rrHigh()),
            "q", numbers.q(s.qValue())));
  }

  /** "across all sources", "in France", "on site-x": the breakdown a result is about. */
  String where(String dimension, String value) {
    if (dimension == null || "all".equals(dimension)) {
      return texts.text("where.all");
    }
    String shown = value;
    if ("country".equals(dimension)) {
      shown = Countries.get().byAlpha3(value).map(this::countryName).orElse(value);
    }
    String key = "where." + dimension;
    return texts.has(key) ? texts.fill(key, Map.of("value", shown)) : dimension + " " + shown;
  }

  /** The bare name of a breakdown value, for lists: "France", "Americas", "site-x", "source s1". */
  String name(String dimension, String value) {
    if (dimension == null || "all".equals(dimension)) {
      return texts.text("name.all");
    }
    String shown = value;
    if ("country".equals(dimension)) {
      shown = Countries.get().byAlpha3(value).map(this::countryName).orElse(value);
    }
    String key = "name." + dimension;
    return texts.has(key) ? texts.fill(key, Map.of("value", shown)) : dimension + " " + shown;
  }

  private String countryName(Country c) {
    return "fr".equals(texts.lang()) ? c.nameFr() : c.nameEn();
  }

  /** The unit of a period label: 2024-Q1 is a quarter, 2024-03 a month, 2024 a year. */
  static String periodUnit(String period) {
    if (period.matches("\\d{4}-Q[1-4]")) {
      return "quarter";
    }
    if (period.matches("\\d{4}-\\d{2}")) {
      return "month";
    }
    if (period.matches("\\d{4}")) {
      return "year";
    }
    return "period";
  }
}
