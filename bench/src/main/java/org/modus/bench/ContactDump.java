package org.modus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modus.ads.contacts.Contact;
import org.modus.ads.contacts.ContactDetector;
import org.modus.ads.settings.AdsIngestSettings;

/**
 * Every contact the detector finds in a set of texts, one line per text: the proof that a change
 * meant only to make detection faster finds exactly what the build before it found. Run it on two
 * builds and compare the files ({@code cmp}); a difference names the text by its index.
 *
 * <p>Texts: the {@code title}, {@code text} and {@code site} values of every JSON object of the
 * given JSON Lines files (at top level or under {@code record}), then {@code BENCH} generated ads.
 * The output holds the texts' indexes and the contacts' normalized values, so it stays outside the
 * repository.
 *
 * <p>Usage: ContactDump OUT BENCH FILE.jsonl...
 */
public final class ContactDump {
  private ContactDump() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int bench = Integer.parseInt(args[1]);
    List<String[]> texts = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (int a = 2; a < args.length; a++) {
      for (String line : Files.readAllLines(Path.of(args[a]), StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        JsonNode r = n.has("record") ? n.get("record") : n;
        String region = r.path("country").asText(n.path("country").asText(null));
        for (String field : List.of("title", "text", "site")) {
          if (r.hasNonNull(field)) {
            texts.add(new String[] {r.get(field).asText(), region});
          }
        }
      }
    }
    BenchCorpus.Phrases phrases = BenchCorpus.load();
    for (long i = 0; i < bench; i++) {
      texts.add(new String[] {BenchCorpus.ad(phrases, 1L, i).body(), "FR"});
    }
    ContactDetector detector = new ContactDetector(AdsIngestSettings.defaults().contacts());
    long contacts = 0;
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      for (int i = 0; i < texts.size(); i++) {
        StringBuilder line = new StringBuilder().append(i);
        for (Contact c : detector.find(texts.get(i)[0], texts.get(i)[1])) {
          line.append('\t').append(c.type()).append(' ').append(c.start()).append('-');
          line.append(c.end()).append(' ').append(c.placeholder()).append(' ');
          line.append(c.checksumValid()).append(' ').append(c.normalized());
          contacts++;
        }
        w.println(line);
      }
    }
    System.out.printf("%d texts, %d contacts -> %s%n", texts.size(), contacts, out);
  }
}
