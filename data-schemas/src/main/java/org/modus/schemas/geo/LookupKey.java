package org.modus.schemas.geo;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a name or code to the form lookups compare: no accents, lower case, punctuation as spaces.
 * Periods and apostrophes vanish rather than split, so "U.S." meets "US" and "Côte d'Ivoire" meets
 * "Cote dIvoire"; letters NFKD cannot decompose (ø, æ, œ, ß...) are spelled out.
 */
final class LookupKey {
  private LookupKey() {}

  static String of(String s) {
    String folded = Normalizer.normalize(s.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replace("œ", "oe").replace("æ", "ae").replace("ø", "o").replace("ß", "ss")
        .replace("ł", "l").replace("đ", "d").replace("ı", "i");
    return folded.replaceAll("[.'’]", "").replaceAll("[^a-z0-9]+", " ").strip();
  }
}
