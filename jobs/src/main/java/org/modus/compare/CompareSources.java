package org.modus.compare;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.modus.extract.FeatureRows;

/**
 * Each source turned into comparison cells: one row per country x period (year) x taxonomy category
 * with its count and the total of the source for that country and period, both as intervals.
 */
final class CompareSources {
  /** The cell layout every source produces before disclosure control fills {@code suppression}. */
  static final StructType CELL =
      new StructType()
          .add("country", DataTypes.StringType, false)
          .add("period", DataTypes.StringType, false)
          .add("source_kind", DataTypes.StringType, false)
          .add("source", DataTypes.StringType, true)
          .add("family", DataTypes.StringType, false)
          .add("category", DataTypes.StringType, false)
          .add("count_low", DataTypes.DoubleType, false)
          .add("count_high", DataTypes.DoubleType, true)
          .add("total_low", DataTypes.DoubleType, true)
          .add("total_high", DataTypes.DoubleType, true)
          .add("suppression", DataTypes.StringType, true);

  private CompareSources() {}

  /**
   * Distinct ads with the category present (FeatureRows.present) per country x year x category,
   * over all ads with a country and a date.
   */
  static Dataset<Row> ads(
      Dataset<Row> ads, Dataset<Row> adFeatures, List<String> excludedFamilies) {
    Dataset<Row> located =
        ads.where(col("country").isNotNull().and(col("posted_at").isNotNull()))
            .select(
                col("ad_id"),
                col("source"),
                col("country"),
                year(col("posted_at")).cast("string").as("period"));
    Dataset<Row> features =
        adFeatures
            .where(
                col("doc_kind")
                    .equalTo("ad")
                    .and(FeatureRows.present())
                    .and(col("family").isin(excludedFamilies.toArray()).unary_$bang()))
            .select("ad_id", "family", "category")
            .distinct();
    return cells(located, features, "ad_id", "ads");
  }

  /**
   * Distinct cases per country of exploitation x year of registration x category, from the
   * structured case_features and from features the extraction stage found in case narratives.
   */
  static Dataset<Row> cases(
      Dataset<Row> cases, Dataset<Row> caseFeatures, Dataset<Row> adFeatures) {
    Dataset<Row> located =
        cases
            .where(col("country_exploitation").isNotNull().and(col("year").isNotNull()))
            .select(
                col("case_id"),
                col("source"),
                col("country_exploitation").as("country"),
                col("year").cast("string").as("period"));
    Dataset<Row> features = caseFeatures.select("case_id", "family", "category");
    if (adFeatures != null) {
      features =
          features.unionByName(
              adFeatures
                  .where(col("doc_kind").equalTo("case_narrative").and(FeatureRows.present()))
                  .select(col("ad_id").as("case_id"), col("family"), col("category")));
    }
    return cells(located, features.distinct(), "case_id", "cases");
  }

  private static Dataset<Row> cells(
      Dataset<Row> located, Dataset<Row> features, String id, String kind) {
    Dataset<Row> totals =
        located
            .groupBy("country", "period")
            .agg(
                countDistinct(id).cast("double").as("total_low"),
                concat_ws(", ", array_sort(collect_set(col("source")))).as("source"));
    Dataset<Row> counts =
        features
            .join(located.select(id, "country", "period"), id)
            .groupBy("country", "period", "family", "category")
            .agg(countDistinct(id).cast("double").as("count_low"));
    return counts
        .join(totals, new String[] {"country", "period"})
        .withColumn("count_high", col("count_low"))
        .withColumn("total_high", col("total_low"))
        .withColumn("source_kind", lit(kind))
        .withColumn("suppression", lit(null).cast("string"))
        .select(columns());
  }

