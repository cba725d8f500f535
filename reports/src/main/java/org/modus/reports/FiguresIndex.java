package org.modus.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.modus.reports.model.Figure;
import org.modus.reports.model.Finding;
import org.modus.reports.model.Headline;
import org.modus.reports.model.ReportModel;

/**
 * {@code figures.json}: for each figure, its files and the exact SQL that produced its data, so that
 * a notebook can recompute it with {@code spark.sql(sql)} and get the CSV back; and the findings.
 * Paths are relative to the report folder. See docs/report.md for the contract.
 */
public final class FiguresIndex {
  public static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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
    return o;
  }

  public static void write(ReportModel model, Path file) {
    try {
      JSON.writeValue(file.toFile(), toJson(model));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
