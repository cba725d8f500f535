package org.modus.ads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.RunConfig;
import org.modus.engine.RunDir;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;
import org.modus.evaluate.EvaluationSettings;
import org.modus.evaluate.LabelFile;
import org.modus.evaluate.ScoreEvaluation;
import org.modus.extract.ExtractJob;
import org.modus.testing.SparkTestSession;

/**
 * A job-ad corpus in the EMSCAD layout (synthetic rows): the ad's words spread over five columns,
 * many descriptions empty, repeated postings under new ids. Every input row is followed to its ad,
 * and the corpus's own labels score the run's scores with the AUC counted here pair by pair.
 */
class EmscadLineageIT {
  private static final String HEADER =
      "job_id,title,location,department,salary_range,company_profile,description,"
          + "requirements,benefits,telecommuting,has_company_logo,has_questions,employment_type,"
          + "required_experience,required_education,industry,function,fraudulent";

  private static String row(
      String id,
      String title,
      String profile,
      String description,
      String requirements,
      String benefits,
      int fraudulent) {
    return String.join(
            ",",
            id,
            q(title),
            q("GB, LND, London"),
            "",
            "",
            q(profile),
            q(description),
            q(requirements),
            q(benefits),
            "0",
            "1",
            "0",
            "Full-time",
            "",
            "",
            "",
            "",
            String.valueOf(fraudulent))
        + "\n";
  }

