package org.modus.schemas.geo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.modus.schemas.AccentFolding;
import org.modus.schemas.ModusResources;

/**
 * Resolves country codes and names (en, fr, es, common aliases) to ISO 3166-1 countries with UN M49
 * regions, from {@code data-schemas/reference/countries.csv}. Unknown or ambiguous input resolves
 * to empty: never guessed. Free-text locations may also use the explicit subdivision and city
 * tables beside it ({@code subdivisions.csv}, {@code cities.csv}); see {@link
 * #resolveLocation(String)}.
 */
public final class Countries {
  private static final Pattern NUMERIC = Pattern.compile("\\d{3}");
  private static final Pattern LETTER_CODE = Pattern.compile("[a-z]{2,3}");
  private static final Countries INSTANCE = load();

  private final Map<String, Country> byAlpha3;
  private final Map<String, Country> byNumeric;
  private final Map<String, Country> byLetterCode;
  private final Map<String, Country> byName;
  private final Map<String, Country> bySubdivisionCode;
  private final Map<String, Country> bySubdivisionName;
  private final Map<String, Country> byCity;
  private final Map<String, Country> placeNames;

  private Countries(
      Map<String, Country> byAlpha3,
      Map<String, Country> byNumeric,
      Map<String, Country> byLetterCode,
      Map<String, Country> byName,
      Map<String, Country> bySubdivisionCode,
      Map<String, Country> bySubdivisionName,
      Map<String, Country> byCity,
      Map<String, Country> placeNames) {
    this.byAlpha3 = byAlpha3;
    this.byNumeric = byNumeric;
    this.byLetterCode = byLetterCode;
    this.byName = byName;
    this.bySubdivisionCode = bySubdivisionCode;
    this.bySubdivisionName = bySubdivisionName;
    this.byCity = byCity;
    this.placeNames = Collections.unmodifiableMap(placeNames);
  }

  /**
   * Every country name (en, fr, es), alias and city of the reference tables as written there, with
   * its country: the gazetteer that text matching tokenizes (codes are left out: "US" is also
   * "us").
   */
  public Map<String, Country> placeNames() {
    return placeNames;
  }

  public static Countries get() {
    return INSTANCE;
  }

  /** All 249 ISO 3166-1 entries, in the order of the reference file. */
  public Collection<Country> all() {
    return Collections.unmodifiableCollection(byAlpha3.values());
  }

  public Optional<Country> byAlpha3(String alpha3) {
    return alpha3 == null
        ? Optional.empty()
        : Optional.ofNullable(byAlpha3.get(alpha3.toUpperCase(Locale.ROOT)));
  }

  /**
   * A code (alpha-2, alpha-3, or the three-digit numeric code with its leading zeros: "004", not
   * "4") or a name/alias in en, fr or es; case, accents and punctuation ignored. A two- or
   * three-letter input is read as a code first ("CA" is Canada), then as a name ("UK").
   */
  public Optional<Country> resolve(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    if (NUMERIC.matcher(trimmed).matches()) {
      return Optional.ofNullable(byNumeric.get(trimmed));
    }
    return byCodeOrName(AccentFolding.compactKey(trimmed));
  }

