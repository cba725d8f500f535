package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.DeclaredSchemas;
import org.modus.engine.Manifest;
import org.modus.engine.RunConfig;
import org.modus.engine.RunContext;
import org.modus.engine.RunDir;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;
import org.modus.testing.RowAssertions;
import org.modus.testing.SparkTestSession;
import org.modus.testing.TableFixtures;

/** ExtractJob through a real SparkSession, real Parquet tables and the real CoreNLP tokenizers. */
class ExtractJobIT {
  private final SparkSession spark = SparkTestSession.get();

  private static Row ad(String id, String lang, String title, String text) {
    return RowFactory.create(
        id,
        "test",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        lang,
        title,
        text,
        1,
        null,
        scala.jdk.javaapi.CollectionConverters.asScala(List.<String>of()).toSeq(),
        null,
        null);
  }

  private void writeInputs(RunDir run) {
    List<Row> ads =
        List.of(
            ad("a1", "en", "Easy job", "Payment in bitcoin only. Contact on Telegram."),
            ad("a2", "fr", null, "Pas de frais pour ce poste. Logement fourni."),
            ad("a3", "es", null, "Trabajo en el extranjero, escríbeme por WhatsApp [phone:abc123]"),
            ad("a4", "en", null, "Line cook wanted."),
            ad("a5", "other", null, "Nice weather today."));
    Tables.write(spark.createDataFrame(ads, DeclaredSchemas.of("ads")), run, "ads");
    Tables.write(
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    "c1",
                    "ctdc",
                    "htcds",
                    2024,
                    null,
                    null,
                    null,
                    "female",
                    null,
                    false,
                    null,
                    "She was promised a job and her passport was confiscated."),
                RowFactory.create(
                    "c2", "ctdc", "htcds", 2024, null, null, null, "male", null, false, null,
                    null)),
            DeclaredSchemas.of("cases")),
        run,
        "cases");
    TableFixtures.write(
        spark,
        run,
        "survey_responses",
        List.of(
            "survey",
            "respondent_id",
            "respondent_type",
            "country",
            "question_id",
            "question_type",
            "answer",
            "numeric_value",
            "family",
            "category",
            "weight"),
        List.of(
            new Object[] {
              "s",
              "r1",
              "ngo",
              null,
              "q7",
              "text",
              "Les recruteurs utilisent TikTok.",
              null,
              null,
              null,
              1.0
            },
            new Object[] {
              "s", "r1", "ngo", null, "q1", "single", "TikTok", null, null, null, 1.0
            }));
  }

  private Dataset<Row> expected(Object[]... rows) {
    StructType schema =
        new StructType()
            .add("ad_id", DataTypes.StringType)
            .add("doc_kind", DataTypes.StringType)
            .add("family", DataTypes.StringType)
            .add("category", DataTypes.StringType)
            .add("negated", DataTypes.BooleanType);
    List<Row> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(RowFactory.create(r));
    }
    return spark.createDataFrame(out, schema);
  }

  @Test
  void writesOneFeatureRowPerCueAndOneScoreRowPerDocument(@TempDir Path dir) {
    RunDir run = new RunDir(dir.toString());
    writeInputs(run);
    Manifest manifest = Manifest.openOrCreate(run, spark.sparkContext().hadoopConfiguration());
    RunContext ctx =
        new RunContext(
            run,
            RunConfig.defaults(),
            manifest,
            () -> {
              throw new AssertionError("extraction needs no key");
            });

    StageReport report = ExtractJob.run(spark, ctx);

    Dataset<Row> features = Tables.read(spark, run, "ad_features");
    RowAssertions.assertSameRows(
        expected(
            new Object[] {"a1", "ad", "payment_method", "cryptocurrency", false},
            new Object[] {"a1", "ad", "platform", "telegram", false},
            new Object[] {"a1", "ad", "recruitment_channel", "messaging_app", false},
            new Object[] {"a2", "ad", "deceptive_recruitment", "upfront_fee", true},
            new Object[] {"a2", "ad", "deceptive_recruitment", "accommodation_provided", false},
            new Object[] {"a3", "ad", "deceptive_recruitment", "job_abroad", false},
            new Object[] {"a3", "ad", "platform", "whatsapp", false},
            new Object[] {"a3", "ad", "recruitment_channel", "messaging_app", false},
            new Object[] {"a3", "ad", "contact", "phone", false},
            new Object[] {"a4", "ad", "labour_sector", "hospitality", false},
            new Object[] {"c1", "case_narrative", "control_coercion", "false_promises", false},
            new Object[] {"c1", "case_narrative", "control_coercion", "withholds_documents", false},
            new Object[] {
              "s:r1:q7", "survey_text", "recruitment_channel", "agency_intermediary", false
            },
            new Object[] {"s:r1:q7", "survey_text", "platform", "tiktok", false},
            new Object[] {"s:r1:q7", "survey_text", "recruitment_channel", "social_media", false}),
        features.select("ad_id", "doc_kind", "family", "category", "negated"));

    Row fee = features.filter("ad_id = 'a2' AND negated").first();
    assertEquals("fr", fee.getAs("language"));
    assertEquals(2, (int) fee.getAs("token_start"), "Pas(0) de(1) frais(2)");
    assertEquals(3, (int) fee.getAs("token_end"));
    assertTrue(((String) fee.getAs("snippet")).contains("frais"));

    Dataset<Row> scores = Tables.read(spark, run, "ad_scores");
    assertEquals(7, scores.count(), "5 ads, 1 case with a narrative, 1 free-text answer");
    ScoreWeights w = ScoreWeights.load();
    Row a2 = scores.filter("ad_id = 'a2'").first();
    assertEquals(
        w.weightOf("deceptive_recruitment", "accommodation_provided"),
        (double) a2.getAs("deceptive_recruitment_score"),
        1e-9,
        "the negated fee does not count");
    assertEquals(1, (int) a2.getAs("feature_count"));
    assertEquals(0, (int) scores.filter("ad_id = 'a5'").first().getAs("feature_count"));

    assertEquals(Map.of("ad_features", 15L, "ad_scores", 7L), report.outputs());
    assertEquals(
        Map.of("ad", 5L, "case_narrative", 1L, "survey_text", 1L),
        report.details().get("documents_by_kind"));
    assertEquals(
        Map.of(
            "payment_method",
            1L,
            "platform",
            3L,
            "recruitment_channel",
            4L,
            "deceptive_recruitment",
            2L,
            "contact",
            1L,
            "labour_sector",
            1L,
            "control_coercion",
            2L),
        report.details().get("features_by_family"),
        "counted while writing, negated ones apart");
    assertEquals(1L, report.details().get("negated_features"));
    assertEquals(
        Lexicon.load().version(), manifest.root().path("build").path("lexicon_version").asText());
    java.io.File staging = dir.resolve("_staging").toFile();
    assertTrue(!staging.exists() || staging.list().length == 0, "no staging left behind");
  }

  private RunContext context(RunDir run, RunConfig config, Manifest manifest) {
    return new RunContext(
        run,
        config,
        manifest,
        () -> {
          throw new AssertionError("extraction needs no key");
        });
  }

  @Test
  void theClassifierOverrulesAndAddsOnAdsWithItsReasonsAndDropsNoRuleRow(@TempDir Path dir) {
    // A model with two categories: crypto payment judged absent whatever the ad says, an upfront
    // fee judged present wherever "weather" is written.
    String crypto = "payment_method/cryptocurrency";
    String fee = "deceptive_recruitment/upfront_fee";
    Path model = dir.resolve("model.tsv");
    new LinearModel(
            new LinearModel.Provenance(List.of(), Lexicon.load().version(), "2026-12-07", 1, 0.1),
            Map.of(
                crypto,
                new LinearModel.Category(crypto, -10, Map.of()),
                fee,
                new LinearModel.Category(fee, -5, Map.of("w=weather", 20.0))))
        .save(model);
    RunDir rulesRun = new RunDir(dir.resolve("rules").toString());
    writeInputs(rulesRun);
    ExtractJob.run(
        spark,
        context(
            rulesRun,
            RunConfig.defaults(),
            Manifest.openOrCreate(rulesRun, spark.sparkContext().hadoopConfiguration())));
    RunDir run = new RunDir(dir.resolve("stacked").toString());
    writeInputs(run);
    Manifest manifest = Manifest.openOrCreate(run, spark.sparkContext().hadoopConfiguration());

    StageReport report =
        ExtractJob.run(
            spark,
            context(
                run,
                RunConfig.defaults().withExtract(Map.of("classifier", model.toString())),
                manifest));

    Dataset<Row> features = Tables.read(spark, run, "ad_features");
    List<String> keys = List.of("ad_id", "doc_kind", "family", "category", "lexicon_entry");
    RowAssertions.assertSameRows(
        Tables.read(spark, rulesRun, "ad_features").selectExpr(keys.toArray(String[]::new)),
        features
            .filter("lexicon_entry NOT LIKE 'classifier:%'")
            .selectExpr(keys.toArray(String[]::new)));
    Row overruled = features.filter("overruled").first();
    assertEquals(1, features.filter("overruled").count(), "only a1's crypto");
    assertEquals("a1", overruled.getAs("ad_id"));
    assertEquals("cryptocurrency", overruled.getAs("category"));
    assertTrue(((String) overruled.getAs("classifier")).startsWith("p=0.00"));
    Row added = features.filter("lexicon_entry LIKE 'classifier:%'").first();
    assertEquals(1, features.filter("lexicon_entry LIKE 'classifier:%'").count(), "only a5");
    assertEquals("a5", added.getAs("ad_id"));
    assertEquals("upfront_fee", added.getAs("category"));
    assertEquals(-1, (int) added.getAs("token_start"));
    assertEquals(
        "p=0.98: w=weather +8.94", added.getAs("classifier"), "1/sqrt(5): five words and pairs");
    assertEquals(
        0,
        features
            .filter(
                "NOT overruled AND classifier IS NOT NULL AND lexicon_entry NOT LIKE 'classifier:%'")
            .count(),
        "a reason only where the classifier changed something");

    Dataset<Row> scores = Tables.read(spark, run, "ad_scores");
    assertEquals(
        2,
        (int) scores.filter("ad_id = 'a1'").first().getAs("feature_count"),
        "crypto no longer counts");
    Row a5 = scores.filter("ad_id = 'a5'").first();
    assertEquals(1, (int) a5.getAs("feature_count"));
    assertEquals(
        ScoreWeights.load().weightOf("deceptive_recruitment", "upfront_fee"),
        (double) a5.getAs("deceptive_recruitment_score"),
        1e-9);
    assertTrue(
        report.warnings().stream().anyMatch(w -> w.contains("real escort-style ads")),
        "a run with the classifier is told where it is known to do worse");
    assertEquals(1L, report.details().get("classifier_added"));
    assertEquals(1L, report.details().get("classifier_overruled"));
    assertEquals(
        features.filter("NOT negated AND NOT overruled").count(),
        features.filter(FeatureRows.present()).count());
    assertEquals(
        features.filter("NOT negated").count(),
        features
            .withColumn("overruled", org.apache.spark.sql.functions.lit(null).cast("boolean"))
            .filter(FeatureRows.present())
            .count(),
        "a run extracted before 'overruled' existed reads it as null: nothing overruled");
    String id = manifest.root().path("build").path("extract_classifier").asText();
    assertTrue(id.startsWith("model.tsv@"), id);
    assertEquals("classifier:" + id, added.getAs("lexicon_entry"));
    manifest.save();
    Manifest reopened =
        org.modus.pipeline.RunContexts.open(
                spark, dir.resolve("stacked").toString(), RunConfig.defaults(), null)
            .manifest();
    assertEquals(
        id,
        ExtractJob.classifierOf(reopened),
        "the next command (trends, report) still knows what extracted the run");
    assertEquals(
        Lexicon.load().version(), reopened.root().path("build").path("lexicon_version").asText());
  }
}
