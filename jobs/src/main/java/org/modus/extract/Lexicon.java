package org.modus.extract;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.modus.schemas.AccentFolding;
import org.modus.schemas.ModusResources;
import org.modus.schemas.NumberWords;
import org.modus.schemas.Taxonomy;

/**
 * The versioned lexicon in {@code data-schemas/lexicon/}: cue files (one row per cue), scope rules
 * (negation, warning), context word sets for ambiguous cues, number words (spelled-out phone
 * numbers) and the contact placeholder types. Loading checks every row against the taxonomy and
 * fails naming the file and line, since a bad lexicon row is a build bug.
 */
public record Lexicon(
    String version,
    List<LexiconEntry> entries,
    List<ScopeRule> scopeRules,
    Map<String, Map<String, ContextSet>> contexts,
    Map<String, Set<String>> numberWords,
    Map<String, String> placeholderTypes,
    Map<String, String> placeholderIndicators,
    int negationWindow,
    int youthAgeBandMax,
    List<Concept> concepts,
    List<NearRule> nearRules,
    PayReference pay)
    implements Serializable {

  public static final String MANIFEST = "lexicon/lexicon.properties";
  public static final List<String> LANGUAGES = List.of("en", "fr", "es", "de");

  /** Families whose every category must have cues in each of en, fr, es. */
  public static final List<String> FULLY_COVERED_FAMILIES =
      List.of(
          "platform",
          "recruitment_channel",
          "payment_method",
          "deceptive_recruitment",
          "ad_indicator");

  /**
   * Built-in concept of the grammar: a place of the country gazetteer ({@code
   * data-schemas/reference}) in another country than the document's own, or, for a document without
   * a country, than the first place it names.
   */
  public static final String PLACE_ABROAD = "place_abroad";

  /**
   * Concept of amounts of money: its phrases, plus every amount the pay reader finds written with a
   * currency of {@code reference/currencies.csv} ("S$300", "RM 8,000", "50 000 FCFA", "150k
   * naira").
   */
  public static final String MONEY_AMOUNT = "money_amount";

  /**
   * Concept of words that are also place names ("nice"): read as places only after a preposition.
   */
  public static final String PLACE_STOPWORDS = "place_stopwords";

  /** Concept of prepositions of destination ("in", "to", "à", "en", "nach") before a place name. */
  public static final String PLACE_PREPOSITIONS = "place_prepositions";

  private static volatile Lexicon defaultLexicon;

  /** The packaged lexicon, loaded once per JVM. */
  public static Lexicon load() {
    Lexicon l = defaultLexicon;
    if (l == null) {
      synchronized (Lexicon.class) {
        if (defaultLexicon == null) {
          defaultLexicon = loadFrom(MANIFEST);
        }
        l = defaultLexicon;
      }
    }
    return l;
  }

  static Lexicon loadFrom(String manifestPath) {
    Properties manifest = new Properties();
    try (Reader in =
        new InputStreamReader(ModusResources.open(manifestPath), StandardCharsets.UTF_8)) {
      manifest.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String base = manifestPath.substring(0, manifestPath.lastIndexOf('/') + 1);
    String version = required(manifest, "version", manifestPath);
    List<LexiconEntry> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (String file : required(manifest, "cues", manifestPath).split("\\s*,\\s*")) {
      for (CSVRecord r : csv(resolve(base, file))) {
        LexiconEntry e = entry(r, file);
        if (!ids.add(e.id())) {
          throw invalid(
              file, r, "duplicate cue " + e.lang() + " '" + e.pattern() + "' for " + e.category());
        }
        entries.add(e);
      }
    }
    List<ScopeRule> scope = new ArrayList<>();
    for (String scopeFile : required(manifest, "scope", manifestPath).split("\\s*,\\s*")) {
      for (CSVRecord r : csv(resolve(base, scopeFile))) {
        ScopeRule.Kind kind;
        try {
          kind = ScopeRule.Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
          throw invalid(
              scopeFile,
              r,
              "unknown kind '"
                  + r.get("kind")
                  + "'; expected one of "
                  + Arrays.toString(ScopeRule.Kind.values()).toLowerCase(Locale.ROOT));
        }
        Set<String> only = new HashSet<>();
        if (r.isSet("categories")) {
          for (String c : r.get("categories").split("\\|")) {
            if (c.isBlank()) {
              continue;
            }
            String[] parts = c.strip().split("/");
            if (parts.length != 2 || !Taxonomy.v1().isKnown(parts[0], parts[1])) {
              throw invalid(
                  scopeFile,
                  r,
                  "category '" + c.strip() + "' is not a taxonomy-v1 family/category");
            }
            only.add(c.strip());
          }
        }
        scope.add(
            new ScopeRule(
                lang(r, scopeFile),
                kind,
                r.get("pattern").strip(),
                r.get("note"),
                Set.copyOf(only)));
      }
    }
    Map<String, Map<String, ContextSet>> contexts = new LinkedHashMap<>();
    for (String contextFile : required(manifest, "contexts", manifestPath).split("\\s*,\\s*")) {
      for (CSVRecord r : csv(resolve(base, contextFile))) {
        String lang = lang(r, contextFile);
        Set<String> keys = new HashSet<>();
        for (String w : r.get("words").split("\\|")) {
          if (!w.isBlank()) {
            // A set for every language is keyed as each language's tokens are ("juegos" stems apart
            // in es).
            for (String l : lang.equals("*") ? LANGUAGES : List.of(lang)) {
              keys.add(TextFolding.key(l, w.strip()));
            }
          }
        }
        contexts
            .computeIfAbsent(r.get("set"), s -> new LinkedHashMap<>())
            .merge(
                lang,
                new ContextSet(
                    r.get("set"),
                    intOf(r, "before", contextFile),
                    intOf(r, "after", contextFile),
                    keys),
                (a, b) -> {
                  Set<String> all = new HashSet<>(a.keys());
                  all.addAll(b.keys());
                  return new ContextSet(
                      a.name(),
                      Math.max(a.before(), b.before()),
                      Math.max(a.after(), b.after()),
                      all);
                });
      }
    }
    // The same number words as ingest's PhoneFinder (one file, one loader); connectors ("y", "et")
    // and repeats ("double", "triple") are not number words on their own.
    String numbersFile = required(manifest, "numbers", manifestPath);
    Map<String, Set<String>> numbers = new LinkedHashMap<>();
    for (NumberWords.Entry e : NumberWords.read(resolve(base, numbersFile)).entries()) {
      if (!LANGUAGES.contains(e.lang())) {
        throw new IllegalStateException(
            "Lexicon file "
                + numbersFile
                + ": language '"
                + e.lang()
                + "' is not one of "
                + LANGUAGES);
      }
      if (e.kind() != NumberWords.Kind.CONNECTOR && e.kind() != NumberWords.Kind.REPEAT) {
        numbers
            .computeIfAbsent(e.lang(), x -> new HashSet<>())
            .add(TextFolding.key(e.lang(), e.word()));
      }
    }
    String placeholderFile = required(manifest, "placeholders", manifestPath);
    Map<String, String> placeholders = new LinkedHashMap<>();
    Map<String, String> indicators = new LinkedHashMap<>();
    for (CSVRecord r : csv(resolve(base, placeholderFile))) {
      String category = r.get("category");
      if (!category.isEmpty() && !Taxonomy.v1().isKnown("contact", category)) {
        throw invalid(
            placeholderFile, r, "contact category '" + category + "' is not in taxonomy-v1");
      }
      placeholders.put(r.get("placeholder").toLowerCase(Locale.ROOT), category);
      String indicator = opt(r, "indicator");
      if (indicator != null) {
        String[] parts = indicator.split("/", 2);
        if (parts.length != 2 || !Taxonomy.v1().isKnown(parts[0], parts[1])) {
          throw invalid(
              placeholderFile,
              r,
              "indicator '" + indicator + "' is not a taxonomy-v1 family/category");
        }
        indicators.put(r.get("placeholder").toLowerCase(Locale.ROOT), indicator);
      }
    }
    int window = Integer.parseInt(manifest.getProperty("negation_window", "4"));
    int youthAgeBandMax =
        Integer.parseInt(manifest.getProperty("youth_age_band_max", "25").strip());
    List<Concept> concepts = new ArrayList<>();
    List<NearRule> near = new ArrayList<>();
    String conceptFiles = manifest.getProperty("concepts");
    if (conceptFiles != null && !conceptFiles.isBlank()) {
      Set<String> seen = new HashSet<>();
      for (String file : conceptFiles.strip().split("\\s*,\\s*")) {
        concepts.addAll(concepts(resolve(base, file), file, seen));
      }
      for (String file : required(manifest, "near", manifestPath).split("\\s*,\\s*")) {
        near.addAll(nearRules(resolve(base, file), file, concepts, ids));
      }
    }
    Lexicon lexicon =
        new Lexicon(
            version,
            List.copyOf(entries),
            List.copyOf(scope),
            contexts,
            numbers,
            placeholders,
            Map.copyOf(indicators),
            window,
            youthAgeBandMax,
            List.copyOf(concepts),
            List.copyOf(near),
            PayReference.load(manifest));
    lexicon.checkContextsExist();
    for (String c : lexicon.pay().easyWorkCategories()) {
      String[] parts = c.split("/");
      if (parts.length != 2 || !Taxonomy.v1().isKnown(parts[0], parts[1])) {
        throw new IllegalStateException(
            MANIFEST
                + ": unrealistic_pay_easy_work_categories: '"
                + c
                + "' is not a taxonomy-v1 family/category");
      }
    }
    return lexicon;
  }

  private static List<Concept> concepts(String path, String file, Set<String> seen) {
    List<Concept> out = new ArrayList<>();
    for (CSVRecord r : csv(path)) {
      String name = r.get("concept").strip();
      String lang = lang(r, file);
      if (name.isEmpty() || !name.matches("[a-z][a-z0-9_]*")) {
        throw invalid(
            file, r, "concept name '" + name + "' must be lowercase ascii with underscores");
      }
      if (!seen.add(name + "@" + lang)) {
        throw invalid(file, r, "concept " + name + " defined twice for language " + lang);
      }
      List<String> phrases = new ArrayList<>();
      for (String p : r.get("phrases").split(";")) {
        if (!p.isBlank()) {
          phrases.add(p.strip());
        }
      }
      if (phrases.isEmpty()) {
        throw invalid(file, r, "concept " + name + " has no phrase");
      }
      out.add(new Concept(name, lang, List.copyOf(phrases), file + ":" + r.getRecordNumber()));
    }
    return out;
  }

  private static List<NearRule> nearRules(
      String path, String file, List<Concept> concepts, Set<String> ids) {
    Set<String> names = new HashSet<>();
    names.add(PLACE_ABROAD);
    concepts.forEach(c -> names.add(c.name()));
    List<NearRule> out = new ArrayList<>();
    for (CSVRecord r : csv(path)) {
      String lang = lang(r, file);
      String family = r.get("family").strip();
      String category = r.get("category").strip();
      if (!Taxonomy.v1().isKnown(family, category)) {
        throw invalid(
            file, r, family + "/" + category + " is not in taxonomy-v1 (data-schemas/taxonomy)");
      }
      String first = r.get("first").strip();
      String second = r.get("second").strip();
      for (String c : List.of(first, second)) {
        if (!names.contains(c)) {
          throw invalid(file, r, "concept '" + c + "' is not defined in the concepts file");
        }
      }
      int window = intOf(r, "window", file);
      if (window < 0 || window > 12) {
        throw invalid(file, r, "window " + window + " outside [0, 12] tokens");
      }
      String order = r.get("order").strip();
      if (!order.equals("any") && !order.equals("first_then_second")) {
        throw invalid(file, r, "order '" + order + "' must be any or first_then_second");
      }
      String w = r.get("weight").strip();
      double weight;
      try {
        weight = w.isEmpty() ? 1.0 : Double.parseDouble(w);
      } catch (NumberFormatException ex) {
        throw invalid(file, r, "weight '" + w + "' is not a number");
      }
      String id = lang + "." + category + ".near." + first + "+" + second;
      if (!ids.add(id)) {
        throw invalid(file, r, "duplicate rule " + id);
      }
      LexiconEntry entry =
          new LexiconEntry(
              id,
              lang,
              first + " ~" + window + " " + second,
              family,
              category,
              weight,
              opt(r, "requires"),
              opt(r, "unless"),
              opt(r, "note"),
              file + ":" + r.getRecordNumber());
      out.add(new NearRule(lang, first, second, window, order.equals("first_then_second"), entry));
    }
    return out;
  }

  /** Concepts that apply to a language: its own phrases and the language-independent ones. */
  public List<Concept> conceptsFor(String lang) {
    boolean known = LANGUAGES.contains(lang);
    return concepts.stream()
        .filter(c -> c.lang().equals("*") || !known || c.lang().equals(lang))
        .toList();
  }

  /** Proximity rules that apply to a language. */
  public List<NearRule> nearRulesFor(String lang) {
    boolean known = LANGUAGES.contains(lang);
    return nearRules.stream()
        .filter(r -> r.lang().equals("*") || !known || r.lang().equals(lang))
        .toList();
  }

  /**
   * A file named with a folder is relative to the data root; a bare name sits beside the manifest.
   */
  private static String resolve(String base, String file) {
    return file.contains("/") ? file : base + file;
  }

  private static LexiconEntry entry(CSVRecord r, String file) {
    String lang = lang(r, file);
    String family = r.get("family").strip();
    String category = r.get("category").strip();
    String pattern = r.get("pattern").strip();
    if (pattern.isEmpty()) {
      throw invalid(file, r, "empty pattern");
    }
    if (!Taxonomy.v1().isKnown(family, category)) {
      throw invalid(
          file, r, family + "/" + category + " is not in taxonomy-v1 (data-schemas/taxonomy)");
    }
    String w = r.isMapped("weight") ? r.get("weight").strip() : "";
    double weight;
    try {
      weight = w.isEmpty() ? 1.0 : Double.parseDouble(w);
    } catch (NumberFormatException ex) {
      throw invalid(file, r, "weight '" + w + "' is not a number");
    }
    if (weight <= 0 || weight > 5) {
      throw invalid(file, r, "weight " + weight + " outside (0, 5]");
    }
    String id = lang + "." + category + "." + slug(pattern);
    return new LexiconEntry(
        id,
        lang,
        pattern,
        family,
        category,
        weight,
        opt(r, "requires"),
        opt(r, "unless"),
        opt(r, "note"),
        file + ":" + r.getRecordNumber());
  }

  private void checkContextsExist() {
    List<LexiconEntry> all = new ArrayList<>(entries);
    nearRules.forEach(r -> all.add(r.entry()));
    for (LexiconEntry e : all) {
      for (String sets : new String[] {e.requires(), e.unless()}) {
        for (String set : sets == null ? new String[0] : sets.split("\\|")) {
          if (!contexts.containsKey(set)) {
            throw new IllegalStateException(
                "Lexicon "
                    + e.source()
                    + ": context set '"
                    + set
                    + "' is not defined in the contexts file");
          }
        }
      }
    }
  }

  /** Entries that apply to a language: its own and the language-independent ones (brand names). */
  public List<LexiconEntry> entriesFor(String lang) {
    boolean known = LANGUAGES.contains(lang);
    return entries.stream()
        .filter(e -> e.lang().equals("*") || !known || e.lang().equals(lang))
        .toList();
  }

  static String slug(String pattern) {
    String s =
        AccentFolding.lowerThenStripAccents(pattern)
            .replaceAll("[\\s,\"]+", "_")
            .replaceAll("^_+|_+$", "");
    return s.isEmpty() ? Integer.toHexString(pattern.hashCode()) : s;
  }

  private static String opt(CSVRecord r, String column) {
    if (!r.isMapped(column) || !r.isSet(column)) {
      return null;
    }
    String v = r.get(column).strip();
    return v.isEmpty() ? null : v;
  }

  private static String lang(CSVRecord r, String file) {
    String lang = r.get("lang").strip();
    if (!lang.equals("*") && !LANGUAGES.contains(lang)) {
      throw invalid(file, r, "language '" + lang + "' is not one of " + LANGUAGES + " or *");
    }
    return lang;
  }

  private static int intOf(CSVRecord r, String column, String file) {
    try {
      return Integer.parseInt(r.get(column).strip());
    } catch (NumberFormatException e) {
      throw invalid(file, r, column + " '" + r.get(column) + "' is not an integer");
    }
  }

  private static String required(Properties p, String key, String file) {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException(file + ": missing key '" + key + "'");
    }
    return v.strip();
  }

  private static IllegalStateException invalid(String file, CSVRecord r, String why) {
    return new IllegalStateException(
        "Lexicon file " + file + " record " + r.getRecordNumber() + ": " + why);
  }

  static List<CSVRecord> csv(String path) {
    return ModusResources.csv(path);
  }
}
