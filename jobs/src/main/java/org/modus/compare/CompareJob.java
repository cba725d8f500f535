package org.modus.compare;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.modus.engine.RunContext;
import org.modus.engine.RunDir;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;
import org.modus.schemas.geo.Countries;
import org.modus.schemas.geo.Country;

/**
 * Harmonizes the run's sources onto countries (ISO3, UN M49 region), years and taxonomy ids and
 * compares them: {@code country_comparison} (per country x year x source x category: counts,
 * shares, rates per 100k, rank, change, coverage note) and {@code triangulation} (ad-, case- and
 * survey-based signals side by side and whether their directions agree). Every count passes
 * disclosure control (threshold {@code disclosure_threshold}, default 11) with secondary
 * suppression within each country x year x source x family; what was suppressed is recorded in the
 * manifest's {@code disclosure} section. Tables that are absent are skipped: the stage compares
 * what exists.
 *
 * <p>Example: {@code ./modus compare --run runs/r1}
 */
public final class CompareJob {
  private CompareJob() {}

  public static StageReport run(SparkSession spark, RunContext ctx) {
    RunDir run = ctx.runDir();
    CompareSettings settings = CompareSettings.load(ctx.config());
    int k = ctx.config().disclosureThreshold();
    List<String> warnings = new ArrayList<>();
    List<Dataset<Row>> parts = new ArrayList<>();
    if (Tables.exists(spark, run, "ads") && Tables.exists(spark, run, "ad_features")) {
      parts.add(
          CompareSources.ads(
              Tables.read(spark, run, "ads"),
              Tables.read(spark, run, "ad_features"),
              settings.excludedAdFamilies()));
    } else {
      warnings.add("no ads/ad_features tables: ads are not compared");
    }
    if (Tables.exists(spark, run, "cases") && Tables.exists(spark, run, "case_features")) {
      Dataset<Row> narrativeFeatures =
          Tables.exists(spark, run, "ad_features") ? Tables.read(spark, run, "ad_features") : null;
      parts.add(
          CompareSources.cases(
              Tables.read(spark, run, "cases"),
              Tables.read(spark, run, "case_features"),
              narrativeFeatures));
    }
    if (Tables.exists(spark, run, "aggregates")) {
      List<String> order = ctx.config().aggregates().stream().map(s -> s.name()).toList();
      parts.add(CompareSources.aggregates(Tables.read(spark, run, "aggregates"), settings, order));
    }
    Dataset<Row> survey =
        Tables.exists(spark, run, "survey_responses")
            ? Tables.read(spark, run, "survey_responses")
            : null;
    if (survey != null) {
      parts.add(CompareSources.survey(survey));
    }
    Dataset<Row> population = Population.load(spark, ctx, warnings);

    Dataset<Row> cells =
        parts.stream()
            .reduce(Dataset::unionByName)
            .orElseGet(() -> spark.createDataFrame(List.of(), CompareSources.CELL));
    Dataset<Row> suppressed = suppress(cells, k).cache();
    try {
      Dataset<Row> comparison = publish(suppressed, population, k, regions(spark)).cache();
      Map<String, Long> outputs = new LinkedHashMap<>();
      outputs.put(
          "country_comparison",
          Tables.write(
              comparison.drop("prev_share", "prev_consecutive"), run, "country_comparison"));
      Dataset<Row> likert = survey == null ? null : CompareSources.likertMeans(survey);
      Dataset<Row> tri = triangulate(comparison, likert, settings, k);
      outputs.put("triangulation", Tables.write(tri, run, "triangulation"));
      recordDisclosure(ctx, suppressed, k, settings.maxListedCells());
      if (likert != null) {
        // Likert means over fewer than k respondents are withheld from triangulation.
        ctx.manifest()
            .root()
            .with("disclosure")
            .with("tables")
            .putObject("triangulation")
            .put(
                "likert_means_withheld",
                likert.where(org.apache.spark.sql.functions.col("respondents").lt(k)).count());
      }
      comparison.unpersist();
      long rows = outputs.values().stream().mapToLong(Long::longValue).sum();
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("disclosure_threshold", k);
      return new StageReport(rows, rows, 0, outputs, warnings, details);
    } finally {
      suppressed.unpersist();
    }
  }

  /**
   * Runs disclosure control per country x period x source x family, in Spark, one group per call.
   */
  static Dataset<Row> suppress(Dataset<Row> cells, int k) {
    StructType schema = CompareSources.CELL;
    return cells
        .select(
            schema.fieldNames()[0],
            java.util.Arrays.copyOfRange(schema.fieldNames(), 1, schema.fieldNames().length))
        .groupByKey(new GroupKey(), Encoders.STRING())
        .flatMapGroups(new SuppressGroups(k, schema), Encoders.row(schema));
  }

