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
 * The blind privacy canaries (eval/blind/canary.jsonl, canary-v2.jsonl, canary-v3.jsonl,
 * canary-v5.jsonl to canary-v9.jsonl: identifiers planted by twelve authors who never saw the
 * detector, in every field of scraped records, and benign look-alikes) through ingest, extraction,
 * trends, report and notebooks with the documented command, then every output searched for every
 * identifier: as written, lower-cased, and as its digits.
 */
class CanaryScanIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Source name → canary file; each canary is its own ad source, as two corpora would be. */
  private static final Map<String, Path> CANARIES =
      Map.ofEntries(
          Map.entry("canary_v1", Path.of("..", "eval", "blind", "canary.jsonl")),
          Map.entry("canary_v2", Path.of("..", "eval", "blind", "canary-v2.jsonl")),
          Map.entry("canary_v3", Path.of("..", "eval", "blind", "canary-v3.jsonl")),
          Map.entry("canary_v5", Path.of("..", "eval", "blind", "canary-v5.jsonl")),
          Map.entry("canary_v6", Path.of("..", "eval", "blind", "canary-v6.jsonl")),
          Map.entry("canary_v7", Path.of("..", "eval", "blind", "canary-v7.jsonl")),
          Map.entry("canary_v8", Path.of("..", "eval", "blind", "canary-v8.jsonl")),
          Map.entry("canary_v9", Path.of("..", "eval", "blind", "canary-v9.jsonl")),
          Map.entry("canary_v10", Path.of("..", "eval", "blind", "canary-v10.jsonl")),
          Map.entry("canary_v11", Path.of("..", "eval", "blind", "canary-v11.jsonl")),
          Map.entry("canary_v12", Path.of("..", "eval", "blind", "canary-v12.jsonl")),
          Map.entry("canary_v13", Path.of("..", "eval", "blind", "canary-v13.jsonl")),
          Map.entry("canary_v14", Path.of("..", "eval", "blind", "canary-v14.jsonl")),
          Map.entry("canary_v15", Path.of("..", "eval", "blind", "canary-v15.jsonl")),
          Map.entry("canary_v16", Path.of("..", "eval", "blind", "canary-v16.jsonl")),
          Map.entry("canary_v17", Path.of("..", "eval", "blind", "canary-v17.jsonl")));

  /**
   * Identifiers that may still come out raw, per set: a ratchet while issue 17 is open (its target
   * is 0). v1: 375 before the detector's rework, 21 (2026-12-04), 8, then 0 (2026-12-05). v2's test
   * half was scored once, on 2026-12-05, after all tuning on v1 and v2's dev half: 26 of 594 leaked
   * (platform//handle, digits split into fragments, chunked wallets, look-alike letters and filler
   * words inside phones, e-mails given in parts). v2-dev's one is a handle of a test-half record
   * that a dev record repeats. Issue 17, second round (v2 both halves now tuning material, v3's dev
   * half): v2-test 26 → 4 by CanaryDevScore, 5 here (this run counted one more than the harness, 26
   * vs 25, before; left: look-alike letters "37b"/"0T38 A65", a German leet run with "fün5", a
   * look-alike phone in context); v3-dev 26 → 5 (left: "SS5 0191"-style local look-alikes, "0177
   * und ...", "07 85 ... fin : 84 70 62", a lower-case spaced IBAN).
   *
   * <p>v3-test was scored once, on 2026-12-05, after all tuning of session 9 (v1, v2, v3-dev): 11
   * of 536 leaked (digits split by a word, "715 y 154 718", "06 36 et la suite 28 34 58", "07700
   * and then 900845"; dots as bullets "077•562•24•85"; "555 Ol92"; a lower-case spaced IBAN; a bare
   * local part after "gmail-Adresse:"; "name punto es" in a profile column), 934 of 935 benign
   * kept. The same run counted v2-test 7, of which 3 were the scan's own noise (a split phone's 4-5
   * digit fragment found inside another set's ad id and in chart coordinates), since fixed in
   * OutputScan: 4 real.
   *
   * <p>Issue 17, fourth round (v3 both halves now tuning material; canary v5, a fourth blind
   * author, its dev half only): v5-dev 47 of 701 → 0 by CanaryDevScore (bullets, '+' and emoji
   * between groups, Cyrillic look-alikes, numbers interrupted by an aside, a phone or e-mail split
   * between title and text, e-mails with a symbol for '@' or no TLD, spaced dots, ICQ, spelled
   * payment links, lower-case IBANs, marked labels, homoglyph handles), benign 1,090 → 1,092 of
   * 1,095 (salary ranges with thousands separators no longer taken for phones). The same harness
   * counts v3-dev 0, v3-test 0 and v2-test 3 now; the ratchets hold them there.
   *
   * <p>v5-test, held out through all of that, scored once on 2026-12-05: 24 of 710 leaked (phone
   * 11, e-mail 8, URL 2, handle 2, IPv4 1), benign kept 1,106 of 1,111. Two of the 24 are the
   * scan's noise (a two- or three-digit piece of a phone split between title and text found as the
   * line number of a quarantine message, "canary_v1.jsonl:line 55"); the rest are real: e-mails
   * without a TLD or with a symbol for '@', a phone broken over a line, spelled-out Spanish tens,
   * '^' between groups, phone pieces in the title, "point be" and spaced URLs. Now tuning material
   * like the others.
   *
   * <p>Issue 17, fifth and sixth rounds (session 12: v5-test, then canary v6's dev half, by two
   * more blind authors, 0 left of 689 by CanaryDevScore). v6-test, held out through both, scored
   * once on 2026-12-06: 12 of 636 leaked (defanged "[dot]" IPv4 3, IDN domain, "sig:" label, "info
   * : name punto es", a phone interrupted by " - solo whatsapp - ", slashes "0471/05/32/47" 2, a
   * spaced ". com" plain name, a handle after an emoji, spaced letters after "télégram"), benign
   * kept 1,095 of 1,099. The same run: v5-test 4 (two of them the scan's noise above; two the
   * prefix "0177"/"0160" of a phone whose rest, after an anti-bot word, was redacted alone),
   * v2-test 2. After the seventh round (v6-test's forms, now tuning material): v6-test 0, v5-test 3
   * (the two noise, and "0177⏎72100485": a number broken after its prefix, whose rest the plain
   * search reads alone; letting a reading across the line break win cost more benign look-alikes
   * than it saved), v2-test 2 (look-alike letters "0T38 A65 Ab2", "09O B4S"). CanaryScanIT ran 275
   * s with OutputScan's one-text index (654 s before it, with canary v6 added).
   *
   * <p>Issue 17, eighth round (session 13: canary v7 by two more blind authors, frozen at 2544879
   * before any detector change; its dev half 14 of 686 → 0 by CanaryDevScore, benign 869 → 875 of
   * 877). v7-test, held out through it, scored once on 2026-12-06: 7 of 654 leaked ("name punto
   * es/path"; a LINE ID after "por si acaso:"; a Cash App name without '$' in a payment column; a
   * phone given "in pieces" with "next"/"last" and one split by "puis"; a Discord name before the
   * word "discord"; an e-mail's local part after its provider), benign kept 847 of 848. The same
   * run counted v5-dev 1 and v5-test 4: the scan's noise of two- to four-digit pieces of a phone
   * split between title and text ("959" in the row counts "1,959 accepted", which grew with canary
   * v7's rows; line numbers of quarantine messages; a piece inside compressed bytes), and "0177"
   * above. After the ninth round (v7-test's forms and v2-test's two look-alike phones, now tuning
   * material): v7-test 0, v2-test 0, v5-dev 1 and v5-test 3, all of them that noise and "0177";
   * CanaryScanIT ran 233 s.
   *
   * <p>Issue 17, tenth round (session 15: canary v8 by two more blind authors, frozen at c53866b
   * before any detector change; its dev half 50 of 812 → 21 by CanaryDevScore, merged at 23558be).
   * v8-test, held out through it, scored once on 2026-12-06: 45 of 854 leaked (social handles 14:
   * "name + .17" split handles, an emoji for a dot, bare names after a label, Threads/BeReal names,
   * a handle described in words, spaced letters; URLs 8: tg://resolve links, a comma or an emoji
   * for a dot, spaced dots; phones 8; messenger ids 5: Signal usernames, KakaoTalk after "카톡",
   * Zangi, imo; e-mails 5: "<@>", a local part then its domain in a sentence, "name bei t-online";
   * payment handles 4: ENS names, a spelled cashtag, a Mercado Pago alias; a Monero address in
   * groups of four), benign kept 1,342 of 1,363. The same run counted v2-dev 1: the scan's noise, a
   * v2 handle found inside v8-dev's leaked e-mail local part that contains it.
   *
   * <p>Issue 17, eleventh round (session 16: canary v9 by two more blind authors, frozen at 0cbf46a
   * before any detector change; its dev half 14 of 828 → 0 by CanaryDevScore, with v8's test half
   * now tuning material too: v8-dev 21 → 19, v8-test 45 → 33). v9-test, held out through it, scored
   * once on 2026-12-07: 13 of 815 leaked (social handles 5: a bare name, a ghost emoji for
   * Snapchat, a cue and a space, a name in a phrase; e-mails 2 with spaces; phones 3: Belgian and
   * French national numbers with spaces, a US local seven-digit number; URLs 2: "[point]" and a dot
   * word; an IPv4 address with bracketed dots), benign kept 1,043 of 1,044.
   *
   * <p>Issue 17, twelfth round (session 17: canary v10 by two more blind authors, frozen at b378e62
   * before any detector change; general readings rather than forms: a second reading of every text
   * with disguised dots and at-signs read as such, names joined by dots or underscores taken with
   * no cue, a platform label's closing word, Spanish hundreds in spelled phones; tuned on v9's test
   * half and v10's dev half, 17 of 955 → 1 by CanaryDevScore). v10-test, held out through it,
   * scored once on 2026-12-07: 1 of 945 leaked (an e-mail's two-letter local part before "on gmx"),
   * benign kept 1,808 of 1,816; the same run: v9-test 13 → 0, v8-dev 19 → 12, v8-test 33 → 18,
   * v2-dev and v5-dev 1 → 0. Then tuned on v10 (both halves) and v11's dev half (canary v11, two
   * more blind authors, frozen at 502a433; 10 of 941 → 1 by CanaryDevScore). v11-test, held out
   * through it, scored once on 2026-12-07: 4 of 908 leaked (two phones written in digits and words
   * with the same number in digits on the next line, a Mexican mobile with the old "1" after +52, a
   * Spanish number after "Llamar al" with the 00 prefix), benign kept 1,312 of 1,314; v8-dev 10,
   * v8-test 13. The same run counted the scan's own noise as leaks: v5-dev 2, v5-test 4, v6-dev 1,
   * v10-test 1 (a split phone's 2-4 digit fragment, or an e-mail's two-letter local part, found
   * inside a log line, a CSV row or another set's ad id). After the fixes on v11's spent test half,
   * v11-dev keeps 1,278 of 1,281 benign (one more eaten: 0.997).
   *
   * <p>Issue 17, thirteenth round (session 18: canary v12 by two more blind authors, frozen at
   * 606d79a before any detector change; tuned on its dev half, 8 of 891 → 1 by CanaryDevScore:
   * wallets split by a slash, base58 tokens with a typo, a phone before a spaced bullet, an emoji
   * closing a platform label; benign ISO date-times, date ranges and amounts after a currency sign
   * kept). v12-test, held out through it, scored once on 2026-12-07: 8 of 873 leaked (a handle
   * after an arrow, "OF: name" twice, "kik a name", "+V name" twice for WeChat, an e-mail with
   * "bei" for the at-sign, look-alike letters "43B 4I7 4S2B"), benign kept 1,468 of 1,472.
   * v12-dev's second was the scan's noise (a seven-digit piece found inside a chart's SVG).
   *
   * <p>Session 19: canary v13 by three more blind authors, frozen at 604237b; both halves scored
   * once by this run before any detector change of the session (v13-dev 17 of 1,512, v13-test 19 of
   * 1,502 leaked; benign 2,107 of 2,115 and 2,023 of 2,039). Its dev round then took Cardano
   * addresses, at-sign words that are no other word, a payment name before a long dash, "(IG) name"
   * (CanaryDevScore: v13-dev 17 → 13, v13-test 17 by the per-record path); the run after it:
   * v13-dev 13 of 1,512, v13-test 17 of 1,502 (benign 2,111 and 2,024), the ratchets below.
   * v12-test: 4 in both runs.
   *
   * <p>Session 20: charts' SVG no longer spell long digit runs (ids from the file's name, not the
   * clock; coordinates and style numbers in hundredths: from about 8,000 runs of seven or more
   * digits per chart to none), so the scan's noise in them is gone: v12-dev 2 → 1 (its SVG piece),
   * and v11-dev's second leak of one run (a piece of a clock id) cannot recur.
   *
   * <p>Session 21: canary v14 by two more blind authors, frozen at 54d19f1 before the round that
   * tuned on canary v13 whole (small look-alike letters inside digit groups, join phrases, Cash App
   * names without their sign, mail brands and addresses without an ending, a handle after "new
   * account"); scored once whole at its end by CanaryDevScore (28 of 1,975 leaked, 30 before the
   * round), after which long wallet-shaped tokens without a cue were taken. This run then: v12-dev
   * 0, v13-dev 1, v13-test 6, v14-dev 7 of 986, v14-test 11 of 989 (benign 1,244 of 1,247 and 1,237
   * of 1,245); v8's and v11-dev's ratchets follow the per-record figures. Then a round on canary
   * v14 whole, judged by canary v15 (frozen at 1ac70d2, scored once whole at its end: 12 of 2,145
   * leaked before and after it); the run after that round (0dc160b), v13-v15 in the build: v14-dev
   * 6 of 986 (two of them generic words the scan finds elsewhere: "jobs" inside infojobs.net,
   * "careers" in a sentence), v14-test 6, v15-dev 6 of 1,099, v15-test 6 of 1,046 (benign 1,097 of
   * 1,097 and 1,095 of 1,104). A third round (6e550d7) then tuned on v15 (per record 12 -> 9).
   *
   * <p>Session 22: canary v17 by two more blind authors (a brief that asks for adversarial forms),
   * frozen at 6211dc8 before a round that tuned on canaries v8-v16 (1a0248b) and one on v17's dev
   * half (82e49c5); scored once whole at the end of each by CanaryDevScore (15 + 15 of 2,033 leaked
   * after the first, as before it; 5 + 12 after the second). The build's canaries are v15-v17 now.
   * This run after the second round: v15-dev 2 of 1,099, v15-test 1 of 1,046, v16-dev 0 of 962,
   * v16-test 2 of 957, v17-dev 5 of 1,022, v17-test 13 of 1,011 (one more than the per-record
   * score: the scan also searches each identifier's digits and lower-cased forms); benign kept
   * 1,097 of 1,097, 1,094 of 1,104, 997 of 1,004, 1,047 of 1,051, 1,587 of 1,587, 1,725 of 1,728.
   */
  static final Map<String, Integer> KNOWN_LEAKS =
      Map.ofEntries(
          Map.entry("v1", 0),
          Map.entry("v2-dev", 0),
          Map.entry("v2-test", 0),
          Map.entry("v3-dev", 0),
          Map.entry("v3-test", 0),
          Map.entry("v5-dev", 2),
          Map.entry("v5-test", 4),
          Map.entry("v6-dev", 1),
          Map.entry("v6-test", 0),
          Map.entry("v7-dev", 0),
          Map.entry("v7-test", 0),
          Map.entry("v8-dev", 4),
          Map.entry("v8-test", 7),
          Map.entry("v9-dev", 0),
          Map.entry("v9-test", 0),
          Map.entry("v10-dev", 0),
          Map.entry("v10-test", 1),
          Map.entry("v11-dev", 0),
          Map.entry("v11-test", 4),
          Map.entry("v12-dev", 0),
          Map.entry("v12-test", 4),
          Map.entry("v13-dev", 1),
          Map.entry("v13-test", 6),
          Map.entry("v14-dev", 6),
          Map.entry("v14-test", 6),
          Map.entry("v15-dev", 2),
          Map.entry("v15-test", 1),
          Map.entry("v16-dev", 0),
          Map.entry("v16-test", 2),
          Map.entry("v17-dev", 5),
          Map.entry("v17-test", 13));

  /**
   * Benign look-alikes kept verbatim, per set (v1: 1,150 of 1,168 before TextCleaner kept "m²"
   * etc.; v2-test 883 of 889 when first scored; v3-dev 878 of 884 by CanaryDevScore; v3-test 934 of
   * 935 when first scored; v5-dev 1,090 of 1,095 by CanaryDevScore before the fourth round, 1,092
   * after; v5-test 1,106 of 1,111 when scored once).
   */
  static final Map<String, Double> MIN_BENIGN_KEPT =
      Map.ofEntries(
          Map.entry("v1", 1.0),
          Map.entry("v2-dev", 1.0),
          Map.entry("v2-test", 0.993),
          Map.entry("v3-dev", 0.993),
          Map.entry("v3-test", 0.998),
          Map.entry("v5-dev", 0.995),
          Map.entry("v5-test", 0.995),
          Map.entry("v6-dev", 1.0),
          Map.entry("v6-test", 0.996),
          Map.entry("v7-dev", 0.997),
          Map.entry("v7-test", 0.998),
          Map.entry("v8-dev", 0.995),
          Map.entry("v8-test", 0.984),
          Map.entry("v9-dev", 0.991),
          Map.entry("v9-test", 0.999),
          Map.entry("v10-dev", 0.997),
          Map.entry("v10-test", 0.995),
          Map.entry("v11-dev", 0.997),
          // 1,311 of 1,314 since session 18's first round (1,312 before): the run now names what
          // it lost ("05.11.24", "18/08" after a phone in words, "Mo-Sa 9.30-22.00" in a title);
          // probed alone, each reads as before the round, so the new loss is in how a record's
          // fields combine. To find. 1,310 since session 19, when v10 left the build's canaries:
          // a look-alike counts as kept wherever in the outputs it stands, and "30/03", which a
          // spaced-out phone swallows with the chat line after it ("0·1·1·...·3⏎[30/03]", read so
          // by the detector before and after that session's changes alike), also stood in v10's.
          Map.entry("v11-test", 0.996),
          Map.entry("v12-dev", 0.999),
          Map.entry("v12-test", 0.997),
          Map.entry("v13-dev", 0.996),
          Map.entry("v13-test", 0.992),
          Map.entry("v14-dev", 0.997),
          Map.entry("v14-test", 0.993),
          Map.entry("v15-dev", 1.0),
          Map.entry("v15-test", 0.99),
          Map.entry("v16-dev", 0.993),
          Map.entry("v16-test", 0.996),
          Map.entry("v17-dev", 1.0),
          Map.entry("v17-test", 0.998));

  /**
   * The canaries a build runs whole: the newest three, whose forms the per-record scan of every
   * canary ({@code CanaryRecordScanTest}, seconds, no Spark) may not yet cover through every
   * output. Each added canary cost this run about a minute; all of them (fifteen, about 15 minutes)
   * with {@code -Dcanary.all=true}, as a canary's test half is scored once.
   */
  static final java.util.Set<String> IN_EVERY_BUILD =
      java.util.Set.of("canary_v15", "canary_v16", "canary_v17");

  private static boolean scanned(String canary) {
    return Boolean.getBoolean("canary.all") || IN_EVERY_BUILD.contains(canary);
  }

  /** One planted identifier and the strings that must never appear in an output. */
  record Planted(
      String set, String id, String kind, String form, String value, List<String> telltales) {}

  record Benign(String set, String value) {}

  @Test
  void noPlantedIdentifierComesOutAndBenignLookAlikesStay(@TempDir Path dir) throws Exception {
    List<Planted> planted = new ArrayList<>();
    List<Benign> benign = new ArrayList<>();
    List<String> fieldValues = new ArrayList<>();
    StringBuilder sources = new StringBuilder();
    for (Map.Entry<String, Path> canary : new TreeMap<>(CANARIES).entrySet()) {
      if (!scanned(canary.getKey())) {
        continue;
      }
      StringBuilder input = new StringBuilder();
      for (String line : Files.readAllLines(canary.getValue(), StandardCharsets.UTF_8)) {
        JsonNode r = JSON.readTree(line);
        String set =
            canary.getKey().equals("canary_v1")
                ? "v1"
                : canary.getKey().substring("canary_".length()) + "-" + r.path("split").asText();
        input.append(JSON.writeValueAsString(r.get("record"))).append('\n');
        r.get("record").forEach(v -> fieldValues.add(v.asText()));
        for (JsonNode i : r.get("identifiers")) {
          String v = i.get("value").asText();
          planted.add(
              new Planted(
                  set,
                  r.get("id").asText(),
                  i.get("kind").asText(),
                  i.get("form").asText(),
                  v,
                  OutputScan.telltales(v)));
        }
        for (JsonNode b : r.get("benign")) {
          if (b.get("field").asText().equals("text") || b.get("field").asText().equals("title")) {
            benign.add(new Benign(set, b.get("value").asText()));
          }
        }
      }
      Files.writeString(dir.resolve(canary.getKey() + ".jsonl"), input.toString());
      sources.append(
          """
            - name: %s
              input: %s.jsonl
              format: jsonl
              map: {ad_id: ad_id, text: text, title: title, posted_at: posted, country: country, site: site,
                    city: city}
          """
              .formatted(canary.getKey(), canary.getKey()));
    }
    Files.writeString(
        dir.resolve("config.yaml"),
        """
        output: run
        key_file: test.key
        max_quarantine_share: 0.5
        ads:
        """
            + sources);
    assertEquals(
        0,
        ModusProcess.run(Map.of(), "keygen", "--out", dir.resolve("test.key").toString())
            .exitCode());
    ModusProcess.Result r =
        ModusProcess.run(Map.of(), "run", "--config", dir.resolve("config.yaml").toString());
    assertEquals(0, r.exitCode(), r.stderr());

    OutputScan outputs = OutputScan.of(dir.resolve("run"), r.stdout(), r.stderr());
    // The scan must see the identifiers where they were planted, or a clean result proves nothing.
    OutputScan inputs = OutputScan.ofValues(fieldValues);
    List<String> unseen =
        planted.stream()
            .filter(p -> p.telltales().stream().allMatch(t -> inputs.occurrences(t).isEmpty()))
            .map(Planted::value)
            .toList();
    assertEquals(List.of(), unseen, "the scanner misses planted forms");

    Map<String, Integer> leaksBySet = new TreeMap<>();
    Map<String, Integer> leaksByKind = new TreeMap<>();
    List<String> leaks = new ArrayList<>();
    for (Planted p : planted) {
      for (String t : p.telltales()) {
        List<String> where = outputs.occurrences(t);
        if (!where.isEmpty()) {
          leaksBySet.merge(p.set(), 1, Integer::sum);
          leaksByKind.merge(p.set() + " " + p.kind(), 1, Integer::sum);
          leaks.add(
              p.set()
                  + " "
                  + p.id()
                  + " "
                  + p.kind()
                  + "/"
                  + p.form()
                  + " '"
                  + t
                  + "' in: "
                  + where.get(0));
          break;
        }
      }
    }
    StringBuilder summary = new StringBuilder();
    Map<String, long[]> benignBySet = new TreeMap<>();
    List<String> lost = new ArrayList<>();
    for (Benign b : benign) {
      long[] keptOfAll = benignBySet.computeIfAbsent(b.set(), k -> new long[2]);
      boolean kept = !outputs.occurrences(b.value()).isEmpty();
      keptOfAll[0] += kept ? 1 : 0;
      keptOfAll[1]++;
      if (!kept) {
        lost.add(b.set() + " benign lost: '" + b.value() + "'");
      }
    }
    // which look-alikes redaction ate, so a falling ratchet names its cause
    lost.forEach(System.out::println);
    List<String> sets =
        KNOWN_LEAKS.keySet().stream().filter(set -> benignBySet.containsKey(set)).sorted().toList();
    for (String set : sets) {
      long[] keptOfAll = benignBySet.getOrDefault(set, new long[2]);
      summary.append(
          String.format(
              java.util.Locale.ROOT,
              "%s: leaked %d of %d identifiers; benign kept %d of %d%n",
              set,
              leaksBySet.getOrDefault(set, 0),
              planted.stream().filter(p -> p.set().equals(set)).count(),
              keptOfAll[0],
              keptOfAll[1]));
    }
    summary.append(leaksByKind).append('\n').append(String.join("\n", leaks));
    System.out.println("canary: " + summary);
    assertTrue(!sets.isEmpty(), "no canary scanned");
    for (String set : sets) {
      // A placeholder ratchet (-1): the set was never scored; the figures above are its first
      // score.
      assertTrue(
          KNOWN_LEAKS.get(set) >= 0 && MIN_BENIGN_KEPT.get(set) >= 0,
          "ratchet of "
              + set
              + " is a placeholder: set KNOWN_LEAKS and MIN_BENIGN_KEPT from\n"
              + summary);
      long[] keptOfAll = benignBySet.get(set);
      assertTrue(
          keptOfAll != null && keptOfAll[1] > 0, "no benign look-alike of " + set + " scanned");
      assertTrue(leaksBySet.getOrDefault(set, 0) <= KNOWN_LEAKS.get(set), summary.toString());
      assertTrue(keptOfAll[0] >= MIN_BENIGN_KEPT.get(set) * keptOfAll[1], summary.toString());
    }
  }
}
