package org.modus.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.modus.reports.findings.FindingWriter;
import org.modus.reports.findings.HeadlineWriter;
import org.modus.reports.findings.Headlines;
import org.modus.reports.findings.Levels;
import org.modus.reports.findings.Signal;
import org.modus.reports.findings.TrendTest;
import org.modus.reports.model.ChartSpec;
import org.modus.reports.model.Figure;
import org.modus.reports.model.FigureKind;
import org.modus.reports.model.Finding;
import org.modus.reports.model.Headline;
import org.modus.reports.model.ReportModel;
import org.modus.reports.model.Section;
import org.modus.reports.model.TableData;

/** A small report model built in memory, with a hostile site name among its data. */
final class TestReports {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

  private TestReports() {}

  static List<Object> row(Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }

  /**
   * Shares of two payment methods over four quarters as a trends query returns them; one cell
   * suppressed. Cryptocurrency is corrected for misclassification (Se 0.8, Sp 0.98: (share - 0.02)
   * / 0.78); gift cards were never evaluated, so only their raw share exists.
   */
  static TableData paymentShares() {
    return new TableData(
        List.of(
            "category",
            "period",
            "count",
            "total",
            "corrected_share",
            "corrected_low",
            "corrected_high",
            "share",
            "share_low",
            "share_high",
            "correction_status",
            "suppressed"),
        List.of(
            row(
                "cryptocurrency",
                "2023-Q1",
                40L,
                1000L,
                corrected(0.04),
                0.012,
                0.049,
                0.04,
                0.029,
                0.054,
                "corrected",
                false),
            row(
                "cryptocurrency",
                "2023-Q2",
                60L,
                1000L,
                corrected(0.06),
                0.035,
                0.075,
                0.06,
                0.047,
                0.077,
                "corrected",
                false),
            row(
                "cryptocurrency",
                "2023-Q3",
                85L,
                1000L,
                corrected(0.085),
                0.062,
                0.110,
                0.085,
                0.069,
                0.104,
                "corrected",
                false),
            row(
                "cryptocurrency",
                "2023-Q4",
                110L,
                1000L,
                corrected(0.11),
                0.090,
                0.145,
                0.11,
                0.092,
                0.131,
                "corrected",
                false),
            row(
                "gift_prepaid_card",
                "2023-Q1",
                30L,
                1000L,
                null,
                null,
                null,
                0.03,
                0.021,
                0.043,
                "not_evaluated",
                false),
            row(
                "gift_prepaid_card",
                "2023-Q2",
                null,
                1000L,
                null,
                null,
                null,
                null,
                null,
                null,
                "not_evaluated",
                true),
            row(
                "gift_prepaid_card",
                "2023-Q3",
                28L,
                1000L,
                null,
                null,
                null,
                0.028,
                0.019,
                0.040,
                "not_evaluated",
                false),
            row(
                "gift_prepaid_card",
                "2023-Q4",
                25L,
                1000L,
                null,
                null,
                null,
                0.025,
                0.017,
                0.037,
                "not_evaluated",
                false)));
  }

  /** Rogan-Gladen with the fixture's Se = 0.8 and Sp = 0.98. */
  static double corrected(double share) {
    return (share + 0.98 - 1) / (0.8 + 0.98 - 1);
  }

  static TableData sites() {
    return new TableData(
        List.of("site", "note", "ads"),
        List.of(row(SCRIPT, FORMULA, 12L), row("classifieds-a", "-3 is fine as text", 40L)));
  }

  static TableData countryShares() {
    return new TableData(
        List.of("country", "category", "share", "suppressed"),
        List.of(
            row("FRA", "cash", 0.20, false), row("FRA", "cryptocurrency", 0.11, false),
            row("ESP", "cash", 0.15, false), row("ESP", "cryptocurrency", null, true)));
  }

