package org.modus.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.modus.reports.chart.ChartBuilder;
import org.modus.reports.chart.ChartFiles;
import org.modus.reports.csv.SafeCsv;
import org.modus.reports.html.HtmlRenderer;
import org.modus.reports.model.Figure;
import org.modus.reports.model.FigureKind;
import org.modus.reports.model.Headline;
import org.modus.reports.model.ReportModel;
import org.modus.reports.pdf.PdfRenderer;

/**
 * Writes a whole report folder from a model: {@code charts/<id>.png|svg}, {@code tables/<id>.csv},
 * {@code index.html}, {@code report.pdf} (rendered from that same HTML) and {@code figures.json}.
 */
public final class ReportWriter {
  public static final String HTML = "index.html";
  public static final String PDF = "report.pdf";
  public static final String FIGURES = "figures.json";

  private ReportWriter() {}

  public static List<Path> write(ReportModel model, Path dir) {
    ReportTexts texts = ReportTexts.of(model.lang());
    ChartBuilder charts = new ChartBuilder(texts);
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (Figure f : model.figures().toList()) {
        if (f.hasChart()) {
          JFreeChart chart = charts.build(f);
          // a headline's chart sits beside its sentence at a third of the page: drawn small, so
          // that
          // its lettering stays legible when scaled down
          boolean headline = Headline.isHeadlineFigure(f.id());
          int width = headline ? 620 : 900;
          int height = headline ? 220 : height(f);
          ChartFiles.writePng(chart, dir.resolve(f.png()), width, height);
          ChartFiles.writeSvg(chart, dir.resolve(f.svg()), width, height);
          written.add(dir.resolve(f.png()));
          written.add(dir.resolve(f.svg()));
        }
        SafeCsv.write(dir.resolve(f.csv()), f.data().columns(), f.data().rows());
        written.add(dir.resolve(f.csv()));
      }
      String html = new HtmlRenderer(texts).render(model);
      Files.writeString(dir.resolve(HTML), html, StandardCharsets.UTF_8);
      PdfRenderer.render(html, dir, dir.resolve(PDF));
      FiguresIndex.write(model, dir.resolve(FIGURES));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report to " + dir, e);
    }
    written.add(dir.resolve(HTML));
    written.add(dir.resolve(PDF));
    written.add(dir.resolve(FIGURES));
    return written;
  }

  private static int height(Figure f) {
    if (f.kind() == FigureKind.SMALL_MULTIPLES) {
      long panels =
          f.data().rows().stream()
              .map(r -> f.data().value(r, f.chart().panel()))
              .distinct()
              .count();
      return (int) Math.min(1400, 160 + 150 * Math.max(1, panels));
    }
    if (f.kind() == FigureKind.HEATMAP) {
      long rows =
          f.data().rows().stream().map(r -> f.data().value(r, f.chart().x())).distinct().count();
      return (int) Math.min(1400, 260 + 26 * Math.max(1, rows));
    }
    return 460;
  }
}