  private static String q(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  private final SparkSession spark = SparkTestSession.get();

  @Test
  void everyRowReachesAdSourcesAndTheCorpusLabelsScoreTheRun(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("emscad.csv");
    String hotel =
        row(
            "102",
            "Hotel staff abroad",
            "",
            "",
            "No experience needed.",
            "Visa and flights paid. Earn 3000 euros per week.",
            1);
    String warehouse =
        row(
            "105",
            "Warehouse operative",
            "Logistics firm in Manchester.",
            "Day shifts. Forklift licence required.",
            "",
            "",
            0);
    Files.writeString(
        csv,
        HEADER
            + "\n"
            + row(
                "101",
                "Accounts assistant",
                "Family-run accounting firm in Leeds.",
                "",
                "Two years of bookkeeping experience.",
                "Pension scheme.",
                0)
            + hotel
            + hotel.replaceFirst("^102", "103")
            + row(
                "104",
                "Factory work in Germany",
                "",
                "Registration fee of 200 euros before travel. Accommodation " + "provided.",
                "",
                "",
                1)
            + warehouse
            + row(
                "106",
                "Welder",
                "",
                "Well paid role for experienced welders. Training provided.",
                "",
                "",
                0)
            + row("107", "Data entry", "", "Typing work from home, start today.", "", "", 1)
            + row("108", "", "", "", "", "", 0)
            + warehouse.replaceFirst("^105", "109")
            + row(
                "110",
                "Receptionist",
                "Dental practice in York.",
                "Part time, weekdays.",
                "",
                "",
                0));
    Path runPath = dir.resolve("run");
    RunDir run = new RunDir(runPath.toString());
    StageReport ingest =
        AdsTestRuns.ingest(
            spark,
            runPath,
            AdsTestRuns.source(
                "emscad",
                csv,
                "csv",
                Map.of(
                    "ad_id",
                    "job_id",
                    "title",
                    "title",
                    "text",
                    "title+company_profile+description+requirements+benefits",
                    "country",
                    "location",
                    "remote",
                    "telecommuting",
                    "company_logo",
                    "has_company_logo")));

    assertEquals(10, ingest.rowsRead());
    assertEquals(1, ingest.quarantined(), "only the row with every text column blank lacks text");
    Map<String, Row> sources = new HashMap<>();
    for (Row r : Tables.read(spark, run, "ad_sources").collectAsList()) {
      sources.put(r.getAs("record_id"), r);
    }
    assertEquals(
        10, sources.size(), "every input row, quarantined or collapsed, has its lineage row");
    assertEquals(
        Set.of("101", "102", "103", "104", "105", "106", "107", "108", "109", "110"),
        sources.keySet());
    assertStatus(sources.get("101"), "emscad:101", "kept", null);
    assertStatus(sources.get("103"), "emscad:102", "exact_duplicate_of", "emscad:102");
    assertStatus(sources.get("109"), "emscad:105", "exact_duplicate_of", "emscad:105");
    assertStatus(sources.get("108"), null, "quarantined", null);
    assertEquals("missing_text", sources.get("108").getAs("reason"));
    assertTrue(sources.get("103").<String>getAs("location").endsWith("emscad.csv:line 4"));
    Row accounts = Tables.read(spark, run, "ads").filter("ad_id = 'emscad:101'").first();
    assertEquals(
        "Accounts assistant\n\nFamily-run accounting firm in Leeds.\n\nTwo years of bookkeeping "
            + "experience.\n\nPension scheme.",
        accounts.getAs("text"));
    assertEquals(
        Map.of("remote", "false", "company_logo", "true", "employment_type", "Full-time"),
        accounts.getJavaMap(accounts.fieldIndex("metadata")),
        "flags are read as true/false");

    ExtractJob.run(spark, AdsTestRuns.context(spark, runPath, RunConfig.defaults()));
    Map<String, Double> scoreOfAd = new HashMap<>();
    for (Row r : Tables.read(spark, run, "ad_scores").collectAsList()) {
      scoreOfAd.put(r.getAs("ad_id"), r.getAs("deceptive_recruitment_score"));
    }
    assertTrue(
        scoreOfAd.get("emscad:102") > 0 && scoreOfAd.get("emscad:104") > 0,
        "the fraud cues are found");
    assertEquals(0.0, scoreOfAd.get("emscad:105"), "the warehouse ad has none");

    LabelFile.Labels labels = LabelFile.read(csv, "job_id", "fraudulent", Set.of());
    ScoreEvaluation.Summary summary =
        ScoreEvaluation.run(
            spark,
            run,
            labels,
            csv.toString(),
            null,
            null,
            EvaluationSettings.load().withResamples(200));

    // By hand: each labelled row takes the score of the ad that stands for it; AUC = share of
    // (positive, negative) pairs won, ties counting one half.
    List<double[]> scored = new ArrayList<>();
    for (LabelFile.Label l : labels.labels()) {
      Row s = sources.get(l.id());
      if (s.getAs("ad_id") != null) {
        scored.add(new double[] {l.positive() ? 1 : 0, scoreOfAd.get(s.<String>getAs("ad_id"))});
      }
    }
    assertEquals(9, scored.size());
    double wins = 0;
    int pairs = 0;
    for (double[] p : scored) {
      for (double[] n : scored) {
        if (p[0] == 1 && n[0] == 0) {
          pairs++;
          wins += p[1] > n[1] ? 1 : p[1] == n[1] ? 0.5 : 0;
        }
      }
    }
    Map<String, Object> deceptive = summary.score("deceptive_recruitment_score");
    assertEquals(Math.round(wins / pairs * 10000) / 10000.0, (double) deceptive.get("auc"), 1e-12);
    assertTrue(
        (double) deceptive.get("auc_low") <= (double) deceptive.get("auc")
            && (double) deceptive.get("auc") <= (double) deceptive.get("auc_high"));
    assertEquals(4L, deceptive.get("positives"));
    assertEquals(5L, deceptive.get("negatives"));
    assertEquals(Map.of("missing_text", 1L), summary.fields().get("matched_quarantined"));
    assertEquals(0L, summary.fields().get("unmatched"));

    Path out = runPath.resolve("evaluation");
    for (String f :
        List.of(
            "summary.json",
            "lift.csv",
            "roc-deceptive_recruitment.csv",
            "pr-ad_indicator.csv",
            "roc-deceptive_recruitment.svg",
            "pr-deceptive_recruitment.svg")) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
    }
    byte[] png = Files.readAllBytes(out.resolve("roc-deceptive_recruitment.png"));
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
    String lift = Files.readString(out.resolve("lift.csv"));
    assertTrue(
        lift.contains("deceptive_recruitment/") && lift.contains("metadata/company_logo=true,9,4,"),
        "categories and yes/no metadata each get a lift row: " + lift);
  }

  private static void assertStatus(Row r, String adId, String status, String duplicateOf) {
    assertEquals(adId, r.getAs("ad_id"));
    assertEquals(status, r.getAs("status"));
    if (duplicateOf == null) {
      assertNull(r.getAs("duplicate_of"));
    } else {
      assertEquals(duplicateOf, r.getAs("duplicate_of"));
    }
  }
}
