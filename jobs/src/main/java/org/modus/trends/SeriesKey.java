package org.modus.trends;

import java.util.Comparator;

/** Identifies a series: a category in one dimension value, over periods. */
public record SeriesKey(String family, String category, String dimension, String dimensionValue) {
  static final Comparator<SeriesKey> ORDER =
      Comparator.comparing(SeriesKey::family)
          .thenComparing(SeriesKey::category)
          .thenComparing(SeriesKey::dimension)
          .thenComparing(SeriesKey::dimensionValue);
}
