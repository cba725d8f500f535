package org.modus.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.reports.model.Finding;
import org.modus.reports.model.ReportModel;

/** Renders one English report folder from an in-memory model and reads it back as a user would. */
class ReportWriterTest {
  @TempDir static Path dir;
  static ReportModel model;
  static Document html;
  static String pdfText;

  @BeforeAll
  static void render() throws IOException {
    model = TestReports.model("en");
    ReportWriter.write(model, dir);
    html = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
    pdfText = pdfText(dir.resolve("report.pdf"));
  }

  static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return normalize(new PDFTextStripper().getText(doc));
    }
  }

  /** Line breaks and spacing differ between HTML and PDF layout; the words must not. */
  static String normalize(String s) {
    return s.replace('\u00a0', ' ').replaceAll("-\\s*\\n", "-").replaceAll("\\s+", " ");
  }

  @Test
  void everyImageInThePageExistsAndHasAltText() {
    assertEquals(3, html.select("main img").size(), "one image per chart figure");
    assertEquals(2, html.select("#summary img").size(), "one chart beside each headline");
    List<Element> images = html.select("img");
    for (Element img : images) {
      assertTrue(Files.isRegularFile(dir.resolve(img.attr("src"))), img.attr("src"));
      assertFalse(img.attr("alt").isBlank(), "alt text of " + img.attr("src"));
    }
    for (Element a : html.select("a[href$=.svg], a[href$=.csv]")) {
      assertTrue(Files.isRegularFile(dir.resolve(a.attr("href"))), a.attr("href"));
    }
  }

  @Test
  void everyTableHasColumnAndRowHeaders() {
    assertEquals(4, html.select("table").size());
    for (Element table : html.select("table")) {
      assertFalse(table.select("thead th[scope=col]").isEmpty(), table.outerHtml());
      for (Element row : table.select("tbody tr")) {
        assertEquals(
            "row",
            row.child(0).attr("scope"),
            "a body row opens with its header cell: " + row.outerHtml());
        assertEquals("th", row.child(0).tagName());
      }
    }
  }

  @Test
  void findingsAreRankedSignificantOnlyAndTheSameInHtmlAndPdf() {
    // the non-significant gift-card test (q = 0.40) must not become a finding
    assertEquals(2, model.findings().size());
    assertEquals(
        "recruitment_channel",
        model.findings().get(0).family(),
        "q = 0.0004 ranks before q = 0.004");
    List<String> shown = html.select("ol.findings li.finding .finding-text").eachText();
    assertEquals(model.findings().stream().map(Finding::text).toList(), shown);
    assertTrue(
        shown.get(1).contains("rose from 4% to 11% of ads in France between 2023-Q1 and 2024-Q4"),
        shown.get(1));
    assertTrue(shown.get(1).contains("Sen slope +0.5 pp per quarter, q = 0.004"), shown.get(1));
    for (String finding : shown) {
      assertTrue(pdfText.contains(normalize(finding)), "PDF lacks: " + finding);
    }
  }

  @Test
  void
      theReportOpensWithTheHeadlinesOnItsFirstPdfPageAndTheAnnexTellsWhichHeadlineCoversEachFinding()
          throws IOException {
    List<String> headlines =
        html.select("#summary ol.headlines li.headline .headline-text").eachText();
    assertEquals(
        model.headlines().stream().map(org.modus.reports.model.Headline::text).toList(), headlines);
    assertEquals(
        List.of(
            "Mentions of Messaging apps across all sources jumped in 2024-Q4 to 2.5 times their earlier rate.",
            "Mentions of Cryptocurrency rose from 4% to 11% of ads in France between 2023-Q1 and 2024-Q4."),
        headlines);
    String firstPage;
    try (PDDocument doc = Loader.loadPDF(dir.resolve("report.pdf").toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setEndPage(1);
      firstPage = normalize(stripper.getText(doc));
    }
    for (String h : headlines) {
      assertTrue(firstPage.contains(normalize(h)), "page 1 lacks: " + h + "\n" + firstPage);
    }
    assertFalse(
        firstPage.contains("Contents"), "the table of contents comes after the summary page");
    assertEquals(
        List.of("(headline 1)", "(headline 2)"),
        html.select("ol.findings li .in-headline").eachText());
  }

  @Test
  void scriptInAnInputValueIsTextInHtmlAndPdfNeverMarkup() throws IOException {
    String raw = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
    assertFalse(
        raw.contains(TestReports.SCRIPT), "the raw page must not contain the tag unescaped");
    assertTrue(raw.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(html.select("script").isEmpty(), "no script element");
    assertTrue(
        html.select("tbody th, td").eachText().contains(TestReports.SCRIPT),
        "shown as the literal text");
    assertTrue(pdfText.contains(TestReports.SCRIPT), "the PDF shows it as text, not as markup");
    String svgs = Files.readString(dir.resolve("charts/payment_method_share_all.svg"));
    assertFalse(svgs.contains("<script"));
  }

  @Test
  void csvCellsThatSpreadsheetsWouldRunAreNeutralized() throws IOException {
    byte[] bytes = Files.readAllBytes(dir.resolve("tables/sites.csv"));
    assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte-order mark for Excel");
    String csv = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(csv.contains("'=HYPERLINK("), csv);
    assertFalse(csv.contains(",=HYPERLINK("), csv);
    assertTrue(csv.contains("'-3 is fine as text"), csv);
    assertTrue(
        csv.contains("\"<script>alert(1)</script>\"") || csv.contains("<script>alert(1)</script>"));
  }

  @Test
  void suppressedCellsAreShownAsSuppressedNeverAsNumbers() {
    // row 6 of the fixture: gift cards in 2023-Q2, suppressed (count, share and interval all null)
    List<String> cells =
        html.select("#fig-payment_method_share_all tbody tr").get(5).select("th, td").eachText();
    assertEquals(
        org.modus.schemas.Taxonomy.v1().categoryLabel("payment_method", "gift_prepaid_card", "en"),
        cells.get(0),
        "taxonomy label, not the id");
    assertEquals(
        List.of(
            "2023-Q2",
            "suppressed",
            "1,000",
            "suppressed",
            "suppressed",
            "suppressed",
            "suppressed",
            "suppressed",
            "suppressed"),
        cells.subList(1, 10));
    assertEquals(
        "Suppressed", html.select("#fig-payment_method_share_all thead th").get(11).text());
    assertEquals("suppressed", cells.get(11));
  }

  @Test
  void tablesShowTheCorrectedShareWithItsIntervalAndTheRawShareBesideIt() {
    List<String> headers = html.select("#fig-payment_method_share_all thead th").eachText();
    assertEquals(
        List.of(
            "Corrected share",
            "Corrected share, lower 95%",
            "Corrected share, upper 95%",
            "Raw share",
            "Raw share, lower 95%",
            "Raw share, upper 95%",
            "Correction"),
        headers.subList(4, 11));
    List<String> crypto =
        html.select("#fig-payment_method_share_all tbody tr").get(3).select("th, td").eachText();
    NumberStyle pct = new NumberStyle("en");
    assertEquals(
        List.of(
            pct.percent(TestReports.corrected(0.11)),
            pct.percent(0.090),
            pct.percent(0.145),
            pct.percent(0.11),
            pct.percent(0.092),
            pct.percent(0.131),
            "corrected"),
        crypto.subList(4, 11));
  }

  @Test
  void aCategoryWithoutCorrectionShowsItsRawShareMarkedAndTheFootnoteSaysWhyNeverABlank() {
    List<String> gift =
        html.select("#fig-payment_method_share_all tbody tr").get(4).select("th, td").eachText();
    String raw = new NumberStyle("en").percent(0.03);
    assertEquals(List.of(raw + " (raw) \u2020", "\u2020", "\u2020", raw), gift.subList(4, 8));
    assertEquals("not corrected: the category was not evaluated", gift.get(10));
    String footnote = html.select("#fig-payment_method_share_all .footnote").text();
    assertTrue(
        footnote.startsWith(
            "\u2020 No corrected share (not corrected: the category was not evaluated)"),
        footnote);
    assertTrue(pdfText.contains(raw + " (raw) \u2020"), "the PDF marks it too");
  }

  @Test
  void figuresJsonCarriesTheRawAndCorrectedShareOfEveryRow() throws IOException {
    JsonNode shares =
        new ObjectMapper().readTree(dir.resolve("figures.json").toFile()).path("figures").get(0);
    assertEquals("corrected_share", shares.path("shares").path("corrected").path("point").asText());
    assertEquals("share", shares.path("shares").path("raw").path("point").asText());
    JsonNode values = shares.path("values");
    assertEquals(8, values.size());
    JsonNode q4 = values.get(3);
    assertEquals("2023-Q4", q4.path("period").asText());
    assertEquals(0.11, q4.path("raw").path("point").asDouble(), 1e-12);
    assertEquals(0.092, q4.path("raw").path("low").asDouble(), 1e-12);
    assertEquals(TestReports.corrected(0.11), q4.path("corrected").path("point").asDouble(), 1e-12);
    assertEquals(0.145, q4.path("corrected").path("high").asDouble(), 1e-12);
    assertEquals("corrected", q4.path("corrected").path("status").asText());
    JsonNode gift = values.get(4);
    assertTrue(
        gift.path("corrected").path("point").isNull(), "no corrected number where there is none");
    assertEquals("not_evaluated", gift.path("corrected").path("status").asText());
    JsonNode hidden = values.get(5);
    assertTrue(hidden.path("raw").path("point").isNull() && hidden.path("suppressed").asBoolean());
  }

  @Test
  void missingTablesAreSaidInTheirSection() {
    assertTrue(
        html.select("#platforms .note")
            .text()
            .contains("The trends table is absent from this run"));
  }

  @Test
  void figuresJsonListsEveryFigureWithItsSqlAndFiles() throws IOException {
    JsonNode root = new ObjectMapper().readTree(dir.resolve("figures.json").toFile());
    assertEquals(1, root.path("report_version").asInt());
    assertEquals("en", root.path("lang").asText());
    assertEquals(4, root.path("figures").size());
    for (JsonNode f : root.path("figures")) {
      assertTrue(Files.isRegularFile(dir.resolve(f.path("csv").asText())), f.toString());
      if (f.path("kind").asText().equals("table")) {
        assertTrue(f.path("png").isNull());
      } else {
        assertTrue(Files.isRegularFile(dir.resolve(f.path("png").asText())));
        assertTrue(Files.isRegularFile(dir.resolve(f.path("svg").asText())));
      }
    }
    assertEquals(
        "SELECT category, period FROM trends", root.path("figures").get(0).path("sql").asText());
    assertEquals(
        model.findings().get(0).text(), root.path("findings").get(0).path("text").asText());
  }
}
