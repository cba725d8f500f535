package org.modus.reports.html;

import java.util.List;
import java.util.Set;
import org.modus.reports.NumberStyle;
import org.modus.reports.ReportTexts;
import org.modus.reports.model.CorrectedShare;
import org.modus.reports.model.TableData;

/**
 * How one result cell reads in the report: shares as percentages, q-values as "< 0.001", taxonomy
 * ids as labels, and an empty value in a suppressed row as the word "suppressed", never as a
 * number.
 */
final class CellText {
  private static final Set<String> PERCENT =
      Set.of(
          "share",
          "share_low",
          "share_high",
          "first_share",
          "last_share",
          "ad_share",
          "case_share",
          "survey_share",
          CorrectedShare.SHARE,
          CorrectedShare.LOW,
          CorrectedShare.HIGH);
  private static final Set<String> POINTS = Set.of("change");
  private static final Set<String> PVALUES = Set.of("q_value", "p_value");
  private static final Set<String> RATIOS = Set.of("rate_ratio", "rr_low", "rr_high");

  private final ReportTexts texts;
  private final NumberStyle numbers;

  CellText(ReportTexts texts) {
    this.texts = texts;
    this.numbers = new NumberStyle(texts.lang());
  }

  String text(TableData data, List<Object> row, String column, String figureFamily) {
    Object v = data.value(row, column);
    if ("suppressed".equals(column)) {
      return Boolean.TRUE.equals(v) ? texts.text("report.suppressed") : "";
    }
    if (v == null) {
      if (isSuppressed(data, row)) {
        return texts.text("report.suppressed");
      }
      // no corrected share for this category: the raw one stands in, marked, never a blank
      if (rawStandsIn(data, row, column)) {
        Object raw = data.value(row, CorrectedShare.RAW_SHARE);
        return CorrectedShare.SHARE.equals(column) && raw instanceof Number n
            ? texts.fill(
                "report.raw_shown", java.util.Map.of("share", numbers.percent(n.doubleValue())))
            : texts.text("report.raw_shown_mark");
      }
      return "";
    }
    if ("basis".equals(column) && texts.has("basis." + v)) {
      return texts.text("basis." + v);
    }
    if (CorrectedShare.STATUS.equals(column)) {
      String key = "correction." + v;
      return texts.has(key) ? texts.text(key) : v.toString();
    }
    if ("family".equals(column)) {
      return texts.familyLabel(v.toString());
    }
    if ("category".equals(column)) {
      String family =
          data.hasColumn("family") ? String.valueOf(data.value(row, "family")) : figureFamily;
      return texts.categoryLabel(family, v.toString());
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d)) {
        return "";
      }
      if (PERCENT.contains(column)) {
        return numbers.percent(d);
      }
      if (POINTS.contains(column)) {
        return numbers.percentagePoints(d);
      }
      if (PVALUES.contains(column)) {
        return numbers.pValue(d);
      }
      if (RATIOS.contains(column)) {
        return numbers.ratio(d);
      }
      return numbers.decimal(d, 2);
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short) {
      return numbers.integer(((Number) v).longValue());
    }
    return v.toString();
  }

  /** A corrected-share cell of a row whose category has no correction. */
  static boolean rawStandsIn(TableData data, List<Object> row, String column) {
    return (CorrectedShare.SHARE.equals(column)
            || CorrectedShare.LOW.equals(column)
            || CorrectedShare.HIGH.equals(column))
        && CorrectedShare.in(data)
        && CorrectedShare.uncorrected(data, row);
  }

  static boolean isNumeric(Object v) {
    return v instanceof Number;
  }

  static boolean isSuppressed(TableData data, List<Object> row) {
    return data.hasColumn("suppressed") && Boolean.TRUE.equals(data.value(row, "suppressed"));
  }
}
