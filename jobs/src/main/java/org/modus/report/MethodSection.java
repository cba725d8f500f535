package org.modus.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.modus.engine.RunConfig;
import org.modus.extract.ExtractionQuality;
import org.modus.reports.NumberStyle;
import org.modus.reports.ReportTexts;
import org.modus.reports.model.Figure;
import org.modus.reports.model.Section;
import org.modus.reports.model.TableData;
import org.modus.trends.CorrectionCoverage;

/**
 * The "data and method" section, written for a statistician who was not there: which sources with
 * how many records over which periods, what was quarantined and why, coverage by country, how well
 * the extractor finds cues (blind dev set), what disclosure control withheld, and the limits in
 * plain words. Every number in its sentences is taken from the tables it shows (run tables,
 * manifest, the committed extraction quality file) or from the committed check of the corrected
 * shares on known truth ({@link CorrectionCoverage}): {@link #paragraphs} only counts and formats,
 * so it is tested without Spark.
 */
final class MethodSection {
  private MethodSection() {}

  /** What the section is built from; the figures in the order they are shown. */
  record Inputs(
      ManifestFacts facts,
      Figure sources,
      Figure coverage,
      ExtractionQuality quality,
      List<ExtractionQualityTable.FamilyQuality> families,
      Figure suppression,
      int threshold,
      CorrectionCoverage correctionCoverage) {}

  static Section section(ReportTexts texts, Inputs in) {
    List<Figure> figures =
        List.of(
            in.sources(),
            table(
                "method_quarantine",
                "figure.method_quarantine.title",
                in.facts().quarantineReasons(),
                texts),
            in.coverage(),
            table(
                "method_extraction_quality",
                "figure.method_quality.title",
                ExtractionQualityTable.table(in.families()),
                texts),
            in.suppression());
    List<Figure> all = new ArrayList<>(figures);
    all.addAll(in.facts().figures());
    return new Section(
        ManifestFacts.SECTION,
        texts.text("section.data_method"),
        paragraphs(texts, in),
        List.of(),
        all);
  }

  private static Figure table(String id, String titleKey, TableData data, ReportTexts texts) {
    return Figure.table(id, ManifestFacts.SECTION, texts.text(titleKey), data);
  }

  static List<String> paragraphs(ReportTexts texts, Inputs in) {
    NumberStyle n = new NumberStyle(texts.lang());
    List<String> out = new ArrayList<>();
    out.add(texts.text("intro.data_method"));
    out.add(in.facts().inputsParagraph());
    TableData sources = in.sources().data();
    for (String kind : List.of("ads", "cases", "aggregates")) {
      List<List<Object>> rows =
          sources.rows().stream().filter(r -> kind.equals(sources.value(r, "kind"))).toList();
      long records =
          rows.stream()
              .map(r -> sources.value(r, "records"))
              .filter(Objects::nonNull)
              .mapToLong(v -> ((Number) v).longValue())
              .sum();
      if (records > 0) {
        out.add(
            texts.fill(
                "method.sources_" + kind,
                Map.of(
                    "records",
                    n.integer(records),
                    "sources",
                    rows.size(),
                    "period",
                    period(sources, rows, texts))));
      }
    }
    out.add(in.facts().quarantineParagraph());
    TableData reasons = in.facts().quarantineReasons();
    if (!reasons.isEmpty()) {
      List<String> parts =
          reasons.rows().stream()
              .map(
                  r ->
                      texts.fill(
                          "method.quarantine_reason",
                          Map.of(
                              "reason",
                              reasons.value(r, "reason"),
                              "records",
                              n.integer(((Number) reasons.value(r, "records")).longValue()),
                              "stage",
                              reasons.value(r, "stage"))))
              .toList();
      out.add(texts.fill("method.quarantine_reasons", Map.of("reasons", String.join("; ", parts))));
    }
    TableData coverage = in.coverage().data();
    out.add(
        texts.fill(
            "method.coverage",
            Map.of(
                "ad_countries",
                countriesWith(coverage, "ads"),
                "case_countries",
                countriesWith(coverage, "cases"),
                "max_hidden",
                in.threshold() - 1)));
    out.addAll(quality(texts, n, in.quality(), in.families()));
    out.add(texts.fill("method.disclosure", Map.of("threshold", in.threshold())));
    TableData sup = in.suppression().data();
    for (List<Object> r : sup.rows()) {
      out.add(
          texts.fill(
              "method.suppressed_" + sup.value(r, "output_table"),
              Map.of(
                  "suppressed", n.integer(((Number) sup.value(r, "suppressed_cells")).longValue()),
                  "cells", n.integer(((Number) sup.value(r, "cells")).longValue()),
                  "secondary", n.integer(((Number) sup.value(r, "secondary_rule")).longValue()),
                  "total", n.integer(((Number) sup.value(r, "total_rule")).longValue()))));
    }
    out.add(in.facts().versionsParagraph());
    out.add(texts.text("method.limits_ads"));
    out.add(texts.text("method.limits_coverage"));
    out.add(texts.text("method.limits_extraction"));
    out.add(correctionCoverage(texts, in.correctionCoverage()));
    out.add(texts.text("method.limitations"));
    return out;
  }

