package org.modus.evaluate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.modus.engine.ModusException;
import org.modus.engine.Pseudonymizer;
import org.modus.engine.RunDir;
import org.modus.engine.Tables;
import org.modus.extract.FeatureRows;
import org.modus.reports.csv.SafeCsv;

/**
 * Joins a corpus's own labels to a run, through {@code ad_sources} (the corpus's record ids) to
 * {@code ad_scores} and {@code ad_features}, and writes to {@code DIR/evaluation/}: ROC and
 * precision-recall curves of each score (CSV, PNG, SVG), AUC with a bootstrap interval and average
 * precision ({@code summary.json}), and the lift of each extracted category ({@code lift.csv}).
 * Every label row is accounted for: scored, its record quarantined, or matched to no record of the
 * source.
 */
public final class ScoreEvaluation {
  /** The scores of {@code ad_scores} evaluated, by column. */
  public static final List<String> SCORES =
      List.of("deceptive_recruitment_score", "ad_indicator_score");

  public static final String FOLDER = "evaluation";
  private static final StructType LABELS =
      new StructType()
          .add("label_row", DataTypes.LongType, false)
          .add("candidate_id", DataTypes.StringType, false)
          .add("positive", DataTypes.BooleanType, false);

  /** What became of the labels, and the figures per score. */
  public record Summary(Map<String, Object> fields) {
    @SuppressWarnings("unchecked")
    public Map<String, Object> score(String column) {
      return (Map<String, Object>) ((Map<String, Object>) fields.get("scores")).get(column);
    }
  }

  private ScoreEvaluation() {}

