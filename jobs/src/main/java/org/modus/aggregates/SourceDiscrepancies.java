package org.modus.aggregates;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Cells that two aggregate sources both publish (same country, year, indicator_id, sex, age and
 * breakdown) and on which they disagree beyond the tolerance of {@link SourceAgreement}. Compare
 * keeps the source listed first for a country and year; this table says where that choice hides a
 * disagreement. Only country rows with a value and a harmonized indicator are compared; the
 * breakdown is {@code total} (a published Total) or the taxonomy category, so an unmapped category
 * ("Other purposes") is never matched across sources.
 */
public final class SourceDiscrepancies {
  public static final String TABLE = "source_discrepancies";

  private SourceDiscrepancies() {}

  /**
   * Each pair of sources on one cell, earlier-listed source as {@code a}, with its gap and
   * tolerance.
   */
  public static Dataset<Row> pairs(
      Dataset<Row> aggregates, List<String> sourceOrder, SourceAgreement agreement) {
    Column priority = lit(sourceOrder.size());
    for (int i = sourceOrder.size() - 1; i >= 0; i--) {
      priority = when(col("source").equalTo(sourceOrder.get(i)), lit(i)).otherwise(priority);
    }
    Column isTotal = col("category_raw").isNull().or(lower(col("category_raw")).equalTo("total"));
    Dataset<Row> cells =
        aggregates
            .where(
                col("geo_level")
                    .equalTo("country")
                    .and(col("country").isNotNull())
                    .and(col("indicator_id").isNotNull())
                    .and(col("value_low").isNotNull()))
            .withColumn(
                "breakdown",
                when(isTotal, lit("total"))
                    .when(
                        col("category").isNotNull(),
                        concat_ws(":", col("family"), col("category"))))
            .where(col("breakdown").isNotNull())
            .withColumn("priority", priority)
            .select(
                "country",
                "year",
                "indicator_id",
                "sex",
                "age",
                "breakdown",
                "family",
                "category",
                "source",
                "priority",
                "category_raw",
                "value_low",
                "value_high");
    Dataset<Row> a = cells.alias("a");
    Dataset<Row> b = cells.alias("b");
    Column same =
        col("a.country")
            .equalTo(col("b.country"))
            .and(col("a.year").equalTo(col("b.year")))
            .and(col("a.indicator_id").equalTo(col("b.indicator_id")))
            .and(col("a.sex").eqNullSafe(col("b.sex")))
            .and(col("a.age").eqNullSafe(col("b.age")))
            .and(col("a.breakdown").equalTo(col("b.breakdown")))
            .and(
                col("a.priority")
                    .lt(col("b.priority"))
                    .or(
                        col("a.priority")
                            .equalTo(col("b.priority"))
                            .and(col("a.source").lt(col("b.source")))));
    UserDefinedFunction gap =
        udf(
            (UDF4<Double, Double, Double, Double, Double>)
                (la, ha, lb, hb) -> SourceAgreement.gap(la, ha, lb, hb),
            DataTypes.DoubleType);
    UserDefinedFunction tolerance =
        udf(
            (UDF4<Double, Double, Double, Double, Double>)
                (la, ha, lb, hb) -> agreement.tolerance(la, lb),
            DataTypes.DoubleType);
    Column[] values = {
      col("a.value_low"), col("a.value_high"), col("b.value_low"), col("b.value_high")
    };
    return a.join(b, same)
        .select(
            col("a.country").as("country"),
            col("a.year").as("year"),
            col("a.indicator_id").as("indicator_id"),
            col("a.sex").as("sex"),
            col("a.age").as("age"),
            col("a.breakdown").as("breakdown"),
            col("a.family").as("family"),
            col("a.category").as("category"),
            col("a.source").as("source_a"),
            col("a.category_raw").as("category_raw_a"),
            col("a.value_low").as("value_a_low"),
            col("a.value_high").as("value_a_high"),
            col("b.source").as("source_b"),
            col("b.category_raw").as("category_raw_b"),
            col("b.value_low").as("value_b_low"),
            col("b.value_high").as("value_b_high"),
            gap.apply(values).as("gap"),
            tolerance.apply(values).as("tolerance"),
            col("a.source").as("kept_source"));
  }

  /** The pairs that disagree: gap above tolerance. */
  public static Dataset<Row> disagreeing(Dataset<Row> pairs) {
    return pairs.where(col("gap").gt(col("tolerance")));
  }
}
