package org.modus.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.modus.ads.ColumnMapping;
import org.modus.schemas.Taxonomy;

/**
 * Structured fields of an ad that count as a taxonomy category ({@code
 * data-schemas/config/metadata-signals.csv}): a job board's "required experience: none" is the same
 * signal as "no experience needed" in the text. The features they give carry the lexicon entry
 * {@code metadata:FIELD} and token span -1..-1.
 */
public record MetadataSignals(List<Rule> rules) implements Serializable {
  public static final String FILE = "config/metadata-signals.csv";
  public static final String ENTRY_PREFIX = "metadata:";

  /**
   * A field whose whole value matches {@code value} (case ignored) gives family/category at weight.
   */
  public record Rule(String field, Pattern value, String family, String category, double weight)
      implements Serializable {}

  public static MetadataSignals load() {
    List<Rule> rules = new ArrayList<>();
    for (CSVRecord r : Lexicon.csv(FILE)) {
      String where = FILE + " record " + r.getRecordNumber();
      String field = r.get("field");
      if (!ColumnMapping.METADATA_FIELDS.contains(field)) {
        throw new IllegalStateException(
            where + ": field " + field + " is not one of " + ColumnMapping.METADATA_FIELDS);
      }
      if (!Taxonomy.v1().isKnown(r.get("family"), r.get("category"))) {
        throw new IllegalStateException(
            where + ": " + r.get("family") + "/" + r.get("category") + " is not in taxonomy-v1");
      }
      if (r.get("source").isBlank()) {
        throw new IllegalStateException(where + ": every signal needs its source");
      }
      rules.add(
          new Rule(
              field,
              Pattern.compile(r.get("value"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
              r.get("family"),
              r.get("category"),
              Double.parseDouble(r.get("weight"))));
    }
    return new MetadataSignals(List.copyOf(rules));
  }

  /** The features that {@code metadata} gives, weighted as the scores weigh their category. */
  List<ExtractedFeature> features(
      Map<String, String> metadata, String language, ScoreWeights weights) {
    if (metadata == null || metadata.isEmpty()) {
      return List.of();
    }
    List<ExtractedFeature> out = new ArrayList<>();
    for (Rule rule : rules) {
      String v = metadata.get(rule.field());
      if (v != null && rule.value().matcher(v.strip()).matches()) {
        Double w = weights.weightOf(rule.family(), rule.category());
        out.add(
            new ExtractedFeature(
                rule.family(),
                rule.category(),
                false,
                ENTRY_PREFIX + rule.field(),
                language,
                -1,
                -1,
                rule.field() + ": " + v,
                w == null ? null : w * rule.weight()));
      }
    }
    return out;
  }
}
