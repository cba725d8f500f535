package org.modus.reports.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modus.reports.ReportTexts;
import org.modus.reports.findings.Headlines.Group;
import org.modus.reports.findings.Headlines.Summary;
import org.modus.reports.findings.Levels.Series;
import org.modus.reports.model.Finding;

/**
 * What a policy analyst relies on in the summary page: one change is told once, at the broadest
 * level whose figures can be published, with the narrower series that drove it or went the other
 * way named after it; never more than seven headlines; nothing lost (the rest stays in the annex).
 */
class HeadlinesTest {
  static final ReportTexts EN = ReportTexts.of("en");
  static final Levels LEVELS =
      Levels.declared()
          .withMembers(
              Map.of(
                  "country",
                      Map.of(
                          "FRA",
                          "Europe",
                          "ESP",
                          "Europe",
                          "BEL",
                          "Europe",
                          "USA",
                          "Americas",
                          "MEX",
                          "Americas"),
                  "site", Map.of("jobs.example.com", "jobboard")));

  static TrendTest trend(
      String category,
      String dimension,
      String value,
      String direction,
      Double first,
      Double last,
      double q) {
    String family =
        List.of("vivastreet", "leboncoin").contains(category) ? "platform" : "payment_method";
    return new TrendTest(
        family,
        category,
        dimension,
        value,
        direction,
        "2022-Q1",
        "2024-Q4",
        first,
        last,
        "increasing".equals(direction) ? 0.007 : -0.007,
        q);
  }

  static Signal signal(
      String category, String dimension, String value, String status, Double ratio, double q) {
    return new Signal(
        "deceptive_recruitment",
        category,
        dimension,
        value,
        "2024-Q4",
        status,
        ratio,
        ratio == null ? null : ratio * 0.75,
        ratio == null ? null : ratio * 1.35,
        q);
  }

  static List<Finding> findings(ReportTexts texts, List<TrendTest> trends, List<Signal> signals) {
    return new FindingWriter(texts, 1.0).findings(trends, signals);
  }

  static List<Finding> findings(List<TrendTest> trends, List<Signal> signals) {
    return findings(EN, trends, signals);
  }

  /** The issue's own example: a rise at the top, driven by two countries, against one. */
  static final List<TrendTest> CRYPTO =
      List.of(
          trend("cryptocurrency", "all", "all", "increasing", 0.026, 0.095, 0.001),
          trend("cryptocurrency", "country", "FRA", "increasing", 0.0, 0.222, 0.002),
          trend("cryptocurrency", "region", "Europe", "increasing", null, null, 0.003),
          trend("cryptocurrency", "country", "ESP", "increasing", null, 0.21, 0.004),
          trend("cryptocurrency", "country", "BEL", "decreasing", 0.05, 0.01, 0.03));

  @Test
  void oneChangeSeenInManyBreakdownsIsOneHeadlineAtTheBroadestLevel() {
    Summary s = Headlines.group(findings(CRYPTO, List.of()), LEVELS, 7);
    assertEquals(1, s.headlines().size());
    Group g = s.headlines().get(0);
    assertEquals("all", g.lead().dimension());
    assertEquals(5, g.covered().size(), "every finding of the category is told by the headline");
    assertTrue(s.uncovered().isEmpty());
    assertEquals(
        "Mentions of Cryptocurrency rose from 2.6% to 9.5% of ads across all sources between 2022-Q1 "
            + "and 2024-Q4, driven by Europe (France and Spain), but fell in Belgium.",
        new HeadlineWriter(EN).text(g));
  }

  @Test
  void aFindingWhoseFiguresAreWithheldIsToldAtTheNearestBroaderLevelThatHasThem() {
    // the Americas signal is the strongest, but its ratio is withheld; all sources has one
    List<Finding> f =
        findings(
            List.of(),
            List.of(
                signal("job_abroad", "region", "Americas", "emerging", null, 1e-11),
                signal("job_abroad", "all", "all", "emerging", 2.83, 1e-7),
                signal("job_abroad", "country", "MEX", "emerging", null, 0.003),
                signal("job_abroad", "source", "classifieds", "emerging", 3.21, 1e-6)));
    Group g = Headlines.group(f, LEVELS, 7).headlines().get(0);
    assertEquals(new Series("all", "all"), Headlines.series(g.lead()));
    assertEquals(
        "Mentions of Job abroad across all sources jumped in 2024-Q4 to 2.83 times their earlier rate, "
            + "driven by Americas (Mexico) and source classifieds.",
        new HeadlineWriter(EN).text(g));
  }

