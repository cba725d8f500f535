package org.modus.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.modus.stats.ConfidenceInterval;
import org.modus.stats.Wilson;

/**
 * Per category of the extractor, among labelled records: how many carry it, how many of those are
 * positive, and the lift, the positive rate among them over the positive rate of all labelled
 * records. A lift above 1 says the category points toward the label. The interval is the Wilson
 * interval of the positive rate among the records with the category, divided by the overall rate
 * (whose own sampling error, on all records, is left out). Pure: no Spark.
 */
public final class CategoryLift {
  /**
   * One labelled record and the categories (family/category) found in its ad, negated ones
   * excluded.
   */
  public record Labelled(boolean positive, Set<String> categories) {}

  public record Row(
      String category,
      long records,
      long positives,
      double positiveRate,
      double lift,
      double liftLow,
      double liftHigh,
      double recall) {}

  private CategoryLift() {}

  /** Categories in name order; none when there is no positive (no lift is defined). */
  public static List<Row> of(List<Labelled> labelled) {
    long total = labelled.size();
    long positives = labelled.stream().filter(Labelled::positive).count();
    if (total == 0 || positives == 0) {
      return List.of();
    }
    double base = (double) positives / total;
    Map<String, long[]> counts = new TreeMap<>();
    for (Labelled l : labelled) {
      for (String c : l.categories()) {
        long[] n = counts.computeIfAbsent(c, k -> new long[2]);
        n[0]++;
        n[1] += l.positive() ? 1 : 0;
      }
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach(
        (c, n) -> {
          double rate = (double) n[1] / n[0];
          ConfidenceInterval ci = Wilson.interval(n[1], n[0]);
          rows.add(
              new Row(
                  c,
                  n[0],
                  n[1],
                  rate,
                  rate / base,
                  ci.low() / base,
                  ci.high() / base,
                  (double) n[1] / positives));
        });
    return rows;
  }
}