  static final class GroupKey implements MapFunction<Row, String> {
    @Override
    public String call(Row r) {
      return r.getAs("country")
          + "|"
          + r.getAs("period")
          + "|"
          + r.getAs("source_kind")
          + "|"
          + r.getAs("family");
    }
  }

  /** Shares, bounds, rates, ranks, change and notes; suppressed cells keep no number. */
  static Dataset<Row> publish(
      Dataset<Row> s, Dataset<Row> population, int k, Dataset<Row> regions) {
    Column hidden = col("suppression").notEqual("none");
    Column totalHidden = col("suppression").equalTo("total");
    Column countMid =
        when(col("count_high").isNotNull(), col("count_low").plus(col("count_high")).divide(2));
    Column totalMid =
        when(col("total_high").isNotNull(), col("total_low").plus(col("total_high")).divide(2));
    Dataset<Row> d =
        s.withColumn("suppressed", hidden)
            .withColumn(
                "share",
                when(hidden.or(totalMid.isNull()).or(totalMid.leq(0)), lit(null))
                    .otherwise(countMid.divide(totalMid)))
            .withColumn(
                "share_low",
                when(hidden.or(col("total_high").isNull()).or(col("total_high").leq(0)), lit(null))
                    .otherwise(col("count_low").divide(col("total_high"))))
            .withColumn(
                "share_high",
                when(hidden.or(col("count_high").isNull()).or(col("total_low").leq(0)), lit(null))
                    .otherwise(least(lit(1.0), col("count_high").divide(col("total_low")))))
            .withColumn("total", when(totalHidden, lit(null)).otherwise(totalMid));
    if (population != null) {
      d =
          d.join(
                  population.select(
                      col("country"), col("year").cast("string").as("period"), col("population")),
                  new String[] {"country", "period"},
                  "left")
              .withColumn(
                  "rate_per_100k",
                  when(hidden.or(col("population").isNull()), lit(null))
                      .otherwise(countMid.divide(col("population")).multiply(100_000)))
              .drop("population");
    } else {
      d = d.withColumn("rate_per_100k", lit(null).cast("double"));
    }
    WindowSpec byCategory =
        Window.partitionBy("period", "source_kind", "family", "category")
            .orderBy(col("share").desc_nulls_last()); // equal shares share a rank
    WindowSpec series =
        Window.partitionBy("country", "source_kind", "family", "category").orderBy(col("period"));
    d =
        d.withColumn("rank", when(col("share").isNotNull(), rank().over(byCategory)))
            .withColumn("prev_share", lag(col("share"), 1).over(series))
            .withColumn(
                "prev_consecutive",
                lag(col("period"), 1)
                    .over(series)
                    .cast("int")
                    .plus(1)
                    .equalTo(col("period").cast("int")))
            .withColumn(
                "change", when(col("prev_consecutive"), col("share").minus(col("prev_share"))));
    Column unit =
        when(col("source_kind").equalTo("ads"), lit("ads"))
            .when(col("source_kind").equalTo("cases"), lit("case records"))
            .when(col("source_kind").equalTo("survey"), lit("respondents"))
            .otherwise(lit("detected victims (published total)"));
    Column totalText =
        when(col("total_low").equalTo(col("total_high")), format_number(col("total_low"), 0))
            .otherwise(
                concat(
                    lit("["),
                    format_number(col("total_low"), 0),
                    lit(", "),
                    coalesce(format_number(col("total_high"), 0), lit("unbounded")),
                    lit("]")));
    d =
        d.withColumn(
                "coverage_note",
                concat(
                    col("source_kind"),
                    lit(": "),
                    when(totalHidden, lit("fewer than " + k)).otherwise(totalText),
                    lit(" "),
                    unit,
                    lit(" from "),
                    col("source")))
            .withColumn("count_low", when(hidden, lit(null)).otherwise(col("count_low")))
            .withColumn("count_high", when(hidden, lit(null)).otherwise(col("count_high")))
            .withColumn("total_low", when(totalHidden, lit(null)).otherwise(col("total_low")))
            .withColumn("total_high", when(totalHidden, lit(null)).otherwise(col("total_high")));
    return d.join(regions, new String[] {"country"}, "left");
  }

