package org.modus.extract;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.modus.engine.Manifest;
import org.modus.engine.ModusException;
import org.modus.engine.RunConfig;
import org.modus.engine.RunContext;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;
import org.modus.schemas.Taxonomy;

/**
 * Extraction stage: reads {@code ads} (plus case narratives and survey free-text answers when those
 * tables exist), finds modus-operandi features with the lexicon and writes {@code ad_features} (one
 * row per cue found, negated ones included, with evidence) and {@code ad_scores} (one row per
 * document). CoreNLP runs tokenize+ssplit by default; {@code extract: {annotators: pos,lemma,ner}}
 * in the run config adds more (needs the models jar, see docs/extraction.md). {@code extract:
 * {classifier: bundled}} (or a model file) stacks the optional classifier on the rules' labels of
 * ads ({@link StackedClassifier}): rows it overrules stay, marked, and categories it adds get rows
 * of their own, each with its reason.
 *
 * <p>Example: {@code ./modus extract --run runs/r1}
 */
public final class ExtractJob {
  static final String AD = "ad";
  static final String CASE = "case_narrative";
  static final String SURVEY = "survey_text";
  static final List<String> DOC_KINDS = List.of(AD, CASE, SURVEY);

  /**
   * Where the stage's feature counts put a family the taxonomy does not have (the lexicon checks
   * keep it empty).
   */
  static final String OTHER_FAMILY = "other";

  /**
   * Names of the counts observed while the two tables are written (prefixes take a family or kind).
   */
  private static final String PRESENT_METRIC = "present:";

  private static final String NEGATED_METRIC = "negated";
  private static final String ADDED_METRIC = "classifier_added";
  private static final String OVERRULED_METRIC = "classifier_overruled";
  private static final String DOCUMENTS_METRIC = "documents:";

  /** Where the manifest's {@code build} block names the run's classifier. */
  private static final String MANIFEST_CLASSIFIER = "extract_classifier";

  private ExtractJob() {}

