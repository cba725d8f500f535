package org.modus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.testing.ModusProcess;
import org.modus.testing.OutputScan;

/**
 * The blind privacy canary (eval/blind/canary.jsonl: identifiers planted by an author who never saw the
 * detector, in every field of scraped records, and benign look-alikes) through ingest, extraction, trends,
 * report and notebooks with the documented command, then every output searched for every identifier:
 * as written, lower-cased, and as its digits.
 */
class CanaryScanIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CANARY = Path.of("..", "eval", "blind", "canary.jsonl");
  /**
   * A ratchet while issue 17 is open: identifiers of the canary that still came out raw when last
   * measured (2026-12-04: 21 of 791, from 375 before the detector's rework; then 8 after handles before
   * their platform, spelled e-mails, leet/Unicode/look-alike phones and the precision cues; 2026-12-05: 1
   * after phones split over chat messages or lines or with the area code last, channel ids, account
   * columns and spaced platform paths). The 1 left, canary-a-090's digits, is a chance match inside a
   * decimal number of another output. A change that leaks more fails; the target is 0.
   */
  static final int KNOWN_LEAKS = 1;
  /**
   * The same ratchet for benign look-alikes kept verbatim (measured 1,168 of 1,168 since TextCleaner
   * keeps "m²", "nº", thousands no-break spaces and plain-text entities as written; 1,150 before).
   */
  static final double MIN_BENIGN_KEPT = 1.000;

  /** One planted identifier and the strings that must never appear in an output. */
  record Planted(String id, String kind, String form, String value, List<String> telltales) {}

  @Test
  void noPlantedIdentifierComesOutAndBenignLookAlikesStay(@TempDir Path dir) throws Exception {
    List<Planted> planted = new ArrayList<>();
    List<String> benign = new ArrayList<>();
    StringBuilder input = new StringBuilder();
    List<String> fieldValues = new ArrayList<>();
    for (String line : Files.readAllLines(CANARY, StandardCharsets.UTF_8)) {
      JsonNode r = JSON.readTree(line);
      input.append(JSON.writeValueAsString(r.get("record"))).append('\n');
      r.get("record").forEach(v -> fieldValues.add(v.asText()));
      for (JsonNode i : r.get("identifiers")) {
        String v = i.get("value").asText();
        planted.add(new Planted(r.get("id").asText(), i.get("kind").asText(), i.get("form").asText(), v,
            OutputScan.telltales(v)));
      }
      for (JsonNode b : r.get("benign")) {
        if (b.get("field").asText().equals("text") || b.get("field").asText().equals("title")) {
          benign.add(b.get("value").asText());
        }
      }
    }
    Files.writeString(dir.resolve("canary.jsonl"), input.toString());
    Files.writeString(dir.resolve("config.yaml"), """
        output: run
        key_file: test.key
        max_quarantine_share: 0.5
        ads:
          - name: canary
            input: canary.jsonl
            format: jsonl
            map: {ad_id: ad_id, text: text, title: title, posted_at: posted, country: country, site: site,
                  city: city}
        """);
    assertEquals(0, ModusProcess.run(Map.of(), "keygen", "--out", dir.resolve("test.key").toString()).exitCode());
    ModusProcess.Result r = ModusProcess.run(Map.of(), "run", "--config", dir.resolve("config.yaml").toString());
    assertEquals(0, r.exitCode(), r.stderr());

    OutputScan outputs = OutputScan.of(dir.resolve("run"), r.stdout(), r.stderr());
    // The scan must see the identifiers where they were planted, or a clean result proves nothing.
    OutputScan inputs = OutputScan.ofValues(fieldValues);
    List<String> unseen = planted.stream().filter(p -> p.telltales().stream()
        .allMatch(t -> inputs.occurrences(t).isEmpty())).map(Planted::value).toList();
    assertEquals(List.of(), unseen, "the scanner misses planted forms");

    Map<String, Integer> leaksByKind = new TreeMap<>();
    List<String> leaks = new ArrayList<>();
    for (Planted p : planted) {
      for (String t : p.telltales()) {
        List<String> where = outputs.occurrences(t);
        if (!where.isEmpty()) {
          leaksByKind.merge(p.kind(), 1, Integer::sum);
          leaks.add(p.id() + " " + p.kind() + "/" + p.form() + " '" + t + "' in: " + where.get(0));
          break;
        }
      }
    }
    long kept = benign.stream().filter(b -> !outputs.occurrences(b).isEmpty()).count();
    String summary = "leaked " + leaks.size() + " of " + planted.size() + " identifiers " + leaksByKind
        + "; benign kept " + kept + " of " + benign.size() + "\n" + String.join("\n", leaks);
    System.out.println("canary: " + summary);
    assertTrue(leaks.size() <= KNOWN_LEAKS, summary);
    assertTrue(kept >= MIN_BENIGN_KEPT * benign.size(), summary);
  }
}
