package org.modus.reports.chart;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes one chart as PNG (for the PDF and quick viewing) and SVG (for print and editing). */
public final class ChartFiles {
  private ChartFiles() {}

  /**
   * A style value JFreeSVG writes as a float's every digit ("fill-opacity:0.18000000715255737",
   * "stroke-width:1.2000000476837158"), which no converter of its reaches: kept to hundredths.
   */
  private static final Pattern LONG_STYLE_NUMBER =
      Pattern.compile("((?:opacity|stroke-width|stroke-miterlimit):)([0-9]+\\.[0-9]{1,2})[0-9]+");

  public static void writePng(JFreeChart chart, Path file, int width, int height) {
    try {
      Files.createDirectories(file.getParent());
      ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /**
   * Writes the chart as SVG, byte for byte the same on every run, coordinates in hundredths of a
   * pixel: JFreeSVG's default prefix for the ids of clip paths and gradients is the clock's
   * nanoseconds, digits that differ per run and can spell, by chance, the digits of anything a
   * privacy scan looks for. The file's own name, unique in its folder, keeps ids apart where
   * several charts share a page.
   */
  public static void writeSvg(JFreeChart chart, Path file, int width, int height) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(defsKeyPrefix(file));
    // A hundredth of a pixel is finer than any screen or printer shows; JFreeSVG's default writes
    // every float in full ("1062.7083740234375"), thousands of long digit runs per chart that a
    // search for an identifier's digits finds by chance, and a file three times the size.
    DecimalFormat hundredths =
        new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    g.setGeomDoubleConverter(hundredths::format);
    g.setTransformDoubleConverter(hundredths::format);
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          LONG_STYLE_NUMBER.matcher(g.getSVGDocument()).replaceAll("$1$2"),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /** "_" and the file name's letters, digits and dashes: a valid XML id start, from no clock. */
  static String defsKeyPrefix(Path file) {
    Path name = file.getFileName();
    String stem = name == null ? "chart" : name.toString().replaceFirst("\\.svg$", "");
    return "_" + stem.replaceAll("[^A-Za-z0-9-]", "-") + "-";
  }
}