  static final StructType FEATURE =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("family", DataTypes.StringType, false),
            DataTypes.createStructField("category", DataTypes.StringType, false),
            DataTypes.createStructField("negated", DataTypes.BooleanType, false),
            DataTypes.createStructField("lexicon_entry", DataTypes.StringType, false),
            DataTypes.createStructField("language", DataTypes.StringType, false),
            DataTypes.createStructField("token_start", DataTypes.IntegerType, false),
            DataTypes.createStructField("token_end", DataTypes.IntegerType, false),
            DataTypes.createStructField("snippet", DataTypes.StringType, true),
            DataTypes.createStructField("weight", DataTypes.DoubleType, true),
            DataTypes.createStructField("overruled", DataTypes.BooleanType, false),
            DataTypes.createStructField("classifier", DataTypes.StringType, true)
          });

  static final StructType RESULT =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("ad_id", DataTypes.StringType, false),
            DataTypes.createStructField("doc_kind", DataTypes.StringType, false),
            DataTypes.createStructField("deceptive_recruitment_score", DataTypes.DoubleType, false),
            DataTypes.createStructField("ad_indicator_score", DataTypes.DoubleType, false),
            DataTypes.createStructField("feature_count", DataTypes.IntegerType, false),
            DataTypes.createStructField(
                "features", DataTypes.createArrayType(FEATURE, false), false)
          });

  public static StageReport run(SparkSession spark, RunContext ctx) {
    NlpOptions options = NlpOptions.fromConfig(ctx.config().extract());
    StackedClassifier classifier =
        StackedClassifier.fromConfig(ctx.config().extract()).orElse(null);
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
    // Extraction is the expensive part: it runs once, in the job that writes ad_features, and
    // ad_scores
    // is written from its spilled output. Disk, not memory: the nested rows of a million ads would
    // crowd the heap, and a Parquet staging copy cost a commit, a read-back and a delete.
    Broadcast<StackedClassifier> model =
        classifier == null
            ? null
            : JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(classifier);
    Dataset<Row> results = extract(docs, options, model).persist(StorageLevel.DISK_ONLY());
    try {
      Map<String, Object> featureMetrics =
          Tables.write(features(results), ctx.runDir(), "ad_features", featureMetrics());
      Map<String, Object> scoreMetrics =
          Tables.write(scores(results), ctx.runDir(), "ad_scores", kindMetrics());
      long features = ((Number) featureMetrics.get(Tables.ROWS)).longValue();
      long scores = ((Number) scoreMetrics.get(Tables.ROWS)).longValue();
      Map<String, Long> outputs = new LinkedHashMap<>();
      outputs.put("ad_features", features);
      outputs.put("ad_scores", scores);
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("lexicon_version", lexicon.version());
      details.put("score_weights", weights.version());
      details.put("annotators", options.annotatorList());
      details.put("documents_by_kind", nonZero(scoreMetrics, DOC_KINDS, DOCUMENTS_METRIC));
      details.put("features_by_family", nonZero(featureMetrics, featureFamilies(), PRESENT_METRIC));
      details.put("negated_features", Tables.observedCount(featureMetrics, NEGATED_METRIC));
      String classifierId = classifier == null ? RunConfig.NO_CLASSIFIER : classifier.id();
      details.put("classifier", classifierId);
      if (classifier != null) {
        details.put("classifier_added", Tables.observedCount(featureMetrics, ADDED_METRIC));
        details.put("classifier_overruled", Tables.observedCount(featureMetrics, OVERRULED_METRIC));
      }
      ctx.manifest().root().with("build").put("lexicon_version", lexicon.version());
      ctx.manifest().root().with("build").put("extract_annotators", options.annotatorList());
      ctx.manifest().root().with("build").put(MANIFEST_CLASSIFIER, classifierId);
      List<String> warnings =
          classifier == null
              ? List.of()
              : List.of(
                  "classifier "
                      + classifier.id()
                      + " was trained and measured on synthetic blind ad sets; on real "
                      + "escort-style ads it lowered micro-F1 (docs/extraction.md, The optional "
                      + "classifier): check it on a labelled sample of this corpus with ./modus "
                      + "evaluate-extraction --classifier before publishing its counts");
      return new StageReport(scores, scores, 0, outputs, warnings, details);
    } finally {
      results.unpersist();
      if (model != null) {
        model.destroy();
      }
    }
  }

  /**
   * The classifier a run was extracted with ({@code none}: the rules alone, as in every run
   * extracted before the classifier existed).
   */
  public static String classifierOf(Manifest manifest) {
    return manifest.root().path("build").path(MANIFEST_CLASSIFIER).asText(RunConfig.NO_CLASSIFIER);
  }

  /**
   * Families a feature row can have: the taxonomy's, plus a catch-all that the lexicon's checks
   * keep at 0.
   */
  private static List<String> featureFamilies() {
    List<String> families = new ArrayList<>(Taxonomy.v1().families());
    families.add(OTHER_FAMILY);
    return families;
  }

  /**
   * Present (not negated) features per family and negated features, observed while ad_features is
   * written.
   */
  private static List<Column> featureMetrics() {
    List<Column> metrics = new ArrayList<>();
    Column present = FeatureRows.present();
    List<String> known = Taxonomy.v1().families();
    for (String family : known) {
      metrics.add(
          Tables.countWhere(present.and(col("family").equalTo(family)), PRESENT_METRIC + family));
    }
    metrics.add(
        Tables.countWhere(
            present.and(not(col("family").isin(known.toArray()))), PRESENT_METRIC + OTHER_FAMILY));
    metrics.add(Tables.countWhere(col("negated"), NEGATED_METRIC));
    metrics.add(
        Tables.countWhere(
            col("lexicon_entry").startsWith(StackedClassifier.ENTRY_PREFIX), ADDED_METRIC));
    metrics.add(Tables.countWhere(col("overruled"), OVERRULED_METRIC));
    return metrics;
  }

  /** Documents per kind, observed while ad_scores is written. */
  private static List<Column> kindMetrics() {
    List<Column> metrics = new ArrayList<>();
    for (String kind : DOC_KINDS) {
      metrics.add(Tables.countWhere(col("doc_kind").equalTo(kind), DOCUMENTS_METRIC + kind));
    }
    return metrics;
  }

  /** The observed counts above zero, in {@code keys} order (sum over no rows is null). */
  private static Map<String, Long> nonZero(
      Map<String, Object> metrics, List<String> keys, String prefix) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String k : keys) {
      long n = Tables.observedCount(metrics, prefix + k);
      if (n > 0) {
        out.put(k, n);
      }
    }
    return out;
  }

  /**
   * All documents to extract from, as (ad_id, doc_kind, language, text, country, metadata): the
   * ad's country (alpha-3) tells a destination abroad from a place at home; other documents have
   * none.
   */
  static Dataset<Row> documents(SparkSession spark, RunContext ctx) {
    List<Dataset<Row>> parts = new ArrayList<>();
    Column noMetadata = lit(null).cast("map<string,string>").as("metadata");
    if (Tables.exists(spark, ctx.runDir(), "ads")) {
      Dataset<Row> ads = Tables.read(spark, ctx.runDir(), "ads");
      parts.add(
          ads.select(
              col("ad_id"),
              lit(AD).as("doc_kind"),
              col("language"),
              concat_ws("\n", col("title"), col("text")).as("text"),
              col("country"),
              // Runs ingested before ads.metadata existed have none.
              java.util.Arrays.asList(ads.columns()).contains("metadata")
                  ? col("metadata")
                  : noMetadata));
    }
    if (Tables.exists(spark, ctx.runDir(), "cases")) {
      parts.add(
          Tables.read(spark, ctx.runDir(), "cases")
              .filter(col("narrative").isNotNull())
              .select(
                  col("case_id").as("ad_id"),
                  lit(CASE).as("doc_kind"),
                  lit(null).cast("string").as("language"),
                  col("narrative").as("text"),
                  lit(null).cast("string").as("country"),
                  noMetadata));
    }
    if (Tables.exists(spark, ctx.runDir(), "survey_responses")) {
      parts.add(
          Tables.read(spark, ctx.runDir(), "survey_responses")
              .filter(col("question_type").equalTo("text").and(col("answer").isNotNull()))
              .select(
                  concat_ws(":", col("survey"), col("respondent_id"), col("question_id"))
                      .as("ad_id"),
                  lit(SURVEY).as("doc_kind"),
                  lit(null).cast("string").as("language"),
                  col("answer").as("text"),
                  lit(null).cast("string").as("country"),
                  noMetadata));
    }
    if (parts.isEmpty()) {
      throw new ModusException(
          "Nothing to extract from in "
              + ctx.runDir().root()
              + ": none of the "
              + "tables ads, cases, survey_responses exists; run ingest-ads (or ingest-cases, ingest-survey) first.");
    }
    Dataset<Row> docs = parts.get(0);
    for (Dataset<Row> p : parts.subList(1, parts.size())) {
      docs = docs.unionByName(p);
    }
    return docs;
  }

  /** Runs the extractor over partitions; one output row per document with its features nested. */
  static Dataset<Row> extract(
      Dataset<Row> docs, NlpOptions options, Broadcast<StackedClassifier> classifier) {
    return docs.mapPartitions(
        new ExtractPartition(
            options,
            classifier,
            org.modus.engine.Progress.counter(docs.sparkSession().sparkContext())),
        Encoders.row(RESULT));
  }

  static Dataset<Row> features(Dataset<Row> results) {
    return results
        .select(col("ad_id"), col("doc_kind"), explode(col("features")).as("f"))
        .select(
            col("ad_id"),
            col("doc_kind"),
            col("f.family"),
            col("f.category"),
            col("f.negated"),
            col("f.lexicon_entry"),
            col("f.language"),
            col("f.token_start"),
            col("f.token_end"),
            col("f.snippet"),
            col("f.weight"),
            col("f.overruled"),
            col("f.classifier"));
  }

  static Dataset<Row> scores(Dataset<Row> results) {
    return results.select(
        col("ad_id"),
        col("doc_kind"),
        col("deceptive_recruitment_score"),
        col("ad_indicator_score"),
        col("feature_count"));
  }

  /**
   * The per-partition function: only the small options object travels; the lexicon, weights and
   * CoreNLP pipelines are built (once per JVM) where it runs.
   */
  static final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final NlpOptions options;
    private final Broadcast<StackedClassifier> classifier;
    private final org.apache.spark.util.LongAccumulator processed;

    /**
     * {@code classifier}: null for the rules alone; broadcast, so that an executor fetches the
     * model once and its tasks share one copy.
     */
    ExtractPartition(
        NlpOptions options,
        Broadcast<StackedClassifier> classifier,
        org.apache.spark.util.LongAccumulator processed) {
      this.options = options;
      this.classifier = classifier;
      this.processed = processed;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
      DocumentExtractor extractor = Extractors.get(options);
      StackedClassifier stacked = classifier == null ? null : classifier.value();
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
            lang = LanguageGuess.guess(doc.isNullAt(3) ? "" : doc.getString(3));
          }
          String text = doc.isNullAt(3) ? "" : doc.getString(3);
          DocumentResult r =
              extractor.extract(
                  lang,
                  text,
                  doc.isNullAt(4) ? null : doc.getString(4),
                  doc.isNullAt(5) ? Map.of() : doc.<String, String>getJavaMap(5));
          if (stacked != null && AD.equals(doc.getString(1))) {
            r = stacked.apply(text, r, extractor.weights());
          }
          List<Row> fs = new ArrayList<>(r.features().size());
          for (ExtractedFeature f : r.features()) {
            fs.add(
                RowFactory.create(
                    f.family(),
                    f.category(),
                    f.negated(),
                    f.lexiconEntry(),
                    f.language(),
                    f.tokenStart(),
                    f.tokenEnd(),
                    f.snippet(),
                    f.weight(),
                    f.overruled(),
                    f.classifier()));
          }
          return RowFactory.create(
              doc.getString(0),
              doc.getString(1),
              r.deceptiveRecruitmentScore(),
              r.adIndicatorScore(),
              r.featureCount(),
              scala.jdk.javaapi.CollectionConverters.asScala(fs).toSeq());
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
      return BY_OPTIONS.computeIfAbsent(
          options, o -> new DocumentExtractor(Lexicon.load(), ScoreWeights.load(), o));
    }
  }
}