  @Test
  void aLeadWithOneEndShareWithheldGivesTheOtherAndSaysTheFirstIsTooSmallToPublish() {
    List<Finding> f =
        findings(
            List.of(
                trend("vivastreet", "all", "all", "decreasing", 0.076, null, 0.017),
                trend(
                    "vivastreet", "site", "classifieds-1.example", "decreasing", 0.2, 0.02, 0.01)),
            List.of());
    Group g = Headlines.group(f, LEVELS, 7).headlines().get(0);
    assertEquals(
        "all",
        g.lead().dimension(),
        "a broader level with one published share beats a narrower one with two");
    assertEquals(
        "Mentions of Vivastreet fell from 7.6% of ads across all sources in 2022-Q1 to a share too small "
            + "to publish in 2024-Q4, driven by classifieds-1.example.",
        new HeadlineWriter(EN).text(g));
  }

  @Test
  void whenNoLevelHasFiguresTheBroadestTellsTheChangeWithoutThem() {
    List<Finding> f =
        findings(
            List.of(
                trend("leboncoin", "site", "jobs.example.com", "decreasing", null, null, 0.01),
                trend("leboncoin", "source", "jobboard", "decreasing", null, null, 0.04)),
            List.of());
    Group g = Headlines.group(f, LEVELS, 7).headlines().get(0);
    assertEquals("source", g.lead().dimension());
    String text = new HeadlineWriter(EN).text(g);
    assertEquals(
        "Mentions of Leboncoin fell in source jobboard between 2022-Q1 and 2024-Q4 (shares too small to "
            + "publish), driven by jobs.example.com.",
        text);
    assertFalse(text.contains("q ="), "statistics stay in the annex");
  }

  @Test
  void aSameWaySeriesOutsideTheLeadIsNamedAsAlso() {
    // no broader finding: France leads (it has figures), Spain is a sibling, the site is elsewhere
    List<Finding> f =
        findings(
            List.of(
                trend("cryptocurrency", "country", "ESP", "increasing", null, null, 0.001),
                trend("cryptocurrency", "country", "FRA", "increasing", 0.03, 0.3, 0.002),
                trend(
                    "cryptocurrency", "site", "jobs.example.com", "increasing", null, null, 0.003),
                trend("cryptocurrency", "source", "jobboard", "increasing", null, null, 0.004)),
            List.of());
    Group g = Headlines.group(f, LEVELS, 7).headlines().get(0);
    assertEquals("FRA", g.lead().dimensionValue());
    // broader first: the source (with its site) before the sibling country
    assertEquals(
        "Mentions of Cryptocurrency rose from 3% to 30% of ads in France between 2022-Q1 and 2024-Q4; "
            + "also in source jobboard (jobs.example.com) and Spain.",
        new HeadlineWriter(EN).text(g));
  }

  @Test
  void aSiteWhoseSourceIsUnknownSitsUnderAllSourcesOnly() {
    Levels noMembers = Levels.declared();
    Series site = new Series("site", "jobs.example.com");
    assertEquals(List.of(new Series("all", "all")), noMembers.ancestors(site));
    assertEquals(
        List.of(new Series("source", "jobboard"), new Series("all", "all")),
        LEVELS.ancestors(site));
    assertEquals(
        List.of(new Series("region", "Europe"), new Series("all", "all")),
        LEVELS.ancestors(new Series("country", "FRA")));
    assertTrue(LEVELS.contains(new Series("all", "all"), new Series("country", "USA")));
    assertFalse(LEVELS.contains(new Series("region", "Europe"), new Series("country", "USA")));
    assertFalse(LEVELS.contains(new Series("source", "jobboard"), new Series("country", "FRA")));
  }

  @Test
  void aTrendAndASignalOfTheSameSeriesAreNamedOnce() {
    List<Finding> f =
        findings(
            List.of(
                new TrendTest(
                    "deceptive_recruitment",
                    "job_abroad",
                    "country",
                    "MEX",
                    "increasing",
                    "2022-Q1",
                    "2024-Q4",
                    0.01,
                    0.06,
                    0.004,
                    0.02),
                new TrendTest(
                    "deceptive_recruitment",
                    "job_abroad",
                    "all",
                    "all",
                    "increasing",
                    "2022-Q1",
                    "2024-Q4",
                    0.01,
                    0.03,
                    0.002,
                    0.01)),
            List.of(signal("job_abroad", "country", "MEX", "emerging", 4.0, 0.001)));
    Group g = Headlines.group(f, LEVELS, 7).headlines().get(0);
    assertEquals(3, g.covered().size());
    String text = new HeadlineWriter(EN).text(g);
    assertEquals(text.indexOf("Mexico"), text.lastIndexOf("Mexico"), text);
  }

