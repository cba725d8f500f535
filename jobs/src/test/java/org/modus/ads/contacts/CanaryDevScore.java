package org.modus.ads.contacts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.modus.ads.AdOutcome;
import org.modus.ads.AdRecord;
import org.modus.ads.AdRecordProcessor;
import org.modus.ads.ColumnMapping;
import org.modus.ads.read.JsonlRecords;
import org.modus.ads.read.RawRecord;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.ads.text.TextCleaner;
import org.modus.engine.Pseudonymizer;
import org.modus.testing.OutputScan;

/**
 * A fast development score of the detector on the blind canaries (no Spark): each record read by
 * the production JSON Lines reader and processed by {@link AdRecordProcessor} (the per-record
 * ingest path: every field redacted with its own rules), then every output value of the record
 * searched for each planted identifier's telltales (as {@code CanaryScanIT} and {@link OutputScan}
 * judge a leak), and each benign look-alike of text and title looked up in the redacted field.
 *
 * <p>Canaries up to {@link #LAST_SCORED} are used whole (scored per half: all are tuning material
 * now, their test halves scored once: by CanaryScanIT, canaries v14's to v16's by this score at the
 * end of the rounds they judged). Of a newer canary only the {@code "split": "dev"} rows may be
 * scored: its test half is dropped as each line is read, before anything else looks at it. Not a
 * test (its name matches no surefire pattern): run with {@code -Dtest=CanaryDevScore}. Writes
 * target/canary-dev-score.txt.
 */
