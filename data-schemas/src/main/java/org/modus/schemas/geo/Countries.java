package org.modus.schemas.geo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.modus.schemas.ModusResources;

/**
 * Resolves country codes and names (en, fr, es, common aliases) to ISO 3166-1 countries with UN M49
 * regions, from {@code data-schemas/reference/countries.csv}. Unknown input resolves to empty: never
 * guessed.
 */
public final class Countries {
  private static final Countries INSTANCE = load();

  private final Map<String, Country> byAlpha3;
  private final Map<String, Country> byKey;

  private Countries(Map<String, Country> byAlpha3, Map<String, Country> byKey) {
    this.byAlpha3 = byAlpha3;
    this.byKey = byKey;
  }

  public static Countries get() {
    return INSTANCE;
  }

  public Collection<Country> all() {
    return byAlpha3.values();
  }

  public Optional<Country> byAlpha3(String alpha3) {
    return alpha3 == null ? Optional.empty() : Optional.ofNullable(byAlpha3.get(alpha3.toUpperCase(Locale.ROOT)));
  }

  /** A code (alpha-2, alpha-3, numeric) or a name/alias in en, fr or es; case and accents ignored. */
  public Optional<Country> resolve(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byKey.get(key(text)));
  }

  /**
   * A free-text location ("Paris, France", "US, NY, New York", "Lyon (69)") resolved to its country when
   * one part of it names a country unambiguously; empty otherwise.
   */
  public Optional<Country> resolveLocation(String location) {
    if (location == null) {
      return Optional.empty();
    }
    Optional<Country> whole = resolve(location);
    if (whole.isPresent()) {
      return whole;
    }
    String[] parts = location.split("[,;/|]");
    for (int i = parts.length - 1; i >= 0; i--) {
      Optional<Country> c = resolve(parts[i]);
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  static String key(String s) {
    String folded = Normalizer.normalize(s.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  private static Countries load() {
    Map<String, Country> byAlpha3 = new LinkedHashMap<>();
    Map<String, Country> byKey = new HashMap<>();
    try (Reader in = new InputStreamReader(ModusResources.open("reference/countries.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        Country c = new Country(r.get("alpha2"), r.get("alpha3"), r.get("numeric"), r.get("region"),
            r.get("subregion"), r.get("name_en"), r.get("name_fr"), r.get("name_es"));
        byAlpha3.put(c.alpha3(), c);
        for (String k : new String[] {c.alpha2(), c.alpha3(), c.numeric(), c.nameEn(), c.nameFr(), c.nameEs()}) {
          byKey.putIfAbsent(key(k), c);
        }
        for (String alias : r.get("aliases").split("\\|")) {
          if (!alias.isBlank()) {
            byKey.putIfAbsent(key(alias), c);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Countries(byAlpha3, byKey);
  }
}
