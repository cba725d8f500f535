package org.modus.trends;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.modus.extract.FeatureRows;
import org.modus.stats.Wilson;

/**
 * The counting half of the trends stage, in Spark SQL: one cell per category x period x dimension
 * value, zero-count periods included, and the published form of those cells.
 */
public final class TrendCells {
  private static final String[] CELL_KEY = {
    "family", "category", "dimension", "dimension_value", "period_start"
  };

  /** A {@link MisclassificationCorrection.Estimate} as a Spark struct. */
  private static final StructType CORRECTION =
      new StructType()
          .add("status", DataTypes.StringType, false)
          .add("share", DataTypes.DoubleType)
          .add("low", DataTypes.DoubleType)
          .add("high", DataTypes.DoubleType);

  private TrendCells() {}

  /**
   * Unsuppressed cells: family, category, dimension, dimension_value, period_start, period,
   * period_index, count (ads with the category present: not negated, not overruled), total (ads in
   * the period and dimension value). Ads without posted_at are left out (the caller counts them);
   * an ad with no country is in the 'all' series but in no country series, and likewise for region
   * and site.
   *
   * <p>Every category counted in some cell (seen in a dated ad with a value for some dimension;
   * every dated ad has one for 'all') gets a cell for every (dimension value, period) that has ads,
   * by a cross join of those categories with the totals, so that a period where the category is
   * absent is a 0 in the series rather than a gap.
   */
  public static Dataset<Row> compute(
      Dataset<Row> ads, Dataset<Row> features, PeriodKind period, List<String> dimensions) {
    Dataset<Row> dated =
        ads.filter(col("posted_at").isNotNull())
            .select(
                col("ad_id"),
                period.start(col("posted_at")).as("period_start"),
                col("source"),
                col("site"),
                col("country"),
                col("region"));
    Dataset<Row> adDimensions = null;
    for (String d : dimensions) {
      Column value = d.equals("all") ? lit("all") : col(d);
      Dataset<Row> one =
          dated
              .filter(value.isNotNull())
              .select(
                  col("ad_id"),
                  col("period_start"),
                  lit(d).as("dimension"),
                  value.as("dimension_value"));
      adDimensions = adDimensions == null ? one : adDimensions.unionByName(one);
    }
    // ad_id is unique in ads (ingest collapses duplicates), so an ad has one row per dimension here
    // and one per category in present: plain counts are counts of distinct ads, and far cheaper
    // (partial aggregation shrinks millions of rows to the cells before the shuffle).
    Dataset<Row> totals =
        adDimensions
            .groupBy("dimension", "dimension_value", "period_start")
            .agg(count(lit(1)).as("total"));
    Dataset<Row> present =
        features
            .filter(col("doc_kind").equalTo("ad").and(FeatureRows.present()))
            .select("ad_id", "family", "category")
            .distinct();
    Dataset<Row> counts =
        present
            .join(adDimensions, "ad_id")
            .groupBy(CELL_KEY[0], CELL_KEY[1], CELL_KEY[2], CELL_KEY[3], CELL_KEY[4])
            .agg(count(lit(1)).as("count"))
            // a few thousand cells, read twice below: counted once instead of joining the ads twice
            .localCheckpoint();
    Dataset<Row> categories = counts.select("family", "category").distinct();
    return categories
        .crossJoin(totals)
        .join(counts, CELL_KEY, "left")
        .select(
            col("family"),
            col("category"),
            col("dimension"),
            col("dimension_value"),
            col("period_start"),
            period.label(col("period_start")).as("period"),
            period.index(col("period_start")).cast("int").as("period_index"),
            coalesce(col("count"), lit(0L)).as("count"),
            col("total"));
  }

  /**
   * The published trends table: share and Wilson interval per cell, the share corrected for the
   * extractor's misclassification with its interval and status ({@link
   * MisclassificationCorrection}), then primary suppression through {@link PrimarySuppression}: a
   * hidden cell has count, share, interval and corrected share and interval null, suppressed true
   * (the corrected share with the published Se and Sp would give the count back). The status stays:
   * it depends on the category's evaluation only, never on the cell.
   */
  public static Dataset<Row> published(
      Dataset<Row> cells, int disclosureThreshold, MisclassificationCorrection correction) {
    Column hidden = col("suppressed");
    Column nullDouble = lit(null).cast("double");
    UserDefinedFunction corrected =
        udf(
            (UDF4<String, String, Long, Long, Row>)
                (family, category, count, total) -> {
                  MisclassificationCorrection.Estimate e =
                      correction.estimate(family, category, count, total);
                  return RowFactory.create(e.status(), e.share(), e.low(), e.high());
                },
            CORRECTION);
    return cells
        .withColumn("suppressed", PrimarySuppression.hides(col("count"), disclosureThreshold))
        .withColumn("share", when(hidden, nullDouble).otherwise(col("count").divide(col("total"))))
        .withColumn(
            "share_low",
            when(hidden, nullDouble).otherwise(WilsonColumns.low(col("count"), col("total"))))
        .withColumn(
            "share_high",
            when(hidden, nullDouble).otherwise(WilsonColumns.high(col("count"), col("total"))))
        .withColumn(
            "correction",
            corrected.apply(col("family"), col("category"), col("count"), col("total")))
        .withColumn("corrected_share", when(hidden, nullDouble).otherwise(col("correction.share")))
        .withColumn("corrected_low", when(hidden, nullDouble).otherwise(col("correction.low")))
        .withColumn("corrected_high", when(hidden, nullDouble).otherwise(col("correction.high")))
        .withColumn("correction_status", col("correction.status"))
        .drop("correction")
        .withColumn("count", when(hidden, lit(null).cast("long")).otherwise(col("count")));
  }

  /** Wilson bounds as Spark columns, delegating to {@link Wilson}. */
  static final class WilsonColumns {
    private static final UserDefinedFunction LOW =
        udf((UDF2<Long, Long, Double>) Wilson::low, DataTypes.DoubleType);
    private static final UserDefinedFunction HIGH =
        udf((UDF2<Long, Long, Double>) Wilson::high, DataTypes.DoubleType);

    private WilsonColumns() {}

    static Column low(Column count, Column total) {
      return LOW.apply(count, total);
    }

    static Column high(Column count, Column total) {
      return HIGH.apply(count, total);
    }
  }
}
