package org.modus.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.modus.schemas.ModusResources;

/** The compare stage's thresholds, from {@code data-schemas/config/compare.properties}. */
public record CompareSettings(double minRelativeChange, double likertUp, double likertDown,
    String indicatorId, String sex, String age, int maxListedCells) implements Serializable {

  public static CompareSettings load() {
    Properties p = new Properties();
    try (InputStream in = ModusResources.open("config/compare.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CompareSettings(
        Double.parseDouble(p.getProperty("direction.min_relative_change")),
        Double.parseDouble(p.getProperty("likert.up")),
        Double.parseDouble(p.getProperty("likert.down")),
        p.getProperty("aggregates.indicator_id"),
        p.getProperty("aggregates.sex"),
        p.getProperty("aggregates.age"),
        Integer.parseInt(p.getProperty("manifest.max_listed_cells")));
  }
}
