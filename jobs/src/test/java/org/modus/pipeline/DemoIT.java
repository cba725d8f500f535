package org.modus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modus.testing.DemoRun;
import org.modus.testing.ModusProcess;

/** The README's main command, end to end through the command line, on the bundled sample data. */
class DemoIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void demoCompletesEveryStageAndPrintsWhereTheReportIs() throws Exception {
    Path run = DemoRun.dir();
    assertTrue(DemoRun.result().stdout().contains("Report: " + run.resolve("report/index.html")),
        DemoRun.result().stdout());
    assertTrue(Files.size(run.resolve("report/index.html")) > 0);
    assertTrue(Files.size(run.resolve("report/report.pdf")) > 0);

    JsonNode stages = JSON.readTree(run.resolve("manifest.json").toFile()).path("stages");
    for (String stage : new String[] {"ingest-ads", "ingest-cases", "ingest-aggregates", "ingest-survey",
        "extract", "trends", "compare", "report", "export-notebook"}) {
      assertEquals("complete", stages.path(stage).path("status").asText(), stage + ": " + stages.path(stage));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = stages.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> s = it.next();
      assertTrue(s.getValue().path("reconciles").asBoolean(), s.getKey() + " read != accepted + quarantined");
    }
  }

  @Test
  void theManifestRecordsInputsWithChecksumsAndNeverTheKey() throws Exception {
    Path run = DemoRun.dir();
    JsonNode manifest = JSON.readTree(run.resolve("manifest.json").toFile());
    assertTrue(manifest.path("inputs").size() >= 4, manifest.path("inputs").toString());
    for (JsonNode in : manifest.path("inputs")) {
      assertTrue(in.path("sha256").asText().matches("[0-9a-f]{64}"), in.toString());
    }
    String key = Files.readString(run.resolve("input/demo.key")).strip();
    assertTrue(!Files.readString(run.resolve("manifest.json")).contains(key));
    assertTrue(manifest.path("config").path("key_file").isMissingNode());
  }

  @Test
  void sqlAnswersAQueryOverTheRun() throws Exception {
    Path run = DemoRun.dir();
    Path csv = run.resolve("sql-answer.csv");
    ModusProcess.Result r = ModusProcess.run(Map.of(), "sql", "--run", run.toString(),
        "SELECT language, count(*) AS ads FROM ads GROUP BY language ORDER BY language", "--csv", csv.toString());
    assertEquals(0, r.exitCode(), r.stderr());
    String answer = Files.readString(csv);
    assertTrue(answer.contains("language,ads"), answer);
    assertTrue(answer.contains("\nen,") && answer.contains("\nfr,") && answer.contains("\nes,"), answer);
  }

  @Test
  void aSecondParquetReaderReadsTheTables() throws Exception {
    Path run = DemoRun.dir();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT family) FROM read_parquet('"
            + run.resolve("tables/ad_features") + "/*.parquet') WHERE NOT negated")) {
      assertTrue(rs.next());
      assertTrue(rs.getLong(1) > 1000, "features: " + rs.getLong(1));
      assertTrue(rs.getLong(2) >= 5, "families: " + rs.getLong(2));
    }
  }
}
