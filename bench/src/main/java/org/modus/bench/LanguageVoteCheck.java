package org.modus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.ads.settings.LanguageSampling;
import org.modus.ads.text.AdLanguages;
import org.modus.ads.text.FunctionWordVote;

/**
 * Checks the function-word vote in front of Lingua (data-schemas/config/ads-ingest.json {@code
 * language_vote_*}) on text whose language is known and that the project's authors did not write:
 * the blind ad sets, narratives and canaries of {@code eval/blind} (their authors' {@code lang}),
 * and a ';'-separated real corpus of one known language (ChainBreaker's English ads, outside the
 * repository). For each file: how many texts the vote decides, how often the configured judgement
 * and Lingua alone miss the known language, and how often they differ. Prints counts only, never
 * text. Speed is measured apart, with JMH ({@code IngestHotPaths.detectLanguage*}).
 *
 * <p>Usage: LanguageVoteCheck [--vote MIN_WORDS MIN_LEAD] FILE.jsonl... [--corpus FILE.csv LANG]
 * ({@code --vote}: other vote settings than the configured ones, to compare)
 */
public final class LanguageVoteCheck {
  private LanguageVoteCheck() {}

  record Known(String lang, String text) {}

  public static void main(String[] args) throws IOException {
    LanguageSampling configured = AdsIngestSettings.defaults().languageSampling();
    if (args.length > 2 && args[0].equals("--vote")) {
      configured =
          new LanguageSampling(
              configured.minChars(),
              configured.quickChars(),
              configured.quickMargin(),
              configured.sampleChars(),
              Integer.parseInt(args[1]),
              Double.parseDouble(args[2]));
      args = java.util.Arrays.copyOfRange(args, 3, args.length);
    }
    LanguageSampling lingua = configured.withoutVote();
    System.out.println("configured: " + configured);
    int[] total = new int[5];
    for (int a = 0; a < args.length; a++) {
      List<Known> texts;
      String name;
      if (args[a].equals("--corpus")) {
        name = args[a + 1];
        texts = corpus(Path.of(args[a + 1]), args[a + 2]);
        a += 2;
      } else {
        name = args[a];
        texts = jsonl(Path.of(args[a]));
      }
      int[] c = new int[5]; // texts, voted, configured missed, Lingua missed, differ
      for (Known k : texts) {
        String voted =
            FunctionWordVote.decide(
                AdLanguages.sample(k.text(), configured.sampleChars()),
                configured.voteMinWords(),
                configured.voteMinLead());
        String withVote = AdLanguages.detect(k.text(), configured);
        String alone = AdLanguages.detect(k.text(), lingua);
        c[0]++;
        c[1] += voted != null ? 1 : 0;
        c[2] += withVote.equals(k.lang()) ? 0 : 1;
        c[3] += alone.equals(k.lang()) ? 0 : 1;
        c[4] += withVote.equals(alone) ? 0 : 1;
      }
      print(name, c);
      for (int i = 0; i < c.length; i++) {
        total[i] += c[i];
      }
    }
    print("all", total);
  }

  private static void print(String name, int[] c) {
    System.out.printf(
        Locale.ROOT,
        "%-60s texts %5d  voted %5d (%.1f%%)  missed: with vote %4d, Lingua alone %4d  differ %4d%n",
        name,
        c[0],
        c[1],
        100.0 * c[1] / Math.max(1, c[0]),
        c[2],
        c[3],
        c[4]);
  }

  /** Blind sets: ads (title, text), narratives (text) and canaries (record.title, record.text). */
  static List<Known> jsonl(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Known> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      JsonNode r = n.has("record") ? n.get("record") : n;
      String title = r.path("title").asText("");
      String text = r.path("text").asText("");
      out.add(new Known(n.path("lang").asText(), title.isBlank() ? text : title + "\n\n" + text));
    }
    return out;
  }

  static List<Known> corpus(Path file, String lang) throws IOException {
    List<Known> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r :
          CSVFormat.RFC4180
              .builder()
              .setDelimiter(';')
              .setHeader()
              .setAllowMissingColumnNames(true)
              .get()
              .parse(in)) {
        out.add(new Known(lang, r.get("text")));
      }
    }
    return out;
  }
}
