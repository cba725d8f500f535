package org.modus.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.ModusException;
import org.modus.engine.RunConfig;
import org.modus.engine.RunDir;
import org.modus.engine.SourceConfig;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;
import org.modus.testing.SparkTestSession;

/**
 * A corpus with more than twenty kinds of broken record: each lands in quarantine/ads with its
 * reason code and file:line, and rows read = accepted + quarantined.
 */
class BadInputIT {
  private final SparkSession spark = SparkTestSession.get();

  /** Builds a file line by line, remembering on which line each record starts. */
  static final class FileBuilder {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int line = 1;
    final List<String[]> expected = new ArrayList<>(); // reason, line
    int good;

    FileBuilder record(String reason, String text) {
      return record(reason, text.getBytes(StandardCharsets.UTF_8));
    }

    FileBuilder record(String reason, byte[] raw) {
      if (reason == null) {
        good++;
      } else {
        expected.add(new String[] {reason, String.valueOf(line)});
      }
      bytes.writeBytes(raw);
      bytes.write('\n');
      for (byte b : raw) {
        line += b == '\n' ? 1 : 0;
      }
      line++;
      return this;
    }

    FileBuilder header(String h) {
      bytes.writeBytes((h + "\n").getBytes(StandardCharsets.UTF_8));
      line++;
      return this;
    }
  }

