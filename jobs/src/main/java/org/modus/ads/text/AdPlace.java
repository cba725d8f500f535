package org.modus.ads.text;

import java.util.Optional;
import org.modus.schemas.geo.Countries;
import org.modus.schemas.geo.Country;

/**
 * Country and city of an ad from what the source gives: a country field holding a code, a name (en,
 * fr, es) or a free-text location ("Paris, France", "US, NY, New York"). An unresolvable value
 * leaves the country null with a quality flag; it is never guessed.
 */
public record AdPlace(Country country, String city, String flag) {
  public static final String COUNTRY_MISSING = "country_missing";
  public static final String COUNTRY_UNKNOWN = "country_unknown";

  public static AdPlace of(String countryField, String cityField) {
    String city = blankToNull(cityField);
    if (countryField == null || countryField.isBlank()) {
      return new AdPlace(null, city, COUNTRY_MISSING);
    }
    Countries countries = Countries.get();
    Optional<Country> whole = countries.resolve(countryField);
    if (whole.isPresent()) {
      return new AdPlace(whole.get(), city, null);
    }
    Optional<Country> located = countries.resolveLocation(countryField);
    if (located.isEmpty()) {
      return new AdPlace(null, city, COUNTRY_UNKNOWN);
    }
    return new AdPlace(located.get(), city != null ? city : cityOf(countryField), null);
  }

  /**
   * The city of a "City, Country" or "Country, State, City" location: the part farthest from the
   * country that is not itself a country or a short state code.
   */
  static String cityOf(String location) {
    String[] parts = location.split("[,;/|]");
    Countries countries = Countries.get();
    boolean countryFirst = countries.resolve(parts[0]).isPresent();
    for (int k = 0; k < parts.length; k++) {
      String p = parts[countryFirst ? parts.length - 1 - k : k].strip();
      if (!p.isEmpty()
          && countries.resolve(p).isEmpty()
          && !p.matches("[A-Z]{2,3}|\\(?\\d{1,3}\\)?")) {
        return p.replaceAll("\\s*\\(\\d{1,3}\\)$", "");
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
