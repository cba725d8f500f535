package org.modus.extract;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.modus.engine.ModusException;
import org.modus.engine.RunContext;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;

/**
 * Extraction stage: reads {@code ads} (plus case narratives and survey free-text answers when those
 * tables exist), finds modus-operandi features with the lexicon and writes {@code ad_features} (one row
 * per cue found, negated ones included, with evidence) and {@code ad_scores} (one row per document).
 * CoreNLP runs tokenize+ssplit by default; {@code extract: {annotators: pos,lemma,ner}} in the run
 * config adds more (needs the models jar, see docs/extraction.md).
 *
 * <p>Example: {@code ./modus extract --run runs/r1}
 */
public final class ExtractJob {
  public static final String STAGE = "extract";
  static final String AD = "ad";
  static final String CASE = "case_narrative";
  static final String SURVEY = "survey_text";

  private ExtractJob() {}

  static final StructType FEATURE = new StructType(new StructField[] {
      DataTypes.createStructField("family", DataTypes.StringType, false),
      DataTypes.createStructField("category", DataTypes.StringType, false),
      DataTypes.createStructField("negated", DataTypes.BooleanType, false),
      DataTypes.createStructField("lexicon_entry", DataTypes.StringType, false),
      DataTypes.createStructField("language", DataTypes.StringType, false),
      DataTypes.createStructField("token_start", DataTypes.IntegerType, false),
      DataTypes.createStructField("token_end", DataTypes.IntegerType, false),
      DataTypes.createStructField("snippet", DataTypes.StringType, true),
      DataTypes.createStructField("weight", DataTypes.DoubleType, true)});

  static final StructType RESULT = new StructType(new StructField[] {
      DataTypes.createStructField("ad_id", DataTypes.StringType, false),
      DataTypes.createStructField("doc_kind", DataTypes.StringType, false),
      DataTypes.createStructField("deceptive_recruitment_score", DataTypes.DoubleType, false),
      DataTypes.createStructField("ad_indicator_score", DataTypes.DoubleType, false),
      DataTypes.createStructField("feature_count", DataTypes.IntegerType, false),
      DataTypes.createStructField("features", DataTypes.createArrayType(FEATURE, false), false)});

  public static StageReport run(SparkSession spark, RunContext ctx) {
    NlpOptions options = NlpOptions.fromConfig(ctx.config().extract());
    Lexicon lexicon = Lexicon.load();
    ScoreWeights weights = ScoreWeights.load();
    if (!options.extra().isEmpty()) {
      // Fail on the driver, before any task, when the models are missing.
      NlpPipelines.pipeline("en", options);
    }
    spark.sparkContext().setJobDescription("modus extract: lexicon " + lexicon.version());
    Dataset<Row> docs = documents(spark, ctx);
    int cores = spark.sparkContext().defaultParallelism();
    if (docs.rdd().getNumPartitions() < cores) {
      // A small ads table is one Parquet split; spread it so every core tokenizes.
      docs = docs.repartition(cores);
    }
    // Extraction is the expensive part: run it exactly once into staging and derive both tables from
    // that, rather than caching nested rows in executor memory.
    String staging = ctx.runDir().staging("extract-results-" + java.util.UUID.randomUUID());
    try {
      extract(docs, options).write().parquet(staging);
      Dataset<Row> results = spark.read().schema(RESULT).parquet(staging);
      long features = Tables.write(features(results), ctx.runDir(), "ad_features");
      long scores = Tables.write(scores(results), ctx.runDir(), "ad_scores");
      Map<String, Long> outputs = new LinkedHashMap<>();
      outputs.put("ad_features", features);
      outputs.put("ad_scores", scores);
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("lexicon_version", lexicon.version());
      details.put("score_weights", weights.version());
      details.put("annotators", options.annotatorList());
      details.put("documents_by_kind", countBy(Tables.read(spark, ctx.runDir(), "ad_scores"), "doc_kind"));
      details.putAll(featureCounts(Tables.read(spark, ctx.runDir(), "ad_features")));
      ctx.manifest().root().with("build").put("lexicon_version", lexicon.version());
      ctx.manifest().root().with("build").put("extract_annotators", options.annotatorList());
      return new StageReport(STAGE, scores, scores, 0, outputs, List.of(), details);
    } finally {
      deleteQuietly(spark, ctx, staging);
    }
  }

  private static void deleteQuietly(SparkSession spark, RunContext ctx, String path) {
    try {
      org.apache.hadoop.fs.FileSystem fs = ctx.runDir().fileSystem(spark.sparkContext().hadoopConfiguration());
      fs.delete(new org.apache.hadoop.fs.Path(path), true);
      org.apache.hadoop.fs.Path parent = new org.apache.hadoop.fs.Path(path).getParent();
      if (fs.exists(parent) && fs.listStatus(parent).length == 0) {
        fs.delete(parent, false);
      }
    } catch (java.io.IOException e) {
      // Staging is private to this stage; a leftover folder is harmless and named after the stage.
    }
  }