  private static byte[] concat(String a, byte[] b, String c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(b);
    out.writeBytes(c.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void everyKindOfBrokenRecordIsQuarantinedWithItsReasonAndLine(@TempDir Path dir)
      throws Exception {
    String tooLong = "word ".repeat(5000); // 25,000 characters of text: over max_text_chars
    byte[] latin1E = {(byte) 0xE9}; // "é" in Latin-1: not valid UTF-8 on its own
    FileBuilder csv = new FileBuilder().header("id,text,title,date,country");
    for (int i = 0; i < 40; i++) {
      csv.record(
          null,
          "g"
              + i
              + ",\"Cleaning job number "
              + i
              + " in Lyon,\nfull time.\",Job,2023-05-0"
              + (1 + i % 9)
              + ",France");
    }
    csv.record("missing_text", "b1,,Empty,2023-01-01,France")
        .record("missing_text", "b2,\"   \",Blank,2023-01-01,France")
        .record("missing_text", "b3,\"<p> </p><br>\",Only markup,2023-01-01,France")
        .record("bad_date", "b4,Valid text here,Feb 31,31/02/2023,France")
        .record("bad_date", "b5,Valid text here,Words,yesterday,France")
        .record("bad_date", "b6,Valid text here,Too old,1899-01-01,France")
        .record("bad_date", "b7,Valid text here,Future,2099-01-01,France")
        .record("malformed_row", "b8,Too few fields")
        .record("malformed_row", "b9,Too many,fields,2023-01-01,France,extra,more")
        .record("malformed_row", "b10,\"quoted\"trailing,x,2023-01-01,France")
        .record("oversized", "b11,\"" + tooLong + "\",Long,2023-01-01,France")
        .record("bad_encoding", concat("b12,Caf", latin1E, " in the text,Title,2023-01-01,France"))
        .record("bad_encoding", concat("b13,Good text for once,Caf", latin1E, ",2023-01-01,France"))
        .record("duplicate_id", "g0,A different ad reusing id g0,Dup,2023-01-01,France")
        .record("oversized", "b15,\"" + "x".repeat(120_000) + "\",Huge record,2023-01-01,France")
        .record("malformed_row", "b16,\"never closed,Title,2023-01-01,France\nand the file ends");
    Path csvFile = dir.resolve("in/bad.csv");
    Files.createDirectories(csvFile.getParent());
    Files.write(csvFile, csv.bytes.toByteArray());

    FileBuilder jsonl = new FileBuilder();
    for (int i = 0; i < 40; i++) {
      jsonl.record(
          null,
          "{\"id\":\"j"
              + i
              + "\",\"body\":\"Se busca camarero "
              + i
              + " en Madrid\",\"published\":\"2023-06-01\"}");
    }
    jsonl
        .record("malformed_row", "{\"id\":\"k1\",\"body\":\"cut off mid-rec")
        .record("malformed_row", "[1, 2, 3]")
        .record("malformed_row", "\"just a string\"")
        .record("malformed_row", "{'id': 'k4', 'body': 'single quotes'}")
        .record("malformed_row", "{\"id\":\"k4b\",\"body\":\"first\",\"body\":\"second wins?\"}")
        .record("missing_text", "{\"id\":\"k5\",\"title\":\"no body at all\"}")
        .record("missing_text", "{\"id\":\"k6\",\"body\":null}")
        .record(
            "bad_date", "{\"id\":\"k7\",\"body\":\"Valid body text\",\"published\":\"not a date\"}")
        .record("oversized", "{\"id\":\"k8\",\"body\":\"" + "y".repeat(110_000) + "\"}")
        .record("bad_encoding", concat("{\"id\":\"k9\",\"body\":\"Caf", latin1E, " y algo más\"}"))
        .record("malformed_row", "{\"id\":\"k10\",\"body\":\"trailing garbage\"} xyz")
        .record("bad_type", "{\"id\":\"k11\",\"body\":{\"es\":\"Se busca camarero\"}}")
        .record("bad_type", "{\"id\":\"k12\",\"body\":true}")
        .record(
            "bad_type",
            "{\"id\":\"k13\",\"body\":\"Se busca camarero\",\"country\":{\"code\":\"ES\"}}")
        .record(
            null,
            "{\"id\":14,\"body\":\"Se busca camarero, id numerico\",\"published\":\"2023-06-01\"}");
    Path jsonlFile = dir.resolve("in/bad.jsonl");
    Files.write(jsonlFile, jsonl.bytes.toByteArray());

    // The same Latin-1 bytes are fine when the source declares its encoding.
    Path latin = dir.resolve("latin/latin.csv");
    Files.createDirectories(latin.getParent());
    Files.write(
        latin,
        "id,text\nl1,\"Caf\u00e9 au lait served in Paris, France\"\n"
            .getBytes(Charset.forName("windows-1252")));

    int kinds =
        (int)
            java.util.stream.Stream.concat(csv.expected.stream(), jsonl.expected.stream())
                .map(e -> e[0] + e[1])
                .count();
    assertTrue(kinds >= 20, "kinds of broken record: " + kinds);

    Path run = dir.resolve("run");
    RunConfig lenient =
        new RunConfig(
            null, null, null, null, 0.9, null, null, null, null, null, null, null, null, null);
    StageReport report =
        IngestAdsJob.run(
            spark,
            AdsTestRuns.context(spark, run, lenient),
            List.of(
                new SourceConfig(
                    "csvsrc",
                    csvFile.toString(),
                    "csv",
                    null,
                    null,
                    Map.of("ad_id", "id", "posted_at", "date"),
                    null,
                    Map.of()),
                new SourceConfig(
                    "jsonsrc",
                    jsonlFile.toString(),
                    "jsonl",
                    null,
                    null,
                    Map.of("ad_id", "id", "text", "body", "posted_at", "published"),
                    null,
                    Map.of()),
                new SourceConfig(
                    "latin",
                    latin.toString(),
                    "csv",
                    null,
                    "windows-1252",
                    Map.of(),
                    null,
                    Map.of())));

    RunDir runDir = new RunDir(run.toString());
    Map<String, String> got = new TreeMap<>();
    for (Row r : spark.read().parquet(runDir.quarantine("ads")).collectAsList()) {
      got.put(r.<String>getAs("location").replaceAll("^.*/", ""), r.getAs("reason"));
      assertTrue(r.<String>getAs("source").startsWith("ads/"), r.toString());
    }
    Map<String, String> want = new TreeMap<>();
    csv.expected.forEach(e -> want.put("bad.csv:line " + e[1], e[0]));
    jsonl.expected.forEach(e -> want.put("bad.jsonl:line " + e[1], e[0]));
    assertEquals(want, got);

    int broken = csv.expected.size() + jsonl.expected.size();
    int good = csv.good + jsonl.good + 1;
    assertEquals(good + broken, report.rowsRead());
    assertEquals(broken, report.quarantined());
    assertEquals(good, report.accepted());
    assertTrue(report.reconciles());

    Row typed =
        spark
            .read()
            .parquet(runDir.quarantine("ads"))
            .filter("reason = 'bad_type'")
            .filter("location like '%bad.jsonl:line " + (jsonl.line - 2) + "'")
            .first();
    assertEquals("country: object where text was expected", typed.getAs("detail"));
    assertEquals(
        1,
        Tables.read(spark, runDir, "ads").filter("ad_id = 'jsonsrc:14'").count(),
        "a numeric id is read as its digits");

    List<Row> latinAds =
        Tables.read(spark, runDir, "ads").filter("source = 'latin'").collectAsList();
    assertEquals("Caf\u00e9 au lait served in Paris, France", latinAds.get(0).getAs("text"));
  }

  @Test
  void failsWithASummaryWhenTooMuchIsQuarantined(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("mostly-bad.csv");
    Files.writeString(
        csv, "id,text,date\n1,A fine ad text,2023-01-01\n2,,2023-01-01\n3,Text,someday\n");
    ModusException e =
        assertThrows(
            ModusException.class,
            () ->
                AdsTestRuns.ingest(
                    spark,
                    dir.resolve("run"),
                    new SourceConfig(
                        "few",
                        csv.toString(),
                        "csv",
                        null,
                        null,
                        Map.of("posted_at", "date"),
                        null,
                        Map.of())));
    assertTrue(e.getMessage().contains("2 of 3 ad records"), e.getMessage());
    assertTrue(
        e.getMessage().contains("missing_text=1") && e.getMessage().contains("bad_date=1"),
        e.getMessage());
    assertTrue(
        Files.exists(dir.resolve("run/quarantine/ads")),
        "the quarantine is written for inspection");
  }
}
