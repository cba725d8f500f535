package org.modus.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes what the generated ads truly contain, by construction, beside them:
 * <ul>
 *   <li>{@code truth/ad_categories.csv}: {@code ad_id, family, category}, one row per category an ad
 *       of the corpus truly contains, for the categories {@link ExtractorErrors} tracks; {@code ad_id}
 *       is the source's own id (the run's {@code ads.ad_id} is {@code source:id});
 *   <li>{@code truth/evaluation.jsonl}: a labelled evaluation sample in the gold format of
 *       {@code ./modus evaluate-extraction} (eval/README.md), split dev, drawn from the same model as
 *       the corpus but disjoint from it, to measure the demo extractor's sensitivity and specificity.
 * </ul>
 */
final class TruthFiles {
  static final String AD_CATEGORIES = "truth/ad_categories.csv";
  static final String EVALUATION = "truth/evaluation.jsonl";

  private TruthFiles() {}

  static void write(Path dir, List<AdCorpusGenerator.Ad> corpus, List<AdCorpusGenerator.Ad> evaluation)
      throws IOException {
    Files.createDirectories(dir.resolve("truth"));
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(AD_CATEGORIES), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
      csv.printRecord("ad_id", "family", "category");
      for (AdCorpusGenerator.Ad a : corpus) {
        for (String label : a.truth()) {
          int slash = label.indexOf('/');
          csv.printRecord(a.id(), label.substring(0, slash), label.substring(slash + 1));
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    List<String> families = ExtractorErrors.labelledFamilies();
    List<String> unscored = ExtractorErrors.unscored();
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(EVALUATION), StandardCharsets.UTF_8)) {
      for (AdCorpusGenerator.Ad a : evaluation) {
        ObjectNode o = json.createObjectNode();
        o.put("id", a.id());
        o.put("lang", a.language());
        // alpha-2, as the gold format has it: the redaction reads phone numbers with the country's plan
        o.put("country", AdCorpusGenerator.CODES[List.of(AdCorpusGenerator.COUNTRIES).indexOf(a.country())]);
        o.put("split", "dev");
        o.put("title", a.title());
        o.put("text", a.text());
        o.putArray("labels").addAll(a.truth().stream().sorted().map(json.getNodeFactory()::textNode).toList());
        o.putArray("negated_labels");
        o.putArray("labelled_families").addAll(families.stream().map(json.getNodeFactory()::textNode).toList());
        o.putArray("unscored_labels").addAll(unscored.stream().map(json.getNodeFactory()::textNode).toList());
        w.write(json.writeValueAsString(o));
        w.write('\n');
      }
    }
  }
}