  /** Present features per family and the number of negated ones, in one pass over the written table. */
  private static Map<String, Object> featureCounts(Dataset<Row> features) {
    Map<String, Long> present = new java.util.TreeMap<>();
    long negated = 0;
    for (Row r : features.groupBy("family", "negated").count().collectAsList()) {
      if (r.getBoolean(1)) {
        negated += r.getLong(2);
      } else {
        present.put(r.getString(0), r.getLong(2));
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("features_by_family", present);
    out.put("negated_features", negated);
    return out;
  }

  private static Map<String, Long> countBy(Dataset<Row> data, String column) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Row r : data.groupBy(column).count().orderBy(column).collectAsList()) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }

  /** All documents to extract from, as (ad_id, doc_kind, language, text). */
  static Dataset<Row> documents(SparkSession spark, RunContext ctx) {
    List<Dataset<Row>> parts = new ArrayList<>();
    if (Tables.exists(spark, ctx.runDir(), "ads")) {
      parts.add(Tables.read(spark, ctx.runDir(), "ads")
          .select(col("ad_id"), lit(AD).as("doc_kind"), col("language"),
              concat_ws("\n", col("title"), col("text")).as("text")));
    }
    if (Tables.exists(spark, ctx.runDir(), "cases")) {
      parts.add(Tables.read(spark, ctx.runDir(), "cases")
          .filter(col("narrative").isNotNull())
          .select(col("case_id").as("ad_id"), lit(CASE).as("doc_kind"),
              lit(null).cast("string").as("language"), col("narrative").as("text")));
    }
    if (Tables.exists(spark, ctx.runDir(), "survey_responses")) {
      parts.add(Tables.read(spark, ctx.runDir(), "survey_responses")
          .filter(col("question_type").equalTo("text").and(col("answer").isNotNull()))
          .select(concat_ws(":", col("survey"), col("respondent_id"), col("question_id")).as("ad_id"),
              lit(SURVEY).as("doc_kind"), lit(null).cast("string").as("language"),
              col("answer").as("text")));
    }
    if (parts.isEmpty()) {
      throw new ModusException("Nothing to extract from in " + ctx.runDir().root() + ": none of the "
          + "tables ads, cases, survey_responses exists; run ingest-ads (or ingest-cases, ingest-survey) first.");
    }
    Dataset<Row> docs = parts.get(0);
    for (Dataset<Row> p : parts.subList(1, parts.size())) {
      docs = docs.unionByName(p);
    }
    return docs;
  }

  /** Runs the extractor over partitions; one output row per document with its features nested. */
  static Dataset<Row> extract(Dataset<Row> docs, NlpOptions options) {
    return docs.mapPartitions(new ExtractPartition(options,
        org.modus.engine.Progress.counter(docs.sparkSession().sparkContext())), Encoders.row(RESULT));
  }

  static Dataset<Row> features(Dataset<Row> results) {
    return results.select(col("ad_id"), col("doc_kind"), explode(col("features")).as("f"))
        .select(col("ad_id"), col("doc_kind"), col("f.family"), col("f.category"), col("f.negated"),
            col("f.lexicon_entry"), col("f.language"), col("f.token_start"), col("f.token_end"),
            col("f.snippet"), col("f.weight"));
  }

  static Dataset<Row> scores(Dataset<Row> results) {
    return results.select(col("ad_id"), col("doc_kind"), col("deceptive_recruitment_score"),
        col("ad_indicator_score"), col("feature_count"));
  }

  /**
   * The per-partition function: only the small options object travels; the lexicon, weights and
   * CoreNLP pipelines are built (once per JVM) where it runs.
   */
  static final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final NlpOptions options;
    private final org.apache.spark.util.LongAccumulator processed;

    ExtractPartition(NlpOptions options, org.apache.spark.util.LongAccumulator processed) {
      this.options = options;
      this.processed = processed;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
      DocumentExtractor extractor = Extractors.get(options);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return input.hasNext();
        }

        @Override
        public Row next() {
          Row doc = input.next();
          if (processed != null) {
            processed.add(1);
          }
          String lang = doc.isNullAt(2) ? null : doc.getString(2);
          if (lang == null || lang.isBlank()) {
            lang = LanguageGuess.guess(doc.isNullAt(3) ? "" : doc.getString(3), extractor.lexicon());
          }
          DocumentResult r = extractor.extract(lang, doc.isNullAt(3) ? "" : doc.getString(3));
          List<Row> fs = new ArrayList<>(r.features().size());
          for (ExtractedFeature f : r.features()) {
            fs.add(RowFactory.create(f.family(), f.category(), f.negated(), f.lexiconEntry(), f.language(),
                f.tokenStart(), f.tokenEnd(), f.snippet(), f.weight()));
          }
          return RowFactory.create(doc.getString(0), doc.getString(1), r.deceptiveRecruitmentScore(),
              r.adIndicatorScore(), r.featureCount(), scala.jdk.javaapi.CollectionConverters.asScala(fs).toSeq());
        }
      };
    }
  }

  /** One extractor per JVM and option set, built on first use inside a task. */
  static final class Extractors {
    private static final Map<NlpOptions, DocumentExtractor> BY_OPTIONS =
        new java.util.concurrent.ConcurrentHashMap<>();

    private Extractors() {}

    static DocumentExtractor get(NlpOptions options) {
      return BY_OPTIONS.computeIfAbsent(options,
          o -> new DocumentExtractor(Lexicon.load(), ScoreWeights.load(), o));
    }
  }
}
