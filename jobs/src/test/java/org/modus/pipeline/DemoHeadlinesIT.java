package org.modus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.sample.SampleGenerator;
import org.modus.schemas.Taxonomy;
import org.modus.schemas.geo.Countries;
import org.modus.testing.DemoRun;
import org.modus.testing.ModusProcess;

/**
 * What a policy analyst reads first in the demo's report: a summary page of at most seven headlines
 * that between them name every trend the sample generator planted, each change told once.
 */
class DemoHeadlinesIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Planted(String family, String category, String dimension, String value) {}

  static List<Planted> planted(Path run) throws IOException {
    List<Planted> out = new ArrayList<>();
    for (JsonNode p :
        JSON.readTree(run.resolve("input").resolve(SampleGenerator.GROUND_TRUTH_FILE).toFile())
            .path("planted")) {
      out.add(
          new Planted(
              p.path("family").asText(),
              p.path("category").asText(),
              p.path("dimension").asText(),
              p.path("dimensionValue").asText()));
    }
    return out;
  }

  /** The name an English headline gives a planted series' place. */
  static String placeName(Planted p) {
    return switch (p.dimension()) {
      case "all" -> "all sources";
      case "country" -> Countries.get().byAlpha3(p.value()).orElseThrow().nameEn();
      default -> p.value();
    };
  }

  static String firstPdfPage(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setEndPage(1);
      return normalize(stripper.getText(doc));
    }
  }

  /**
   * Without spaces: the PDF breaks lines inside a site name after its dot ("jobs." /
   * "example.com"), which text extraction turns into a space; the words and their order must still
   * be the same.
   */
  static String normalize(String s) {
    return s.replaceAll("[\\s\u00a0]+", "");
  }

  @Test
  void theReportOpensWithAtMostSevenHeadlinesThatNameEveryPlantedTrendOnce() throws Exception {
    Path run = DemoRun.dir();
    JsonNode index = JSON.readTree(run.resolve("report/figures.json").toFile());
    JsonNode headlines = index.path("headlines");
    Document html = Jsoup.parse(run.resolve("report/index.html").toFile(), "UTF-8");
    List<String> texts = html.select("#summary ol.headlines li.headline .headline-text").eachText();
    assertFalse(texts.isEmpty(), "the demo plants trends, so the summary has headlines");
    assertTrue(texts.size() <= 7, texts.size() + " headlines: " + texts);
    assertEquals(headlines.size(), texts.size());

    // none repeated: one headline per category, and each finding told by one headline at most
    Set<String> categories = new HashSet<>();
    Set<Integer> told = new HashSet<>();
    for (JsonNode h : headlines) {
      assertTrue(
          categories.add(h.path("family").asText() + "/" + h.path("category").asText()),
          "two headlines for " + h.path("category").asText() + ": " + texts);
      for (JsonNode rank : h.path("findings")) {
        assertTrue(told.add(rank.asInt()), "finding " + rank + " told twice");
      }
    }

    Map<Integer, JsonNode> findings = new java.util.HashMap<>();
    index.path("findings").forEach(f -> findings.put(f.path("rank").asInt(), f));
    for (Planted p : planted(run)) {
      String label = Taxonomy.v1().categoryLabel(p.family(), p.category(), "en");
      JsonNode telling = null;
      for (JsonNode h : headlines) {
        for (JsonNode rank : h.path("findings")) {
          JsonNode f = findings.get(rank.asInt());
          if (f.path("family").asText().equals(p.family())
              && f.path("category").asText().equals(p.category())
              && f.path("dimension").asText().equals(p.dimension())
              && f.path("dimension_value").asText().equalsIgnoreCase(p.value())) {
            telling = h;
          }
        }
      }
      assertNotNull(telling, "no headline tells the planted " + p + ": " + texts);
      String text = telling.path("text").asText();
      assertTrue(
          text.contains(label) && text.contains(placeName(p)),
          "the headline telling "
              + p
              + " does not name '"
              + label
              + "' and '"
              + placeName(p)
              + "': "
              + text);
    }

    String page1 = firstPdfPage(run.resolve("report/report.pdf"));
    for (String t : texts) {
      assertTrue(page1.contains(normalize(t)), "the PDF's first page lacks: " + t + "\n" + page1);
    }
    System.out.println("demo headlines:\n  " + String.join("\n  ", texts));
  }

  @Test
  void theFrenchReportOpensWithTheSameHeadlinesInFrench(@TempDir Path copy) throws Exception {
    Path run = DemoRun.dir();
    // a copy, so that the English report the other demo tests read stays as it is
    try (Stream<Path> files = Files.walk(run)) {
      for (Path p : files.toList()) {
        Path to = copy.resolve(run.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    ModusProcess.Result r =
        ModusProcess.run(Map.of(), "report", "--run", copy.toString(), "--lang", "fr");
    assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
    Document fr = Jsoup.parse(copy.resolve("report/index.html").toFile(), "UTF-8");
    assertEquals("fr", fr.select("html").attr("lang"));
    assertEquals("Synthèse", fr.select("#summary > h2").text());
    List<String> texts = fr.select("#summary ol.headlines li.headline .headline-text").eachText();
    int english =
        JSON.readTree(run.resolve("report/figures.json").toFile()).path("headlines").size();
    assertEquals(english, texts.size(), "the same headlines in both languages: " + texts);
    for (String t : texts) {
      assertTrue(t.startsWith("Les mentions de la catégorie « "), t);
    }
    assertTrue(
        texts.stream().anyMatch(t -> t.contains("Cryptomonnaies") && t.contains("France")),
        texts.toString());
    String page1 = firstPdfPage(copy.resolve("report/report.pdf"));
    assertTrue(page1.contains("Synthèse"), page1);
    for (String t : texts) {
      assertTrue(page1.contains(normalize(t)), "the French PDF's first page lacks: " + t);
    }
    System.out.println("demo headlines (fr):\n  " + String.join("\n  ", texts));
  }
}
