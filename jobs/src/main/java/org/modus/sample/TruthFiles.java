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
 *
 * <ul>
 *   <li>{@code truth/ad_categories.csv}: {@code ad_id, family, category}, one row per category an
 *       ad of the corpus truly contains, for the categories {@link ExtractorErrors} tracks; {@code
 *       ad_id} is the source's own id (the run's {@code ads.ad_id} is {@code source:id});
 *   <li>{@code truth/ad_expected.csv}: {@code ad_id, family, category, p_true}, one row per corpus
 *       ad and tracked category it could contain: the probability with which the generator gave it
 *       the category ({@link AdCorpusGenerator#expectedTruth}). The mean of {@code p_true} over a
 *       set of ads is the share that set's realized truth is drawn from, the target of an interval
 *       that includes the ads' sampling error; the realized share of the same ads is not (it has no
 *       sampling error relative to itself);
 *   <li>{@code truth/evaluation.jsonl}: a labelled evaluation sample in the gold format of {@code
 *       ./modus evaluate-extraction} (eval/README.md), split dev, drawn from the same model as the
 *       corpus but disjoint from it, to measure the demo extractor's sensitivity and specificity.
 * </ul>
 */
final class TruthFiles {
  static final String AD_CATEGORIES = "truth/ad_categories.csv";
  static final String EVALUATION = "truth/evaluation.jsonl";
  static final String AD_EXPECTED = "truth/ad_expected.csv";

  private TruthFiles() {}

  static void write(
      Path dir, List<AdCorpusGenerator.Ad> corpus, List<AdCorpusGenerator.Ad> evaluation)
      throws IOException {
    Files.createDirectories(dir.resolve("truth"));
    try (BufferedWriter w =
            Files.newBufferedWriter(dir.resolve(AD_CATEGORIES), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
      csv.printRecord("ad_id", "family", "category");
      for (AdCorpusGenerator.Ad a : corpus) {
        for (String label : a.truth()) {
          int slash = label.indexOf('/');
          csv.printRecord(a.id(), label.substring(0, slash), label.substring(slash + 1));
        }
      }
    }
    try (BufferedWriter w =
            Files.newBufferedWriter(dir.resolve(AD_EXPECTED), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
      csv.printRecord("ad_id", "family", "category", "p_true");
      for (AdCorpusGenerator.Ad a : corpus) {
        var expected =
            AdCorpusGenerator.expectedTruth(
                a.job(), a.country(), AdCorpusGenerator.quarterOf(a.posted()));
        for (var e : expected.entrySet()) {
          int slash = e.getKey().indexOf('/');
          csv.printRecord(
              a.id(),
              e.getKey().substring(0, slash),
              e.getKey().substring(slash + 1),
              e.getValue());
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    List<String> families = ExtractorErrors.labelledFamilies();
    List<String> unscored = ExtractorErrors.unscored();
    try (BufferedWriter w =
        Files.newBufferedWriter(dir.resolve(EVALUATION), StandardCharsets.UTF_8)) {
      for (AdCorpusGenerator.Ad a : evaluation) {
        ObjectNode o = json.createObjectNode();
        o.put("id", a.id());
        o.put("lang", a.language());
        // alpha-2, as the gold format has it: the redaction reads phone numbers with the country's
        // plan
        o.put(
            "country",
            AdCorpusGenerator.CODES[List.of(AdCorpusGenerator.COUNTRIES).indexOf(a.country())]);
        o.put("split", "dev");
        o.put("title", a.title());
        o.put("text", a.text());
        o.putArray("labels")
            .addAll(a.truth().stream().sorted().map(json.getNodeFactory()::textNode).toList());
        o.putArray("negated_labels");
        o.putArray("labelled_families")
            .addAll(families.stream().map(json.getNodeFactory()::textNode).toList());
        o.putArray("unscored_labels")
            .addAll(unscored.stream().map(json.getNodeFactory()::textNode).toList());
        w.write(json.writeValueAsString(o));
        w.write('\n');
      }
    }
  }
}