  /**
   * The country of a free-text location ("Paris, France", "US, NY, New York", "Madrid (España)",
   * "Los Angeles, CA"), or empty when no part names one unambiguously. Evidence is weighed in
   * tiers, each tried over the parts most specific first (outside parts right to left, then
   * parenthesized):
   *
   * <ol>
   *   <li>the whole text, then a country name or alias ("US", "España", or an inverted name split
   *       by its comma: "Seoul, Korea, Republic of");
   *   <li>an alpha-2/alpha-3 code, unless it is also a US state or Canadian province code and no
   *       other part supports the country ("Springfield, IL" is not Israel; "Toronto, CA" is
   *       Canada);
   *   <li>a US state or Canadian province, by name or, in a location of several parts, by code
   *       ("Austin, TX"; "Los Angeles, CA" is the USA because Los Angeles is);
   *   <li>a city from the explicit city table.
   * </ol>
   *
   * Numbers are never read as numeric country codes here: in addresses they are postcodes.
   */
  public Optional<Country> resolveLocation(String location) {
    if (location == null || location.isBlank()) {
      return Optional.empty();
    }
    Optional<Country> whole = byCodeOrName(AccentFolding.compactKey(location));
    if (whole.isPresent()) {
      return whole;
    }
    LocationParts parsed = LocationParts.of(location);
    for (String pair : parsed.adjacentPairs()) {
      Country c = byName.get(AccentFolding.compactKey(pair));
      if (c != null) {
        return Optional.of(c);
      }
    }
    List<String> keys = parsed.mostSpecificFirst().stream().map(AccentFolding::compactKey).toList();
    for (String k : keys) {
      Country c = byName.get(k);
      if (c != null) {
        return Optional.of(c);
      }
    }
    for (int i = 0; i < keys.size(); i++) {
      Country code = letterCode(keys.get(i));
      Country subdivisionOf = bySubdivisionCode.get(keys.get(i));
      if (code != null
          && (subdivisionOf == null || subdivisionOf.equals(code) || supports(keys, i, code))) {
        return Optional.of(code);
      }
    }
    for (int i = 0; i < keys.size(); i++) {
      Country named = bySubdivisionName.get(keys.get(i));
      if (named != null) {
        return Optional.of(named);
      }
      Country coded = keys.size() > 1 ? bySubdivisionCode.get(keys.get(i)) : null;
      if (coded != null && (letterCode(keys.get(i)) == null || supports(keys, i, coded))) {
        return Optional.of(coded);
      }
    }
    for (String k : keys) {
      Country c = byCity.get(k);
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private Optional<Country> byCodeOrName(String key) {
    Country code = letterCode(key);
    return code != null ? Optional.of(code) : Optional.ofNullable(byName.get(key));
  }

  private Country letterCode(String key) {
    return LETTER_CODE.matcher(key).matches() ? byLetterCode.get(key) : null;
  }

  /**
   * Whether a part other than {@code self} points at {@code country} by code, subdivision or city.
   */
  private boolean supports(List<String> keys, int self, Country country) {
    for (int j = 0; j < keys.size(); j++) {
      if (j == self) {
        continue;
      }
      String k = keys.get(j);
      for (Country c :
          new Country[] {
            letterCode(k), bySubdivisionCode.get(k), bySubdivisionName.get(k), byCity.get(k)
          }) {
        if (country.equals(c)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Countries load() {
    Map<String, Country> byAlpha3 = new LinkedHashMap<>();
    Map<String, Country> byNumeric = new HashMap<>();
    Map<String, Country> byLetterCode = new HashMap<>();
    Map<String, Country> byName = new HashMap<>();
    Map<String, Country> placeNames = new LinkedHashMap<>();
    read(
        "reference/countries.csv",
        r -> {
          Country c =
              new Country(
                  r.get("alpha2"),
                  r.get("alpha3"),
                  r.get("numeric"),
                  r.get("region"),
                  r.get("subregion"),
                  r.get("name_en"),
                  r.get("name_fr"),
                  r.get("name_es"),
                  r.get("intermediate_region"));
          put(byAlpha3, c.alpha3(), c, "alpha-3 code");
          put(byNumeric, c.numeric(), c, "numeric code");
          put(byLetterCode, AccentFolding.compactKey(c.alpha2()), c, "alpha-2 code");
          put(byLetterCode, AccentFolding.compactKey(c.alpha3()), c, "alpha-3 code");
          for (String name : List.of(c.nameEn(), c.nameFr(), c.nameEs())) {
            put(byName, AccentFolding.compactKey(name), c, "name");
            placeNames.putIfAbsent(name, c);
          }
          for (String alias : r.get("aliases").split("\\|")) {
            if (!alias.isBlank()) {
              put(byName, AccentFolding.compactKey(alias), c, "alias");
              placeNames.putIfAbsent(alias.strip(), c);
            }
          }
        });
    Map<String, Country> bySubdivisionCode = new HashMap<>();
    Map<String, Country> bySubdivisionName = new HashMap<>();
    read(
        "reference/subdivisions.csv",
        r -> {
          Country c = known(byAlpha3, r.get("country_alpha3"), "subdivisions.csv");
          put(bySubdivisionCode, AccentFolding.compactKey(r.get("code")), c, "subdivision code");
          if (!r.get("name").isBlank()) {
            put(bySubdivisionName, AccentFolding.compactKey(r.get("name")), c, "subdivision name");
          }
        });
    Map<String, Country> byCity = new HashMap<>();
    read(
        "reference/cities.csv",
        r -> {
          Country c = known(byAlpha3, r.get("country_alpha3"), "cities.csv");
          put(byCity, AccentFolding.compactKey(r.get("city")), c, "city");
          placeNames.putIfAbsent(r.get("city").strip(), c);
        });
    return new Countries(
        byAlpha3,
        byNumeric,
        byLetterCode,
        byName,
        bySubdivisionCode,
        bySubdivisionName,
        byCity,
        placeNames);
  }

  private static void read(String path, Consumer<CSVRecord> row) {
    try (Reader in = new InputStreamReader(ModusResources.open(path), StandardCharsets.UTF_8)) {
      for (CSVRecord r :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        row.accept(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read modus/" + path, e);
    }
  }

  private static Country known(Map<String, Country> byAlpha3, String alpha3, String file) {
    Country c = byAlpha3.get(alpha3);
    if (c == null) {
      throw new IllegalStateException(file + " names unknown country " + alpha3);
    }
    return c;
  }

  /**
   * An entry reaching two countries would make lookups depend on file order: the data must say
   * which.
   */
  private static void put(Map<String, Country> map, String key, Country c, String what) {
    Country previous = map.putIfAbsent(key, c);
    if (previous != null && !previous.equals(c)) {
      throw new IllegalStateException(
          "Ambiguous "
              + what
              + " '"
              + key
              + "': "
              + previous.alpha3()
              + " and "
              + c.alpha3()
              + "; remove it from one of them in data-schemas/reference/");
    }
  }
}