  /**
   * Published aggregates: the configured indicator (detected victims) for both sexes and all ages,
   * by taxonomy category, with the published total (category "Total") or, when there is none, the
   * sum of the breakdown as an interval. Where several aggregate sources cover the same country and
   * year, the one listed first in the run config is used, so no country is counted twice (where
   * they disagree, ingest-aggregates lists the cells in {@code source_discrepancies}). Only country
   * rows are read.
   */
  static Dataset<Row> aggregates(Dataset<Row> agg, CompareSettings st, List<String> sourceOrder) {
    Column priority = lit(sourceOrder.size());
    for (int i = sourceOrder.size() - 1; i >= 0; i--) {
      priority = when(col("source").equalTo(sourceOrder.get(i)), lit(i)).otherwise(priority);
    }
    // Regional aggregates (geo_level subregion, region, world; country null) are not countries:
    // left out.
    Dataset<Row> chosen =
        agg.where(col("geo_level").equalTo("country").and(col("country").isNotNull()))
            .where(
                col("indicator_id")
                    .equalTo(st.indicatorId())
                    .and(col("sex").equalTo(st.sex()))
                    .and(col("age").isNull().or(col("age").equalTo(st.age())))
                    .and(col("value_low").isNotNull()))
            .withColumn("period", col("year").cast("string"))
            .withColumn("priority", priority)
            .withColumn("best", min("priority").over(Window.partitionBy("country", "period")))
            .where(col("priority").equalTo(col("best")));
    Column isTotal = lower(col("category_raw")).equalTo("total");
    Column highOrNull =
        when(count(when(col("value_high").isNull(), 1)).gt(0), lit(null))
            .otherwise(sum("value_high"));
    Dataset<Row> published =
        chosen
            .where(isTotal)
            .groupBy("country", "period")
            .agg(sum("value_low").as("pub_low"), highOrNull.as("pub_high"));
    Dataset<Row> summed =
        chosen
            .where(isTotal.unary_$bang())
            .groupBy("country", "period")
            .agg(
                sum("value_low").as("sum_low"),
                highOrNull.as("sum_high"),
                concat_ws(", ", array_sort(collect_set(col("source")))).as("source"));
    Dataset<Row> totals =
        summed
            .join(published, new String[] {"country", "period"}, "left")
            .withColumn(
                "total_low",
                when(col("pub_low").isNotNull(), col("pub_low")).otherwise(col("sum_low")))
            .withColumn(
                "total_high",
                when(col("pub_low").isNotNull(), col("pub_high")).otherwise(col("sum_high")))
            .select("country", "period", "total_low", "total_high", "source");
    Dataset<Row> counts =
        chosen
            .where(col("family").isNotNull().and(col("category").isNotNull()))
            .groupBy("country", "period", "family", "category")
            .agg(sum("value_low").as("count_low"), highOrNull.as("count_high"));
    return counts
        .join(totals, new String[] {"country", "period"})
        .withColumn("source_kind", lit("aggregates"))
        .withColumn("suppression", lit(null).cast("string"))
        .select(columns());
  }

  /**
   * Respondents per country x survey year who chose an answer mapped to a category (single or multi
   * questions), over the respondents of that country and year. Counts are unweighted respondents:
   * disclosure control is about how many bodies stand behind a figure.
   */
  static Dataset<Row> survey(Dataset<Row> responses) {
    Dataset<Row> located =
        responses
            .where(col("country").isNotNull().and(col("year").isNotNull()))
            .withColumn("period", col("year").cast("string"));
    Dataset<Row> totals =
        located
            .groupBy("country", "period")
            .agg(
                countDistinct("respondent_id").cast("double").as("total_low"),
                concat_ws(", ", array_sort(collect_set(col("survey")))).as("source"));
    Dataset<Row> counts =
        located
            .where(
                col("question_type")
                    .isin("single", "multi")
                    .and(col("family").isNotNull())
                    .and(col("category").isNotNull()))
            .groupBy("country", "period", "family", "category")
            .agg(countDistinct("respondent_id").cast("double").as("count_low"));
    return counts
        .join(totals, new String[] {"country", "period"})
        .withColumn("count_high", col("count_low"))
        .withColumn("total_high", col("total_low"))
        .withColumn("source_kind", lit("survey"))
        .withColumn("suppression", lit(null).cast("string"))
        .select(columns());
  }

  /** Weighted mean Likert answer per country x year x category, with the number of respondents. */
  static Dataset<Row> likertMeans(Dataset<Row> responses) {
    return responses
        .where(
            col("question_type")
                .equalTo("likert")
                .and(col("family").isNotNull())
                .and(col("country").isNotNull())
                .and(col("year").isNotNull())
                .and(col("numeric_value").isNotNull()))
        .groupBy(
            col("country"), col("year").cast("string").as("period"), col("family"), col("category"))
        .agg(
            sum(col("numeric_value").multiply(col("weight"))).divide(sum("weight")).as("mean"),
            countDistinct("respondent_id").as("respondents"));
  }

  private static Column[] columns() {
    List<Column> cols = new ArrayList<>();
    for (String f : CELL.fieldNames()) {
      cols.add(col(f).cast(CELL.apply(f).dataType()));
    }
    return cols.toArray(Column[]::new);
  }

  static Row cell(
      String country,
      String period,
      String kind,
      String source,
      String family,
      String category,
      double countLow,
      Double countHigh,
      Double totalLow,
      Double totalHigh) {
    return RowFactory.create(
        country, period, kind, source, family, category, countLow, countHigh, totalLow, totalHigh,
        null);
  }
}