  /**
   * @param key the run's pseudonymization key, or null: without it only plain source ids match (ids
   *     that ingest pseudonymized, such as ids holding a phone number, need the key)
   */
  public static Summary run(
      SparkSession spark,
      RunDir run,
      LabelFile.Labels labels,
      String labelFile,
      String source,
      Pseudonymizer key,
      EvaluationSettings settings) {
    for (String t : List.of("ad_sources", "ad_scores")) {
      if (!Tables.exists(spark, run, t)) {
        throw new ModusException(
            "No table "
                + t
                + " in "
                + run.root()
                + ": run ingest-ads (which writes "
                + "ad_sources) and extract (ad_scores) first"
                + (t.equals("ad_sources")
                    ? "; runs ingested before ad_sources existed need ingest-ads again"
                    : ""));
      }
    }
    Dataset<Row> sources = Tables.read(spark, run, "ad_sources");
    String chosen = chooseSource(sources, source);
    List<Row> candidates = new ArrayList<>();
    for (LabelFile.Label l : labels.labels()) {
      candidates.add(RowFactory.create(l.row(), l.id(), l.positive()));
      if (key != null) {
        candidates.add(
            RowFactory.create(l.row(), "id-" + key.pseudonym("ad_id", l.id()), l.positive()));
      }
    }
    Dataset<Row> features =
        Tables.exists(spark, run, "ad_features")
            ? Tables.read(spark, run, "ad_features")
                .filter(col("doc_kind").equalTo("ad").and(FeatureRows.present()))
                .groupBy("ad_id")
                .agg(collect_set(concat_ws("/", col("family"), col("category"))).as("categories"))
            : null;
    Dataset<Row> matched =
        spark
            .createDataFrame(candidates, LABELS)
            .join(
                sources
                    .filter(col("source").equalTo(chosen))
                    .select("record_id", "ad_id", "status", "reason"),
                col("candidate_id").equalTo(col("record_id")))
            .join(
                Tables.read(spark, run, "ad_scores").filter(col("doc_kind").equalTo("ad")),
                new String[] {"ad_id"},
                "left");
    if (features != null) {
      matched = matched.join(features, new String[] {"ad_id"}, "left");
    }
    Dataset<Row> ads = Tables.exists(spark, run, "ads") ? Tables.read(spark, run, "ads") : null;
    boolean withMetadata =
        ads != null && java.util.Arrays.asList(ads.columns()).contains("metadata");
    if (withMetadata) {
      matched = matched.join(ads.select("ad_id", "metadata"), new String[] {"ad_id"}, "left");
    }
    Map<Long, Row> byRow = new TreeMap<>();
    for (Row r : matched.collectAsList()) {
      byRow.putIfAbsent(r.<Long>getAs("label_row"), r);
    }

    Map<String, Long> outcome = new TreeMap<>();
    Map<String, Long> quarantined = new TreeMap<>();
    List<ScoreCurves.Scored>[] perScore = newLists(SCORES.size());
    List<CategoryLift.Labelled> forLift = new ArrayList<>();
    for (Row r : byRow.values()) {
      String status = r.getAs("status");
      if (status.equals("quarantined")) {
        quarantined.merge(r.<String>getAs("reason"), 1L, Long::sum);
        continue;
      }
      if (r.getAs(SCORES.get(0)) == null) {
        outcome.merge("ad_not_scored", 1L, Long::sum);
        continue;
      }
      outcome.merge("scored_" + status, 1L, Long::sum);
      boolean positive = r.getAs("positive");
      for (int i = 0; i < SCORES.size(); i++) {
        perScore[i].add(new ScoreCurves.Scored(positive, r.<Double>getAs(SCORES.get(i))));
      }
      Set<String> categories = new java.util.HashSet<>();
      if (features != null && r.getAs("categories") != null) {
        categories.addAll(
            scala.jdk.javaapi.CollectionConverters.asJava(
                r.<scala.collection.Seq<String>>getAs("categories")));
      }
      if (withMetadata && !r.isNullAt(r.fieldIndex("metadata"))) {
        categories.addAll(flagSignals(r.<String, String>getJavaMap(r.fieldIndex("metadata"))));
      }
      forLift.add(new CategoryLift.Labelled(positive, categories));
    }
    long unmatched = labels.labels().size() - byRow.size();
    boolean pseudonymizedIds =
        unmatched > 0
            && key == null
            && !sources
                .filter(col("source").equalTo(chosen).and(col("record_id").startsWith("id-")))
                .isEmpty();

    Path out = Path.of(run.root(), FOLDER);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("labels", labelFile);
    summary.put("source", chosen);
    summary.put("label_rows_read", labels.rowsRead());
    summary.put("label_rows_left_out", labels.leftOut());
    if (!labels.unreadValues().isEmpty()) {
      summary.put("label_values_not_understood", labels.unreadValues());
    }
    summary.put("labels_usable", labels.labels().size());
    summary.put("matched", outcome);
    summary.put("matched_quarantined", quarantined);
    summary.put("unmatched", unmatched);
    if (pseudonymizedIds) {
      summary.put(
          "unmatched_hint",
          "ingest-ads pseudonymized some record ids of this source; give the run's key "
              + "(MODUS_KEY or --key-file) so labels can match them");
    }
    Map<String, Object> scores = new LinkedHashMap<>();
    for (int i = 0; i < SCORES.size(); i++) {
      scores.put(
          SCORES.get(i), writeCurves(out, SCORES.get(i), ScoreCurves.of(perScore[i]), settings));
    }
    summary.put("scores", scores);
    summary.put(
        "bootstrap",
        Map.of(
            "resamples",
            settings.bootstrapResamples(),
            "seed",
            settings.seed(),
            "confidence",
            settings.confidence(),
            "method",
            "stratified percentile bootstrap (pROC default)"));
    writeLift(out.resolve("lift.csv"), CategoryLift.of(forLift));
    writeJson(out.resolve("summary.json"), summary);
    return new Summary(summary);
  }

