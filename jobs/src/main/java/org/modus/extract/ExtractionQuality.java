package org.modus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.modus.engine.ModusException;
import org.modus.engine.RunConfig;
import org.modus.schemas.ModusResources;
import org.modus.schemas.Taxonomy;

/**
 * How often the extractor is right about each taxonomy category, counted over documents of an
 * evaluation set: the confusion counts behind the sensitivity and specificity that correct
 * published shares for misclassification ({@code org.modus.trends.MisclassificationCorrection}).
 *
 * <p>Counts are per document, as shares are: for a category, a document the annotator labelled the
 * category's family in is a true positive (labelled and found), false positive (found, not
 * labelled), false negative (labelled, not found) or true negative (neither). A family's row counts
 * a document as positive when any category of the family is labelled (found). The committed file
 * ({@link #RESOURCE}) is written by {@code ./modus evaluate-extraction --split dev
 * --write-quality}, never by hand, and only from a dev half: test halves are scored once, to report
 * (eval/README.md).
 *
 * @param gold the gold file's path as given to the command (relative to where it ran)
 * @param goldSha256 SHA-256 of the gold file's bytes, so the measurement is tied to the file, not
 *     to git
 * @param split the split measured (always dev for the committed file)
 * @param text {@code ingested} (through ingest's redaction, as a run sees text) or {@code raw}
 * @param lexiconVersion the version in lexicon.properties when measured
 * @param classifier the stacked classifier measured with the rules ({@link
 *     StackedClassifier#id()}), or {@code none} for the rules alone
 * @param date ISO date of the measurement (UTC)
 * @param documents documents of the split
 */
