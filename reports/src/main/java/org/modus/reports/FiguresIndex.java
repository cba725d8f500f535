package org.modus.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.modus.reports.model.CorrectedShare;
import org.modus.reports.model.Figure;
import org.modus.reports.model.Finding;
import org.modus.reports.model.Headline;
import org.modus.reports.model.ReportModel;
import org.modus.reports.model.TableData;

/**
 * {@code figures.json}: for each figure, its files and the exact SQL that produced its data, so
 * that a notebook can recompute it with {@code spark.sql(sql)} and get the CSV back; and the
 * findings. Paths are relative to the report folder. See docs/report.md for the contract.
 */
public final class FiguresIndex {
  public static final int VERSION = 1;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FiguresIndex() {}

  public static ObjectNode toJson(ReportModel model) {
    ObjectNode root = JSON.createObjectNode();
    root.put("report_version", VERSION);
    root.put("lang", model.lang());
    ArrayNode figures = root.putArray("figures");
    model.figures().forEach(f -> figures.add(figure(f)));
    ArrayNode headlines = root.putArray("headlines");
    for (Headline h : model.headlines()) {
      ObjectNode o = headlines.addObject();
      o.put("rank", h.rank());
      o.put("text", h.text());
      o.put("figure", h.figureId());
      o.put("family", h.family());
      o.put("category", h.category());
      ArrayNode covered = o.putArray("findings");
      h.findingRanks().forEach(covered::add);
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding f : model.findings()) {
      ObjectNode o = findings.addObject();
      o.put("rank", f.rank());
      o.put("text", f.text());
      o.put("family", f.family());
      o.put("category", f.category());
      o.put("dimension", f.dimension());
      o.put("dimension_value", f.dimensionValue());
      o.put("q_value", f.qValue());
      o.put("direction", f.direction());
      o.put("publishable", f.publishable());
    }
    return root;
  }

  private static ObjectNode figure(Figure f) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", f.id());
    o.put("section", f.section());
    o.put("title", f.title());
    o.put("kind", f.kind().id());
    o.put("png", f.png());
    o.put("svg", f.svg());
    o.put("csv", f.csv());
    o.put("alt", f.alt());
    o.put("sql", f.sql());
    ArrayNode tables = o.putArray("tables");
    f.tables().forEach(tables::add);
    ArrayNode columns = o.putArray("columns");
    f.data().columns().forEach(columns::add);
    o.put("rows", f.data().rows().size());
    if (CorrectedShare.in(f.data())) {
      shares(f.data(), o);
    }
    return o;
  }

  /**
   * Both shares of every row of a trends figure: which columns hold them, then per row its other
   * columns, {@code raw} (point, low, high: the share of ads in which the extractor found a cue,
   * Wilson interval) and {@code corrected} (point, low, high, status). Values hidden by disclosure
   * control, and the corrected values of a category that cannot be corrected, are null: never a
   * number in their place.
   */
  private static void shares(TableData data, ObjectNode o) {
    ObjectNode roles = o.putObject("shares");
    ObjectNode rawRoles = roles.putObject("raw");
    rawRoles.put("point", CorrectedShare.RAW_SHARE);
    rawRoles.put("low", CorrectedShare.RAW_LOW);
    rawRoles.put("high", CorrectedShare.RAW_HIGH);
    ObjectNode correctedRoles = roles.putObject("corrected");
    correctedRoles.put("point", CorrectedShare.SHARE);
    correctedRoles.put("low", CorrectedShare.LOW);
    correctedRoles.put("high", CorrectedShare.HIGH);
    correctedRoles.put("status", CorrectedShare.STATUS);
    List<String> shareColumns =
        List.of(
            CorrectedShare.RAW_SHARE,
            CorrectedShare.RAW_LOW,
            CorrectedShare.RAW_HIGH,
            CorrectedShare.SHARE,
            CorrectedShare.LOW,
            CorrectedShare.HIGH,
            CorrectedShare.STATUS);
    ArrayNode values = o.putArray("values");
    for (List<Object> row : data.rows()) {
      ObjectNode v = values.addObject();
      for (String column : data.columns()) {
        if (!shareColumns.contains(column)) {
          v.set(column, JSON.valueToTree(data.value(row, column)));
        }
      }
      ObjectNode raw = v.putObject("raw");
      raw.set("point", JSON.valueToTree(optional(data, row, CorrectedShare.RAW_SHARE)));
      raw.set("low", JSON.valueToTree(optional(data, row, CorrectedShare.RAW_LOW)));
      raw.set("high", JSON.valueToTree(optional(data, row, CorrectedShare.RAW_HIGH)));
      ObjectNode corrected = v.putObject("corrected");
      corrected.set("point", JSON.valueToTree(optional(data, row, CorrectedShare.SHARE)));
      corrected.set("low", JSON.valueToTree(optional(data, row, CorrectedShare.LOW)));
      corrected.set("high", JSON.valueToTree(optional(data, row, CorrectedShare.HIGH)));
      corrected.set("status", JSON.valueToTree(optional(data, row, CorrectedShare.STATUS)));
    }
  }

  private static Object optional(TableData data, List<Object> row, String column) {
    return data.hasColumn(column) ? data.value(row, column) : null;
  }

  public static void write(ReportModel model, Path file) {
    try {
      JSON.writeValue(file.toFile(), toJson(model));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