  /**
   * The yes/no metadata of an ad as lift rows ("metadata/remote=true"): signals that are no
   * taxonomy category, whose worth a researcher can judge here on their own labels.
   */
  static List<String> flagSignals(Map<String, String> metadata) {
    List<String> out = new ArrayList<>();
    for (String f : org.modus.ads.ColumnMapping.FLAG_FIELDS) {
      if (metadata.get(f) != null) {
        out.add("metadata/" + f + "=" + metadata.get(f));
      }
    }
    return out;
  }

  private static String chooseSource(Dataset<Row> sources, String source) {
    List<String> names =
        sources.select("source").distinct().orderBy("source").collectAsList().stream()
            .map(r -> r.getString(0))
            .toList();
    if (source != null) {
      if (!names.contains(source)) {
        throw new ModusException(
            "No ad source '" + source + "' in this run; its sources are " + names);
      }
      return source;
    }
    if (names.size() != 1) {
      throw new ModusException(
          "This run has "
              + names.size()
              + " ad sources "
              + names
              + "; say which one the "
              + "labels belong to with --source NAME");
    }
    return names.get(0);
  }

  private static Map<String, Object> writeCurves(
      Path out, String column, ScoreCurves curves, EvaluationSettings settings) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("positives", curves.positives());
    s.put("negatives", curves.negatives());
    if (!curves.defined()) {
      s.put("auc", null);
      s.put(
          "note",
          "both classes are needed for a curve: "
              + curves.positives()
              + " positive and "
              + curves.negatives()
              + " negative records were scored");
      return s;
    }
    ScoreCurves.AucInterval ci =
        curves.bootstrapAuc(settings.bootstrapResamples(), settings.seed(), settings.confidence());
    s.put("auc", round(curves.auc()));
    s.put("auc_low", round(ci.low()));
    s.put("auc_high", round(ci.high()));
    s.put("average_precision", round(curves.averagePrecision()));
    s.put(
        "positive_rate",
        round((double) curves.positives() / (curves.positives() + curves.negatives())));
    String name = column.replace("_score", "");
    List<List<?>> roc = new ArrayList<>();
    curves
        .roc()
        .forEach(
            p ->
                roc.add(
                    List.of(
                        threshold(p.threshold()), p.falsePositiveRate(), p.truePositiveRate())));
    SafeCsv.write(
        out.resolve("roc-" + name + ".csv"),
        List.of("threshold", "false_positive_rate", "true_positive_rate"),
        roc);
    List<List<?>> pr = new ArrayList<>();
    curves
        .precisionRecall()
        .forEach(p -> pr.add(List.of(threshold(p.threshold()), p.recall(), p.precision())));
    SafeCsv.write(
        out.resolve("pr-" + name + ".csv"), List.of("threshold", "recall", "precision"), pr);
    EvaluationCharts.write(out, name, curves, s, settings.confidence());
    return s;
  }

  private static Object threshold(double t) {
    return Double.isInfinite(t) ? "inf" : t;
  }

  private static void writeLift(Path file, List<CategoryLift.Row> rows) {
    List<List<?>> cells = new ArrayList<>();
    for (CategoryLift.Row r : rows) {
      cells.add(
          List.of(
              r.category(),
              r.records(),
              r.positives(),
              round(r.positiveRate()),
              round(r.lift()),
              round(r.liftLow()),
              round(r.liftHigh()),
              round(r.recall())));
    }
    SafeCsv.write(
        file,
        List.of(
            "category",
            "records",
            "positives",
            "positive_rate",
            "lift",
            "lift_low",
            "lift_high",
            "recall"),
        cells);
  }

  private static void writeJson(Path file, Map<String, Object> summary) {
    try {
      Files.createDirectories(file.getParent());
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(file.toFile(), summary);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  @SuppressWarnings("unchecked")
  private static List<ScoreCurves.Scored>[] newLists(int n) {
    List<ScoreCurves.Scored>[] lists = new List[n];
    for (int i = 0; i < n; i++) {
      lists[i] = new ArrayList<>();
    }
    return lists;
  }
}
