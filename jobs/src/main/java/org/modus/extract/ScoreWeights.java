package org.modus.extract;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.modus.schemas.Taxonomy;

/**
 * The per-category weights of the two per-document scores ({@code
 * data-schemas/config/scores-v1.csv}, each row with its source). A score is the sum, over the
 * categories present and not negated, of the category weight times the strongest matching cue's
 * weight: transparent by construction.
 */
public record ScoreWeights(String version, Map<String, Double> weights) implements Serializable {
  public static final String FILE = "config/scores-v1.csv";
  public static final String DECEPTIVE = "deceptive_recruitment";
  public static final String AD_INDICATOR = "ad_indicator";

  public static ScoreWeights load() {
    Map<String, Double> w = new LinkedHashMap<>();
    for (CSVRecord r : Lexicon.csv(FILE)) {
      String family = r.get("family");
      String category = r.get("category");
      if (!family.equals(DECEPTIVE) && !family.equals(AD_INDICATOR)) {
        throw new IllegalStateException(
            FILE
                + " record "
                + r.getRecordNumber()
                + ": family "
                + family
                + " is not scored; scores exist for "
                + DECEPTIVE
                + " and "
                + AD_INDICATOR);
      }
      if (!Taxonomy.v1().isKnown(family, category)) {
        throw new IllegalStateException(
            FILE
                + " record "
                + r.getRecordNumber()
                + ": "
                + family
                + "/"
                + category
                + " is not in taxonomy-v1");
      }
      if (r.get("source").isBlank()) {
        throw new IllegalStateException(
            FILE + " record " + r.getRecordNumber() + ": every weight needs its source");
      }
      w.put(family + "/" + category, Double.parseDouble(r.get("weight")));
    }
    return new ScoreWeights(FILE, w);
  }

  /** The weight of a category in its family's score, or null when the family is not scored. */
  public Double weightOf(String family, String category) {
    if (!family.equals(DECEPTIVE) && !family.equals(AD_INDICATOR)) {
      return null;
    }
    return weights.getOrDefault(family + "/" + category, 0.0);
  }
}