  @Test
  void atMostSevenHeadlinesStrongestAndBroadestFirstEachCategoryOnceAndTheRestInTheAnnex() {
    List<TrendTest> trends = new ArrayList<>(CRYPTO);
    // nine more categories, each a single weak country finding
    String[] others = {
      "cash",
      "bank_transfer",
      "gift_prepaid_card",
      "mobile_money",
      "paypal",
      "western_union",
      "voucher",
      "cheque",
      "other"
    };
    for (int i = 0; i < others.length; i++) {
      trends.add(trend(others[i], "country", "FRA", "increasing", 0.01, 0.02, 0.02 + i * 0.001));
    }
    // as strong as crypto's best but narrower: breadth puts crypto first within the same strength
    trends.add(trend("crypto_atm", "country", "ESP", "increasing", 0.01, 0.05, 0.0015));
    List<Finding> all = findings(trends, List.of());
    Summary s = Headlines.group(all, LEVELS, 7);
    assertEquals(7, s.headlines().size());
    assertEquals("cryptocurrency", s.headlines().get(0).lead().category());
    assertEquals("crypto_atm", s.headlines().get(1).lead().category());
    Set<String> categories = new HashSet<>();
    Set<Finding> told = new HashSet<>();
    for (Group g : s.headlines()) {
      assertTrue(
          categories.add(g.lead().category()), "one headline per category: " + g.lead().category());
      for (Finding f : g.covered()) {
        assertTrue(told.add(f), "a finding is told by one headline only: " + f.text());
      }
    }
    assertEquals(
        all.size(),
        told.size() + s.uncovered().size(),
        "every finding is in a headline or the annex");
    assertEquals(
        List.of("western_union", "voucher", "cheque", "other"),
        s.uncovered().stream().map(Finding::category).toList(),
        "the weakest single findings: annex only");
  }

  @Test
  void aLongListOfNamesIsCountedNotSpelledOut() {
    List<TrendTest> trends = new ArrayList<>();
    trends.add(trend("cash", "all", "all", "increasing", 0.1, 0.2, 0.001));
    for (String site :
        List.of("a.example", "b.example", "c.example", "d.example", "e.example", "f.example")) {
      trends.add(trend("cash", "site", site, "increasing", 0.1, 0.2, 0.01));
    }
    String text =
        new HeadlineWriter(EN)
            .text(Headlines.group(findings(trends, List.of()), LEVELS, 7).headlines().get(0));
    assertTrue(
        text.endsWith("driven by a.example, b.example, c.example, d.example and 2 more."), text);
  }

  @Test
  void theChartDrawsTheLeadAndTheFirstSeriesTheHeadlineNames() {
    Group g = Headlines.group(findings(CRYPTO, List.of()), LEVELS, 7).headlines().get(0);
    assertEquals(
        List.of(
            new Series("all", "all"),
            new Series("region", "Europe"),
            new Series("country", "FRA"),
            new Series("country", "ESP")),
        HeadlineWriter.chartSeries(g));
  }

  @Test
  void frenchHeadlinesReadInFrench() {
    ReportTexts fr = ReportTexts.of("fr");
    Group g = Headlines.group(findings(fr, CRYPTO, List.of()), LEVELS, 7).headlines().get(0);
    assertEquals(
        "Les mentions de la catégorie « Cryptomonnaies » sont passées de 2,6 % à 9,5 % des annonces "
            + "toutes sources confondues entre 2022-Q1 et 2024-Q4 ; principalement : Europe (France et Espagne) ; "
            + "en baisse en revanche : Belgique.",
        new HeadlineWriter(fr).text(g));
  }

  @Test
  void theNestingOfBreakdownsIsDataAndMustStartAtAll() {
    Levels declared = Levels.declared();
    assertEquals(List.of("all", "region", "country", "source", "site"), declared.order());
    assertEquals("region", declared.parent("country"));
    assertEquals("source", declared.parent("site"));
    assertEquals(2, declared.depth("country"));
    assertEquals(1, declared.depth("source"));
    assertThrows(IllegalArgumentException.class, () -> Levels.parse("region>country"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Levels.parse("all>region>country, all>source>country"));
  }
}