  /**
   * How the corrected shares did where the truth is known: the interval's coverage of the expected
   * true share and how often the corrected share beat the raw one, with the counts behind both, so
   * that a reader weighs the figure by the number of cells.
   */
  static String correctionCoverage(ReportTexts texts, CorrectionCoverage c) {
    NumberStyle n = new NumberStyle(texts.lang());
    return texts.fill(
        "method.correction_coverage",
        Map.of(
            "date",
            c.date(),
            "confidence",
            n.percent(c.confidence()),
            "covered",
            n.integer(c.covered()),
            "cells",
            n.integer(c.cells()),
            "coverage",
            n.percent(c.coverage()),
            "closer",
            n.integer(c.closer()),
            "changed",
            n.integer(c.changed()),
            "closer_share",
            n.percent(c.closerShare())));
  }

  /** "2023-01-02 to 2025-12-30": the earliest first and the latest last of the rows' periods. */
  private static String period(TableData t, List<List<Object>> rows, ReportTexts texts) {
    List<String> ends =
        rows.stream()
            .map(r -> t.value(r, "period_covered"))
            .filter(Objects::nonNull)
            .map(Object::toString)
            .filter(s -> !s.isEmpty())
            .flatMap(s -> List.of(s.split(" / ")).stream())
            .sorted()
            .toList();
    if (ends.isEmpty()) {
      return "?";
    }
    String first = ends.get(0);
    String last = ends.get(ends.size() - 1);
    return first.equals(last)
        ? first
        : texts.fill("method.period", Map.of("first", first, "last", last));
  }

  /** Countries with at least one record of the column's kind (a withheld count is at least one). */
  static long countriesWith(TableData coverage, String column) {
    return coverage.rows().stream()
        .filter(
            r -> {
              Object v = coverage.value(r, column);
              return v == null || ((Number) v).longValue() > 0;
            })
        .count();
  }

  static List<String> quality(
      ReportTexts texts,
      NumberStyle n,
      ExtractionQuality q,
      List<ExtractionQualityTable.FamilyQuality> families) {
    List<ExtractionQualityTable.FamilyQuality> measured =
        families.stream().filter(f -> f.recall() != null && f.precision() != null).toList();
    if (measured.isEmpty()) {
      return List.of();
    }
    ExtractionQualityTable.FamilyQuality lowRecall =
        measured.stream()
            .min(Comparator.comparing(ExtractionQualityTable.FamilyQuality::recall))
            .get();
    ExtractionQualityTable.FamilyQuality highRecall =
        measured.stream()
            .max(Comparator.comparing(ExtractionQualityTable.FamilyQuality::recall))
            .get();
    ExtractionQualityTable.FamilyQuality lowPrecision =
        measured.stream()
            .min(Comparator.comparing(ExtractionQualityTable.FamilyQuality::precision))
            .get();
    List<String> out = new java.util.ArrayList<>();
    out.add(
        texts.fill(
            "method.extraction",
            Map.of(
                "documents",
                n.integer(q.documents()),
                "split",
                q.split(),
                "lexicon",
                q.lexiconVersion(),
                "date",
                q.date(),
                "low_recall",
                n.percent(lowRecall.recall()),
                "low_recall_family",
                texts.familyLabel(lowRecall.family()),
                "high_recall",
                n.percent(highRecall.recall()),
                "high_recall_family",
                texts.familyLabel(highRecall.family()),
                "low_precision",
                n.percent(lowPrecision.precision()),
                "low_precision_family",
                texts.familyLabel(lowPrecision.family()))));
    if (!q.classifier().equals(RunConfig.NO_CLASSIFIER)) {
      out.add(texts.fill("method.extraction_classifier", Map.of("classifier", q.classifier())));
    }
    return out;
  }
}
