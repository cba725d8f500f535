package org.modus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.compare.TestTables;
import org.modus.engine.RunConfig;
import org.modus.engine.RunDir;
import org.modus.pipeline.RunContexts;
import org.modus.reports.ReportTexts;
import org.modus.testing.SparkTestSession;

/**
 * The report's section on aggregate sources that disagree: present when ingest-aggregates wrote
 * source_discrepancies, in English and French, listing the cells (small values withheld) or saying
 * there are none.
 */
class DiscrepancyReportIT {
  private final SparkSession spark = SparkTestSession.get();

  private static void discrepancy(
      TestTables t,
      String country,
      String family,
      String category,
      double aLow,
      Double aHigh,
      double bLow,
      Double bHigh) {
    t.add(
        "source_discrepancies",
        "country",
        country,
        "year",
        2022,
        "indicator_id",
        "detected_victims",
        "sex",
        "total",
        "age",
        "total",
        "breakdown",
        category == null ? "total" : family + ":" + category,
        "family",
        family,
        "category",
        category,
        "source_a",
        "glotip",
        "value_a_low",
        aLow,
        "value_a_high",
        aHigh,
        "source_b",
        "estat",
        "value_b_low",
        bLow,
        "value_b_high",
        bHigh,
        "gap",
        Math.max(
            0,
            Math.max(bLow - (aHigh == null ? bLow : aHigh), aLow - (bHigh == null ? aLow : bHigh))),
        "tolerance",
        1.0,
        "kept_source",
        "glotip");
  }

  private Document report(Path dir, String lang, boolean withRows) throws IOException {
    RunDir run = new RunDir(dir.resolve("run").toString());
    TestTables t = new TestTables(spark, run);
    if (withRows) {
      discrepancy(t, "FRA", "exploitation_type", "sexual_exploitation", 150, 150.0, 180, 180.0);
      discrepancy(t, "ESP", null, null, 100, 100.0, 90, 90.0);
      discrepancy(t, "BEL", null, null, 0, 4.0, 9, 9.0); // both below the threshold 11: withheld
      t.write();
    } else {
      org.modus.engine.Tables.write(
          spark.createDataFrame(
              List.of(), org.modus.engine.DeclaredSchemas.of("source_discrepancies")),
          run,
          "source_discrepancies");
    }
    RunConfig config =
        new RunConfig(
            null, null, null, null, null, lang, null, null, null, null, null, null, null, null);
    ReportJob.run(spark, RunContexts.open(spark, run.toString(), config, null));
    return Jsoup.parse(dir.resolve("run/report/index.html").toFile(), "UTF-8");
  }

  @Test
  void theSectionListsTheDisagreeingCellsLargestGapFirstWithSmallValuesWithheld(@TempDir Path dir)
      throws IOException {
    ReportTexts en = ReportTexts.of("en");
    Element section = report(dir, "en", true).selectFirst("section#source_discrepancies");
    assertTrue(section != null, "the section is there");
    assertEquals(en.text("section.source_discrepancies"), section.selectFirst("h2").text());
    assertTrue(
        section.text().contains("5%"),
        "the tolerance from the settings file is stated: " + section.text());
    List<Element> rows = section.select("table tbody tr");
    assertEquals(3, rows.size());
    assertTrue(
        rows.get(0).text().contains("150") && rows.get(0).text().contains("180"),
        rows.get(0).text());
    assertTrue(
        rows.get(1).text().contains("100") && rows.get(1).text().contains("90"),
        rows.get(1).text());
    String small = rows.get(2).text();
    assertTrue(
        small.contains(en.text("report.suppressed"))
            && !small.contains("[0, 4]")
            && !small.contains(" 9 "),
        small);
  }

  @Test
  void inFrenchTheSectionTakesItsHeadingAndItsNoneSentenceFromTheFrenchLabels(@TempDir Path dir)
      throws IOException {
    ReportTexts fr = ReportTexts.of("fr");
    Element section = report(dir, "fr", false).selectFirst("section#source_discrepancies");
    assertTrue(section != null, "the section is there even when nothing disagrees");
    assertEquals(fr.text("section.source_discrepancies"), section.selectFirst("h2").text());
    assertTrue(section.text().contains(fr.text("discrepancies.none")), section.text());
    assertTrue(section.select("table").isEmpty());
  }

  @Test
  void withoutNationalAggregatesTheReportHasNoSuchSection(@TempDir Path dir) throws IOException {
    RunDir run = new RunDir(dir.resolve("run").toString());
    ReportJob.run(spark, RunContexts.open(spark, run.toString(), RunConfig.defaults(), null));
    Document html = Jsoup.parse(dir.resolve("run/report/index.html").toFile(), "UTF-8");
    assertTrue(html.select("section#source_discrepancies").isEmpty());
  }
}