public record ExtractionQuality(
    String gold,
    String goldSha256,
    String split,
    String text,
    String lexiconVersion,
    String classifier,
    String date,
    int documents,
    List<Entry> families,
    List<Entry> categories) {

  /** The committed measurement of the current lexicon, as a classpath resource (data-schemas/). */
  public static final String RESOURCE = "lexicon/extraction-quality.json";

  /**
   * The committed measurement of the rules with the bundled classifier ({@code extract:
   * {classifier: bundled}}), on the same dev half as {@link #RESOURCE}.
   */
  public static final String CLASSIFIER_RESOURCE = "classifier/extraction-quality.json";

  public ExtractionQuality {
    families = List.copyOf(families);
    categories = List.copyOf(categories);
  }

  /**
   * Confusion counts for one category (or, with {@code category} null, one family) over documents.
   * Sensitivity and specificity are null when no document is positive (negative) in the gold set.
   */
  public record Entry(String family, String category, int tp, int fp, int fn, int tn)
      implements java.io.Serializable {
    public int positives() {
      return tp + fn;
    }

    public int negatives() {
      return tn + fp;
    }

    public Double sensitivity() {
      return positives() == 0 ? null : tp / (double) positives();
    }

    public Double specificity() {
      return negatives() == 0 ? null : tn / (double) negatives();
    }
  }

  /** The entry of a category, if it was measured. */
  public Optional<Entry> category(String family, String category) {
    return categories.stream()
        .filter(e -> e.family().equals(family) && e.category().equals(category))
        .findFirst();
  }

  /**
   * Counts, for every category of every family some document's annotator labelled, over {@code
   * docs} with the extractor's {@code predictions} (aligned with docs, from {@link
   * ExtractionEvaluation#predictions}).
   */
  public static ExtractionQuality measure(
      List<GoldDocument> docs,
      List<Set<String>> predictions,
      String gold,
      String goldSha256,
      String split,
      String text,
      String lexiconVersion,
      String classifier,
      String date) {
    if (docs.size() != predictions.size()) {
      throw new IllegalArgumentException(
          docs.size() + " documents but " + predictions.size() + " predictions");
    }
    List<Entry> families = new ArrayList<>();
    List<Entry> categories = new ArrayList<>();
    for (String family : Taxonomy.v1().families()) {
      if (docs.stream().noneMatch(d -> d.labels(family))) {
        continue;
      }
      int[] familyCounts = new int[4];
      for (int i = 0; i < docs.size(); i++) {
        GoldDocument d = docs.get(i);
        if (d.labels(family)) {
          tally(
              familyCounts,
              d.labels().stream().anyMatch(l -> l.startsWith(family + "/")),
              predictions.get(i).stream().anyMatch(l -> l.startsWith(family + "/")));
        }
      }
      families.add(entry(family, null, familyCounts));
      for (Taxonomy.Category c : Taxonomy.v1().categories(family)) {
        String label = family + "/" + c.id();
        int[] counts = new int[4];
        for (int i = 0; i < docs.size(); i++) {
          GoldDocument d = docs.get(i);
          if (d.labels(family) && !d.unscored().contains(label)) {
            tally(counts, d.labels().contains(label), predictions.get(i).contains(label));
          }
        }
        categories.add(entry(family, c.id(), counts));
      }
    }
    return new ExtractionQuality(
        gold,
        goldSha256,
        split,
        text,
        lexiconVersion,
        classifier,
        date,
        docs.size(),
        families,
        categories);
  }

  private static void tally(int[] counts, boolean labelled, boolean found) {
    counts[labelled ? (found ? 0 : 2) : (found ? 1 : 3)]++;
  }

  private static Entry entry(String family, String category, int[] c) {
    return new Entry(family, category, c[0], c[1], c[2], c[3]);
  }

  public static String sha256(Path file) {
    try {
      return sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new ModusException("Cannot read " + file + ": " + e.getMessage());
    }
  }

  /** SHA-256 of {@code bytes}, in lower-case hex: how gold files and models are named. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** The file's JSON; {@code command} is recorded so that anyone can regenerate it. */
  public String toJson(String command) {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put(
        "_comment",
        "Generated; do not edit by hand. Document-level confusion counts of the extractor (the "
            + "lexicon's rules, with the classifier named below if any) per taxonomy category and "
            + "family (org.modus.extract.ExtractionQuality), read by the "
            + "trends stage to correct shares for misclassification (docs/trends-statistics.md).");
    root.put("command", command);
    root.put("gold", gold);
    root.put("gold_sha256", goldSha256);
    root.put("split", split);
    root.put("text", text);
    root.put("lexicon_version", lexiconVersion);
    root.put("classifier", classifier);
    root.put("date", date);
    root.put("documents", documents);
    root.set("families", entries(json, families));
    root.set("categories", entries(json, categories));
    try {
      return json.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ArrayNode entries(ObjectMapper json, List<Entry> entries) {
    ArrayNode out = json.createArrayNode();
    for (Entry e : entries) {
      ObjectNode n = out.addObject();
      n.put("family", e.family());
      if (e.category() != null) {
        n.put("category", e.category());
      }
      n.put("tp", e.tp());
      n.put("fp", e.fp());
      n.put("fn", e.fn());
      n.put("tn", e.tn());
      // Rounded for the reader only: the correction recomputes them from the counts.
      putRounded(n, "sensitivity", e.sensitivity());
      putRounded(n, "specificity", e.specificity());
    }
    return out;
  }

  private static void putRounded(ObjectNode n, String field, Double v) {
    if (v == null) {
      n.putNull(field);
    } else {
      n.put(field, BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN));
    }
  }

  /** The committed measurement of the rules alone ({@link #RESOURCE}). */
  public static ExtractionQuality load() {
    return loadResource(RESOURCE);
  }

  /**
   * The committed measurement for a run extracted with {@code classifier} (its manifest's {@code
   * build.extract_classifier}): the rules with the bundled classifier when that is the one, the
   * rules alone otherwise (the trends stage warns when the measurement is not the run's own).
   */
  public static ExtractionQuality load(String classifier) {
    if (classifier != null && !classifier.equals(RunConfig.NO_CLASSIFIER)) {
      ExtractionQuality withClassifier = loadResource(CLASSIFIER_RESOURCE);
      if (withClassifier.classifier().equals(classifier)) {
        return withClassifier;
      }
    }
    return load();
  }

  private static ExtractionQuality loadResource(String resource) {
    try (InputStream in = ModusResources.open(resource)) {
      return read(in, "modus/" + resource);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read modus/" + resource, e);
    }
  }

  /**
   * A quality file written by {@code evaluate-extraction --write-quality}, e.g. for the demo's
   * corpus.
   */
  public static ExtractionQuality read(java.nio.file.Path file) {
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new ModusException(
          "trends.extraction_quality: no file "
              + file.toAbsolutePath()
              + "; write one with ./modus evaluate-extraction --gold FILE --split dev --write-quality "
              + file);
    }
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  public static ExtractionQuality read(InputStream in, String name) throws IOException {
    JsonNode root =
        new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    return new ExtractionQuality(
        required(root, "gold", name),
        required(root, "gold_sha256", name),
        required(root, "split", name),
        required(root, "text", name),
        required(root, "lexicon_version", name),
        // files written before the classifier existed measured the rules alone
        root.path("classifier").asText(RunConfig.NO_CLASSIFIER),
        required(root, "date", name),
        root.path("documents").asInt(),
        readEntries(root.path("families"), name),
        readEntries(root.path("categories"), name));
  }

  private static String required(JsonNode n, String field, String name) {
    if (!n.path(field).isTextual()) {
      throw new IllegalStateException(name + ": missing text field '" + field + "'");
    }
    return n.get(field).asText();
  }

  private static List<Entry> readEntries(JsonNode array, String name) {
    List<Entry> out = new ArrayList<>();
    for (JsonNode n : array) {
      String family = required(n, "family", name);
      String category = n.hasNonNull("category") ? n.get("category").asText() : null;
      if (category != null && !Taxonomy.v1().isKnown(family, category)) {
        throw new IllegalStateException(
            name + ": " + family + "/" + category + " is not a taxonomy-v1 category");
      }
      out.add(
          new Entry(
              family,
              category,
              n.path("tp").asInt(),
              n.path("fp").asInt(),
              n.path("fn").asInt(),
              n.path("tn").asInt()));
    }
    return out;
  }
}
