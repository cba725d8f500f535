package org.modus.reports.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modus.reports.ReportTexts;
import org.modus.reports.model.Finding;

class FindingWriterTest {
  private final FindingWriter en = new FindingWriter(ReportTexts.of("en"), 0.05);

  private static TrendTest trend(String direction, double q, double slope) {
    return new TrendTest(
        "payment_method",
        "cryptocurrency",
        "country",
        "FRA",
        direction,
        "2023-Q1",
        "2024-Q4",
        0.04,
        0.11,
        slope,
        q);
  }

  private static Signal signal(String status, double q, double rr) {
    return new Signal(
        "payment_method", "cash", "all", "all", "2024-Q4", status, rr, rr * 0.8, rr * 1.2, q);
  }

  @Test
  void theIssueExampleReadsAsWritten() {
    List<Finding> f = en.findings(List.of(trend("increasing", 0.004, 0.005)), List.of());
    assertEquals(
        "Mentions of Cryptocurrency rose from 4% to 11% of ads in France between 2023-Q1 and 2024-Q4 "
            + "(Sen slope +0.5 pp per quarter, q = 0.004).",
        f.get(0).text());
  }

  @Test
  void nothingWithoutASignificantTest() {
    List<Finding> f =
        en.findings(
            List.of(trend("no_trend", 0.001, 0.005), trend("increasing", 0.2, 0.005)),
            List.of(
                signal("stable", 0.001, 2.0),
                signal("emerging", 0.06, 2.0),
                signal("insufficient_data", 0.0, 2.0)));
    assertTrue(f.isEmpty(), f.toString());
  }

  @Test
  void rankedByQThenByEffectSize() {
    List<Finding> f =
        en.findings(
            List.of(trend("increasing", 0.01, 0.001), trend("decreasing", 0.01, -0.02)),
            List.of(signal("emerging", 0.0001, 1.5)));
    assertEquals(List.of(1, 2, 3), f.stream().map(Finding::rank).toList());
    assertTrue(f.get(0).text().contains("1.5 times"), "lowest q first: " + f.get(0).text());
    assertTrue(f.get(1).text().contains("fell from"), "same q, steeper slope: " + f.get(1).text());
    assertTrue(f.get(2).text().contains("rose from"), f.get(2).text());
  }

  @Test
  void aTrendWhoseEndpointWasSuppressedIsToldWithoutShares() {
    TrendTest masked =
        new TrendTest(
            "payment_method",
            "cash",
            "all",
            "all",
            "increasing",
            "2023-Q1",
            "2024-Q4",
            null,
            0.11,
            0.003,
            0.001);
    String text = en.findings(List.of(masked), List.of()).get(0).text();
    assertTrue(text.contains("suppressed by disclosure control"), text);
    assertTrue(!text.contains("11%"), text);
  }

  @Test
  void aSignalWhoseRatioWasWithheldIsStillAFindingWithoutNumbers() {
    Signal masked =
        new Signal(
            "deceptive_recruitment",
            "job_abroad",
            "region",
            "Americas",
            "2024-Q4",
            "emerging",
            null,
            null,
            null,
            1e-10);
    List<Finding> f = en.findings(List.of(trend("increasing", 0.01, 0.005)), List.of(masked));
    assertEquals(2, f.size());
    assertEquals(
        "Mentions of Job abroad in Americas in 2024-Q4 were significantly above the baseline rate "
            + "(q < 0.001); the rate ratio is withheld by disclosure control.",
        f.get(0).text());
  }

  @Test
  void frenchFindingsUseFrenchLabelsAndNumbers() {
    FindingWriter fr = new FindingWriter(ReportTexts.of("fr"), 0.05);
    String text = fr.findings(List.of(trend("increasing", 0.004, 0.005)), List.of()).get(0).text();
    assertTrue(
        text.startsWith(
            "Les mentions de la catégorie « Cryptomonnaies » sont passées de 4 % à 11 %"),
        text);
    assertTrue(text.contains("pente de Sen +0,5 pp par trimestre, q = 0,004"), text);
  }

  @Test
  void aFindingSaysWhetherItsTrendWasTestedOnCorrectedOrOnRawShares() {
    TrendTest corrected =
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
            0.004,
            "corrected");
    TrendTest raw =
        new TrendTest(
            "payment_method",
            "cash",
            "all",
            "all",
            "decreasing",
            "2023-Q1",
            "2024-Q4",
            0.20,
            0.10,
            -0.01,
            0.001,
            "raw");
    List<String> texts =
        en.findings(List.of(corrected, raw), List.of()).stream().map(Finding::text).toList();
    assertTrue(
        texts.stream()
            .anyMatch(
                t ->
                    t.startsWith("Mentions of Cryptocurrency rose")
                        && t.endsWith("Tested on shares corrected for the extractor's errors.")),
        texts.toString());
    assertTrue(
        texts.stream()
            .anyMatch(
                t ->
                    t.startsWith("Mentions of Cash")
                        && t.endsWith(
                            "Tested on raw shares: this category has no correction for the extractor's errors.")),
        texts.toString());
    FindingWriter fr = new FindingWriter(ReportTexts.of("fr"), 0.05);
    assertTrue(
        fr.findings(List.of(corrected), List.of())
            .get(0)
            .text()
            .endsWith("Test sur les parts corrigées des erreurs de l’extracteur."));
  }
}
