package org.modus.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.ads.contacts.CryptoWallets;
import org.modus.engine.RunDir;
import org.modus.engine.StageReport;
import org.modus.engine.Tables;
import org.modus.testing.OutputScan;
import org.modus.testing.SparkTestSession;

/**
 * Plants hundreds of identifiers in varied formats (in text, titles, extra columns and broken
 * records that end in quarantine) and scans every file of the run directory, Parquet decoded value
 * by value, for any trace of them (OutputScan: Parquet decoded value by value, PDFs as text).
 */
class PiiScanIT {
  private final SparkSession spark = SparkTestSession.get();

  /** A planted identifier: how it is written, and the telltale strings that must never appear. */
  record Planted(String written, List<String> telltales) {}

  @Test
  void noPlantedIdentifierSurvivesInAnyOutputFile(@TempDir Path dir) throws Exception {
    Random rnd = new Random(42);
    List<Planted> planted = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    StringBuilder jsonl = new StringBuilder();
    String[] countries = {"France", "UK", "USA", "Espagne", ""};
    for (int i = 0; i < 60; i++) {
      List<Planted> mine =
          List.of(phone(i, rnd), email(i), handle(i), wallet(rnd, i), urlOrPhone(i, rnd));
      ObjectNode o = json.createObjectNode();
      o.put("id", "p" + i);
      o.put(
          "body",
          "Ad number "
              + i
              + ": friendly team, good pay. Call "
              + mine.get(0).written()
              + " or write "
              + mine.get(1).written()
              + ", follow "
              + mine.get(2).written()
              + ". Payment to "
              + mine.get(3).written()
              + ". More: "
              + mine.get(4).written());
      o.put("country", countries[i % countries.length]);
      o.put("notes", "backup contact " + mine.get(4).written());
      if (i % 15 == 0) {
        o.remove(
            "body"); // missing text: quarantined, with the identifiers of its other columns masked
        planted.add(mine.get(4));
      } else {
        planted.addAll(mine);
      }
      jsonl.append(json.writeValueAsString(o)).append('\n');
      if (i % 20 == 0) {
        jsonl
            .append(json.writeValueAsString(o).substring(0, 60 + i % 30))
            .append('\n'); // malformed
      }
    }
    Path input = dir.resolve("planted.jsonl");
    Files.writeString(input, jsonl.toString());
    Path run = dir.resolve("run");
    StageReport report =
        AdsTestRuns.ingest(
            spark,
            run,
            AdsTestRuns.source("planted", input, "jsonl", Map.of("ad_id", "id", "text", "body")));
    assertTrue(planted.size() >= 280, "planted " + planted.size());
    assertTrue(report.quarantined() >= 4 + 3, "broken records must reach quarantine: " + report);
    assertTrue(Tables.read(spark, new RunDir(run.toString()), "ad_contacts").count() > 200);

    // The scanner must see every planted identifier in the input (in at least one of its telltale
    // forms), or a clean scan below proves nothing.
    OutputScan inputs = OutputScan.of(input);
    List<String> unseen = new ArrayList<>();
    for (Planted p : planted) {
      if (leaks(inputs, List.of(p)).isEmpty()) {
        unseen.add(p.written());
      }
    }
    assertEquals(List.of(), unseen, "the scanner misses planted forms");

    OutputScan outputs = OutputScan.of(run, report.toString());
    assertTrue(outputs.size() > 1000, "scanned " + outputs.size() + " values");
    List<String> leaks = leaks(outputs, planted);
    assertEquals(List.of(), leaks.subList(0, Math.min(10, leaks.size())));
  }

  private static List<String> leaks(OutputScan scan, List<Planted> planted) {
    List<String> leaks = new ArrayList<>();
    for (Planted p : planted) {
      for (String t : p.telltales()) {
        for (String where : scan.occurrences(t)) {
          leaks.add(p.written() + " (as " + t + ") in: " + where);
        }
      }
    }
    return leaks;
  }

  private static Planted phone(int i, Random rnd) {
    int xx = 10 + rnd.nextInt(90);
    int yyy = 100 + rnd.nextInt(900);
    return switch (i % 8) {
      case 0 -> new Planted("(212) 555-01" + xx, List.of("555-01" + xx, "55501" + xx));
      case 1 -> new Planted("+1 415 555 01" + xx, List.of("415 555 01" + xx, "41555501" + xx));
      case 2 -> new Planted("07700 900" + yyy, List.of("7700 900" + yyy, "7700900" + yyy));
      case 3 -> new Planted("+44 7700 900" + yyy, List.of("7700 900" + yyy, "7700900" + yyy));
      case 4 ->
          new Planted(
              "01 99 00 " + xx + " " + (xx + 3),
              List.of("99 00 " + xx, "1990" + "0" + xx + (xx + 3)));
      case 5 ->
          new Planted(
              "+33 1.99.00." + xx + "." + (xx + 1),
              List.of("99.00." + xx, "19900" + xx + (xx + 1)));
      case 6 ->
          new Planted(words("07700900" + yyy), List.of(words("07700900" + yyy), "7700900" + yyy));
      default ->
          new Planted("2 I 2 5 5 5 O I " + spaced(xx), List.of("2 I 2 5 5 5 O I", "21255501" + xx));
    };
  }

  private static String spaced(int n) {
    return String.join(" ", String.valueOf(n).split(""));
  }

  private static String words(String digits) {
    String[] w = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    List<String> out = new ArrayList<>();
    for (char c : digits.toCharArray()) {
      out.add(w[c - '0']);
    }
    return String.join(" ", out);
  }

  private static Planted email(int i) {
    return switch (i % 3) {
      case 0 -> new Planted("zq" + i + "mail@example.org", List.of("zq" + i + "mail"));
      case 1 -> new Planted("Zq" + i + "Mail@Example.COM", List.of("zq" + i + "mail"));
      default -> new Planted("zq" + i + "mail [at] example [dot] org", List.of("zq" + i + "mail"));
    };
  }

  private static Planted handle(int i) {
    String name = "zqh" + i + "x";
    return switch (i % 4) {
      case 0 -> new Planted("@" + name, List.of(name));
      case 1 -> new Planted("snap: " + name, List.of(name));
      case 2 -> new Planted("insta: @" + name, List.of(name));
      default -> new Planted("Telegram: " + name, List.of(name));
    };
  }

  private static Planted wallet(Random rnd, int i) {
    byte[] b = new byte[20];
    rnd.nextBytes(b);
    String w =
        switch (i % 4) {
          case 0 -> CryptoWallets.base58Check(0, b);
          case 1 -> CryptoWallets.base58Check(5, b);
          case 2 -> CryptoWallets.bech32SegwitV0(b);
          default -> CryptoWallets.ethereum(b);
        };
    return new Planted(w, List.of(w, w.substring(0, 20)));
  }

  private static Planted urlOrPhone(int i, Random rnd) {
    return switch (i % 3) {
      case 0 -> new Planted("https://example.org/zqu" + i + "/profile", List.of("zqu" + i + "/"));
      case 1 -> new Planted("www.example.com/zqu" + i + "/", List.of("zqu" + i + "/"));
      default -> phone(i + 1, rnd);
    };
  }
}
