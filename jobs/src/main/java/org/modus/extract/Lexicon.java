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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.modus.schemas.ModusResources;
import org.modus.schemas.NumberWords;
import org.modus.schemas.Taxonomy;

/**
 * The versioned lexicon in {@code data-schemas/lexicon/}: cue files (one row per cue), scope rules
 * (negation, warning), context word sets for ambiguous cues, number words (spelled-out phone numbers)
 * and the contact placeholder types. Loading checks every row against the taxonomy and fails naming
 * the file and line, since a bad lexicon row is a build bug.
 */
public record Lexicon(
    String version,
    List<LexiconEntry> entries,
    List<ScopeRule> scopeRules,
    Map<String, Map<String, ContextSet>> contexts,
    Map<String, Set<String>> numberWords,
    Map<String, String> placeholderTypes,
    int negationWindow) implements Serializable {

  public static final String MANIFEST = "lexicon/lexicon.properties";
  public static final List<String> LANGUAGES = List.of("en", "fr", "es", "de");
  /** Families whose every category must have cues in each of en, fr, es. */
  public static final List<String> FULLY_COVERED_FAMILIES = List.of(
      "platform", "recruitment_channel", "payment_method", "deceptive_recruitment", "ad_indicator");

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
    try (Reader in = new InputStreamReader(ModusResources.open(manifestPath), StandardCharsets.UTF_8)) {
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
          throw invalid(file, r, "duplicate cue " + e.lang() + " '" + e.pattern() + "' for " + e.category());
        }
        entries.add(e);
      }
    }
    String scopeFile = required(manifest, "scope", manifestPath);
    List<ScopeRule> scope = new ArrayList<>();
    for (CSVRecord r : csv(resolve(base, scopeFile))) {
      ScopeRule.Kind kind;
      try {
        kind = ScopeRule.Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException ex) {
        throw invalid(scopeFile, r, "unknown kind '" + r.get("kind") + "'; expected one of "
            + Arrays.toString(ScopeRule.Kind.values()).toLowerCase(Locale.ROOT));
      }
      scope.add(new ScopeRule(lang(r, scopeFile), kind, r.get("pattern").strip(), r.get("note")));
    }
    String contextFile = required(manifest, "contexts", manifestPath);
    Map<String, Map<String, ContextSet>> contexts = new LinkedHashMap<>();
    for (CSVRecord r : csv(resolve(base, contextFile))) {
      String lang = lang(r, contextFile);
      Set<String> keys = new HashSet<>();
      for (String w : r.get("words").split("\\|")) {
        if (!w.isBlank()) {
          keys.add(TextFolding.key(lang.equals("*") ? "en" : lang, w.strip()));
        }
      }
      contexts.computeIfAbsent(r.get("set"), s -> new LinkedHashMap<>())
          .merge(lang, new ContextSet(r.get("set"), intOf(r, "before", contextFile),
              intOf(r, "after", contextFile), keys), (a, b) -> {
                Set<String> all = new HashSet<>(a.keys());
                all.addAll(b.keys());
                return new ContextSet(a.name(), Math.max(a.before(), b.before()),
                    Math.max(a.after(), b.after()), all);
              });
    }
    // The same number words as ingest's PhoneFinder (one file, one loader); connectors ("y", "et")
    // are not number words on their own.
    String numbersFile = required(manifest, "numbers", manifestPath);
    Map<String, Set<String>> numbers = new LinkedHashMap<>();
    for (NumberWords.Entry e : NumberWords.read(resolve(base, numbersFile)).entries()) {
      if (!LANGUAGES.contains(e.lang())) {
        throw new IllegalStateException("Lexicon file " + numbersFile + ": language '" + e.lang()
            + "' is not one of " + LANGUAGES);
      }
      if (e.kind() != NumberWords.Kind.CONNECTOR) {
        numbers.computeIfAbsent(e.lang(), x -> new HashSet<>()).add(TextFolding.key(e.lang(), e.word()));
      }
    }
    String placeholderFile = required(manifest, "placeholders", manifestPath);
    Map<String, String> placeholders = new LinkedHashMap<>();
    for (CSVRecord r : csv(resolve(base, placeholderFile))) {
      String category = r.get("category");
      if (!category.isEmpty() && !Taxonomy.v1().isKnown("contact", category)) {
        throw invalid(placeholderFile, r, "contact category '" + category + "' is not in taxonomy-v1");
      }
      placeholders.put(r.get("placeholder").toLowerCase(Locale.ROOT), category);
    }
    int window = Integer.parseInt(manifest.getProperty("negation_window", "4"));
    Lexicon lexicon = new Lexicon(version, List.copyOf(entries), List.copyOf(scope), contexts, numbers,
        placeholders, window);
    lexicon.checkContextsExist();
    return lexicon;
  }

  /** A file named with a folder is relative to the data root; a bare name sits beside the manifest. */
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
      throw invalid(file, r, family + "/" + category + " is not in taxonomy-v1 (data-schemas/taxonomy)");
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
    return new LexiconEntry(id, lang, pattern, family, category, weight, opt(r, "requires"),
        opt(r, "unless"), opt(r, "note"), file + ":" + r.getRecordNumber());
  }

  private void checkContextsExist() {
    for (LexiconEntry e : entries) {
      for (String sets : new String[] {e.requires(), e.unless()}) {
        for (String set : sets == null ? new String[0] : sets.split("\\|")) {
          if (!contexts.containsKey(set)) {
          throw new IllegalStateException("Lexicon " + e.source() + ": context set '" + set
              + "' is not defined in the contexts file");
          }
        }
      }
    }
  }

  /** Entries that apply to a language: its own and the language-independent ones (brand names). */
  public List<LexiconEntry> entriesFor(String lang) {
    boolean known = LANGUAGES.contains(lang);
    return entries.stream().filter(e -> e.lang().equals("*") || !known || e.lang().equals(lang)).toList();
  }

  static String slug(String pattern) {
    String s = java.text.Normalizer.normalize(pattern.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").replaceAll("[\\s,\"]+", "_").replaceAll("^_+|_+$", "");
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
    return new IllegalStateException("Lexicon file " + file + " record " + r.getRecordNumber() + ": " + why);
  }

  static List<CSVRecord> csv(String path) {
    try (Reader in = new InputStreamReader(ModusResources.open(path), StandardCharsets.UTF_8)) {
      return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
          .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get().parse(in).getRecords());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read modus/" + path, e);
    }
  }
}
