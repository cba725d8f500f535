package org.modus.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modus.extract.ExtractionQuality;
import org.modus.reports.model.TableData;

/**
 * The extraction quality table of the "data and method" section: per family, the precision and
 * recall of the extractor on the blind dev set, pooled over the family's categories (micro average:
 * the category counts summed, then divided). Read from {@code
 * data-schemas/lexicon/extraction-quality.json} ({@link ExtractionQuality#load()}), never typed in.
 * Micro rather than macro: a rare category measured on three documents should not weigh as much as
 * one measured on a hundred.
 */
final class ExtractionQualityTable {
  static final List<String> COLUMNS =
      List.of(
          "family",
          "categories",
          "true_positives",
          "false_positives",
          "false_negatives",
          "precision",
          "recall");

  private ExtractionQualityTable() {}

  /** One family's pooled counts. Precision (recall) is null when nothing was found (labelled). */
  record FamilyQuality(String family, int categories, int tp, int fp, int fn) {
    Double precision() {
      return tp + fp == 0 ? null : tp / (double) (tp + fp);
    }

    Double recall() {
      return tp + fn == 0 ? null : tp / (double) (tp + fn);
    }
  }

  /** Families in the order the file lists their categories. */
  static List<FamilyQuality> perFamily(List<ExtractionQuality.Entry> categories) {
    Map<String, int[]> sums = new LinkedHashMap<>();
    for (ExtractionQuality.Entry e : categories) {
      if (e.category() == null) {
        continue; // a family's own row counts documents, not category mentions: not pooled here
      }
      int[] s = sums.computeIfAbsent(e.family(), f -> new int[4]);
      s[0]++;
      s[1] += e.tp();
      s[2] += e.fp();
      s[3] += e.fn();
    }
    List<FamilyQuality> out = new ArrayList<>();
    sums.forEach((family, s) -> out.add(new FamilyQuality(family, s[0], s[1], s[2], s[3])));
    return out;
  }

  static TableData table(List<FamilyQuality> families) {
    List<List<Object>> rows = new ArrayList<>();
    for (FamilyQuality f : families) {
      rows.add(
          new ArrayList<>(
              java.util.Arrays.asList(
                  f.family(),
                  (long) f.categories(),
                  (long) f.tp(),
                  (long) f.fp(),
                  (long) f.fn(),
                  f.precision(),
                  f.recall())));
    }
    return new TableData(COLUMNS, rows);
  }
}
