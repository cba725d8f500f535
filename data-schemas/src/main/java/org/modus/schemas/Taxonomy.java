package org.modus.schemas;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The modus-operandi taxonomy (ids are a contract, see shared/taxonomy-v1.md), with display labels
 * per language. Loaded from {@code data-schemas/taxonomy/}.
 */
public final class Taxonomy {
  public static final String VERSION = "v1";
  public static final List<String> LANGUAGES = List.of("en", "fr", "es");

  /** One category id with the channel it maps to (platforms only) and its labels by language. */
  public record Category(String family, String id, String channel, Map<String, String> labels) {
    public String label(String lang) {
      return labels.getOrDefault(lang, labels.get("en"));
    }
  }

  private static final Taxonomy V1 = load();

  private final Map<String, Map<String, Category>> byFamily;
  private final Map<String, Map<String, String>> familyLabels;

  private Taxonomy(
      Map<String, Map<String, Category>> byFamily, Map<String, Map<String, String>> familyLabels) {
    this.byFamily = byFamily;
    this.familyLabels = familyLabels;
  }

  public static Taxonomy v1() {
    return V1;
  }

  public List<String> families() {
    return List.copyOf(familyLabels.keySet());
  }

  public List<Category> categories(String family) {
    Map<String, Category> cats = byFamily.get(family);
    return cats == null ? List.of() : List.copyOf(cats.values());
  }

  public Optional<Category> category(String family, String id) {
    Map<String, Category> cats = byFamily.get(family);
    return cats == null ? Optional.empty() : Optional.ofNullable(cats.get(id));
  }

  public boolean isKnown(String family, String id) {
    return category(family, id).isPresent();
  }

  /** The recruitment channel a platform belongs to, e.g. telegram to messaging_app. */
  public Optional<String> channelOf(String platform) {
    return category("platform", platform).map(Category::channel).filter(c -> !c.isEmpty());
  }

  public String familyLabel(String family, String lang) {
    Map<String, String> labels = familyLabels.getOrDefault(family, Map.of());
    return labels.getOrDefault(lang, labels.getOrDefault("en", family));
  }

  public String categoryLabel(String family, String id, String lang) {
    return category(family, id).map(c -> c.label(lang)).orElse(id);
  }

  private static Taxonomy load() {
    Map<String, Map<String, String>> familyLabels = new LinkedHashMap<>();
    for (CSVRecord r : readCsv("taxonomy/families-v1.csv")) {
      familyLabels.put(r.get("family"), labels(r));
    }
    Map<String, Map<String, Category>> byFamily = new LinkedHashMap<>();
    for (CSVRecord r : readCsv("taxonomy/taxonomy-v1.csv")) {
      String family = r.get("family");
      if (!familyLabels.containsKey(family)) {
        throw new IllegalStateException(
            "taxonomy-v1.csv line "
                + r.getRecordNumber()
                + ": family "
                + family
                + " is not in families-v1.csv");
      }
      byFamily
          .computeIfAbsent(family, f -> new LinkedHashMap<>())
          .put(
              r.get("category"),
              new Category(family, r.get("category"), r.get("channel"), labels(r)));
    }
    return new Taxonomy(byFamily, familyLabels);
  }

  private static Map<String, String> labels(CSVRecord r) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String lang : LANGUAGES) {
      labels.put(lang, r.get("label_" + lang.toLowerCase(Locale.ROOT)));
    }
    return labels;
  }

  static List<CSVRecord> readCsv(String path) {
    try (Reader in = new InputStreamReader(ModusResources.open(path), StandardCharsets.UTF_8)) {
      return new ArrayList<>(
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(in)
              .getRecords());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read modus/" + path, e);
    }
  }
}