class CanaryDevScore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pseudonymizer KEY =
      new Pseudonymizer("0123456789abcdef0123456789abcdef".getBytes());

  /** The mapping of CanaryScanIT's config: other columns are unmapped and kept in attributes. */
  private static final ColumnMapping MAPPING =
      new ColumnMapping(
          Map.of(
              "ad_id",
              "ad_id",
              "text",
              "text",
              "title",
              "title",
              "posted_at",
              "posted",
              "country",
              "country",
              "site",
              "site",
              "city",
              "city"));

  /**
   * The newest canary whose test half CanaryScanIT has scored: a newer one's test half is held out.
   */
  static final int LAST_SCORED = 17;

  /**
   * {@code byForm}: kind/form to {leaked, planted}; {@code benignByKind}: kind to {kept, all}, with
   * "(...)" rows that say where eaten look-alikes went, not counted.
   */
  record Score(
      Map<String, int[]> byForm,
      Map<String, int[]> benignByKind,
      List<String> leaks,
      List<String> eaten) {
    int leaked() {
      return byForm.values().stream().mapToInt(c -> c[0]).sum();
    }

    int planted() {
      return byForm.values().stream().mapToInt(c -> c[1]).sum();
    }

    int benignKept() {
      return benignCounted().mapToInt(c -> c[0]).sum();
    }

    int benign() {
      return benignCounted().mapToInt(c -> c[1]).sum();
    }

    private java.util.stream.Stream<int[]> benignCounted() {
      return benignByKind.entrySet().stream()
          .filter(e -> !e.getKey().startsWith("("))
          .map(Map.Entry::getValue);
    }
  }

  /**
   * Also runnable without surefire from jobs/: java -cp ... org.modus.ads.contacts.CanaryDevScore
   */
  public static void main(String[] args) throws Exception {
    new CanaryDevScore().score();
  }

  @Test
  void score() throws Exception {
    StringBuilder out = new StringBuilder();
    Path blind = Path.of("..", "eval", "blind");
    Map<String, Score> scores = new LinkedHashMap<>();
    scores.put("v1", score(blind.resolve("canary.jsonl"), null));
    for (int v : new int[] {2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17}) {
      Path file = blind.resolve("canary-v" + v + ".jsonl");
      scores.put("v" + v + "-dev", score(file, "dev"));
      if (v <= LAST_SCORED) {
        scores.put("v" + v + "-test", score(file, "test"));
      }
    }
    scores.forEach((name, s) -> summary(out, name, s));
    out.append('\n');
    scores.forEach((name, s) -> report(out, name, s));
    System.out.println(out);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "canary-dev-score.txt"), out.toString());
  }

  private static void summary(StringBuilder out, String name, Score s) {
    out.append(
        String.format(
            Locale.ROOT,
            "SUMMARY %-8s leaked %3d of %4d; benign kept %4d of %4d%n",
            name,
            s.leaked(),
            s.planted(),
            s.benignKept(),
            s.benign()));
  }

  private static void report(StringBuilder out, String name, Score s) {
    int total = 0;
    int leaked = 0;
    out.append("== ").append(name).append(": leaks by kind/form (leaked/total)\n");
    for (Map.Entry<String, int[]> e : s.byForm().entrySet()) {
      total += e.getValue()[1];
      leaked += e.getValue()[0];
      if (e.getValue()[0] > 0) {
        out.append(
            String.format(
                Locale.ROOT, "  %-55s %3d/%3d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
      }
    }
    int bTotal = 0;
    int bKept = 0;
    StringBuilder kinds = new StringBuilder();
    for (Map.Entry<String, int[]> e : s.benignByKind().entrySet()) {
      if (e.getKey().startsWith("(")) {
        kinds.append(String.format(Locale.ROOT, "  %-20s %3d%n", e.getKey(), e.getValue()[1]));
        continue;
      }
      bTotal += e.getValue()[1];
      bKept += e.getValue()[0];
      if (e.getValue()[0] < e.getValue()[1]) {
        kinds.append(
            String.format(
                Locale.ROOT,
                "  %-20s kept %3d/%3d%n",
                e.getKey(),
                e.getValue()[0],
                e.getValue()[1]));
      }
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%s TOTAL leaked %d of %d identifiers; benign (text/title) kept %d of %d = %.4f%n",
            name,
            leaked,
            total,
            bKept,
            bTotal,
            bTotal == 0 ? 1.0 : (double) bKept / bTotal));
    out.append(kinds);
    out.append("-- ").append(name).append(" leaks\n");
    s.leaks().forEach(l -> out.append("  ").append(l).append('\n'));
    out.append("-- ").append(name).append(" benign eaten\n");
    s.eaten().forEach(l -> out.append("  ").append(l).append('\n'));
  }

  /**
   * Scores the rows of {@code file} whose {@code "split"} equals {@code split} ({@code null}: every
   * row). Other rows are dropped as each line is read, before anything else looks at them: for a
   * canary newer than {@link #LAST_SCORED} only {@code "dev"} may ever be passed (its test half
   * measures the work at the end), which is enforced here.
   */
  static Score score(Path file, String split) throws Exception {
    java.util.regex.Matcher version =
        java.util.regex.Pattern.compile("canary-v(\\d+)").matcher(file.getFileName().toString());
    if (version.lookingAt()
        && Integer.parseInt(version.group(1)) > LAST_SCORED
        && !"dev".equals(split)) {
      throw new IllegalArgumentException(
          file.getFileName() + ": only its dev half may be scored here");
    }
    AdRecordProcessor processor =
        new AdRecordProcessor("canary", MAPPING, AdsIngestSettings.defaults(), KEY, null, null);
    Map<String, int[]> byForm = new TreeMap<>();
    Map<String, int[]> benign = new TreeMap<>();
    List<String> leaks = new ArrayList<>();
    List<String> eaten = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = JSON.readTree(line);
      // Rows of another split are never looked at: dropped before anything reads the record.
      if (split != null && !split.equals(r.path("split").asText())) {
        continue;
      }
      String recordJson = JSON.writeValueAsString(r.get("record"));
      RawRecord raw =
          new JsonlRecords.Records(
                  new BufferedReader(new StringReader(recordJson)), "canary.jsonl", 1_000_000)
              .next();
      AdOutcome o = processor.process(raw);
      List<String> values = new ArrayList<>();
      Map<String, String> fields = new TreeMap<>();
      if (o.accepted()) {
        AdRecord a = o.ad();
        fields.put("ad_id", a.adId());
        fields.put("site", a.site());
        fields.put("city", a.city());
        fields.put("title", a.title());
        fields.put("text", a.text());
        fields.put("category", a.category());
        a.attributes().forEach((k, v) -> fields.put("attr." + k, v));
        a.metadata().forEach((k, v) -> fields.put("meta." + k, v));
      } else {
        fields.put("quarantine", o.maskedRecord());
        fields.put("quarantine_detail", o.detail());
        fields.put("record_id", o.recordId());
      }
      fields.values().stream().filter(v -> v != null).forEach(values::add);
      OutputScan scan = OutputScan.ofValues(values);
      String id = r.get("id").asText();
      for (JsonNode i : r.get("identifiers")) {
        String key = i.get("kind").asText() + "/" + i.get("form").asText();
        int[] c = byForm.computeIfAbsent(key, k -> new int[2]);
        c[1]++;
        String v = i.get("value").asText();
        for (String t : OutputScan.telltales(v)) {
          List<String> where = scan.occurrences(t);
          if (!where.isEmpty()) {
            c[0]++;
            leaks.add(
                id
                    + " "
                    + key
                    + " ["
                    + i.get("field").asText()
                    + "] '"
                    + t
                    + "' in: "
                    + where.get(0));
            break;
          }
        }
      }
      for (JsonNode b : r.get("benign")) {
        String f = b.get("field").asText();
        if (!f.equals("text") && !f.equals("title")) {
          continue;
        }
        int[] c = benign.computeIfAbsent(b.get("kind").asText(), k -> new int[2]);
        c[1]++;
        String v = b.get("value").asText();
        String out = fields.get(f);
        if (out != null && !OutputScan.ofValues(List.of(out)).occurrences(v).isEmpty()) {
          c[0]++;
        } else {
          // Lost before the detector saw it (TextCleaner: NFKC folds "m²", spaces collapse) or
          // eaten by it.
          String cleaned = TextCleaner.clean(r.get("record").path(f).asText(null));
          boolean byCleaning =
              cleaned == null || OutputScan.ofValues(List.of(cleaned)).occurrences(v).isEmpty();
          benign
              .computeIfAbsent(
                  byCleaning ? "(lost by cleaning)" : "(eaten by redaction)", k -> new int[2])[1]++;
          eaten.add(
              id
                  + (byCleaning ? " CLEANING " : " REDACTION ")
                  + b.get("kind").asText()
                  + " '"
                  + v
                  + "' in "
                  + f
                  + ": "
                  + (out == null ? "(none)" : out.replace('\n', ' ')));
        }
      }
    }
    return new Score(byForm, benign, leaks, eaten);
  }
}