  /** Ad-, case- and survey-based signals side by side per country x period x category. */
  static Dataset<Row> triangulate(
      Dataset<Row> comparison, Dataset<Row> likert, CompareSettings st, int k) {
    UserDefinedFunction direction =
        udf(
            (UDF3<Double, Double, Boolean, String>)
                (prev, cur, consecutive) ->
                    Boolean.TRUE.equals(consecutive)
                        ? Signals.direction(prev, cur, st.minRelativeChange())
                        : null,
            DataTypes.StringType);
    String[] keys = {"country", "period", "family", "category"};
    Dataset<Row> ads =
        side(comparison, "ads", direction)
            .withColumnRenamed("share", "ad_share")
            .withColumnRenamed("direction", "ad_direction");
    Dataset<Row> cases =
        side(comparison, "cases", direction)
            .withColumnRenamed("share", "case_share")
            .withColumnRenamed("direction", "case_direction");
    Dataset<Row> survey =
        comparison
            .where(col("source_kind").equalTo("survey"))
            .select(
                col("country"),
                col("period"),
                col("family"),
                col("category"),
                col("share").as("survey_share"));
    if (likert != null) {
      UserDefinedFunction likertDir =
          udf(
              (UDF1<Double, String>)
                  mean -> Signals.likertDirection(mean, 1, 5, st.likertUp(), st.likertDown()),
              DataTypes.StringType);
      // A mean over fewer than k respondents is not published: it would describe identifiable
      // bodies.
      Dataset<Row> dirs =
          likert
              .where(col("respondents").geq(k))
              .select(
                  col("country"),
                  col("period"),
                  col("family"),
                  col("category"),
                  likertDir.apply(col("mean")).as("survey_direction"));
      survey = survey.join(dirs, toSeq(keys), "full_outer");
    } else {
      survey = survey.withColumn("survey_direction", lit(null).cast("string"));
    }
    Dataset<Row> all =
        ads.join(cases, toSeq(keys), "full_outer").join(survey, toSeq(keys), "full_outer");
    UserDefinedFunction agreement =
        udf(
            (UDF1<scala.collection.immutable.Seq<String>, String>)
                dirs -> Signals.agreement(scala.jdk.javaapi.CollectionConverters.asJava(dirs)),
            DataTypes.StringType);
    Column sources =
        signal("ad_share", "ad_direction")
            .plus(signal("case_share", "case_direction"))
            .plus(signal("survey_share", "survey_direction"));
    return all.withColumn("sources", sources)
        .where(col("sources").gt(0))
        .withColumn(
            "agreement",
            agreement.apply(
                array(col("ad_direction"), col("case_direction"), col("survey_direction"))));
  }

  private static Column signal(String share, String direction) {
    return when(col(share).isNotNull().or(col(direction).isNotNull()), 1).otherwise(0);
  }

  private static Dataset<Row> side(
      Dataset<Row> comparison, String kind, UserDefinedFunction direction) {
    return comparison
        .where(col("source_kind").equalTo(kind))
        .select(
            col("country"),
            col("period"),
            col("family"),
            col("category"),
            col("share"),
            direction
                .apply(col("prev_share"), col("share"), col("prev_consecutive"))
                .as("direction"));
  }

  private static scala.collection.immutable.Seq<String> toSeq(String[] cols) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(cols)).toSeq();
  }

  static Dataset<Row> regions(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (Country c : Countries.get().all()) {
      rows.add(RowFactory.create(c.alpha3(), c.region()));
    }
    return spark.createDataFrame(
        rows,
        new StructType().add("country", DataTypes.StringType).add("region", DataTypes.StringType));
  }

  /**
   * The manifest's disclosure section: threshold, counts by kind of suppression, the cells by name.
   */
  static void recordDisclosure(RunContext ctx, Dataset<Row> suppressed, int k, int maxListed) {
    ObjectNode disclosure = ctx.manifest().root().with("disclosure");
    disclosure.put("threshold", k);
    disclosure.put(
        "rule",
        "primary: counts that may be 1.."
            + (k - 1)
            + "; secondary: within each country x "
            + "period x source x family, smallest further cells until at least two are hidden and they may not "
            + "sum below "
            + k
            + "; total: groups whose total is below "
            + k);
    ObjectNode table = disclosure.with("tables").putObject("country_comparison");
    // One small collect: the cells are country x year x source x category, thousands at most.
    List<Row> all =
        suppressed
            .select("country", "period", "source_kind", "family", "category", "suppression")
            .orderBy("country", "period", "source_kind", "family", "category")
            .collectAsList();
    table.put("cells", all.size());
    Map<String, Long> byKind = new java.util.TreeMap<>();
    all.forEach(r -> byKind.merge(r.getString(5), 1L, Long::sum));
    byKind.forEach(table::put);
    ArrayNode listed = table.putArray("suppressed_cells");
    List<Row> hidden = all.stream().filter(r -> !r.getString(5).equals("none")).toList();
    for (Row r : hidden.subList(0, Math.min(maxListed, hidden.size()))) {
      ObjectNode c = listed.addObject();
      for (int i = 0; i < 6; i++) {
        c.put(
            List.of("country", "period", "source_kind", "family", "category", "suppression").get(i),
            r.getString(i));
      }
    }
    table.put("suppressed_cells_truncated", hidden.size() > maxListed);
  }
}