  static List<TrendTest> trendTests() {
    return List.of(
        new TrendTest(
            "payment_method",
            "cryptocurrency",
            "country",
            "FRA",
            "increasing",
            "2023-Q1",
            "2024-Q4",
            0.04,
            0.11,
            0.005,
            0.004),
        new TrendTest(
            "payment_method",
            "gift_prepaid_card",
            "all",
            "all",
            "no_trend",
            "2023-Q1",
            "2024-Q4",
            0.03,
            0.025,
            -0.0005,
            0.40));
  }

  static List<Signal> signals() {
    return List.of(
        new Signal(
            "recruitment_channel",
            "messaging_app",
            "all",
            "all",
            "2024-Q4",
            "emerging",
            2.5,
            1.6,
            3.9,
            0.0004));
  }

  static Figure shareFigure(ReportTexts t) {
    return new Figure(
        "payment_method_share_all",
        "payment_methods",
        t.fill(
            "figure.share_all.title", java.util.Map.of("family", t.familyLabel("payment_method"))),
        FigureKind.LINE,
        t.fill("figure.share_all.alt", java.util.Map.of("family", t.familyLabel("payment_method"))),
        "payment_method",
        paymentShares(),
        ChartSpec.corrected("category", "period", null, "payment_method"),
        "SELECT category, period FROM trends",
        List.of("trends"));
  }

  static ReportModel model(String lang) {
    ReportTexts t = ReportTexts.of(lang);
    Figure shares = shareFigure(t);
    Figure heat =
        new Figure(
            "payment_method_heatmap",
            "country_comparison",
            t.text("figure.heatmap.title"),
            FigureKind.HEATMAP,
            t.text("figure.heatmap.alt"),
            "payment_method",
            countryShares(),
            new ChartSpec("category", "country", "share", null, null, null, "payment_method"),
            "SELECT 1",
            List.of("country_comparison"));
    Figure stacked =
        new Figure(
            "channel_stacked",
            "country_comparison",
            t.text("figure.stacked_country.title"),
            FigureKind.STACKED,
            t.text("figure.stacked_country.alt"),
            "payment_method",
            countryShares(),
            new ChartSpec("category", "country", "share", null, null, null, "payment_method"),
            "SELECT 2",
            List.of("country_comparison"));
    Figure sitesTable =
        new Figure(
            "sites",
            "platforms",
            "Sites",
            FigureKind.TABLE,
            null,
            null,
            sites(),
            null,
            "SELECT site FROM trends",
            List.of("trends"));
    List<Finding> findings = new FindingWriter(t, 0.05).findings(trendTests(), signals());
    Headlines.Summary summary = Headlines.group(findings, Levels.declared(), 7);
    List<Headline> headlines = new ArrayList<>();
    for (Headlines.Group g : summary.headlines()) {
      // every headline shows the one line chart of this small model
      headlines.add(
          new Headline(
              headlines.size() + 1,
              new HeadlineWriter(t).text(g),
              shares.id(),
              g.lead().family(),
              g.lead().category(),
              g.covered().stream().map(Finding::rank).toList()));
    }
    return new ReportModel(
        lang,
        t.text("report.title"),
        t.text("report.subtitle"),
        "generated (pinned)",
        headlines,
        findings,
        t.text("findings.none"),
        List.of(
            new Section(
                "summary",
                t.text("section.summary"),
                List.of(t.text("intro.summary")),
                List.of(),
                List.of()),
            new Section(
                "payment_methods",
                t.text("section.payment_methods"),
                List.of(),
                List.of(),
                List.of(shares)),
            new Section(
                "platforms",
                t.text("section.platforms"),
                List.of(),
                List.of(
                    t.fill(
                        "report.missing_table",
                        java.util.Map.of("table", "trends", "stage", "./modus trends"))),
                List.of(sitesTable)),
            new Section(
                "country_comparison",
                t.text("section.country_comparison"),
                List.of(),
                List.of(),
                List.of(stacked, heat)),
            new Section(
                "annex",
                t.text("section.annex"),
                List.of(t.text("intro.annex")),
                List.of(),
                List.of())));
  }
}
