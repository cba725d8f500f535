package org.modus.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.TexturePaint;
import java.awt.image.BufferedImage;
import org.jfree.chart.plot.DefaultDrawingSupplier;

/**
 * Series are told apart without colour: each has its own dash pattern and marker shape (lines) or
 * hatching (bars), on top of the Okabe-Ito palette, which stays distinct for colour-blind readers.
 */
final class SeriesStyle {
  private static final Color[] PALETTE = {
    new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
    new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442),
  };
  private static final float[][] DASHES = {
    null,
    {8f, 4f},
    {2f, 3f},
    {10f, 3f, 2f, 3f},
    {14f, 5f},
    {4f, 2f, 4f, 6f},
    {1f, 5f},
    {6f, 2f, 1f, 2f, 1f, 2f},
  };
  private static final Shape[] SHAPES = DefaultDrawingSupplier.createStandardSeriesShapes();

  private SeriesStyle() {}

  static Color color(int series) {
    return PALETTE[series % PALETTE.length];
  }

  static Color band(int series) {
    Color c = color(series);
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), 45);
  }

  /** The series colour mixed half with white: a raw share drawn beside its corrected one. */
  static Color pale(int series) {
    Color c = color(series);
    return new Color((c.getRed() + 255) / 2, (c.getGreen() + 255) / 2, (c.getBlue() + 255) / 2);
  }

  /**
   * Thin and short-dashed, unlike every corrected series' stroke: a raw share is told apart without
   * colour.
   */
  static Stroke rawStroke() {
    return new BasicStroke(
        1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3f, 3f}, 0f);
  }

  static Stroke stroke(int series) {
    float[] dash = DASHES[series % DASHES.length];
    return dash == null
        ? new BasicStroke(2f)
        : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }

  static Shape shape(int series) {
    return SHAPES[series % SHAPES.length];
  }

  /** A hatching pattern in the series colour: diagonal, cross, dots, horizontal, vertical, ... */
  static Paint hatch(int series) {
    int size = 10;
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    Color c = color(series);
    g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 70));
    g.fillRect(0, 0, size, size);
    g.setColor(c);
    g.setStroke(new BasicStroke(1.6f));
    switch (series % 6) {
      case 0 -> g.drawLine(0, size, size, 0);
      case 1 -> {
        g.drawLine(0, 0, size, size);
        g.drawLine(0, size, size, 0);
      }
      case 2 -> g.fillOval(3, 3, 4, 4);
      case 3 -> g.drawLine(0, size / 2, size, size / 2);
      case 4 -> g.drawLine(size / 2, 0, size / 2, size);
      default -> g.drawLine(0, 0, size, size);
    }
    g.dispose();
    return new TexturePaint(img, new Rectangle(0, 0, size, size));
  }
}
