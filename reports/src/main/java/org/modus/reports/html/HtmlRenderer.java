package org.modus.reports.html;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modus.reports.ReportTexts;
import org.modus.reports.model.CorrectedShare;
import org.modus.reports.model.Figure;
import org.modus.reports.model.Finding;
import org.modus.reports.model.Headline;
import org.modus.reports.model.ReportModel;
import org.modus.reports.model.Section;
import org.modus.reports.model.TableData;

/**
 * Renders the report model to one HTML page with the Pebble template {@code report.peb}. Every
 * value goes through Pebble's HTML auto-escaping; no markup is assembled in Java.
 */
public final class HtmlRenderer {
  /** Rows of a table shown in the page; the CSV always holds all of them. */
  public static final int MAX_ROWS_SHOWN = 60;

  private static final PebbleEngine ENGINE =
      new PebbleEngine.Builder()
          .loader(classpathLoader())
          .autoEscaping(true)
          .defaultEscapingStrategy("html")
          .strictVariables(true)
          .newLineTrimming(false)
          .build();

  private final ReportTexts texts;
  private final CellText cells;

  public HtmlRenderer(ReportTexts texts) {
    this.texts = texts;
    this.cells = new CellText(texts);
  }

  private static ClasspathLoader classpathLoader() {
    ClasspathLoader loader = new ClasspathLoader(HtmlRenderer.class.getClassLoader());
    loader.setPrefix("org/modus/reports/templates");
    loader.setSuffix(".peb");
    return loader;
  }

  /** A table cell as the template sees it. */
  public record Cell(String text, boolean numeric, boolean suppressed) {}

  /** A figure as the template sees it: captions, file links and the table's visible rows. */
  public record FigureView(
      int number,
      String id,
      String title,
      boolean chart,
      String alt,
      String png,
      String svg,
      String csv,
      List<String> headers,
      List<List<Cell>> rows,
      String rowsNote,
      List<String> footnotes) {}

  public record SectionView(
      String id,
      String heading,
      List<String> paragraphs,
      List<String> notes,
      List<FigureView> figures) {}

  /** A headline of the summary with the chart beside it (a figure of the annex, by its number). */
  public record HeadlineView(int rank, String text, String png, String alt, String figureNote) {}

  /** A finding of the annex and, when one tells it, the headline that does. */
  public record FindingView(int rank, String text, String headlineNote) {}

  public String render(ReportModel model) {
    List<SectionView> sections = new ArrayList<>();
    int number = 0;
    for (Section s : model.sections()) {
      List<FigureView> figures = new ArrayList<>();
      for (Figure f : s.figures()) {
        figures.add(view(++number, f));
      }
      sections.add(new SectionView(s.id(), s.heading(), s.paragraphs(), s.notes(), figures));
    }
    Map<String, FigureView> byId = new HashMap<>();
    sections.forEach(sv -> sv.figures().forEach(f -> byId.put(f.id(), f)));
    List<HeadlineView> headlines = new ArrayList<>();
    for (Headline h : model.headlines()) {
      FigureView chart = byId.get(h.figureId());
      headlines.add(
          new HeadlineView(
              h.rank(),
              h.text(),
              chart.chart() ? chart.png() : null,
              chart.alt(),
              texts.fill("headlines.figure", Map.of("number", chart.number()))));
    }
    List<FindingView> findings = new ArrayList<>();
    for (Finding f : model.findings()) {
      int headline = model.headlineOf(f.rank());
      findings.add(
          new FindingView(
              f.rank(),
              f.text(),
              headline == 0 ? null : texts.fill("findings.in_headline", Map.of("rank", headline))));
    }
    Map<String, Object> context = new HashMap<>();
    context.put("model", model);
    context.put("sections", sections);
    context.put("headlines", headlines);
    context.put("findings", findings);
    context.put("t", textsFor(model));
    PebbleTemplate template = ENGINE.getTemplate("report");
    StringWriter out = new StringWriter();
    try {
      template.evaluate(out, context);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private Map<String, String> textsFor(ReportModel model) {
    Map<String, String> t = new HashMap<>();
    for (String key : texts.keys()) {
      if (key.startsWith("report.")
          || key.startsWith("findings.")
          || key.startsWith("headlines.")) {
        t.put(key.replace('.', '_'), texts.text(key));
      }
    }
    return t;
  }

  /**
   * The footnote of a table in which some category has no corrected share, naming why (its
   * correction status), so that the raw share standing in for it is never taken for a corrected
   * one.
   */
  private List<String> rawShownNote(TableData data) {
    if (!CorrectedShare.in(data)) {
      return List.of();
    }
    List<String> reasons =
        data.rows().stream()
            .filter(r -> CorrectedShare.uncorrected(data, r))
            .map(r -> String.valueOf(data.value(r, CorrectedShare.STATUS)))
            .distinct()
            .sorted()
            .map(s -> texts.has("correction." + s) ? texts.text("correction." + s) : s)
            .toList();
    return reasons.isEmpty()
        ? List.of()
        : List.of(
            texts.fill("report.raw_shown_note", Map.of("reasons", String.join("; ", reasons))));
  }

  private FigureView view(int number, Figure f) {
    TableData data = f.data();
    List<String> headers = data.columns().stream().map(texts::column).toList();
    List<List<Cell>> rows = new ArrayList<>();
    for (List<Object> row : data.rows().subList(0, Math.min(MAX_ROWS_SHOWN, data.rows().size()))) {
      List<Cell> cellsOfRow = new ArrayList<>();
      for (int i = 0; i < data.columns().size(); i++) {
        String column = data.columns().get(i);
        Object v = row.get(i);
        boolean suppressedCell = v == null && CellText.isSuppressed(data, row);
        cellsOfRow.add(
            new Cell(
                cells.text(data, row, column, f.family()), CellText.isNumeric(v), suppressedCell));
      }
      rows.add(cellsOfRow);
    }
    String note =
        data.isEmpty()
            ? texts.text("report.no_rows")
            : data.rows().size() > MAX_ROWS_SHOWN
                ? texts.fill(
                    "report.rows_shown",
                    Map.of("shown", MAX_ROWS_SHOWN, "total", data.rows().size()))
                : null;
    return new FigureView(
        number,
        f.id(),
        f.title(),
        f.hasChart(),
        f.alt(),
        f.png(),
        f.svg(),
        f.csv(),
        headers,
        rows,
        note,
        rawShownNote(data));
  }
}
