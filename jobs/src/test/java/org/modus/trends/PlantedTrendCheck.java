package org.modus.trends;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.modus.engine.RunDir;
import org.modus.engine.Tables;
import org.modus.sample.PlantedTrend;

/**
 * Checks the stage's findings against the sample generator's ground truth: is every planted trend a
 * finding, and which findings were not planted? A finding is a trend_tests row with direction
 * increasing or decreasing, or an emerging_signals row with status emerging or declining (both mean
 * q below the configured FDR). A planted increasing/decreasing trend is recovered by a trend_tests
 * finding of that direction in its series; a planted emerging trend by an emerging signal there.
 *
 * <p>Findings that are not planted are split into related ones (by default: the same family and
 * category as some planted trend, e.g. the 'all' or region series that contain a planted country
 * series, which are true effects) and unrelated ones, the candidates for false discoveries.
 */
public final class PlantedTrendCheck {
  private PlantedTrendCheck() {}

  public record Finding(
      String table,
      String family,
      String category,
      String dimension,
      String dimensionValue,
      String direction,
      double qValue) {}

  public record Recovery(PlantedTrend planted, Finding evidence) {
    public boolean recovered() {
      return evidence != null;
    }
  }

  public record Outcome(
      List<Recovery> recoveries,
      List<Finding> relatedFindings,
      List<Finding> unrelatedFindings,
      int findings) {

    public boolean allRecovered() {
      return recoveries.stream().allMatch(Recovery::recovered);
    }

    public List<PlantedTrend> missed() {
      return recoveries.stream().filter(r -> !r.recovered()).map(Recovery::planted).toList();
    }

    /** Unrelated findings as a share of all findings: what the FDR bounds in expectation. */
    public double unrelatedShare() {
      return findings == 0 ? 0.0 : (double) unrelatedFindings.size() / findings;
    }
  }

  /** Same family and category as the planted trend, in any dimension. */
  public static final BiPredicate<PlantedTrend, Finding> SAME_CATEGORY =
      (p, f) -> p.family().equals(f.family()) && p.category().equals(f.category());

  public static Outcome check(List<PlantedTrend> planted, List<Finding> findings) {
    return check(planted, findings, SAME_CATEGORY);
  }

  public static Outcome check(
      List<PlantedTrend> planted,
      List<Finding> findings,
      BiPredicate<PlantedTrend, Finding> related) {
    List<Recovery> recoveries = new ArrayList<>();
    List<Finding> used = new ArrayList<>();
    for (PlantedTrend p : planted) {
      Finding evidence =
          findings.stream()
              .filter(f -> recovers(f, p))
              .min(Comparator.comparingDouble(Finding::qValue))
              .orElse(null);
      recoveries.add(new Recovery(p, evidence));
      if (evidence != null) {
        used.add(evidence);
      }
    }
    List<Finding> relatedFindings = new ArrayList<>();
    List<Finding> unrelated = new ArrayList<>();
    for (Finding f : findings) {
      if (used.contains(f)) {
        continue;
      }
      if (planted.stream().anyMatch(p -> related.test(p, f))) {
        relatedFindings.add(f);
      } else {
        unrelated.add(f);
      }
    }
    return new Outcome(recoveries, relatedFindings, unrelated, findings.size());
  }

  static boolean recovers(Finding f, PlantedTrend p) {
    boolean sameSeries =
        p.family().equals(f.family())
            && p.category().equals(f.category())
            && p.dimension().equals(f.dimension())
            && p.dimensionValue().equalsIgnoreCase(f.dimensionValue());
    if (!sameSeries) {
      return false;
    }
    return switch (p.direction()) {
      case "increasing", "decreasing" ->
          f.table().equals("trend_tests") && f.direction().equals(p.direction());
      case "emerging" -> f.table().equals("emerging_signals") && f.direction().equals("emerging");
      default ->
          throw new IllegalArgumentException(
              "planted trend direction must be increasing, "
                  + "decreasing or emerging, got '"
                  + p.direction()
                  + "' for "
                  + p);
    };
  }

  /** The findings in a run's trend_tests and emerging_signals tables. */
  public static List<Finding> findings(SparkSession spark, RunDir run) {
    return findings(
        Tables.read(spark, run, "trend_tests"), Tables.read(spark, run, "emerging_signals"));
  }

  public static List<Finding> findings(Dataset<Row> trendTests, Dataset<Row> emergingSignals) {
    List<Finding> out = new ArrayList<>();
    trendTests
        .filter(col("direction").isin("increasing", "decreasing"))
        .select("family", "category", "dimension", "dimension_value", "direction", "q_value")
        .collectAsList()
        .forEach(
            r ->
                out.add(
                    new Finding(
                        "trend_tests",
                        r.getString(0),
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getDouble(5))));
    emergingSignals
        .filter(col("status").isin("emerging", "declining"))
        .select("family", "category", "dimension", "dimension_value", "status", "q_value")
        .collectAsList()
        .forEach(
            r ->
                out.add(
                    new Finding(
                        "emerging_signals",
                        r.getString(0),
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getDouble(5))));
    return out;
  }

  public static Outcome check(List<PlantedTrend> planted, SparkSession spark, RunDir run) {
    return check(planted, findings(spark, run));
  }
}
